import {describe, expect, it} from 'vitest';
import {status, type Status} from './hours-status.js';
import {parseOpeningHours, type Schedule, type TimeSpan, weekHours} from './opening-hours.js';
import {type CalendarDate, stockholmWallClock} from './stockholm-time.js';
import {holidayOn} from './holidays.js';

const WEEKDAY = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const pad = (n: number) => String(n).padStart(2, '0');

function schedule(text: string): Schedule {
  const result = parseOpeningHours(text);
  if (!result.ok) throw new Error(result.problem);
  return result.schedule;
}

/** A status in a line a person can check against a calendar; the day's holiday by its name. */
function describeStatus(s: Status, today: CalendarDate): string {
  const next = s.open ? s.closes : s.opens;
  const when = next
    ? `${WEEKDAY[next.weekday]} ${next.date.year}-${pad(next.date.month)}-${pad(next.date.day)} ` +
      `${pad(Math.floor(next.minutes / 60))}:${pad(next.minutes % 60)} (+${next.daysAhead})`
    : 'never within the look-ahead';
  return `${s.open ? 'open; closes' : 'closed; opens'} ${when}${s.holiday ? `; today ${holidayOn(today)}` : ''}`;
}

/** The status at an instant, written with its Stockholm offset (+01:00 winter, +02:00 summer). */
function statusAt(hours: string, instant: string): string {
  const now = stockholmWallClock(Date.parse(instant));
  return describeStatus(status(schedule(hours), now), now);
}

// Orostelefonen per a municipal page dated July 2024 (issue 10).
const REFERENCE = 'Mo 12:00-18:00; Th 09:00-13:00; PH off';
const OFFICE = 'Mo-Fr 09:00-16:00; PH off';

