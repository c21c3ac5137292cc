import {beforeAll, describe, expect, it} from 'vitest';
import type {LocaleModule} from '@lit/localize';
import {inLocale, loadLocale, setLocaleLoader, supportedLocales} from '../localization.js';
import {longDate, monthNames as months} from './formats.js';
import {clock, hoursInWords, statusText, upcomingTexts, weekdays} from './hours-text.js';
import {parseOpeningHours, type Schedule, type TimeSpan} from '../lib/opening-hours.js';
import {stockholmWallClock} from '../lib/stockholm-time.js';
import {zoneClock} from '../lib/time-zone.js';

function schedule(text: string): Schedule {
  const result = parseOpeningHours(text);
  if (!result.ok) throw new Error(result.problem);
  return result.schedule;
}

// Every language, as the built locale modules hold it (run `npm run build` first).
beforeAll(async () => {
  setLocaleLoader((locale) => import(`../generated/locales/${locale}.ts`) as Promise<LocaleModule>);
  await Promise.all(supportedLocales.map(loadLocale));
});

const REFERENCE = 'Mo 12:00-18:00; Th 09:00-13:00; PH off';
const OFFICE = 'Mo-Fr 09:00-16:00; PH off';

/** The status sentence at an instant written with its Stockholm offset. */
const at = (hours: string, instant: string, zone = '') =>
  statusText(schedule(hours), stockholmWallClock(Date.parse(instant)), zone);

