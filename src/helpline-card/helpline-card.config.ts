import {
  readBoolean,
  readHeadingLevel,
  readLanguageList,
  readPhone,
  readText,
  readUrl,
  type Attribute,
  type HeadingLevel,
  type Parsed,
} from '../lib/attributes.js';
import {DEFAULT_EMERGENCY, type Phone} from '../lib/phone.js';

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
}

function readEmergencyPhone(value: Attribute, problems: string[]): Phone | undefined {
  if (typeof value === 'string' && value.trim().toLowerCase() === 'none') return undefined;
  const phone = readPhone('emergency-phone', value, problems);
  if (value && !phone) problems.push('emergency-phone: 112 is shown instead. Write "none" to hide the emergency line.');
  return phone ?? DEFAULT_EMERGENCY;
}

/** Turns the card's attributes into what it renders. Never throws; bad values become problems. */
export function parseHelplineConfig(attributes: HelplineAttributes): Parsed<HelplineConfig> {
  const problems: string[] = [];
  const config: HelplineConfig = {
    name: readText('name', attributes.name, problems),
    organization: readText('organization', attributes.organization, problems),
    description: readText('description', attributes.description, problems),
    phone: readPhone('phone', attributes.phone, problems),
    chatUrl: readUrl('chat-url', attributes.chatUrl, problems),
    infoUrl: readUrl('info-url', attributes.infoUrl, problems),
    anonymous: readBoolean('anonymous', attributes.anonymous, problems),
    languages: readLanguageList('languages', attributes.languages, problems),
    emergencyPhone: readEmergencyPhone(attributes.emergencyPhone, problems),
    policePhone: readPhone('police-phone', attributes.policePhone, problems),
    socialServicesUrl: readUrl('social-services-url', attributes.socialServicesUrl, problems),
    headingLevel: readHeadingLevel(attributes.headingLevel, problems),
  };
  if (!config.name) problems.push('name: the service has no name; a general heading is shown instead.');
  // First, so that it is among the warnings an element shows even when there are many.
  if (!config.phone && !config.chatUrl) {
    problems.unshift('phone, chat-url: give at least one, or residents have no way to reach the service.');
  }
  return {config, problems};
}