// 2026-03-09 is a Monday.
describe('status', () => {
  it.each([
    ['open', REFERENCE, '2026-03-09T13:00+01:00', 'open; closes Mo 2026-03-09 18:00 (+0)'],
    ['closed before opening', REFERENCE, '2026-03-09T11:59+01:00', 'closed; opens Mo 2026-03-09 12:00 (+0)'],
    ['at the closing minute', REFERENCE, '2026-03-09T18:00+01:00', 'closed; opens Th 2026-03-12 09:00 (+3)'],
    ['one minute before closing', REFERENCE, '2026-03-09T17:59+01:00', 'open; closes Mo 2026-03-09 18:00 (+0)'],
    [
      'after the last session of the week',
      REFERENCE,
      '2026-03-12T13:00+01:00',
      'closed; opens Mo 2026-03-16 12:00 (+4)',
    ],
    ['on a Sunday', REFERENCE, '2026-03-15T12:00+01:00', 'closed; opens Mo 2026-03-16 12:00 (+1)'],
    [
      'before a lunch break',
      'Mo-Fr 09:00-12:00,13:00-16:00',
      '2026-03-10T11:00+01:00',
      'open; closes Tu 2026-03-10 12:00 (+0)',
    ],
    [
      'in a lunch break',
      'Mo-Fr 09:00-12:00,13:00-16:00',
      '2026-03-10T12:30+01:00',
      'closed; opens Tu 2026-03-10 13:00 (+0)',
    ],
    [
      'before an evening session',
      'Mo-Fr 09:00-16:00,19:00-21:00',
      '2026-03-10T17:00+01:00',
      'closed; opens Tu 2026-03-10 19:00 (+0)',
    ],
    [
      'in an evening session',
      'Mo-Fr 09:00-16:00,19:00-21:00',
      '2026-03-10T20:00+01:00',
      'open; closes Tu 2026-03-10 21:00 (+0)',
    ],
    [
      'after a Friday evening session',
      'Mo-Fr 09:00-16:00,19:00-21:00',
      '2026-03-13T21:30+01:00',
      'closed; opens Mo 2026-03-16 09:00 (+3)',
    ],
    [
      'past midnight, before midnight',
      'Fr,Sa 22:00-02:00',
      '2026-03-13T23:00+01:00',
      'open; closes Sa 2026-03-14 02:00 (+1)',
    ],
    [
      'past midnight, after midnight',
      'Fr,Sa 22:00-02:00',
      '2026-03-14T01:00+01:00',
      'open; closes Sa 2026-03-14 02:00 (+0)',
    ],
    [
      'past midnight, after the end',
      'Fr,Sa 22:00-02:00',
      '2026-03-14T02:00+01:00',
      'closed; opens Sa 2026-03-14 22:00 (+0)',
    ],
    [
      'past midnight into a day a later rule closes',
      'Fr 22:00-02:00; Sa off',
      '2026-03-14T01:00+01:00',
      'open; closes Sa 2026-03-14 02:00 (+0)',
    ],
    [
      'until midnight, then on',
      'Mo 18:00-24:00; Tu 00:00-02:00',
      '2026-03-09T23:00+01:00',
      'open; closes Tu 2026-03-10 02:00 (+1)',
    ],
    ['24/7', '24/7', '2026-03-09T03:00+01:00', 'open; closes never within the look-ahead'],
    [
      '24/7 with PH off, on Christmas Eve',
      '24/7; PH off',
      '2026-12-24T20:00+01:00',
      'open; closes Fr 2026-12-25 00:00 (+1)',
    ],
    ['off', 'off', '2026-03-09T12:00+01:00', 'closed; opens never within the look-ahead'],
    [
      'a later rule overrides an earlier one',
      'Mo-Fr 09:00-16:00; We 09:00-12:00',
      '2026-03-11T13:00+01:00',
      'closed; opens Th 2026-03-12 09:00 (+1)',
    ],
    [
      'the earlier rule holds on other days',
      'Mo-Fr 09:00-16:00; We 09:00-12:00',
      '2026-03-12T13:00+01:00',
      'open; closes Th 2026-03-12 16:00 (+0)',
    ],
    [
      'a later weekday rule overrides PH off',
      'PH off; Mo-Fr 09:00-16:00',
      '2026-12-25T10:00+01:00',
      'open; closes Fr 2026-12-25 16:00 (+0); today Juldagen',
    ],
    [
      'Good Friday and Easter Monday',
      OFFICE,
      '2026-04-03T10:00+02:00',
      'closed; opens Tu 2026-04-07 09:00 (+4); today Långfredagen',
    ],
    [
      'Ascension Day on the reference line',
      REFERENCE,
      '2026-05-14T10:00+02:00',
      'closed; opens Mo 2026-05-18 12:00 (+4); today Kristi himmelsfärdsdag',
    ],
    [
      'Whit Sunday for a Sunday line',
      'Su 10:00-14:00; PH off',
      '2026-05-24T11:00+02:00',
      'closed; opens Su 2026-05-31 10:00 (+7); today Pingstdagen',
    ],
    [
      'Midsummer Eve off',
      'Mo-Su 10:00-14:00; PH off; Midsummer Eve off',
      '2026-06-19T11:00+02:00',
      'closed; opens Su 2026-06-21 10:00 (+2)',
    ],
    [
      'Midsummer Day',
      'Mo-Su 10:00-14:00; PH off; Midsummer Eve off',
      '2026-06-20T11:00+02:00',
      'closed; opens Su 2026-06-21 10:00 (+1); today Midsommardagen',
    ],
    [
      'Midsummer Eve is not a public holiday',
      'Mo-Su 10:00-14:00; PH off',
      '2026-06-19T11:00+02:00',
      'open; closes Fr 2026-06-19 14:00 (+0)',
    ],
    [
      'Christmas Day on a Friday with PH off',
      OFFICE,
      '2026-12-25T10:00+01:00',
      'closed; opens Mo 2026-12-28 09:00 (+3); today Juldagen',
    ],
    [
      'Christmas Eve is open without a date rule',
      OFFICE,
      '2026-12-24T10:00+01:00',
      'open; closes Th 2026-12-24 16:00 (+0)',
    ],
    ['Dec 24 off', `${OFFICE}; Dec 24 off`, '2026-12-24T10:00+01:00', 'closed; opens Mo 2026-12-28 09:00 (+4)'],
    [
      'Dec 31 off, into the new year',
      `${OFFICE}; Dec 24 off; Dec 31 off`,
      '2026-12-31T10:00+01:00',
      'closed; opens Mo 2027-01-04 09:00 (+4)',
    ],
    [
      'a date range',
      'Mo-Su 08:00-20:00; Dec 24-26 off',
      '2026-12-26T10:00+01:00',
      'closed; opens Su 2026-12-27 08:00 (+1); today Annandag jul',
    ],
    [
      'a date range over the new year',
      'Mo-Su 08:00-20:00; Dec 31-Jan 1 off',
      '2026-12-31T10:00+01:00',
      'closed; opens Sa 2027-01-02 08:00 (+2)',
    ],
    [
      'other hours on a date',
      `${OFFICE}; Jun 19 10:00-14:00`,
      '2026-06-19T15:00+02:00',
      'closed; opens Mo 2026-06-22 09:00 (+3)',
    ],
    [
      'other hours on public holidays',
      'Mo-Fr 09:00-16:00; PH 10:00-14:00',
      '2026-12-25T14:30+01:00',
      'closed; opens Sa 2026-12-26 10:00 (+1); today Juldagen',
    ],
    [
      'open on a public holiday',
      'Mo-Fr 09:00-16:00; PH 10:00-14:00',
      '2026-12-25T11:00+01:00',
      'open; closes Fr 2026-12-25 14:00 (+0); today Juldagen',
    ],
    [
      'a date within the look-ahead',
      'Dec 24 10:00-12:00',
      '2026-12-15T10:00+01:00',
      'closed; opens Th 2026-12-24 10:00 (+9)',
    ],
    // A closure of any length names the day it opens again, within a year.
    ['a date months ahead', 'Dec 24 10:00-12:00', '2026-03-09T10:00+01:00', 'closed; opens Th 2026-12-24 10:00 (+290)'],
    [
      'a date beyond the look-ahead of a year (the next 29 February)',
      'Feb 29 10:00-12:00',
      '2026-03-09T10:00+01:00',
      'closed; opens never within the look-ahead',
    ],
    [
      'a 20-day closure names the day it opens',
      'Mo-Fr 09:00-17:00; Dec 21-Jan 9 off',
      '2026-12-21T10:00+01:00',
      'closed; opens Mo 2027-01-11 09:00 (+21)',
    ],
  ])('%s', (_name, hours, instant, expected) => {
    expect(statusAt(hours, instant)).toBe(expected);
  });

  // The clock is read from the instant: a wrong offset on the day of a change gives the other answer.
  it.each([
    [
      'March change: 07:15 UTC is 09:15 summer time',
      'Su 09:00-17:00',
      '2025-03-30T07:15Z',
      'open; closes Su 2025-03-30 17:00 (+0)',
    ],
    [
      'March change: the night session skips 02:00-03:00',
      'Sa 22:00-04:00',
      '2025-03-30T01:30Z',
      'open; closes Su 2025-03-30 04:00 (+0)',
    ],
    [
      'March change: just before the clocks go forward',
      'Su 03:00-05:00',
      '2025-03-30T00:59Z',
      'closed; opens Su 2025-03-30 03:00 (+0)',
    ],
    [
      'October change: 07:15 UTC is 08:15 winter time',
      'Su 09:00-17:00',
      '2025-10-26T07:15Z',
      'closed; opens Su 2025-10-26 09:00 (+0)',
    ],
    [
      'October change: the repeated 02:30, first time',
      'Su 02:00-03:00',
      '2025-10-26T00:30Z',
      'open; closes Su 2025-10-26 03:00 (+0)',
    ],
    [
      'October change: the repeated 02:30, second time',
      'Su 02:00-03:00',
      '2025-10-26T01:30Z',
      'open; closes Su 2025-10-26 03:00 (+0)',
    ],
    [
      'October change: after the repeated hour',
      'Su 02:00-03:00',
      '2025-10-26T02:00Z',
      'closed; opens Su 2025-11-02 02:00 (+7)',
    ],
  ])('%s', (_name, hours, instant, expected) => {
    expect(statusAt(hours, instant)).toBe(expected);
  });
});

