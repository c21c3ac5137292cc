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
  const date = parseIsoDate('2024-03-12')!;
  it.each([
    ['en', 'March 12, 2024'],
    ['sv', '12 mars 2024'],
  ])('in %s', (locale, text) => {
    expect(formatDate(date, locale)).toBe(text);
  });

  it('uses the Gregorian calendar, as Swedish documents do', () => {
    expect(formatDate(date, 'fa')).toBe('۱۲ مارس ۲۰۲۴');
  });

  it('falls back to YYYY-MM-DD where the runtime has no data for the language', () => {
    expect(formatDate(date, 'tlh')).toBe('2024-03-12');
  });

  // The earliest and latest time zones: a date read or shown in local time moves a day in one.
  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago'])('shows the same day in %s', (zone) => {
    const outer = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect(formatDate(parseIsoDate('2024-01-01')!, 'en')).toBe('January 1, 2024');
    } finally {
      if (outer === undefined) delete process.env.TZ;
      else process.env.TZ = outer;
    }
  });
});
