/**
 * Europe/Stockholm wall-clock time without `Intl`, so the default case costs no locale data.
 * Sweden follows the EU summer-time rule: UTC+2 from the last Sunday of March 01:00 UTC to the
 * last Sunday of October 01:00 UTC, UTC+1 the rest of the year.
 */

/** A calendar date; month 1-12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Monday 0 to Sunday 6, as Swedish weeks run. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** What a clock on a Stockholm wall shows: minutes 0-1439 from midnight. */
export interface WallClock extends CalendarDate {
  weekday: Weekday;
  minutes: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Days since 1970-01-01 of a date; the month and day may overflow (Date.UTC normalises them). */
export function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / DAY;
}

export function dateOfDayNumber(days: number): CalendarDate {
  const d = new Date(days * DAY);
  return {year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate()};
}

export function weekdayOf(date: CalendarDate): Weekday {
  // 1970-01-01 was a Thursday (3).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) as Weekday;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = {year, month: month + 1, day: 0};
  const sunday = dayNumber(lastDay) - ((weekdayOf(lastDay) + 1) % 7);
  return sunday * DAY + HOUR;
}

function isSummerTime(instant: number): boolean {
  const year = new Date(instant).getUTCFullYear();
  return instant >= lastSundayAt0100Utc(year, 3) && instant < lastSundayAt0100Utc(year, 10);
}

/** The Stockholm wall clock at an instant (milliseconds since the epoch). */
export function stockholmWallClock(instant: number): WallClock {
  const local = instant + (isSummerTime(instant) ? 2 : 1) * HOUR;
  const days = Math.floor(local / DAY);
  const date = dateOfDayNumber(days);
  return {...date, weekday: weekdayOf(date), minutes: Math.floor((local - days * DAY) / MINUTE)};
}

/**
 * The instant a Stockholm wall clock shows a date and minute. In the repeated hour of October
 * this is the first (summer-time) one; a time in the skipped hour of March does not exist and
 * gives the instant one hour later on the wall (02:30 is read as 03:30).
 */
export function stockholmInstant(date: CalendarDate, minutes: number): number {
  const wall = dayNumber(date) * DAY + minutes * MINUTE;
  const summer = wall - 2 * HOUR;
  return isSummerTime(summer) ? summer : wall - HOUR;
}