// The forms editors write (issue 19). 2026-03-14 is a Saturday, 2026-05-14 Ascension Day (a
// Thursday), 2026-07-15 and 2026-09-09 Wednesdays, 1 August 2026 a Saturday.
describe('status of the forms editors write', () => {
  const WEEKENDS_AND_HOLIDAYS = 'Mo-Su 09:00-17:00; Sa,Su,PH off';
  const SUMMER = 'Mo-Fr 09:00-17:00; Jun-Aug Mo-Fr 10:00-14:00';
  it.each([
    [
      'PH in a day list, on a Saturday',
      WEEKENDS_AND_HOLIDAYS,
      '2026-03-14T10:00+01:00',
      'closed; opens Mo 2026-03-16 09:00 (+2)',
    ],
    [
      'PH in a day list, on a weekday holiday',
      WEEKENDS_AND_HOLIDAYS,
      '2026-05-14T10:00+02:00',
      'closed; opens Fr 2026-05-15 09:00 (+1); today Kristi himmelsfärdsdag',
    ],
    [
      'PH in a day list, on a weekday',
      WEEKENDS_AND_HOLIDAYS,
      '2026-05-13T10:00+02:00',
      'open; closes We 2026-05-13 17:00 (+0)',
    ],
    [
      'a month off, on a July Wednesday: opens the first weekday of August',
      'Mo-Fr 09:00-17:00; Jul off',
      '2026-07-15T10:00+02:00',
      'closed; opens Mo 2026-08-03 09:00 (+19)',
    ],
    [
      'a month off, on its last evening',
      'Mo-Fr 09:00-17:00; Jul off',
      '2026-07-31T20:00+02:00',
      'closed; opens Mo 2026-08-03 09:00 (+3)',
    ],
    ['summer hours in June, open', SUMMER, '2026-06-10T11:00+02:00', 'open; closes We 2026-06-10 14:00 (+0)'],
    ['summer hours in June, after them', SUMMER, '2026-06-10T15:00+02:00', 'closed; opens Th 2026-06-11 10:00 (+1)'],
    ['summer hours in June, before them', SUMMER, '2026-06-10T09:30+02:00', 'closed; opens We 2026-06-10 10:00 (+0)'],
    [
      'summer hours in September: the ordinary hours',
      SUMMER,
      '2026-09-09T15:00+02:00',
      'open; closes We 2026-09-09 17:00 (+0)',
    ],
    [
      'the ordinary hours until the summer starts',
      SUMMER,
      '2026-05-29T16:00+02:00',
      'open; closes Fr 2026-05-29 17:00 (+0)',
    ],
    ['the summer hours from its first day', SUMMER, '2026-06-01T16:00+02:00', 'closed; opens Tu 2026-06-02 10:00 (+1)'],
    [
      'a month with hours and no days',
      'Mo-Fr 09:00-17:00; Jul 10:00-12:00',
      '2026-07-18T11:00+02:00',
      'open; closes Sa 2026-07-18 12:00 (+0)',
    ],
    [
      'months over the year’s end',
      'Mo-Fr 09:00-17:00; Nov-Feb off',
      '2026-12-01T10:00+01:00',
      'closed; opens Mo 2027-03-01 09:00 (+90)',
    ],
    [
      'en dashes, as the card writes them',
      'Mo–Fr 09:00–17:00',
      '2026-03-11T10:00+01:00',
      'open; closes We 2026-03-11 17:00 (+0)',
    ],
    ['em dashes', 'Mo — Fr 09:00 — 17:00', '2026-03-11T10:00+01:00', 'open; closes We 2026-03-11 17:00 (+0)'],
  ])('%s', (_name, hours, instant, expected) => {
    expect(statusAt(hours, instant)).toBe(expected);
  });
});

