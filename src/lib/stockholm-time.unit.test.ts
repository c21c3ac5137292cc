import {describe, expect, it} from 'vitest';
import {stockholmInstant, stockholmWallClock} from './stockholm-time.js';

// Expected wall times follow the EU rule: in 2025 summer time ran from 30 March 01:00 UTC to
// 26 October 01:00 UTC; in 2024 from 31 March to 27 October.
describe('stockholmWallClock', () => {
  it.each([
    ['winter', '2025-01-15T11:00:00Z', 2025, 1, 15, 2, 12 * 60],
    ['summer', '2025-07-01T11:00:00Z', 2025, 7, 1, 1, 13 * 60],
    ['last winter minute in March', '2025-03-30T00:59:00Z', 2025, 3, 30, 6, 1 * 60 + 59],
    ['the skipped hour: 02:00 never shows', '2025-03-30T01:00:00Z', 2025, 3, 30, 6, 3 * 60],
    ['the repeated hour, first time', '2025-10-26T00:30:00Z', 2025, 10, 26, 6, 2 * 60 + 30],
    ['the repeated hour, second time', '2025-10-26T01:30:00Z', 2025, 10, 26, 6, 2 * 60 + 30],
    ['after the repeated hour', '2025-10-26T02:00:00Z', 2025, 10, 26, 6, 3 * 60],
    ['2024 change in March', '2024-03-31T01:00:00Z', 2024, 3, 31, 6, 3 * 60],
    ['New Year in Stockholm, still old year in UTC', '2025-12-31T23:30:00Z', 2026, 1, 1, 3, 30],
    ['last minute of the year', '2025-12-31T22:59:00Z', 2025, 12, 31, 2, 23 * 60 + 59],
    ['a leap day', '2024-02-29T12:00:00Z', 2024, 2, 29, 3, 13 * 60],
    ['midnight into 1 March of a leap year', '2024-02-29T23:00:00Z', 2024, 3, 1, 4, 0],
  ])('%s', (_name, iso, year, month, day, weekday, minutes) => {
    expect(stockholmWallClock(Date.parse(iso))).toEqual({year, month, day, weekday, minutes});
  });
});

describe('stockholmInstant', () => {
  it.each([
    ['winter', 2025, 1, 15, 12 * 60, '2025-01-15T11:00:00.000Z'],
    ['summer', 2025, 7, 1, 13 * 60, '2025-07-01T11:00:00.000Z'],
    ['before the March change', 2025, 3, 30, 1 * 60 + 59, '2025-03-30T00:59:00.000Z'],
    ['the skipped hour reads as one hour later', 2025, 3, 30, 2 * 60 + 30, '2025-03-30T01:30:00.000Z'],
    ['after the March change', 2025, 3, 30, 3 * 60, '2025-03-30T01:00:00.000Z'],
    ['the repeated hour gives its first time', 2025, 10, 26, 2 * 60 + 30, '2025-10-26T00:30:00.000Z'],
    ['after the repeated hour', 2025, 10, 26, 3 * 60, '2025-10-26T02:00:00.000Z'],
    ['New Year', 2026, 1, 1, 0, '2025-12-31T23:00:00.000Z'],
  ])('%s', (_name, year, month, day, minutes, iso) => {
    expect(new Date(stockholmInstant({year, month, day}, minutes)).toISOString()).toBe(iso);
  });
});
