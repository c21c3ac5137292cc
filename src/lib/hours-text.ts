/**
 * Opening hours in words, in the language msg() answers in: the live status ("Open now, closes
 * 16:00") and the week's hours. Pure and DOM-free; weekday and month names are translated texts,
 * so no `Intl` and no locale data is needed. Times are 24-hour HH:MM in every language.
 */
import {msg, str} from '@lit/localize';
import {hoursOn, type Moment, type Schedule, status, type Status, type TimeSpan, weekHours} from './opening-hours.js';
import {monthNames} from './formats.js';
import {addDays, dayNumber, type WallClock, weekdayOf} from './stockholm-time.js';

const DAY = 1440;

const pad = (n: number) => String(n).padStart(2, '0');

/** "09:00"; the end of a day is "24:00", a time past midnight is read on the next day. */
export function clock(minutes: number): string {
  const m = minutes > DAY ? minutes - DAY : minutes;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** Monday first. One text, so a translator sees the whole week at once. */
export const weekdays = () =>
  msg('Monday Tuesday Wednesday Thursday Friday Saturday Sunday', {
    desc: 'The days of the week, Monday first, separated by single spaces: exactly seven words, no commas. Used alone (“Monday”) and before a time (“opens Monday 09:00”).',
  }).split(' ');

/** "24 December". */
export function dayAndMonth(date: {month: number; day: number}): string {
  return `${date.day} ${monthNames()[date.month - 1]!}`;
}

/**
 * When something happens: "16:00" today, "Monday 09:00" within the week, "Sunday 31 May 10:00"
 * further on (a bare weekday would read as this week's). A closing at midnight is "24:00" of the
 * day before, not "00:00" of the next.
 */
function when({date, daysAhead, minutes}: Moment, zone: string, closing = false): string {
  if (closing && minutes === 0 && daysAhead > 0) {
    daysAhead--;
    date = addDays(date, -1);
    minutes = DAY;
  }
  const day = daysAhead === 0 ? '' : `${weekdays()[weekdayOf(date)]!} ${daysAhead < 7 ? '' : `${dayAndMonth(date)} `}`;
  return `${day}${clock(minutes)}${zone && ` (${zone})`}`;
}

/**
 * The status sentence at a wall-clock time. `zone` names the time zone for a reader whose clock
 * differs ("Swedish time"), or is empty.
 */
export function statusText(schedule: Schedule, now: WallClock, zone = ''): string {
  return sentence(schedule, status(schedule, now), now, zone);
}

function sentence(schedule: Schedule, s: Status, now: WallClock, zone: string): string {
  if (s.open) {
    return s.closes
      ? msg(str`Open now, closes ${when(s.closes, zone, true)}`, {
          desc: 'Status of a phone or chat line. The value is a time (“16:00”), maybe with a weekday before it (“Tuesday 02:00”).',
        })
      : msg('Open around the clock', {desc: 'Status of a phone or chat line that never closes.'});
  }
  if (!s.opens) return msg('Closed', {desc: 'Status of a phone or chat line with no opening hours coming up.'});
  const opens = when(s.opens, zone);
  return s.holiday && hoursOn(schedule, now).length === 0
    ? msg(str`Closed today, public holiday, opens ${opens}`, {
        desc: 'Status of a phone or chat line on a Swedish public holiday. The value is a weekday and a time (“Tuesday 09:00”).',
      })
    : msg(str`Closed, opens ${opens}`, {
        desc: 'Status of a phone or chat line. The value is a time (“13:00”), maybe with a weekday before it (“Monday 09:00”).',
      });
}

/** How far ahead `upcomingTexts` looks: a week, the cycle most schedules repeat in. */
const WEEK = 7 * DAY;

/**
 * Every status sentence from now to a week ahead, now's first. The status line holds the space of
 * the longest, so the page does not move when the sentence changes. The sentence can change at an
 * opening or closing and at midnight (when "Monday 09:00" becomes "09:00").
 */
export function upcomingTexts(schedule: Schedule, now: WallClock, zone = ''): string[] {
  const texts = new Set<string>();
  const today = dayNumber(now);
  for (let at = now.minutes; at <= now.minutes + WEEK;) {
    const date = addDays(now, Math.floor(at / DAY));
    const wall = {...date, weekday: weekdayOf(date), minutes: at % DAY};
    const s = status(schedule, wall);
    texts.add(sentence(schedule, s, wall, zone));
    const change = s.open ? s.closes : s.opens;
    const midnight = (Math.floor(at / DAY) + 1) * DAY;
    at = change ? Math.min(midnight, (dayNumber(change.date) - today) * DAY + change.minutes) : midnight;
  }
  return [...texts];
}

function spansText(spans: TimeSpan[]): string {
  return spans.length
    ? spans.map(({from, to}) => `${clock(from)}–${clock(to)}`).join(', ')
    : msg('closed', {desc: 'Instead of opening hours, after a day’s name: “Saturday–Sunday: closed”.'});
}

const sameSpans = (a: TimeSpan[], b: TimeSpan[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The week's hours in words, one line per run of days with the same hours, then the rules for
 * dates: "Monday: 12:00–18:00", "Tuesday–Wednesday: closed", "Public holidays: closed".
 */
export function hoursInWords(schedule: Schedule): string[] {
  const {week, exceptions} = weekHours(schedule);
  const names = weekdays();
  const lines: string[] = [];
  for (let first = 0; first < 7;) {
    let last = first;
    while (last < 6 && sameSpans(week[last + 1]!, week[first]!)) last++;
    lines.push(`${names[first]!}${last > first ? `–${names[last]!}` : ''}: ${spansText(week[first]!)}`);
    first = last + 1;
  }
  for (const {days, spans} of exceptions) {
    const label =
      days.kind === 'public-holiday'
        ? msg('Public holidays', {
            desc: 'Before their opening hours: “Public holidays: closed”. Swedish public holidays.',
          })
        : days.kind === 'midsummer-eve'
          ? msg('Midsummer Eve', {
              desc: 'The Friday before Midsummer Day, before its opening hours: “Midsummer Eve: closed”.',
            })
          : days.ranges
              .map(({from, to}) =>
                from.month === to.month && from.day === to.day
                  ? dayAndMonth(from)
                  : from.month === to.month
                    ? `${from.day}–${dayAndMonth(to)}`
                    : `${dayAndMonth(from)}–${dayAndMonth(to)}`,
              )
              .join(', ');
    lines.push(`${label}: ${spansText(spans)}`);
  }
  return lines;
}
