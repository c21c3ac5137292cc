/**
 * A language's small formatting tables (src/localized/formats.ts reads them from its
 * translations), and what pure code does with them.
 */
export interface Formats {
  /** The twelve month names, as written inside a date ("maaliskuuta" in Finnish). */
  months: string[];
  /** A date, with `{d}`, `{m}` and `{y}` where the day, the month's name and the year go. */
  date: string;
  /** The code point of the language's digit zero: "0", or "۰" in Persian. */
  zero: number;
  decimal: string;
  /** Byte, kilobyte, megabyte and gigabyte, as written after a number. */
  units: string[];
  /** The words between the items of a list: two items, and the last two of three or more. */
  list: {middle: string; pair: string; last: string};
  /**
   * Names of the languages most often offered in Swedish municipalities, by code in the canonical
   * form attributes are read into (canonicalLanguageTag): Dari's "prs" is read as "fa-AF".
   */
  names: Record<string, string>;
}

/** Digits written with the language's own ("12" with zero "۰" gives "۱۲"). */
export function localDigits(text: string, zero: number): string {
  return text.replace(/\d/g, (digit) => String.fromCodePoint(zero + Number(digit)));
}
