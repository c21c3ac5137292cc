import {addDays, type CalendarDate, weekdayOf} from './stockholm-time.js';

/**
 * Swedish public holidays (allmänna helgdagar, lag 1989:253). Pingstdagen is one too; it is
 * always a Sunday, but a line open on Sundays closes on it under `PH off`.
 */
export type HolidayName =
  | 'Nyårsdagen'
  | 'Trettondedag jul'
  | 'Långfredagen'
  | 'Påskdagen'
  | 'Annandag påsk'
  | 'Kristi himmelsfärdsdag'
  | 'Första maj'
  | 'Pingstdagen'
  | 'Sveriges nationaldag'
  | 'Midsommardagen'
  | 'Alla helgons dag'
  | 'Juldagen'
  | 'Annandag jul';

export interface Holiday {
  name: HolidayName;
  date: CalendarDate;
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return {year, month, day};
}

/** The first date from `from` on (at most six days later) that falls on a weekday. */
function firstWeekdayFrom(from: CalendarDate, weekday: number): CalendarDate {
  return addDays(from, (weekday - weekdayOf(from) + 7) % 7);
}

/** Midsummer Eve: the Friday between 19 and 25 June. Not a public holiday, but most services close. */
export function midsummerEve(year: number): CalendarDate {
  return firstWeekdayFrom({year, month: 6, day: 19}, 4);
}

/** The holidays' names, in the order `holidayDates` gives their dates. */
const NAMES: readonly HolidayName[] = [
  'Nyårsdagen',
  'Trettondedag jul',
  'Långfredagen',
  'Påskdagen',
  'Annandag påsk',
  'Första maj',
  'Kristi himmelsfärdsdag',
  'Pingstdagen',
  'Sveriges nationaldag',
  'Midsommardagen',
  'Alla helgons dag',
  'Juldagen',
  'Annandag jul',
];

/** The year's public holidays, in the order of NAMES. The status needs only these, not the names. */
function holidayDates(year: number): CalendarDate[] {
  const easter = easterSunday(year);
  const fromEaster = (days: number) => addDays(easter, days);
  return [
    {year, month: 1, day: 1},
    {year, month: 1, day: 6},
    fromEaster(-2),
    easter,
    fromEaster(1),
    {year, month: 5, day: 1},
    fromEaster(39),
    fromEaster(49),
    {year, month: 6, day: 6},
    firstWeekdayFrom({year, month: 6, day: 20}, 5),
    firstWeekdayFrom({year, month: 10, day: 31}, 5),
    {year, month: 12, day: 25},
    {year, month: 12, day: 26},
  ];
}

/** The year's public holidays in date order, with their names. */
export function swedishPublicHolidays(year: number): Holiday[] {
  const holidays = holidayDates(year).map((date, i) => ({name: NAMES[i]!, date}));
  // Ascension Day can come before 1 May, Whit Sunday after 6 June.
  return holidays.sort((x, y) => x.date.month - y.date.month || x.date.day - y.date.day);
}

/** The public holiday on a date, if there is one. */
export function holidayOn(date: CalendarDate): HolidayName | undefined {
  return swedishPublicHolidays(date.year).find((h) => h.date.month === date.month && h.date.day === date.day)?.name;
}

/** Each year's holidays as `month * 100 + day`, worked out once per year. */
const byYear = new Map<number, Set<number>>();

/** Whether a date is a public holiday: what the opening hours' status asks, every day it looks at. */
export function isPublicHoliday({year, month, day}: CalendarDate): boolean {
  let holidays = byYear.get(year);
  if (!holidays) {
    holidays = new Set(holidayDates(year).map((date) => date.month * 100 + date.day));
    byYear.set(year, holidays);
  }
  return holidays.has(month * 100 + day);
}
