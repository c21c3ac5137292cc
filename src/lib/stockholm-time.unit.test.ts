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

// Every change of the clocks from 1996 (when the EU's October rule began) to 2037, against an
// oracle of its own: the time zone database behind `Intl` (Europe/Stockholm).
describe('the Stockholm clock at every change from 1996 to 2037', () => {
  const oracle = new Intl.DateTimeFormat('en', {
    timeZone: 'Europe/Stockholm',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  /** The wall clock `Intl` gives, as year, month, day and minutes. */
  function intlClock(instant: number): string {
    const parts: Record<string, number> = {};
    for (const {type, value} of oracle.formatToParts(instant)) parts[type] = Number(value);
    return [parts.year, parts.month, parts.day, parts.hour! * 60 + parts.minute!].join('-');
  }
  const ours = (instant: number) => {
    const {year, month, day, minutes} = stockholmWallClock(instant);
    return [year, month, day, minutes].join('-');
  };
  const HOUR = 3_600_000;

  it('shows what the time zone database shows each hour of the last week of March and October, and mid-month', () => {
    const wrong: string[] = [];
    for (let year = 1996; year <= 2037; year++) {
      const instants: number[] = [];
      for (const month of [2, 9]) {
        for (let day = 24; day <= 31; day++) {
          for (let hour = 0; hour < 24; hour++)
            instants.push(Date.UTC(year, month, day, hour) - 60_000, Date.UTC(year, month, day, hour));
        }
      }
      for (let month = 0; month < 12; month++) instants.push(Date.UTC(year, month, 15, 12));
      for (const instant of instants) {
        if (ours(instant) !== intlClock(instant))
          wrong.push(`${new Date(instant).toISOString()}: ${ours(instant)} ≠ ${intlClock(instant)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives the instant a wall clock shows on every day the clocks change, as the database does', () => {
    const wrong: string[] = [];
    for (let year = 1996; year <= 2037; year++) {
      for (const month of [3, 10]) {
        // The change is on the last Sunday: the one of the last seven days whose 12:00 is a Sunday.
        const day = [25, 26, 27, 28, 29, 30, 31].find(
          (d) => new Date(Date.UTC(year, month - 1, d, 12)).getUTCDay() === 0,
        )!;
        for (let minutes = 0; minutes < 6 * 60; minutes += 30) {
          const instant = stockholmInstant({year, month, day}, minutes);
          // 02:00-02:59 in March does not exist: it reads as an hour later.
          const shown = month === 3 && minutes >= 120 && minutes < 180 ? minutes + 60 : minutes;
          if (intlClock(instant) !== [year, month, day, shown].join('-'))
            wrong.push(`${year}-${month}-${day} ${minutes}`);
          // In October 02:00-02:59 shows twice; the first time (summer time) comes first.
          if (month === 10 && minutes >= 120 && minutes < 180 && intlClock(instant - HOUR) === intlClock(instant)) {
            wrong.push(`${year}-${month}-${day} ${minutes}: not the first time`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  // And as written down: the first and last years of the range.
  it.each([
    ['1996-03-31T00:59Z', 1996, 3, 31, 1 * 60 + 59],
    ['1996-03-31T01:00Z', 1996, 3, 31, 3 * 60],
    ['1996-10-27T00:59Z', 1996, 10, 27, 2 * 60 + 59],
    ['1996-10-27T01:00Z', 1996, 10, 27, 2 * 60],
    ['2037-03-29T00:59Z', 2037, 3, 29, 1 * 60 + 59],
    ['2037-03-29T01:00Z', 2037, 3, 29, 3 * 60],
    ['2037-10-25T00:59Z', 2037, 10, 25, 2 * 60 + 59],
    ['2037-10-25T01:00Z', 2037, 10, 25, 2 * 60],
  ])('%s', (instant, year, month, day, minutes) => {
    expect(stockholmWallClock(Date.parse(instant))).toMatchObject({year, month, day, minutes});
  });
});
