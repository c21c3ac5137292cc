/**
 * Readers for the values web editors (attributes) and web developers (properties) give the
 * elements. Each returns a safe value and, when the input was wrong, adds a problem (./problems.ts)
 * to the list instead of throwing: a framework may set any type, an editor may type anything.
 */
import {checkUrl} from './url.js';
import {parsePhone, type Phone} from './phone.js';
import {canonicalLanguageTag} from './locale.js';
import {parseFileSize} from './file-size.js';
import {parseIsoDate} from './date.js';
import {cut, refused, type Problem} from './problems.js';

/** An attribute's text, or whatever a script assigned to the property. */
export type Attribute = unknown;

export interface Parsed<Config> {
  config: Config;
  problems: Problem[];
}

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** A card lists at most this many languages: more is a pasted mistake, and costs time to read. */
export const MAX_LANGUAGES = 50;

/** A value in quotes, cut so a pasted document cannot flood the console. */
function quote(value: string): string {
  return JSON.stringify(cut(value));
}

/** How a value that is not text is named in a problem ("a list", "an object", "true"). */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects were described above; TypeScript does not narrow `unknown` that way
  return typeof value === 'function' ? 'a function' : String(value);
}

/**
 * Trimmed text, or undefined when empty or not set. A number counts as its digits (a framework
 * may pass `phone={112}`); any other type is a problem. Markup stays text: Lit renders it escaped.
 */
export function readText(name: string, value: Attribute, problems: Problem[]): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  problems.push(refused(name, 'notText', `${describe(value)} is not text, so it is left out.`));
  return undefined;
}

export function readUrl(name: string, value: Attribute, problems: Problem[]): string | undefined {
  const text = readText(name, value, problems);
  if (text === undefined) return undefined;
  const verdict = checkUrl(text);
  if (verdict.ok) return verdict.url;
  problems.push(
    verdict.reason === 'scheme'
      ? refused(name, 'link', `${quote(text)} is not an http, https or relative link, so it is left out.`)
      : verdict.reason === 'host'
        ? refused(
            name,
            'hostWithoutScheme',
            `${quote(text)} has no https://, so it is left out; start the address with https://.`,
          )
        : refused(name, 'badLink', `${quote(text)} is not a valid link, so it is left out.`),
  );
  return undefined;
}

export function readPhone(name: string, value: Attribute, problems: Problem[]): Phone | undefined {
  const text = readText(name, value, problems);
  if (text === undefined) return undefined;
  const phone = parsePhone(text);
  if (!phone)
    problems.push(
      refused(name, 'phone', `${quote(text)} is not one phone number in digits, so no call link is shown.`),
    );
  return phone;
}

/** A boolean: true or false from a script; as an attribute, present means true, except "false" and "no". */
export function readBoolean(name: string, value: Attribute, problems: Problem[]): boolean {
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value.trim() : readText(name, value, problems);
  if (text === undefined) return false;
  const word = text.toLowerCase();
  if (word === '' || word === 'true' || word === name) return true;
  if (word !== 'false' && word !== 'no') {
    problems.push(refused(name, 'boolean', `${quote(text)} is neither "true" nor "false"; it is read as false.`));
  }
  return false;
}

export function readHeadingLevel(value: Attribute, problems: Problem[]): HeadingLevel {
  const text = readText('heading-level', value, problems);
  if (text === undefined) return 2;
  const level = Number(text);
  if (Number.isInteger(level) && level >= 2 && level <= 6) return level as HeadingLevel;
  problems.push(refused('heading-level', 'headingLevel', `${quote(text)} is not a number from 2 to 6; 2 is used.`));
  return 2;
}

/** A space- or comma-separated list of BCP 47 language tags; invalid tags are dropped. */
export function readLanguageList(name: string, value: Attribute, problems: Problem[]): string[] {
  const tags = readText(name, value, problems)?.split(/[\s,]+/) ?? [];
  if (tags.length > MAX_LANGUAGES) {
    problems.push(
      refused(name, 'tooManyLanguages', `only the first ${MAX_LANGUAGES} of ${tags.length} language codes are shown.`),
    );
  }
  const valid = new Set<string>();
  for (const tag of tags.slice(0, MAX_LANGUAGES)) {
    const canonical = canonicalLanguageTag(tag);
    if (canonical) valid.add(canonical);
    else problems.push(refused(name, 'language', `${quote(tag)} is not a language code such as "sv" or "ar".`));
  }
  return [...valid];
}

export function readLanguage(name: string, value: Attribute, problems: Problem[]): string | undefined {
  const text = readText(name, value, problems);
  if (text === undefined) return undefined;
  const tag = canonicalLanguageTag(text);
  if (!tag) problems.push(refused(name, 'language', `${quote(text)} is not a language code such as "sv" or "en".`));
  return tag;
}

/** A size in bytes, written as bytes ("1258291") or as text ("1.2 MB"). */
export function readFileSize(name: string, value: Attribute, problems: Problem[]): number | undefined {
  const text = readText(name, value, problems);
  if (text === undefined) return undefined;
  const bytes = parseFileSize(text);
  if (bytes === undefined) {
    problems.push(
      refused(
        name,
        'size',
        `${quote(text)} is not a size in bytes ("1258291") or like "1.2 MB", under a terabyte; it is left out.`,
      ),
    );
  }
  return bytes;
}

export function readDate(name: string, value: Attribute, problems: Problem[]): Date | undefined {
  const text = readText(name, value, problems);
  if (text === undefined) return undefined;
  const date = parseIsoDate(text);
  if (!date)
    problems.push(refused(name, 'date', `${quote(text)} is not a date written as YYYY-MM-DD; it is left out.`));
  return date;
}
