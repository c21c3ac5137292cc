import {describe, expect, it} from 'vitest';
import {formatDate, isoDate, parseIsoDate} from './date.js';

describe('parseIsoDate', () => {
  it('reads a calendar date', () => {
    expect(isoDate(parseIsoDate('2024-03-12')!)).toBe('2024-03-12');
    expect(isoDate(parseIsoDate(' 2024-02-29 ')!)).toBe('2024-02-29');
  });

  it.each(['', '2024-02-30', '2023-02-29', '2024-13-01', '2024-3-12', '12/03/2024', '2024-03-12T10:00', 'igår'])(
    'refuses %j',
    (input) => {
      expect(parseIsoDate(input)).toBeUndefined();
    },
  );
});

describe('formatDate', () => {
  /** A made-up language: its own month names, order and digits (Arabic-Indic, zero U+0660). */
  const table = {
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    date: '{y}/{m}/{d}.',
    zero: 0x660,
  };
  const latin = {...table, date: '{d} {m} {y}', zero: 0x30};

  it('puts the day, the month’s name and the year where the language’s pattern says', () => {
    expect(formatDate(parseIsoDate('2024-03-12')!, latin)).toBe('12 Mar 2024');
    expect(formatDate(parseIsoDate('2025-12-01')!, latin)).toBe('1 Dec 2025');
  });

  it('writes the numbers with the language’s digits', () => {
    expect(formatDate(parseIsoDate('2024-03-12')!, table)).toBe('٢٠٢٤/Mar/١٢.');
  });

  // The earliest and latest time zones: a date read or shown in local time moves a day in one.
  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago'])('shows the same day in %s', (zone) => {
    const outer = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect(formatDate(parseIsoDate('2024-01-01')!, latin)).toBe('1 Jan 2024');
    } finally {
      if (outer === undefined) delete process.env.TZ;
      else process.env.TZ = outer;
    }
  });
});
