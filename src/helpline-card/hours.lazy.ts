/**
 * The opening hours, built as `dist/hours.js` (a lazy feature, see scripts/lazy-feature.ts) and
 * loaded only by a card with `phone-hours` or `chat-hours`: the parser, the status now and the
 * week in words, public holidays and time zones. It carries its own texts in every language.
 */
import {msg} from '@lit/localize';
import type {Schedule} from '../lib/opening-hours.js';
import {hoursInWords, upcomingTexts} from '../lib/hours-text.js';
import {STOCKHOLM, zoneClock} from '../lib/time-zone.js';

export {templates} from '../features/texts.js';
export {useHost} from '../features/host.js';
export {parseOpeningHours} from '../lib/opening-hours.js';

export interface ChannelHours {
  /** Whose clock the times are on, for a reader in another time zone ("Swedish time"); else empty. */
  zone: string;
  /** Every status sentence of the coming week, now's first; none for old data. */
  status: string[];
  /** The week's hours in words. */
  week: string[];
}

/** A channel's hours at the instant `now`, in the language msg() answers in. */
export function channelHours(schedule: Schedule, timeZone: string, now: number, stale: boolean): ChannelHours {
  const {clock, offset} = zoneClock(timeZone, now);
  // A reader elsewhere is told whose clock the times are on: “16:00 (Swedish time)”.
  const zone =
    offset === -new Date(now).getTimezoneOffset()
      ? ''
      : timeZone === STOCKHOLM
        ? msg('Swedish time', {desc: 'After a time, for a reader in another time zone: “16:00 (Swedish time)”.'})
        : timeZone;
  return {zone, status: stale ? [] : upcomingTexts(schedule, clock, zone), week: hoursInWords(schedule)};
}

export type HoursModule = typeof import('./hours.lazy.js');
