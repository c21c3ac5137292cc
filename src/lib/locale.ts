import type {Formats} from './formats.js';

/** Languages written in Arabic script, which has its own comma. */
const ARABIC_SCRIPT = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug']);

/** Scripts written right to left, by primary language subtag. */
const RTL_LANGUAGES = new Set([...ARABIC_SCRIPT, 'he', 'dv', 'yi']);

function primarySubtag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
}

/**
 * The supported locale that best matches a BCP 47 tag: an exact match first ("sv"),
 * then the language alone ("sv-SE" gives "sv"). Undefined when none fits.
 */
export function matchLocale<L extends string>(tag: string | null | undefined, supported: readonly L[]): L | undefined {
  if (!tag) return undefined;
  const wanted = tag.trim().toLowerCase().replace(/_/g, '-');
  return (
    supported.find((l) => l.toLowerCase() === wanted) ??
    supported.find((l) => l.toLowerCase() === primarySubtag(wanted))
  );
}

export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(primarySubtag(locale)) ? 'rtl' : 'ltr';
}

/**
 * Items joined the way the language writes a list, as the items and the words between them, so
 * that each item can keep its own markup. With the language's list words ("Swedish, English and
 * Arabic"); without them, with the language's comma, as in a file's details ("PDF, 1.2 MB").
 */
export function joinList<T>(items: readonly T[], locale: string, words?: Formats['list']): Array<T | string> {
  const comma = ARABIC_SCRIPT.has(primarySubtag(locale)) ? '، ' : ', ';
  return items.flatMap((item, index) => {
    if (index === 0) return [item];
    const between = !words
      ? comma
      : index < items.length - 1
        ? words.middle
        : items.length === 2
          ? words.pair
          : words.last;
    return [between, item];
  });
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

export interface LanguageName {
  name: string;
  /** The language the name is written in, for the `lang` of the element that shows it. */
  lang: string;
}

/**
 * "Swedish", "svenska", "السويدية": a language's name in the reader's language, as the browser
 * gives it. A browser without names in that language (Chromium has none in Somali) gives each
 * language's name in itself ("svenska", "English"), as a language menu does.
 */
export function browserLanguageName(tag: string, locale: string): LanguageName {
  const names = new Intl.DisplayNames([locale, tag], {type: 'language', fallback: 'code'});
  return {name: names.of(tag) ?? tag, lang: names.resolvedOptions().locale};
}

/** Names the browser gave, by locale and code. */
const browserNames = new Map<string, LanguageName>();

/**
 * A language's name in the reader's language: from the language's table, else the browser's. The
 * browser is asked in an idle moment after the render, since its first use of `Intl` blocks for a
 * long task; until then the code stands in, and `named` runs (to render again) once it answers.
 */
export function languageName(
  tag: string,
  locale: string,
  names: Record<string, string>,
  named: () => void,
): LanguageName {
  const fromTable = names[tag];
  if (fromTable) return {name: fromTable, lang: locale};
  const key = `${locale} ${tag}`;
  const known = browserNames.get(key);
  if (known) return known;
  // Where the browser cannot say when it is idle (Safari), soon after the render.
  (globalThis.requestIdleCallback ?? setTimeout)(() => {
    browserNames.set(key, browserLanguageName(tag, locale));
    named();
  });
  return {name: tag, lang: locale};
}
