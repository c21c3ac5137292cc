import {dayNumber, stockholmWallClock, type WallClock, weekdayOf} from './stockholm-time.js';

export const STOCKHOLM = 'Europe/Stockholm';

/** Whether a time zone is one the browser knows (`Europe/Helsinki`); Stockholm without asking `Intl`. */
export function isTimeZone(zone: string): boolean {
  if (zone === STOCKHOLM) return true;
  try {
    new Intl.DateTimeFormat('en', {timeZone: zone});
    return true;
  } catch {
    return false;
  }
}

export interface ZoneClock {
  clock: WallClock;
  /** Minutes ahead of UTC: 60 in a Stockholm winter, 120 in its summer. */
  offset: number;
}

/** The wall clock of a zone other than Stockholm's, from `Intl`. */
function intlWallClock(zone: string, instant: number): WallClock {
  const parts: Record<string, number> = {};
  const format = new Intl.DateTimeFormat('en', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  for (const {type, value} of format.formatToParts(instant)) parts[type] = Number(value);
  const date = {year: parts.year!, month: parts.month!, day: parts.day!};
  return {...date, weekday: weekdayOf(date), minutes: parts.hour! * 60 + parts.minute!};
}

/**
 * The wall clock of a time zone at an instant. Stockholm's comes from the EU summer-time rule, so
 * the default case needs no `Intl` (and no locale data); other zones ask `Intl`.
 */
export function zoneClock(zone: string, instant: number): ZoneClock {
  const clock = zone === STOCKHOLM ? stockholmWallClock(instant) : intlWallClock(zone, instant);
  return {clock, offset: dayNumber(clock) * 1440 + clock.minutes - Math.floor(instant / 60_000)};
}