// 2026-03-09 is a Monday.
describe('statusText', () => {
  it.each([
    ['open', REFERENCE, '2026-03-09T13:00+01:00', 'Open now, closes 18:00'],
    ['closed before opening', REFERENCE, '2026-03-09T11:59+01:00', 'Closed, opens 12:00'],
    ['at the closing minute', REFERENCE, '2026-03-09T18:00+01:00', 'Closed, opens Thursday 09:00'],
    ['after the last session of the week', REFERENCE, '2026-03-12T13:00+01:00', 'Closed, opens Monday 12:00'],
    ['a lunch break', 'Mo-Fr 09:00-12:00,13:00-16:00', '2026-03-10T12:30+01:00', 'Closed, opens 13:00'],
    ['an evening session', 'Mo-Fr 09:00-16:00,19:00-21:00', '2026-03-10T20:00+01:00', 'Open now, closes 21:00'],
    ['before an evening session', 'Mo-Fr 09:00-16:00,19:00-21:00', '2026-03-10T17:00+01:00', 'Closed, opens 19:00'],
    ['past midnight, before midnight', 'Fr 22:00-02:00', '2026-03-13T23:00+01:00', 'Open now, closes Saturday 02:00'],
    ['past midnight, after midnight', 'Fr 22:00-02:00', '2026-03-14T01:00+01:00', 'Open now, closes 02:00'],
    ['until midnight', 'Mo 18:00-24:00', '2026-03-09T23:00+01:00', 'Open now, closes 24:00'],
    ['24/7', '24/7', '2026-03-09T03:00+01:00', 'Open around the clock'],
    ['off', 'off', '2026-03-09T12:00+01:00', 'Closed'],
    [
      'a later rule overrides an earlier one',
      'Mo-Fr 09:00-16:00; We 09:00-12:00',
      '2026-03-11T13:00+01:00',
      'Closed, opens Thursday 09:00',
    ],
    ['Good Friday', OFFICE, '2026-04-03T10:00+02:00', 'Closed today, public holiday, opens Tuesday 09:00'],
    ['Ascension Day', REFERENCE, '2026-05-14T10:00+02:00', 'Closed today, public holiday, opens Monday 12:00'],
    [
      'Midsummer Day',
      'Mo-Su 10:00-14:00; PH off',
      '2026-06-20T11:00+02:00',
      'Closed today, public holiday, opens Sunday 10:00',
    ],
    [
      'Christmas Day on a weekday with PH off',
      OFFICE,
      '2026-12-25T10:00+01:00',
      'Closed today, public holiday, opens Monday 09:00',
    ],
    [
      'after hours on a public holiday that had hours',
      'PH 10:00-14:00',
      '2026-12-25T15:00+01:00',
      'Closed, opens Saturday 10:00',
    ],
    [
      'a week or more ahead gives the date',
      'Su 10:00-14:00; PH off',
      '2026-05-24T11:00+02:00',
      'Closed today, public holiday, opens Sunday 31 May 10:00',
    ],
    ['both daylight-saving changes: March', 'Su 09:00-17:00', '2025-03-30T07:15Z', 'Open now, closes 17:00'],
    ['both daylight-saving changes: October', 'Su 09:00-17:00', '2025-10-26T07:15Z', 'Closed, opens 09:00'],
  ])('%s', (_name, hours, instant, expected) => {
    expect(at(hours, instant)).toBe(expected);
  });

  // The forms editors write (issue 19). 2026-03-14 is a Saturday, 2026-05-14 Ascension Day.
  it.each([
    [
      'PH in a day list, on a Saturday',
      'Mo-Su 09:00-17:00; Sa,Su,PH off',
      '2026-03-14T10:00+01:00',
      'Closed, opens Monday 09:00',
    ],
    [
      'PH in a day list, on a weekday holiday',
      'Mo-Su 09:00-17:00; Sa,Su,PH off',
      '2026-05-14T10:00+02:00',
      'Closed today, public holiday, opens Friday 09:00',
    ],
    [
      'a month off, on a July Wednesday',
      'Mo-Fr 09:00-17:00; Jul off',
      '2026-07-15T10:00+02:00',
      'Closed, opens Monday 3 August 09:00',
    ],
    [
      'summer hours in June',
      'Mo-Fr 09:00-17:00; Jun-Aug Mo-Fr 10:00-14:00',
      '2026-06-10T11:00+02:00',
      'Open now, closes 14:00',
    ],
    [
      'the ordinary hours in September',
      'Mo-Fr 09:00-17:00; Jun-Aug Mo-Fr 10:00-14:00',
      '2026-09-09T15:00+02:00',
      'Open now, closes 17:00',
    ],
    ['en dashes on a Wednesday at 10:00', 'Mo–Fr 09:00–17:00', '2026-03-11T10:00+01:00', 'Open now, closes 17:00'],
    [
      'a 20-day closure',
      'Mo-Fr 09:00-17:00; Dec 21-Jan 9 off',
      '2026-12-21T10:00+01:00',
      'Closed, opens Monday 11 January 09:00',
    ],
    ['closed for longer than a year', 'Mo-Fr 09:00-17:00; Jan-Dec off', '2026-12-21T10:00+01:00', 'Closed'],
  ])('%s', (_name, hours, instant, expected) => {
    expect(at(hours, instant)).toBe(expected);
  });

  it('names the date it opens again in Swedish', () => {
    expect(inLocale('sv', () => at('Mo-Fr 09:00-17:00; Jul off', '2026-07-15T10:00+02:00'))).toBe(
      'Stängt, öppnar måndag 3 augusti 09:00',
    );
  });

  it('names the time zone for a reader whose clock differs', () => {
    expect(at(REFERENCE, '2026-03-09T13:00+01:00', 'Swedish time')).toBe('Open now, closes 18:00 (Swedish time)');
  });

  it('speaks Swedish and Arabic', () => {
    expect(inLocale('sv', () => at(OFFICE, '2026-12-25T10:00+01:00'))).toBe(
      'Stängt i dag, helgdag, öppnar måndag 09:00',
    );
    expect(inLocale('sv', () => at(REFERENCE, '2026-03-09T13:00+01:00', 'svensk tid'))).toBe(
      'Öppet nu, stänger 18:00 (svensk tid)',
    );
    expect(inLocale('ar', () => at(REFERENCE, '2026-03-09T18:00+01:00'))).toBe('مغلق، يفتح الخميس 09:00');
  });
});

