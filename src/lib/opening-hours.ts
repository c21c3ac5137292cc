/**
 * Opening hours in a subset of the OpenStreetMap `opening_hours` syntax, read in Swedish
 * wall-clock time. Pure and DOM-free.
 *
 * Supported syntax:
 * - Rules separated by `;`. A later rule replaces the hours of an earlier one on every day it
 *   names: `Mo-Fr 09:00-16:00; We 09:00-12:00` is open 09-12 on Wednesdays.
 * - A rule is a day selector, then `off` or one or more time ranges separated by `,`.
 *   Without a selector it applies to every day (`10:00-14:00`, `off`).
 * - Day selectors, as in OpenStreetMap: months or dates first, then weekdays:
 *   - weekdays `Mo Tu We Th Fr Sa Su` and `PH` (Swedish public holidays, see holidays.ts), in
 *     lists and ranges: `Mo-Fr`, `Mo,We,Fr`, `Sa-Mo`, `Sa,Su,PH`;
 *   - months, dates and their ranges (`Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec`), every
 *     year: `Jul`, `Jun-Aug`, `Nov-Feb`, `Dec 24`, `Dec 24-26`, `Dec 31-Jan 1`, lists
 *     `Dec 24,Dec 31`; followed by weekdays they name only those: `Jun-Aug Mo-Fr`;
 *   - `Midsummer Eve`: the Friday between 19 and 25 June.
 * - Time ranges `HH:MM-HH:MM` (hour also as one digit, `9:00`), end up to `24:00`; an end at or
 *   before the start runs past midnight: `22:00-02:00`. A session that started the evening
 *   before runs to its end whatever the next day's rule says.
 * - `24/7`: open around the clock on every day.
 * - Names are read case-insensitively; en and em dashes (`Mo–Fr`, as the card shows the hours) as
 *   `-`; spaces around dashes and `,` are allowed. Problems quote the text as written.
 * - At most 50 rules and 20 sessions a rule: beyond that the text is refused, not cut, since a
 *   dropped rule could have closed the day the rest would call open.
 *
 * Midsummer Eve, Christmas Eve and New Year's Eve are not public holidays by law, so `PH off`
 * does not close them; most services do close, written `Midsummer Eve off`, `Dec 24 off`,
 * `Dec 31 off` (or together: `Dec 24 off; Dec 31 off; Midsummer Eve off`).
 */
import type {Weekday} from './stockholm-time.js';
import {cut, QUOTED} from './problems.js';

/** Minutes from the day's midnight; `to` is after `from` and above 1440 past midnight. */
export interface TimeSpan {
  from: number;
  to: number;
}

export interface MonthDay {
  month: number;
  day: number;
}

/** From one date to another, both included, every year; a month is its first to its last day. */
export interface DateRange {
  from: MonthDay;
  to: MonthDay;
}

/** Weekdays, public holidays, or both (`Sa,Su,PH`: Saturdays, Sundays and public holidays). */
export type WeekdaySelector = {kind: 'weekdays'; days: Weekday[]; holidays?: true} | {kind: 'public-holiday'};

export type DaySelector =
  | {kind: 'every-day'}
  | WeekdaySelector
  | {kind: 'dates'; ranges: DateRange[]; on?: WeekdaySelector}
  | {kind: 'midsummer-eve'};

/** One rule; no spans means closed. Spans are in the order they start. */
export interface Rule {
  days: DaySelector;
  spans: TimeSpan[];
}

export interface Schedule {
  rules: Rule[];
}

export type ParseResult = {ok: true; schedule: Schedule} | {ok: false; problem: string};

/** The most rules, and sessions in one rule, that are read. */
export const MAX_RULES = 50;
export const MAX_SESSIONS = 20;

const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAY = 24 * 60;

class Unreadable extends Error {}

/** Reads opening hours; never throws. `problem` quotes the part that could not be read. */
export function parseOpeningHours(text: string): ParseResult {
  if (text.trim() === '') return {ok: false, problem: 'no opening hours'};
  // A pasted document is read no further than one rule past the limit.
  const written = text.split(';', MAX_RULES + 1);
  if (written.length > MAX_RULES) return {ok: false, problem: `more than ${MAX_RULES} rules`};
  try {
    const rules = written.map((rule) =>
      parseRule(
        rule
          .trim()
          .replace(/\s+/g, ' ')
          .replace(/ ?([-–—,]) ?/g, '$1'),
      ),
    );
    return {ok: true, schedule: {rules}};
  } catch (error) {
    if (error instanceof Unreadable) return {ok: false, problem: error.message};
    throw error;
  }
}

/** Quotes the part, and the rule around it while both fit in the quoted length. */
function unreadable(part: string, rule: string): never {
  const room = QUOTED - part.length;
  throw new Unreadable(
    part === rule || room < 10 ? `could not read "${cut(part)}"` : `could not read "${part}" in "${cut(rule, room)}"`,
  );
}

function parseRule(rule: string): Rule {
  if (rule === '') throw new Unreadable('an empty rule (two `;` in a row, or one at the end)');
  if (rule === '24/7') return {days: {kind: 'every-day'}, spans: [{from: 0, to: DAY}]};
  const split = rule.lastIndexOf(' ');
  const selector = split < 0 ? '' : rule.slice(0, split);
  const days: DaySelector = selector ? parseSelector(selector, rule) : {kind: 'every-day'};
  return {days, spans: parseHours(rule.slice(split + 1), rule)};
}

