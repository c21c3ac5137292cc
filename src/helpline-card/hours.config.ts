/**
 * The card's hours attributes, read by hours.js (hours.lazy.ts), so that only pages whose cards
 * have hours load the parser and its checks. Pure and DOM-free; never throws.
 */
import {readText, type Attribute} from '../lib/attributes.js';
import {parseOpeningHours} from '../lib/opening-hours.js';
import {cut, noted, refused, type Problem} from '../lib/problems.js';
import {isTimeZone, STOCKHOLM} from '../lib/time-zone.js';
import type {Hours, HoursReader} from './helpline-card.config.js';

function readHours(name: string, value: Attribute, channel: unknown, problems: Problem[]): Hours | undefined {
  const text = readText(name, value, problems);
  if (text === undefined) return undefined;
  const parsed = parseOpeningHours(text);
  // Its own format error first, even when the channel is missing too (an editor fixes both).
  if (!parsed.ok) {
    // Not read as hours, but still shown as written: the configurator writes it, and says why.
    problems.push(
      noted(name, 'hours', `${parsed.problem}, so the hours are shown as written, with no open/closed status.`),
    );
  }
  if (channel) return parsed.ok ? {text, schedule: parsed.schedule} : {text};
  problems.push(refused(name, 'hoursWithoutChannel', 'the card has no such link, so the hours are not shown.'));
  return undefined;
}

function readTimeZone(value: Attribute, problems: Problem[]): string {
  const zone = readText('time-zone', value, problems) ?? STOCKHOLM;
  if (isTimeZone(zone)) return zone;
  problems.push(
    refused('time-zone', 'timeZone', `"${cut(zone)}" is not a time zone such as "${STOCKHOLM}"; ${STOCKHOLM} is used.`),
  );
  return STOCKHOLM;
}

/** `phone-hours` and `chat-hours` beside the channels the card has, and `time-zone`. */
export const readHoursConfig: HoursReader = (attributes, {phone, chat}, problems) => ({
  phoneHours: readHours('phone-hours', attributes.phoneHours, phone, problems),
  chatHours: readHours('chat-hours', attributes.chatHours, chat, problems),
  timeZone: readTimeZone(attributes.timeZone, problems),
});
