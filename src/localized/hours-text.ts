/**
 * Opening hours in words, in the language msg() answers in: the live status ("Open now, closes
 * 16:00") and the week's hours. Pure and DOM-free; weekday and month names are translated texts,
 * so no `Intl` and no locale data is needed. Times are 24-hour HH:MM in every language.
 */
import {msg, str} from '@lit/localize';
import {type Moment, status, type Status, statusesFrom} from '../lib/hours-status.js';
import {
  type DateRange,
  DAYS_IN_MONTH,
  type Schedule,
  type TimeSpan,
  type WeekdaySelector,
  weekHours,
} from '../lib/opening-hours.js';
import {monthNames} from './formats.js';
import {addDays, type WallClock, weekdayOf} from '../lib/stockholm-time.js';

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
  return sentence(status(schedule, now), zone);
}

function sentence(s: Status, zone: string): string {
  if (s.open) {
    return s.closes
      ? msg(str`Open now, closes ${when(s.closes, zone, true)}`, {
          desc: 'Status of a phone or chat line. The value is a time (“16:00”), maybe with a weekday before it (“Tuesday 02:00”).',
        })
      : msg('Open around the clock', {desc: 'Status of a phone or chat line that never closes.'});
  }
  if (!s.opens) return msg('Closed', {desc: 'Status of a phone or chat line with no opening hours coming up.'});
  const opens = when(s.opens, zone);
  return s.holiday && s.dayOff
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
 * opening or closing and at midnight (when "Monday 09:00" becomes "09:00"); the statuses are
 * worked out in one pass over the week's sessions.
 */
export function upcomingTexts(schedule: Schedule, now: WallClock, zone = ''): string[] {
  const texts = new Set<string>();
  const statusAt = statusesFrom(schedule, now);
  for (let at = now.minutes; at <= now.minutes + WEEK;) {
    const s = statusAt(at);
    texts.add(sentence(s, zone));
    const change = s.open ? s.closes : s.opens;
    const day = Math.floor(at / DAY);
    at = Math.min((day + 1) * DAY, change ? (day + change.daysAhead) * DAY + change.minutes : Infinity);
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
      days.kind === 'dates'
        ? [...days.ranges.map(datesText), ...(days.on ? [weekdaysText(days.on)] : [])].join(', ')
        : days.kind === 'midsummer-eve'
          ? msg('Midsummer Eve', {
              desc: 'The Friday before Midsummer Day, before its opening hours: “Midsummer Eve: closed”.',
            })
          : weekdaysText(days);
    lines.push(`${label}: ${spansText(spans)}`);
  }
  return lines;
}

/** "24 December", "24–26 December", "31 December–1 January", "July", "June–August". */
function datesText({from, to}: DateRange): string {
  const months = monthNames();
  if (from.day === 1 && to.day === DAYS_IN_MONTH[to.month - 1]) {
    return from.month === to.month ? months[from.month - 1]! : `${months[from.month - 1]!}–${months[to.month - 1]!}`;
  }
  if (from.month !== to.month) return `${dayAndMonth(from)}–${dayAndMonth(to)}`;
  return from.day === to.day ? dayAndMonth(from) : `${from.day}–${dayAndMonth(to)}`;
}

/** "Monday–Friday", "Monday, Wednesday", "Saturday–Sunday, Public holidays". */
function weekdaysText(selector: WeekdaySelector): string {
  const names = weekdays();
  const days = selector.kind === 'weekdays' ? selector.days : [];
  const parts: string[] = [];
  for (let first = 0; first < days.length;) {
    let last = first;
    while (days[last + 1] === days[last]! + 1) last++;
    parts.push(`${names[days[first]!]!}${last > first ? `–${names[days[last]!]!}` : ''}`);
    first = last + 1;
  }
  if (selector.kind === 'public-holiday' || selector.holidays) {
    parts.push(
      msg('Public holidays', {desc: 'Before their opening hours: “Public holidays: closed”. Swedish public holidays.'}),
    );
  }
  return parts.join(', ');
}