describe('a viewer in another time zone', () => {
  it('reads Stockholm hours on a Stockholm clock, and the offsets tell the two apart', () => {
    // 12:30 UTC is 13:30 in Stockholm in March; a reader in New York (UTC-4 then) sees 08:30.
    const instant = Date.parse('2026-03-09T12:30Z');
    const line = zoneClock('Europe/Stockholm', instant);
    expect(line.offset).toBe(60);
    expect(statusText(schedule(REFERENCE), line.clock, 'Swedish time')).toBe('Open now, closes 18:00 (Swedish time)');
    expect(zoneClock('America/New_York', instant)).toEqual({
      clock: {year: 2026, month: 3, day: 9, weekday: 0, minutes: 8 * 60 + 30},
      offset: -240,
    });
  });

  it('reads a line in another zone on its own clock', () => {
    // 2026-07-01 06:30 UTC: 09:30 in Helsinki (UTC+3), 08:30 in Stockholm.
    const line = zoneClock('Europe/Helsinki', Date.parse('2026-07-01T06:30Z'));
    expect(line.offset).toBe(180);
    expect(statusText(schedule('Mo-Fr 09:00-16:00'), line.clock)).toBe('Open now, closes 16:00');
  });

  it('gives Stockholm the offsets of the EU rule', () => {
    expect(zoneClock('Europe/Stockholm', Date.parse('2026-03-29T00:59Z')).offset).toBe(60);
    expect(zoneClock('Europe/Stockholm', Date.parse('2026-03-29T01:00Z')).offset).toBe(120);
    expect(zoneClock('Europe/Stockholm', Date.parse('2026-10-25T00:59Z')).offset).toBe(120);
    expect(zoneClock('Europe/Stockholm', Date.parse('2026-10-25T01:00Z')).offset).toBe(60);
  });
});

describe('upcomingTexts', () => {
  it('lists every sentence of the coming week, now’s first', () => {
    // Monday 13:00: open; closes at 18:00; then Tuesday and Wednesday name Thursday; Thursday
    // itself says 09:00; after 13:00 it names Monday, and on Monday it says 12:00.
    expect(upcomingTexts(schedule(REFERENCE), stockholmWallClock(Date.parse('2026-03-09T13:00+01:00')))).toEqual([
      'Open now, closes 18:00',
      'Closed, opens Thursday 09:00',
      'Closed, opens 09:00',
      'Open now, closes 13:00',
      'Closed, opens Monday 12:00',
      'Closed, opens 12:00',
    ]);
  });

  it('lists a closure’s days with the date it opens', () => {
    // Monday 21 December 2026, closed until Monday 11 January; Christmas Day is a public holiday.
    expect(
      upcomingTexts(
        schedule('Mo-Fr 09:00-17:00; Dec 21-Jan 9 off'),
        stockholmWallClock(Date.parse('2026-12-21T10:00+01:00')),
      ),
    ).toEqual(['Closed, opens Monday 11 January 09:00', 'Closed today, public holiday, opens Monday 11 January 09:00']);
  });

  it('has one sentence for a line that never changes', () => {
    expect(upcomingTexts(schedule('24/7'), stockholmWallClock(Date.parse('2026-03-09T13:00+01:00')))).toEqual([
      'Open around the clock',
    ]);
  });
});

/** `count` sessions every weekday, ten minutes each, twenty minutes apart from 08:00. */
function weekdaysWith(count: number): string {
  const sessions = Array.from({length: count}, (_, i) => `${clock(480 + i * 20)}-${clock(490 + i * 20)}`);
  return `Mo-Fr ${sessions.join(',')}; PH off`;
}

/** The schedule with each of its sessions counting every time it is read. */
function counting(text: string): {schedule: Schedule; visits: () => number} {
  let visits = 0;
  const count: ProxyHandler<TimeSpan> = {
    get(target, key) {
      visits++;
      return Reflect.get(target, key) as unknown;
    },
  };
  const {rules} = schedule(text);
  return {
    schedule: {rules: rules.map(({days, spans}) => ({days, spans: spans.map((span) => new Proxy(span, count))}))},
    visits: () => visits,
  };
}

describe('the week’s statuses, counted', () => {
  // Counting, not timing: the work of a week's status texts grows with the sessions, not with
  // their square (each opening and closing once worked out the coming 16 days again).
  it('read the sessions about as often as there are: twice the sessions, at most 2.2 times the reads', () => {
    const now = stockholmWallClock(Date.parse('2026-03-09T07:00+01:00'));
    const [five, ten, twenty] = [5, 10, 20].map((count) => {
      const {schedule, visits} = counting(weekdaysWith(count));
      upcomingTexts(schedule, now);
      return visits();
    });
    expect(five).toBeGreaterThan(0);
    expect(ten! / five!).toBeLessThanOrEqual(2.2);
    expect(twenty! / ten!).toBeLessThanOrEqual(2.2);
  });
});

