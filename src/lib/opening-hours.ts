/**
 * Opening hours in a small subset of the OpenStreetMap `opening_hours` syntax, read in
 * Swedish wall-clock time. Pure and DOM-free.
 *
 * Supported syntax:
 * - Rules separated by `;`. A later rule replaces the hours of an earlier one on every day it
 *   names: `Mo-Fr 09:00-16:00; We 09:00-12:00` is open 09-12 on Wednesdays.
 * - A rule is a day selector, then `off` or one or more time ranges separated by `,`.
 *   Without a selector it applies to every day (`10:00-14:00`, `off`).
 * - Day selectors:
 *   - weekdays `Mo Tu We Th Fr Sa Su`, in lists and ranges: `Mo-Fr`, `Mo,We,Fr`, `Sa-Mo`;
 *   - dates and date ranges: `Dec 24`, `Dec 24-26`, `Dec 31-Jan 1`, lists `Dec 24,Dec 31`
 *     (months `Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec`), every year;
 *   - `PH`: Swedish public holidays (see holidays.ts);
 *   - `Midsummer Eve`: the Friday between 19 and 25 June.
 * - Time ranges `HH:MM-HH:MM` (hour also as one digit, `9:00`), end up to `24:00`; an end at or
 *   before the start runs past midnight: `22:00-02:00`. A session that started the evening
 *   before runs to its end whatever the next day's rule says.
 * - `24/7`: open around the clock on every day.
 * - Names are read case-insensitively; spaces around `-` and `,` are allowed.
 *
 * Midsummer Eve, Christmas Eve and New Year's Eve are not public holidays by law, so `PH off`
 * does not close them; most services do close, written `Midsummer Eve off`, `Dec 24 off`,
 * `Dec 31 off` (or together: `Dec 24 off; Dec 31 off; Midsummer Eve off`).
 */
import {holidayOn, type HolidayName, midsummerEve} from './holidays.js';
import {addDays, type CalendarDate, type WallClock, type Weekday, weekdayOf} from './stockholm-time.js';

/** Minutes from the day's midnight; `to` is after `from` and above 1440 past midnight. */
export interface TimeSpan {
  from: number;
  to: number;
}

export interface MonthDay {
  month: number;
  day: number;
}

export type DaySelector =
  | {kind: 'every-day'}
  | {kind: 'weekdays'; days: Weekday[]}
  | {kind: 'dates'; ranges: {from: MonthDay; to: MonthDay}[]}
  | {kind: 'public-holiday'}
  | {kind: 'midsummer-eve'};

/** One rule; no spans means closed. */
export interface Rule {
  days: DaySelector;
  spans: TimeSpan[];
}

export interface Schedule {
  rules: Rule[];
}

export type ParseResult = {ok: true; schedule: Schedule} | {ok: false; problem: string};

const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAY = 24 * 60;

class Unreadable extends Error {}

/** Reads opening hours; never throws. `problem` quotes the part that could not be read. */
export function parseOpeningHours(text: string): ParseResult {
  if (text.trim() === '') return {ok: false, problem: 'no opening hours'};
  try {
    const rules = text.split(';').map((rule) =>
      parseRule(
        rule
          .trim()
          .replace(/\s+/g, ' ')
          .replace(/ ?([-,]) ?/g, '$1'),
      ),
    );
    return {ok: true, schedule: {rules}};
  } catch (error) {
    if (error instanceof Unreadable) return {ok: false, problem: error.message};
    throw error;
  }
}

function unreadable(part: string, rule: string): never {
  throw new Unreadable(part === rule ? `could not read "${rule}"` : `could not read "${part}" in "${rule}"`);
}

function parseRule(rule: string): Rule {
  if (rule === '') throw new Unreadable('an empty rule (two `;` in a row, or one at the end)');
  if (rule === '24/7') return {days: {kind: 'every-day'}, spans: [{from: 0, to: DAY}]};
  const split = rule.lastIndexOf(' ');
  const selector = split < 0 ? '' : rule.slice(0, split);
  const hours = rule.slice(split + 1);
  return {days: selector ? parseSelector(selector, rule) : {kind: 'every-day'}, spans: parseHours(hours, rule)};
}

function parseSelector(selector: string, rule: string): DaySelector {
  const lower = selector.toLowerCase();
  if (lower === 'ph') return {kind: 'public-holiday'};
  if (lower === 'midsummer eve') return {kind: 'midsummer-eve'};
  if (/^[a-z]{2}(?:[-,]|$)/.test(lower)) return {kind: 'weekdays', days: parseWeekdays(lower, selector, rule)};
  return {kind: 'dates', ranges: selector.split(',').map((part) => parseDateRange(part, rule))};
}

function parseWeekdays(lower: string, selector: string, rule: string): Weekday[] {
  const days = new Set<Weekday>();
  for (const part of lower.split(',')) {
    const [first, last = first, extra] = part.split('-').map((name) => WEEKDAYS.indexOf(name));
    if (first === undefined || last === undefined || first < 0 || last < 0 || extra !== undefined) {
      unreadable(selector, rule);
    }
    // A range may wrap over the week's end: Sa-Mo.
    for (let day = first; ; day = (day + 1) % 7) {
      days.add(day as Weekday);
      if (day === last) break;
    }
  }
  return [...days].sort((a, b) => a - b);
}