/** The texts inside the quotes of a problem, which come from what the editor wrote. */
const quoted = (problem: string) => [...problem.matchAll(/"([^"]*)"/g)].map(([, text]) => text!.replace(/…$/, ''));

describe('parseOpeningHours', () => {
  it('reads the reference line', () => {
    expect(parseOpeningHours(REFERENCE)).toEqual({
      ok: true,
      schedule: {
        rules: [
          {days: {kind: 'weekdays', days: [0]}, spans: [{from: 720, to: 1080}]},
          {days: {kind: 'weekdays', days: [3]}, spans: [{from: 540, to: 780}]},
          {days: {kind: 'public-holiday'}, spans: []},
        ],
      },
    });
  });

  it.each([
    ['Mo,We,Fr 09:00-12:00', {kind: 'weekdays', days: [0, 2, 4]}, [{from: 540, to: 720}]],
    ['Sa-Mo 10:00-14:00', {kind: 'weekdays', days: [0, 5, 6]}, [{from: 600, to: 840}]],
    ['Mo-We,Fr 9:00-13:00', {kind: 'weekdays', days: [0, 1, 2, 4]}, [{from: 540, to: 780}]],
    [
      '  mo - fr   09:00 - 12:00 , 13:00-16:00 ',
      {kind: 'weekdays', days: [0, 1, 2, 3, 4]},
      [
        {from: 540, to: 720},
        {from: 780, to: 960},
      ],
    ],
    ['22:00-02:00', {kind: 'every-day'}, [{from: 1320, to: 1560}]],
    ['Su 00:00-24:00', {kind: 'weekdays', days: [6]}, [{from: 0, to: 1440}]],
    ['Su 18:00-00:00', {kind: 'weekdays', days: [6]}, [{from: 1080, to: 1440}]],
    ['24/7', {kind: 'every-day'}, [{from: 0, to: 1440}]],
    ['off', {kind: 'every-day'}, []],
    ['Mo closed', {kind: 'weekdays', days: [0]}, []],
    ['PH 10:00-14:00', {kind: 'public-holiday'}, [{from: 600, to: 840}]],
    ['Midsummer Eve off', {kind: 'midsummer-eve'}, []],
    ['Dec 24 off', {kind: 'dates', ranges: [{from: {month: 12, day: 24}, to: {month: 12, day: 24}}]}, []],
    ['Dec 24-26 off', {kind: 'dates', ranges: [{from: {month: 12, day: 24}, to: {month: 12, day: 26}}]}, []],
    ['Dec 31-Jan 1 off', {kind: 'dates', ranges: [{from: {month: 12, day: 31}, to: {month: 1, day: 1}}]}, []],
    [
      'Dec 24,Dec 31 10:00-12:00',
      {
        kind: 'dates',
        ranges: [
          {from: {month: 12, day: 24}, to: {month: 12, day: 24}},
          {from: {month: 12, day: 31}, to: {month: 12, day: 31}},
        ],
      },
      [{from: 600, to: 720}],
    ],
    ['Feb 29 off', {kind: 'dates', ranges: [{from: {month: 2, day: 29}, to: {month: 2, day: 29}}]}, []],
    ['Sa,PH 10:00-12:00', {kind: 'weekdays', days: [5], holidays: true}, [{from: 600, to: 720}]],
    ['Sa,Su,PH off', {kind: 'weekdays', days: [5, 6], holidays: true}, []],
    ['PH,Mo-Fr 09:00-12:00', {kind: 'weekdays', days: [0, 1, 2, 3, 4], holidays: true}, [{from: 540, to: 720}]],
    ['PH,PH off', {kind: 'public-holiday'}, []],
    ['Jul off', {kind: 'dates', ranges: [{from: {month: 7, day: 1}, to: {month: 7, day: 31}}]}, []],
    [
      'feb 10:00-12:00',
      {kind: 'dates', ranges: [{from: {month: 2, day: 1}, to: {month: 2, day: 29}}]},
      [{from: 600, to: 720}],
    ],
    [
      'Jun-Aug Mo-Fr 10:00-14:00',
      {
        kind: 'dates',
        ranges: [{from: {month: 6, day: 1}, to: {month: 8, day: 31}}],
        on: {kind: 'weekdays', days: [0, 1, 2, 3, 4]},
      },
      [{from: 600, to: 840}],
    ],
    ['Nov-Feb off', {kind: 'dates', ranges: [{from: {month: 11, day: 1}, to: {month: 2, day: 29}}]}, []],
    [
      'Jul,Dec 24 off',
      {
        kind: 'dates',
        ranges: [
          {from: {month: 7, day: 1}, to: {month: 7, day: 31}},
          {from: {month: 12, day: 24}, to: {month: 12, day: 24}},
        ],
      },
      [],
    ],
    [
      'Dec 24-26 Sa,Su,PH off',
      {
        kind: 'dates',
        ranges: [{from: {month: 12, day: 24}, to: {month: 12, day: 26}}],
        on: {kind: 'weekdays', days: [5, 6], holidays: true},
      },
      [],
    ],
    [
      'Jul PH off',
      {kind: 'dates', ranges: [{from: {month: 7, day: 1}, to: {month: 7, day: 31}}], on: {kind: 'public-holiday'}},
      [],
    ],
    ['Mo–Fr 09:00–17:00', {kind: 'weekdays', days: [0, 1, 2, 3, 4]}, [{from: 540, to: 1020}]],
    ['Mo — Fr 09:00 — 17:00', {kind: 'weekdays', days: [0, 1, 2, 3, 4]}, [{from: 540, to: 1020}]],
    ['Dec 24–26 off', {kind: 'dates', ranges: [{from: {month: 12, day: 24}, to: {month: 12, day: 26}}]}, []],
    [
      'Sa 22:00-02:00,10:00-12:00',
      {kind: 'weekdays', days: [5]},
      [
        {from: 600, to: 720},
        {from: 1320, to: 1560},
      ],
    ],
  ])('reads %j', (text, days, spans) => {
    expect(parseOpeningHours(text)).toEqual({ok: true, schedule: {rules: [{days, spans}]}});
  });

  it.each([
    ['', 'no opening hours'],
    ['  \n ', 'no opening hours'],
    [';', 'an empty rule (two `;` in a row, or one at the end)'],
    ['Mo-Fr 09:00-16:00;', 'an empty rule (two `;` in a row, or one at the end)'],
    ['Mo-Fr 09:00-16:00;;PH off', 'an empty rule (two `;` in a row, or one at the end)'],
    ['Mo-Fr', 'could not read "Mo-Fr"'],
    ['PH', 'could not read "PH"'],
    ['open', 'could not read "open"'],
    ['Mo-Fr 9-16', 'could not read "9-16" in "Mo-Fr 9-16"'],
    ['Mo-Fr 09:00', 'could not read "09:00" in "Mo-Fr 09:00"'],
    ['Mo-Fr 09.00-16.00', 'could not read "09.00-16.00" in "Mo-Fr 09.00-16.00"'],
    ['Mo-Fr 09:00-16:00,', 'could not read "" in "Mo-Fr 09:00-16:00,"'],
    ['Mo-Fr 25:00-26:00', 'could not read "25:00-26:00" in "Mo-Fr 25:00-26:00"'],
    ['Mo-Fr 09:00-24:01', 'could not read "09:00-24:01" in "Mo-Fr 09:00-24:01"'],
    ['Mo-Fr 24:00-02:00', 'could not read "24:00-02:00" in "Mo-Fr 24:00-02:00"'],
    ['Mo-Fr 09:60-10:00', 'could not read "09:60-10:00" in "Mo-Fr 09:60-10:00"'],
    ['Mo-Fr 10:00-10:00', 'could not read "10:00-10:00" in "Mo-Fr 10:00-10:00"'],
    ['Mo-Xy 09:00-16:00', 'could not read "Mo-Xy" in "Mo-Xy 09:00-16:00"'],
    ['Mo-Fr-Sa 09:00-16:00', 'could not read "Mo-Fr-Sa" in "Mo-Fr-Sa 09:00-16:00"'],
    ['Mo,,Fr 09:00-16:00', 'could not read "Mo,,Fr" in "Mo,,Fr 09:00-16:00"'],
    ['Må-Fr 09:00-16:00', 'could not read "Må-Fr" in "Må-Fr 09:00-16:00"'],
    ['Mo Fr 09:00-16:00', 'could not read "Mo Fr" in "Mo Fr 09:00-16:00"'],
    // Quoted as written, en dashes and all.
    ['mån–fre 9–16', 'could not read "mån–fre" in "mån–fre 9–16"'],
    ['Mo – Fr 9–16', 'could not read "9–16" in "Mo–Fr 9–16"'],
    ['PH Mo 10:00-12:00', 'could not read "PH Mo" in "PH Mo 10:00-12:00"'],
    ['Mo-Fr Jul off', 'could not read "Mo-Fr Jul" in "Mo-Fr Jul off"'],
    ['Jux off', 'could not read "Jux" in "Jux off"'],
    ['Jun-Aug 5 off', 'could not read "Jun-Aug 5" in "Jun-Aug 5 off"'],
    ['Dec 24-Jan off', 'could not read "Dec 24-Jan" in "Dec 24-Jan off"'],
    ['Jun-Xyz Mo 10:00-12:00', 'could not read "Jun-Xyz" in "Jun-Xyz Mo 10:00-12:00"'],
    ['Jul Xy off', 'could not read "Jul Xy" in "Jul Xy off"'],
    ['Mo-Fr 09:00-16:00 off', 'could not read "Mo-Fr 09:00-16:00" in "Mo-Fr 09:00-16:00 off"'],
    ['Dec 32 off', 'could not read "Dec 32" in "Dec 32 off"'],
    ['Feb 30 off', 'could not read "Feb 30" in "Feb 30 off"'],
    ['Dec 26-24 off', 'could not read "Dec 26-24" in "Dec 26-24 off"'],
    ['Dec 24-Feb 30 off', 'could not read "Dec 24-Feb 30" in "Dec 24-Feb 30 off"'],
    ['Dec 24,31 off', 'could not read "31" in "Dec 24,31 off"'],
    ['December 24 off', 'could not read "December 24" in "December 24 off"'],
    ['Midsummer 10:00-12:00', 'could not read "Midsummer" in "Midsummer 10:00-12:00"'],
    ['24/7 off', 'could not read "24/7" in "24/7 off"'],
    ['Mo-Fr 09:00-16:00; Xy off', 'could not read "Xy" in "Xy off"'],
    ['<script>alert(1)</script> off', 'could not read "<script>alert(1)</script>" in "<script>alert(1)</script> off"'],
  ])('refuses %j, naming what it could not read', (text, problem) => {
    expect(parseOpeningHours(text)).toEqual({ok: false, problem});
  });

  const sessions = (count: number) =>
    Array.from({length: count}, (_, i) => `${String(i).padStart(2, '0')}:00-${String(i).padStart(2, '0')}:30`).join(
      ',',
    );
  const rules = (count: number) => Array.from({length: count}, () => 'Mo-Fr 09:00-16:00').join('; ');

  it('reads 50 rules and 20 sessions a day, and refuses more rather than leave some out', () => {
    expect(parseOpeningHours(rules(50)).ok).toBe(true);
    expect(parseOpeningHours(`Mo ${sessions(20)}`).ok).toBe(true);
    expect(parseOpeningHours(rules(51))).toEqual({ok: false, problem: 'more than 50 rules'});
    expect(parseOpeningHours(`${rules(49)}; PH off; Dec 24 off`)).toEqual({ok: false, problem: 'more than 50 rules'});
    expect(parseOpeningHours(`Mo ${sessions(21)}`)).toEqual({
      ok: false,
      problem: `more than 20 sessions in "Mo ${sessions(21).slice(0, 57)}…"`,
    });
  });

  // 100 KB pasted into the attribute: the problem quotes at most 60 of its characters.
  it.each([
    ['one long word', 'x'.repeat(100_000)],
    ['a long list of days', `${'Mo,'.repeat(33_000)}Xy 09:00-16:00`],
    ['a long time', `Mo-Fr ${'9'.repeat(100_000)}`],
    ['a long rule after good ones', `Mo-Fr 09:00-16:00; PH off; ${'Dec 24 '.repeat(14_000)}off`],
    ['a long bad part in a short rule', `Mo ${'09:00-10:00 '.repeat(8_000)}`],
    ['many sessions', `Mo ${'09:00-10:00,'.repeat(8_000)}`],
    ['many rules', 'Mo-Fr 09:00-16:00;'.repeat(6_000)],
  ])('quotes at most 60 characters of %s', (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(96_000);
    const result = parseOpeningHours(text);
    expect(result.ok).toBe(false);
    const problem = result.ok ? '' : result.problem;
    expect(quoted(problem).join('').length).toBeLessThanOrEqual(60);
    expect(problem.length).toBeLessThan(120);
  });

  it('refuses long nonsense quickly and without throwing', () => {
    expect(parseOpeningHours(`${'Mo-'.repeat(20_000)}Fr 09:00-16:00`).ok).toBe(false);
    expect(parseOpeningHours(`Dec ${'1'.repeat(20_000)} off`).ok).toBe(false);
    expect(parseOpeningHours('9'.repeat(20_000)).ok).toBe(false);
  });
});

