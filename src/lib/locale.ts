import {isolate} from './bidi.js';

/** Languages written in Arabic script, which has its own comma. */
const ARABIC_SCRIPT = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug']);

/** Scripts written right to left, by primary language subtag. */
const RTL_LANGUAGES = new Set([...ARABIC_SCRIPT, 'he', 'dv', 'yi']);

function primarySubtag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/, 1)[0];
}

/**
 * The supported locale that best matches a BCP 47 tag: an exact match first ("sv"),
 * then the language alone ("sv-SE" gives "sv"). Undefined when none fits.
 */
export function matchLocale<L extends string>(tag: string | null | undefined, supported: readonly L[]): L | undefined {
  if (!tag) return undefined;
  const wanted = tag.trim().toLowerCase().replace(/_/g, '-');
  return supported.find((l) => l.toLowerCase() === wanted) ?? supported.find((l) => l.toLowerCase() === primarySubtag(wanted));
}

export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(primarySubtag(locale)) ? 'rtl' : 'ltr';
}

/**
 * Joins short facts ("PDF", "1.2 MB") with the language's comma. Intl.ListFormat would add
 * "and" before the last one in Arabic, Persian and Ukrainian, which reads wrong in a file's details.
 * In right-to-left text each fact is isolated: otherwise "PDF" and the size's digits around the
 * comma form one left-to-right run, and the size reads before the file type.
 */
export function joinFacts(facts: string[], locale: string): string {
  const isolated = textDirection(locale) === 'rtl' ? facts.map(isolate) : facts;
  return isolated.join(ARABIC_SCRIPT.has(primarySubtag(locale)) ? '، ' : ', ');
}

/**
 * "Swedish, English and Arabic" in the reader's language; a plain comma list where the browser
 * has no list words for it (Chromium has none in Somali), rather than an English "and".
 */
export function joinNames(names: string[], locale: string): string {
  if (Intl.ListFormat.supportedLocalesOf(locale).length === 0) return joinFacts(names, locale);
  return new Intl.ListFormat(locale, {type: 'conjunction'}).format(names);
}

/** Whether two tags name the same language, ignoring region and script ("sv" and "sv-FI"). */
export function sameLanguage(a: string, b: string): boolean {
  return primarySubtag(a) === primarySubtag(b);
}

/**
 * A valid BCP 47 tag in canonical form ("sv_se" gives "sv-SE"), or undefined. Only language,
 * script, region and variants are kept: extensions and private use ("sv-u-nu-arab", "sv-x-lapp")
 * name no other language, and Intl.DisplayNames refuses tags that carry them.
 */
export function canonicalLanguageTag(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag.trim().replace(/_/g, '-')).baseName;
  } catch {
    return undefined;
  }
}

/**
 * "Swedish", "svenska", "السويدية": a language's name in the reader's language. A browser
 * without names in that language (Chromium has none in Somali) gives each language's name in
 * itself ("svenska", "English"), as a language menu does, rather than English names; each is
 * isolated, so two right-to-left names in a left-to-right list do not swap places.
 */
export function languageName(tag: string, locale: string): string {
  const name = (namedIn: string) => new Intl.DisplayNames([namedIn], {type: 'language', fallback: 'code'}).of(tag) ?? tag;
  return Intl.DisplayNames.supportedLocalesOf(locale).length > 0 ? name(locale) : isolate(name(tag));
}