function parseDateRange(part: string, rule: string): {from: MonthDay; to: MonthDay} {
  const match = /^([a-z]{3}) (\d{1,2})(?:-(?:([a-z]{3}) )?(\d{1,2}))?$/i.exec(part);
  if (!match) unreadable(part, rule);
  const [, month = '', day = '', toMonth = month, toDay = day] = match;
  const [from, to] = [monthDay(month, day, part, rule), monthDay(toMonth, toDay, part, rule)];
  // `Dec 26-24` is more likely a typo than almost a whole year; write `Dec 26-Dec 24` for that.
  if (from.month === to.month && to.day < from.day && !match[3]) unreadable(part, rule);
  return {from, to};
}

function monthDay(monthName: string, dayText: string, part: string, rule: string): MonthDay {
  const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
  const day = Number(dayText);
  if (month === 0 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) unreadable(part, rule);
  return {month, day};
}

function parseHours(hours: string, rule: string): TimeSpan[] {
  if (/^(off|closed)$/i.test(hours)) return [];
  return hours.split(',').map((range) => {
    const match = /^(\d{1,2}):(\d\d)-(\d{1,2}):(\d\d)$/.exec(range);
    if (!match) unreadable(range, rule);
    const [from, to] = [minutes(match[1]!, match[2]!), minutes(match[3]!, match[4]!)];
    if (from === undefined || to === undefined || from === DAY || from === to) unreadable(range, rule);
    return {from, to: to > from ? to : to + DAY};
  });
}

function minutes(hours: string, mins: string): number | undefined {
  const value = Number(hours) * 60 + Number(mins);
  return Number(mins) < 60 && value <= DAY ? value : undefined;
}

function selects(days: DaySelector, date: CalendarDate): boolean {
  switch (days.kind) {
    case 'every-day':
      return true;
    case 'weekdays':
      return days.days.includes(weekdayOf(date));
    case 'public-holiday':
      return holidayOn(date) !== undefined;
    case 'midsummer-eve': {
      const eve = midsummerEve(date.year);
      return eve.month === date.month && eve.day === date.day;
    }
    case 'dates': {
      const at = date.month * 100 + date.day;
      return days.ranges.some(({from, to}) => {
        const [start, end] = [from.month * 100 + from.day, to.month * 100 + to.day];
        // Dec 31-Jan 1 wraps over the year's end.
        return start <= end ? at >= start && at <= end : at >= start || at <= end;
      });
    }
  }
}

/** The hours on a date: those of the last rule that names it; none if no rule does. */
export function hoursOn(schedule: Schedule, date: CalendarDate): TimeSpan[] {
  // A loop, not findLast: the build targets ES2021.
  let spans: TimeSpan[] = [];
  for (const rule of schedule.rules) if (selects(rule.days, date)) spans = rule.spans;
  return spans;
}

/** A moment on the wall clock, `daysAhead` days from today (0 today, 1 tomorrow). */
export interface Moment {
  date: CalendarDate;
  weekday: Weekday;
  minutes: number;
  daysAhead: number;
}

/**
 * Open or closed now. `closes`/`opens` are undefined when that does not happen within the
 * look-ahead (open around the clock; never open). `holiday` names today's public holiday.
 */
export type Status =
  | {open: true; closes: Moment | undefined; holiday: HolidayName | undefined}
  | {open: false; opens: Moment | undefined; holiday: HolidayName | undefined};

/** How far ahead `status` looks for the next opening or closing. */
export const LOOK_AHEAD_DAYS = 14;

/** Whether the schedule is open at a Stockholm wall-clock time, and until or from when. */
export function status(schedule: Schedule, now: WallClock): Status {
  const today: CalendarDate = {year: now.year, month: now.month, day: now.day};
  // Sessions as minutes from today's midnight, from yesterday's (which may run past midnight) on.
  const sessions: TimeSpan[] = [];
  for (let offset = -1; offset <= LOOK_AHEAD_DAYS; offset++) {
    for (const span of hoursOn(schedule, addDays(today, offset))) {
      sessions.push({from: span.from + offset * DAY, to: span.to + offset * DAY});
    }
  }
  sessions.sort((a, b) => a.from - b.from);
  const holiday = holidayOn(today);
  const current = sessions.find((s) => s.from <= now.minutes && now.minutes < s.to);
  if (!current) {
    const next = sessions.find((s) => s.from > now.minutes);
    return {open: false, opens: next && moment(today, next.from), holiday};
  }
  // Sessions that meet or overlap make one (Mo 18:00-24:00 and Tu 00:00-02:00; 24/7).
  let end = current.to;
  for (const s of sessions) if (s.from <= end && s.to > end) end = s.to;
  return {open: true, closes: end >= (LOOK_AHEAD_DAYS + 1) * DAY ? undefined : moment(today, end), holiday};
}

function moment(today: CalendarDate, minutes: number): Moment {
  const daysAhead = Math.floor(minutes / DAY);
  const date = addDays(today, daysAhead);
  return {date, weekday: weekdayOf(date), minutes: minutes - daysAhead * DAY, daysAhead};
}

/** A rule for particular dates rather than weekdays. */
export interface Exception {
  days: Exclude<DaySelector, {kind: 'every-day'} | {kind: 'weekdays'}>;
  spans: TimeSpan[];
}

/**
 * The ordinary week (Monday first, hours per weekday) and the date rules on top of it, in the
 * order written, for "the week's hours in words".
 */
export function weekHours(schedule: Schedule): {week: TimeSpan[][]; exceptions: Exception[]} {
  const week: TimeSpan[][] = WEEKDAYS.map(() => []);
  const exceptions: Exception[] = [];
  for (const {days, spans} of schedule.rules) {
    if (days.kind === 'every-day') week.fill(spans);
    else if (days.kind === 'weekdays') for (const day of days.days) week[day] = spans;
    else exceptions.push({days, spans});
  }
  return {week, exceptions};
}