describe('weekHours', () => {
  it('gives the ordinary week, Monday first, and the date rules in order', () => {
    const text = 'Mo-Fr 09:00-16:00; We 09:00-12:00; Sa 10:00-12:00,22:00-02:00; PH off; Dec 24 off; Midsummer Eve off';
    expect(weekHours(schedule(text))).toEqual({
      week: [
        [{from: 540, to: 960}],
        [{from: 540, to: 960}],
        [{from: 540, to: 720}],
        [{from: 540, to: 960}],
        [{from: 540, to: 960}],
        [
          {from: 600, to: 720},
          {from: 1320, to: 1560},
        ],
        [],
      ],
      exceptions: [
        {days: {kind: 'public-holiday'}, spans: []},
        {days: {kind: 'dates', ranges: [{from: {month: 12, day: 24}, to: {month: 12, day: 24}}]}, spans: []},
        {days: {kind: 'midsummer-eve'}, spans: []},
      ],
    });
  });

  const days = (count: number, spans: TimeSpan[]) => Array.from({length: count}, () => spans);
  it.each([
    ['24/7', days(7, [{from: 0, to: 1440}])],
    ['off', days(7, [])],
    ['10:00-14:00; Su off', [...days(6, [{from: 600, to: 840}]), []]],
  ])('%j', (text, week) => {
    expect(weekHours(schedule(text))).toEqual({week, exceptions: []});
  });
});
