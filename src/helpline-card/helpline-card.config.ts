import {
  readBoolean,
  readDate,
  readHeadingLevel,
  readLanguageList,
  readPhone,
  readText,
  readUrl,
  type Attribute,
  type HeadingLevel,
  type Parsed,
} from '../lib/attributes.js';
import {isoDate} from '../lib/date.js';
import {DEFAULT_EMERGENCY, type Phone} from '../lib/phone.js';
import type {ParseResult, Schedule} from '../lib/opening-hours.js';
import {type CalendarDate, dayNumber} from '../lib/stockholm-time.js';
import {isTimeZone, STOCKHOLM} from '../lib/time-zone.js';

export interface HelplineAttributes {
  name?: Attribute;
  organization?: Attribute;
  description?: Attribute;
  phone?: Attribute;
  chatUrl?: Attribute;
  infoUrl?: Attribute;
  anonymous?: Attribute;
  languages?: Attribute;
  emergencyPhone?: Attribute;
  policePhone?: Attribute;
  socialServicesUrl?: Attribute;
  headingLevel?: Attribute;
  phoneHours?: Attribute;
  chatHours?: Attribute;
  timeZone?: Attribute;
  verified?: Attribute;
  showVerified?: Attribute;
}

/** A channel's hours as the editor wrote them; `schedule` only when the text could be read. */
export interface Hours {
  text: string;
  schedule?: Schedule;
}

export interface HelplineConfig {
  name?: string;
  organization?: string;
  description?: string;
  phone?: Phone;
  chatUrl?: string;
  infoUrl?: string;
  anonymous: boolean;
  /** Canonical BCP 47 tags, in the editor's order. */
  languages: string[];
  /** Undefined when the editor wrote `emergency-phone="none"`. */
  emergencyPhone?: Phone;
  policePhone?: Phone;
  socialServicesUrl?: string;
  headingLevel: HeadingLevel;
  /** Only beside a channel the card has. */
  phoneHours?: Hours;
  chatHours?: Hours;
  /** An IANA time zone the browser knows; the hours are read in it. */
  timeZone: string;
  verified?: CalendarDate;
  showVerified: boolean;
  /** `verified` is more than 12 months old: the hours are shown, but no open/closed status. */
  stale: boolean;
}

function readEmergencyPhone(value: Attribute, problems: string[]): Phone | undefined {
  if (typeof value === 'string' && value.trim().toLowerCase() === 'none') return undefined;
  const phone = readPhone('emergency-phone', value, problems);
  if (value && !phone) problems.push('emergency-phone: 112 is shown instead. Write "none" to hide the emergency line.');
  return phone ?? DEFAULT_EMERGENCY;
}

/** Reads opening hours (hours.js brings the parser: src/helpline-card/hours.lazy.ts). */
export type HoursParser = (text: string) => ParseResult;

function readHours(
  name: string,
  value: Attribute,
  channel: unknown,
  problems: string[],
  parse?: HoursParser,
): Hours | undefined {
  const text = readText(name, value, problems);
  if (text === undefined) return undefined;
  if (!channel) {
    problems.push(`${name}: the card has no such link, so the hours are not shown.`);
    return undefined;
  }
  if (!parse) return {text};
  const parsed = parse(text);
  if (parsed.ok) return {text, schedule: parsed.schedule};
  problems.push(`${name}: ${parsed.problem}, so the hours are shown as written, with no open/closed status.`);
  return {text};
}

function readTimeZone(value: Attribute, problems: string[]): string {
  const zone = readText('time-zone', value, problems) ?? STOCKHOLM;
  if (isTimeZone(zone)) return zone;
  problems.push(`time-zone: "${zone}" is not a time zone such as "${STOCKHOLM}"; ${STOCKHOLM} is used.`);
  return STOCKHOLM;
}

/** More than 12 months before `today` (both Stockholm dates). */
export function isStale(verified: CalendarDate, today: CalendarDate): boolean {
  return dayNumber({...verified, year: verified.year + 1}) < dayNumber(today);
}

/**
 * Turns the card's attributes into what it renders. Never throws; bad values become problems.
 * `today` (the date in Stockholm) tells whether `verified` is too old; without it, it never is.
 * Without `parseHours` the hours are kept as written, unread and unchecked.
 */
export function parseHelplineConfig(
  attributes: HelplineAttributes,
  today?: CalendarDate,
  parseHours?: HoursParser,
): Parsed<HelplineConfig> {
  const problems: string[] = [];
  const phone = readPhone('phone', attributes.phone, problems);
  const chatUrl = readUrl('chat-url', attributes.chatUrl, problems);
  const checked = readDate('verified', attributes.verified, problems);
  const verified = checked && {
    year: checked.getUTCFullYear(),
    month: checked.getUTCMonth() + 1,
    day: checked.getUTCDate(),
  };
  const stale = !!verified && !!today && isStale(verified, today);
  const config: HelplineConfig = {
    name: readText('name', attributes.name, problems),
    organization: readText('organization', attributes.organization, problems),
    description: readText('description', attributes.description, problems),
    phone,
    chatUrl,
    infoUrl: readUrl('info-url', attributes.infoUrl, problems),
    anonymous: readBoolean('anonymous', attributes.anonymous, problems),
    languages: readLanguageList('languages', attributes.languages, problems),
    emergencyPhone: readEmergencyPhone(attributes.emergencyPhone, problems),
    policePhone: readPhone('police-phone', attributes.policePhone, problems),
    socialServicesUrl: readUrl('social-services-url', attributes.socialServicesUrl, problems),
    headingLevel: readHeadingLevel(attributes.headingLevel, problems),
    phoneHours: readHours('phone-hours', attributes.phoneHours, phone, problems, parseHours),
    chatHours: readHours('chat-hours', attributes.chatHours, chatUrl, problems, parseHours),
    timeZone: readTimeZone(attributes.timeZone, problems),
    verified,
    showVerified: readBoolean('show-verified', attributes.showVerified, problems),
    stale,
  };
  if (stale) {
    problems.push(
      `verified: the details were last checked on ${isoDate(checked)}, more than 12 months ago, so no open/closed status is shown. Check them with the service and update verified.`,
    );
  }
  if (!config.name) problems.push('name: the service has no name; a general heading is shown instead.');
  // First, so that it is among the warnings an element shows even when there are many.
  if (!config.phone && !config.chatUrl) {
    problems.unshift('phone, chat-url: give at least one, or residents have no way to reach the service.');
  }
  return {config, problems};
}
