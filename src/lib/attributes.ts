/**
 * Readers for attribute values typed by web editors. Each returns a safe value and, when the
 * input was wrong, adds a plain-language problem to the list instead of throwing.
 */
import {checkUrl} from './url.js';
import {parsePhone, type Phone} from './phone.js';
import {canonicalLanguageTag} from './locale.js';
import {parseFileSize} from './file-size.js';
import {parseIsoDate} from './date.js';

export type Attribute = string | null | undefined;

export interface Parsed<Config> {
  config: Config;
  /** One sentence per problem, starting with the attribute's name. */
  problems: string[];
}

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Long values are cut in messages so a pasted document cannot flood the console. */
function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

/** Trimmed text, or undefined when empty. Markup stays text: Lit renders it escaped. */
export function readText(value: Attribute): string | undefined {
  return value?.trim() || undefined;
}

export function readUrl(name: string, value: Attribute, problems: string[]): string | undefined {
  const text = readText(value);
  if (text === undefined) return undefined;
  const verdict = checkUrl(text);
  if (verdict.ok) return verdict.url;
  problems.push(
    verdict.reason === 'scheme'
      ? `${name}: ${quote(text)} is not an http, https or relative link, so it is left out.`
      : `${name}: ${quote(text)} is not a valid link, so it is left out.`,
  );
  return undefined;
}

export function readPhone(name: string, value: Attribute, problems: string[]): Phone | undefined {
  const text = readText(value);
  if (text === undefined) return undefined;
  const phone = parsePhone(text);
  if (!phone) problems.push(`${name}: ${quote(text)} is not a phone number, so no call link is shown.`);
  return phone;
}

/** A boolean attribute: present means true, except the words "false" and "no". */
export function readBoolean(name: string, value: Attribute, problems: string[]): boolean {
  if (value === null || value === undefined) return false;
  const word = value.trim().toLowerCase();
  if (word === '' || word === 'true' || word === name) return true;
  if (word !== 'false' && word !== 'no') {
    problems.push(`${name}: ${quote(value)} is neither "true" nor "false"; it is read as false.`);
  }
  return false;
}

export function readHeadingLevel(value: Attribute, problems: string[]): HeadingLevel {
  const text = readText(value);
  if (text === undefined) return 2;
  const level = Number(text);
  if (Number.isInteger(level) && level >= 2 && level <= 6) return level as HeadingLevel;
  problems.push(`heading-level: ${quote(text)} is not a number from 2 to 6; 2 is used.`);
  return 2;
}

/** A space- or comma-separated list of BCP 47 language tags; invalid tags are dropped. */
export function readLanguageList(name: string, value: Attribute, problems: string[]): string[] {
  const tags = readText(value)?.split(/[\s,]+/) ?? [];
  const valid: string[] = [];
  for (const tag of tags) {
    const canonical = canonicalLanguageTag(tag);
    if (canonical && !valid.includes(canonical)) valid.push(canonical);
    else if (!canonical) problems.push(`${name}: ${quote(tag)} is not a language code such as "sv" or "ar".`);
  }
  return valid;
}

export function readLanguage(name: string, value: Attribute, problems: string[]): string | undefined {
  const text = readText(value);
  if (text === undefined) return undefined;
  const tag = canonicalLanguageTag(text);
  if (!tag) problems.push(`${name}: ${quote(text)} is not a language code such as "sv" or "en".`);
  return tag;
}

/** A size in bytes, written as bytes ("1258291") or as text ("1.2 MB"). */
export function readFileSize(name: string, value: Attribute, problems: string[]): number | undefined {
  const text = readText(value);
  if (text === undefined) return undefined;
  const bytes = parseFileSize(text);
  if (bytes === undefined) problems.push(`${name}: ${quote(text)} is not a size in bytes ("1258291") or like "1.2 MB", under a terabyte; it is left out.`);
  return bytes;
}

export function readDate(name: string, value: Attribute, problems: string[]): Date | undefined {
  const text = readText(value);
  if (text === undefined) return undefined;
  const date = parseIsoDate(text);
  if (!date) problems.push(`${name}: ${quote(text)} is not a date written as YYYY-MM-DD; it is left out.`);
  return date;
}