describe('hoursInWords', () => {
  it.each([
    [
      REFERENCE,
      [
        'Monday: 12:00–18:00',
        'Tuesday–Wednesday: closed',
        'Thursday: 09:00–13:00',
        'Friday–Sunday: closed',
        'Public holidays: closed',
      ],
    ],
    [
      'Mo-Fr 09:00-12:00,13:00-16:00; Fr 22:00-02:00; Dec 24-26 off; Dec 31-Jan 1 off; Jun 19 10:00-14:00; Dec 24,Dec 31 off; Midsummer Eve off',
      [
        'Monday–Thursday: 09:00–12:00, 13:00–16:00',
        'Friday: 22:00–02:00',
        'Saturday–Sunday: closed',
        '24–26 December: closed',
        '31 December–1 January: closed',
        '19 June: 10:00–14:00',
        '24 December, 31 December: closed',
        'Midsummer Eve: closed',
      ],
    ],
    ['24/7', ['Monday–Sunday: 00:00–24:00']],
    [
      'Mo-Su 09:00-17:00; Sa,Su,PH off',
      ['Monday–Friday: 09:00–17:00', 'Saturday–Sunday: closed', 'Public holidays: closed'],
    ],
    [
      'Mo-Fr 09:00-17:00; Jun-Aug Mo-Fr 10:00-14:00; Jul off; Nov-Feb Mo,We,Fr-Sa 10:00-12:00; Feb 1-28 off; Jul PH 12:00-13:00',
      [
        'Monday–Friday: 09:00–17:00',
        'Saturday–Sunday: closed',
        'June–August, Monday–Friday: 10:00–14:00',
        'July: closed',
        'November–February, Monday, Wednesday, Friday–Saturday: 10:00–12:00',
        '1–28 February: closed',
        'July, Public holidays: 12:00–13:00',
      ],
    ],
    ['Mo–Fr 13:00–16:00,09:00–12:00', ['Monday–Friday: 09:00–12:00, 13:00–16:00', 'Saturday–Sunday: closed']],
  ])('%s', (hours, lines) => {
    expect(hoursInWords(schedule(hours))).toEqual(lines);
  });

  it('speaks Swedish', () => {
    expect(inLocale('sv', () => hoursInWords(schedule(`${OFFICE}; Dec 24 off; Midsummer Eve off`)))).toEqual([
      'måndag–fredag: 09:00–16:00',
      'lördag–söndag: stängt',
      'Helgdagar: stängt',
      '24 december: stängt',
      'Midsommarafton: stängt',
    ]);
    expect(
      inLocale('sv', () => hoursInWords(schedule('Mo-Fr 09:00-17:00; Jun-Aug Mo-Fr 10:00-14:00; Jul off'))),
    ).toEqual([
      'måndag–fredag: 09:00–17:00',
      'lördag–söndag: stängt',
      'juni–augusti, måndag–fredag: 10:00–14:00',
      'juli: stängt',
    ]);
  });
});

describe('dates and times', () => {
  it('writes 24-hour times and long dates', () => {
    expect([clock(0), clock(9 * 60 + 5), clock(1440), clock(1440 + 120)]).toEqual(['00:00', '09:05', '24:00', '02:00']);
    expect(longDate(new Date('2026-11-12T00:00:00Z'))).toBe('November 12, 2026');
    expect(inLocale('sv', () => longDate(new Date('2026-11-12T00:00:00Z')))).toBe('12 november 2026');
  });

  // Weekday and month names are lists in one translated text each: a translator who adds or drops
  // a word would shift every name after it.
  it.each(supportedLocales)('%s has seven weekday names and twelve month names', (locale) => {
    const [days, names] = inLocale(locale, () => [weekdays(), months()]);
    expect(new Set(days).size).toBe(7);
    expect(days).toHaveLength(7);
    expect(new Set(names).size).toBe(12);
    expect(names).toHaveLength(12);
    if (locale !== 'en') expect(days).not.toContain('Monday');
  });
});
