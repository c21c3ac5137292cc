/**
 * Whether opening hours are open at a moment, and until or from when. Pure and DOM-free; the
 * hours come from opening-hours.ts.
 */
import {isPublicHoliday} from './holidays.js';
import type {DaySelector, Schedule, TimeSpan} from './opening-hours.js';
import {addDays, type CalendarDate, type WallClock, type Weekday, weekdayOf} from './stockholm-time.js';

const DAY = 24 * 60;

/** A date with what rules ask of it, worked out once per day. */
interface Day extends CalendarDate {
  weekday: Weekday;
  holiday: boolean;
}

const dayOf = (date: CalendarDate): Day => ({...date, weekday: weekdayOf(date), holiday: isPublicHoliday(date)});

function selects(days: DaySelector, date: Day): boolean {
  switch (days.kind) {
    case 'every-day':
      return true;
    case 'weekdays':
      return days.days.includes(date.weekday) || (!!days.holidays && !!date.holiday);
    case 'public-holiday':
      return !!date.holiday;
    case 'midsummer-eve':
      // The Friday between 19 and 25 June.
      return date.month === 6 && date.day >= 19 && date.day <= 25 && date.weekday === 4;
    case 'dates': {
      const at = date.month * 100 + date.day;
      const within = days.ranges.some(({from, to}) => {
        const [start, end] = [from.month * 100 + from.day, to.month * 100 + to.day];
        // Dec 31-Jan 1 and Nov-Feb wrap over the year's end.
        return start <= end ? at >= start && at <= end : at >= start || at <= end;
      });
      return within && (!days.on || selects(days.on, date));
    }
  }
}

function spansOn(schedule: Schedule, day: Day): TimeSpan[] {
  // A loop, not findLast: the build targets ES2021.
  let spans: TimeSpan[] = [];
  for (const rule of schedule.rules) if (selects(rule.days, day)) spans = rule.spans;
  return spans;
}

/** The hours on a date: those of the last rule that names it; none if no rule does. */
export const hoursOn = (schedule: Schedule, date: CalendarDate): TimeSpan[] => spansOn(schedule, dayOf(date));

/** A moment on the wall clock, `daysAhead` days from the day asked about (0 that day, 1 the next). */
export interface Moment {
  date: CalendarDate;
  weekday: Weekday;
  minutes: number;
  daysAhead: number;
}

/**
 * Open or closed. `closes`/`opens` are undefined when that does not happen within the look-ahead
 * (open around the clock; never open). `holiday`: the day is a public holiday; `dayOff` says
 * the day has no hours of its own.
 */
export type Status =
  | {open: true; closes: Moment | undefined; holiday: boolean}
  | {open: false; opens: Moment | undefined; holiday: boolean; dayOff: boolean};

/** How far ahead a status looks for the closing; for the next opening it looks a year ahead. */
export const LOOK_AHEAD_DAYS = 14;
const YEAR = 366;

/**
 * The status at moments from `today`'s midnight on (minutes, possibly days ahead), asked in time
 * order. The open periods are worked out a day at a time, only as far as the answers need, so a
 * week's statuses read each day's hours once however many openings and closings they ask about.
 */
export function statusesFrom(schedule: Schedule, today: CalendarDate): (minutes: number) => Status {
  /** Open periods in minutes from today's midnight, merged where they meet or overlap. */
  const periods: TimeSpan[] = [];
  /** The days read, from yesterday (which may run past midnight) on. */
  const days: {holiday: boolean; dayOff: boolean}[] = [];
  let next = -1;
  let index = 0;
  const readUntil = (last: number, more = () => true) => {
    for (; next <= last && more(); next++) {
      const day = dayOf(addDays(today, next));
      const spans = spansOn(schedule, day);
      days.push({holiday: day.holiday, dayOff: !spans.length});
      // Days come in order and each day's sessions start that day, in order: a merge as they come.
      for (const span of spans) {
        const [from, to] = [span.from + next * DAY, span.to + next * DAY];
        const last = periods[periods.length - 1];
        if (last && from <= last.to) last.to = Math.max(last.to, to);
        else periods.push({from, to});
      }
    }
  };
  const moment = (minutes: number, from: number): Moment => {
    const day = Math.floor(minutes / DAY);
    const date = addDays(today, day);
    return {date, weekday: weekdayOf(date), minutes: minutes - day * DAY, daysAhead: day - from};
  };
  return (at) => {
    const day = Math.floor(at / DAY);
    readUntil(day);
    // A period that ended before `at` ended before the days not yet read: it is final.
    while (periods[index] && periods[index]!.to <= at) index++;
    const {holiday, dayOff} = days[day + 1]!;
    const current = periods[index];
    if (current && current.from <= at) {
      readUntil(day + LOOK_AHEAD_DAYS, () => current.to >= next * DAY);
      const closes = current.to >= (day + LOOK_AHEAD_DAYS + 1) * DAY ? undefined : moment(current.to, day);
      return {open: true, closes, holiday};
    }
    readUntil(day + YEAR, () => !periods[index]);
    const opens = periods[index];
    return {open: false, opens: opens && moment(opens.from, day), holiday, dayOff};
  };
}

/** Whether the schedule is open at a Stockholm wall-clock time, and until or from when. */
export const status = (schedule: Schedule, now: WallClock): Status => statusesFrom(schedule, now)(now.minutes);
