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
 * that each item can keep its own markup. `and` gives "Swedish, English and Arabic"; without it,
 * or where the browser has no list words for the language (Chromium has none in Somali), the
 * items are joined with the language's comma, as in a file's details ("PDF, 1.2 MB").
 */
export function joinList<T>(items: readonly T[], locale: string, and = false): Array<T | string> {
  if (!and || Intl.ListFormat.supportedLocalesOf(locale).length === 0) {
    const comma = ARABIC_SCRIPT.has(primarySubtag(locale)) ? '، ' : ', ';
    return items.flatMap((item, index) => (index === 0 ? [item] : [comma, item]));
  }
  // List patterns keep the items in order, so the n-th element part is the n-th item. The
  // stand-ins are never empty: the browser leaves an empty item out of the parts.
  let next = 0;
  return new Intl.ListFormat(locale, {type: 'conjunction'})
    .formatToParts(items.map(() => 'x'))
    .map((part) => (part.type === 'element' ? (items[next++] as T) : part.value));
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
 * "Swedish", "svenska", "السويدية": a language's name in the reader's language. A browser
 * without names in that language (Chromium has none in Somali) gives each language's name in
 * itself ("svenska", "English"), as a language menu does, rather than English names.
 */
export function languageName(tag: string, locale: string): LanguageName {
  const lang = Intl.DisplayNames.supportedLocalesOf(locale).length > 0 ? locale : tag;
  return {name: new Intl.DisplayNames([lang], {type: 'language', fallback: 'code'}).of(tag) ?? tag, lang};
}
