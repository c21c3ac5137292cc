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
import {noted, refused, type Problem} from '../lib/problems.js';
import {DEFAULT_EMERGENCY, type Phone} from '../lib/phone.js';
import type {Schedule} from '../lib/opening-hours.js';
import {type CalendarDate, dayNumber} from '../lib/stockholm-time.js';

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
  /** An IANA time zone the browser knows; the hours are read in it. Read by hours.js with the hours. */
  timeZone?: string;
  /** A calendar date, at midnight UTC. */
  verified?: Date;
  showVerified: boolean;
  /** `verified` is more than 12 months old: the hours are shown, but no open/closed status. */
  stale: boolean;
}

function readEmergencyPhone(value: Attribute, problems: Problem[]): Phone | undefined {
  if (typeof value === 'string' && value.trim().toLowerCase() === 'none') return undefined;
  const phone = readPhone('emergency-phone', value, problems);
  if (value && !phone) {
    problems.push(
      refused('emergency-phone', 'emergency', '112 is shown instead. Write "none" to hide the emergency line.'),
    );
  }
  return phone ?? DEFAULT_EMERGENCY;
}

/** The hours' part of the config: hours.js reads it (hours.config.ts). */
export type HoursConfig = Pick<HelplineConfig, 'phoneHours' | 'chatHours' | 'timeZone'>;

/** Reads the hours' attributes, beside the channels the card has, reporting problems. */
export type HoursReader = (
  attributes: HelplineAttributes,
  channels: {phone: unknown; chat: unknown},
  problems: Problem[],
) => HoursConfig;

/** Until hours.js has read them: the hours as written, beside the channels the card has; unchecked, so no problems yet. */
const hoursAsWritten: HoursReader = (attributes, {phone, chat}) => {
  const text = (value: Attribute, channel: unknown) => {
    const written = channel ? readText('', value, []) : undefined;
    return written === undefined ? undefined : {text: written};
  };
  return {
    phoneHours: text(attributes.phoneHours, phone),
    chatHours: text(attributes.chatHours, chat),
  };
};

/** Days from `date` (as read from YYYY-MM-DD), `years` later, to `today` (Stockholm's). */
function daysTo(date: Date, today: CalendarDate, years = 0): number {
  return (
    dayNumber(today) -
    dayNumber({year: date.getUTCFullYear() + years, month: date.getUTCMonth() + 1, day: date.getUTCDate()})
  );
}

/**
 * `verified`, unless it is after today plus a day (a clock or a time zone may be a day ahead): a
 * typo such as 2062 would turn the staleness check off and tell residents of a check nobody made.
 */
function readVerified(value: Attribute, today: CalendarDate | undefined, problems: Problem[]): Date | undefined {
  const date = readDate('verified', value, problems);
  if (!date || !today || daysTo(date, today) >= -1) return date;
  problems.push(refused('verified', 'futureDate', `${isoDate(date)} is after today, so it is left out.`));
  return undefined;
}

/**
 * Turns the card's attributes into what it renders. Never throws; bad values become problems.
 * `today` (the date in Stockholm) tells whether `verified` is too old; without it, it never is.
 * The hours are read by `readHours` (hours.config.ts, in hours.js); without it they are kept as
 * written, unread and unchecked.
 */
export function parseHelplineConfig(
  attributes: HelplineAttributes,
  today?: CalendarDate,
  readHours: HoursReader = hoursAsWritten,
): Parsed<HelplineConfig> {
  const problems: Problem[] = [];
  const phone = readPhone('phone', attributes.phone, problems);
  const chatUrl = readUrl('chat-url', attributes.chatUrl, problems);
  const verified = readVerified(attributes.verified, today, problems);
  // More than 12 months before today.
  const stale = !!verified && !!today && daysTo(verified, today, 1) > 0;
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
    ...readHours(attributes, {phone, chat: chatUrl}, problems),
    verified,
    showVerified: readBoolean('show-verified', attributes.showVerified, problems),
    stale,
  };
  if (stale) {
    problems.push(
      noted(
        'verified',
        'stale',
        `the details were last checked on ${isoDate(verified)}, more than 12 months ago, so no open/closed status is shown. Check them with the service and update verified.`,
      ),
    );
  }
  if (!config.name)
    problems.push(noted('name', 'noName', 'the service has no name; a general heading is shown instead.'));
  // First, so that it is among the warnings an element shows even when there are many.
  if (!config.phone && !config.chatUrl) {
    problems.unshift(
      refused(['phone', 'chat-url'], 'noContact', 'give at least one, or residents have no way to reach the service.'),
    );
  }
  return {config, problems};
}

/** The links a card's `support-contact` event names. */
export type ContactChannel = 'phone' | 'chat' | 'info' | 'emergency' | 'police' | 'social-services';

export interface SupportContactDetail {
  channel: ContactChannel;
  href: string;
}