function parseSelector(selector: string, rule: string): DaySelector {
  const lower = selector.toLowerCase();
  if (lower === 'midsummer eve') return {kind: 'midsummer-eve'};
  // Weekdays and PH come last, after any months or dates (`Jun-Aug Mo-Fr`): a two-letter word.
  const weekdays = /(?:^| )[a-z]{2}(?=[-–—, ]|$)/.exec(lower);
  const at = !weekdays ? lower.length : weekdays.index === 0 ? 0 : weekdays.index + 1;
  const on = weekdays ? parseWeekdays(lower.slice(at), selector, rule) : undefined;
  if (on && at === 0) return on;
  const ranges = selector
    .slice(0, at)
    .trim()
    .split(',')
    .map((part) => parseDateRange(part, rule));
  return on ? {kind: 'dates', ranges, on} : {kind: 'dates', ranges};
}

function parseWeekdays(lower: string, selector: string, rule: string): WeekdaySelector {
  const days = new Set<Weekday>();
  let holidays = false;
  for (const part of lower.split(',')) {
    if (part === 'ph') {
      holidays = true;
      continue;
    }
    const [first, last = first, extra] = part.split(/[-–—]/).map((name) => WEEKDAYS.indexOf(name));
    if (first === undefined || last === undefined || first < 0 || last < 0 || extra !== undefined) {
      unreadable(selector, rule);
    }
    // A range may wrap over the week's end: Sa-Mo.
    for (let day = first; ; day = (day + 1) % 7) {
      days.add(day as Weekday);
      if (day === last) break;
    }
  }
  if (!days.size) return {kind: 'public-holiday'};
  const sorted = [...days].sort((a, b) => a - b);
  return holidays ? {kind: 'weekdays', days: sorted, holidays} : {kind: 'weekdays', days: sorted};
}

/** `Jul`, `Jun-Aug`, `Dec 24`, `Dec 24-26`, `Dec 31-Jan 1`. */
function parseDateRange(part: string, rule: string): DateRange {
  const match = /^([a-z]{3})(?: (\d{1,2}))?(?:[-–—](?:([a-z]{3})(?: (\d{1,2}))?|(\d{1,2})))?$/i.exec(part);
  const [, month = '', day, toMonth, toMonthDay, toDay] = match ?? [];
  // A range is of months or of dates, not one of each: `Dec 24-Jan`, `Jun-Aug 5`.
  if (!match || (day ? toMonth && !toMonthDay : toMonthDay || toDay)) unreadable(part, rule);
  const from = monthDay(month, day, part, rule);
  const to = monthDay(toMonth ?? month, toMonthDay ?? toDay ?? day, part, rule, true);
  // `Dec 26-24` is more likely a typo than almost a whole year; write `Dec 26-Dec 24` for that.
  if (from.month === to.month && to.day < from.day && !toMonth) unreadable(part, rule);
  return {from, to};
}

/** A date; a month alone is its first day, or its last for the `end` of a range. */
function monthDay(name: string, dayText: string | undefined, part: string, rule: string, end = false): MonthDay {
  const month = MONTHS.indexOf(name.toLowerCase()) + 1;
  const days = DAYS_IN_MONTH[month - 1] ?? 0;
  const day = dayText === undefined ? (end ? days : 1) : Number(dayText);
  if (day < 1 || day > days) unreadable(part, rule);
  return {month, day};
}

function parseHours(hours: string, rule: string): TimeSpan[] {
  if (/^(off|closed)$/i.test(hours)) return [];
  const ranges = hours.split(',', MAX_SESSIONS + 1);
  if (ranges.length > MAX_SESSIONS) throw new Unreadable(`more than ${MAX_SESSIONS} sessions in "${cut(rule)}"`);
  return ranges
    .map((range) => {
      const match = /^(\d{1,2}):(\d\d)[-–—](\d{1,2}):(\d\d)$/.exec(range);
      if (!match) unreadable(range, rule);
      const [from, to] = [minutes(match[1]!, match[2]!), minutes(match[3]!, match[4]!)];
      if (from === undefined || to === undefined || from === DAY || from === to) unreadable(range, rule);
      return {from, to: to > from ? to : to + DAY};
    })
    .sort((a, b) => a.from - b.from);
}

function minutes(hours: string, mins: string): number | undefined {
  const value = Number(hours) * 60 + Number(mins);
  return Number(mins) < 60 && value <= DAY ? value : undefined;
}

/** A rule for particular dates rather than weekdays. */
export interface Exception {
  days: Exclude<DaySelector, {kind: 'every-day'} | {kind: 'weekdays'}>;
  spans: TimeSpan[];
}

/**
 * The ordinary week (Monday first, hours per weekday) and the date rules on top of it, in the
 * order written, for "the week's hours in words". `Sa,Su,PH` counts in both.
 */
export function weekHours(schedule: Schedule): {week: TimeSpan[][]; exceptions: Exception[]} {
  const week: TimeSpan[][] = WEEKDAYS.map(() => []);
  const exceptions: Exception[] = [];
  for (const {days, spans} of schedule.rules) {
    if (days.kind === 'every-day') week.fill(spans);
    else if (days.kind === 'weekdays') {
      for (const day of days.days) week[day] = spans;
      if (days.holidays) exceptions.push({days: {kind: 'public-holiday'}, spans});
    } else exceptions.push({days, spans});
  }
  return {week, exceptions};
}
