/**
 * The small formatting tables of one language, read from its translations. The browser's first
 * use of `Intl` loads ICU data in one long task (about 60 ms, several times that on a slow phone),
 * so the first render writes dates, file sizes, lists and common language names from these
 * tables instead. They are msg() texts: English is the source, Swedish is inside the script, and
 * every other language's file carries its own.
 */
import {msg} from '@lit/localize';

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

/** The twelve month names, as written inside a date; also used by the opening hours. */
export const monthNames = () =>
  msg('January February March April May June July August September October November December', {
    desc: 'FORMAT: the twelve month names in order, separated by single spaces, in the form used inside a date such as “12 March 2024” (Finnish “maaliskuuta”). Gregorian months, as Swedish documents are dated.',
  }).split(' ');

/** The current locale's tables: call it where msg() answers in that locale (during an update). */
export function readFormats(): Formats {
  const number = msg('1.5', {
    desc: 'FORMAT, not a sentence: the number one and a half as your language writes it, with its own digits and decimal separator (“1,5”, “۱٫۵”).',
  });
  const [, middle = '', last = ''] = msg('{0}, {1}, and {2}', {
    desc: 'FORMAT: a list of three items, as in “Swedish, English, and Arabic”. Keep {0}, {1} and {2} in this order; write only the commas and the word “and” between them. A serial comma (before “and”) is left out when there are only two.',
  }).split(/\{\d\}/);
  return {
    months: monthNames(),
    date: msg('{m} {d}, {y}', {
      desc: 'FORMAT: a date such as “March 12, 2024”: {m} the month’s name, {d} the day, {y} the year, in your language’s order and with its punctuation (Swedish “{d} {m} {y}”). Keep {m}, {d} and {y} as they are.',
    }),
    zero: number.codePointAt(0)! - 1,
    decimal: number[1]!,
    units: msg('byte kB MB GB', {
      desc: 'FORMAT: the short words for byte, kilobyte, megabyte and gigabyte after a file size (“1.2 MB”), separated by single spaces.',
    }).split(' '),
    // A pair is joined with the last words, less a serial comma: "Swedish and Arabic".
    list: {middle, last, pair: last.replace(/^[,،]/, '')},
    names: Object.fromEntries(
      msg(
        'sv Swedish, fi Finnish, fit Meänkieli, se Northern Sami, sma Southern Sami, smj Lule Sami, rom Romani, yi Yiddish, swl Swedish Sign Language, en English, ar Arabic, fa Persian, fa-AF Dari, so Somali, ti Tigrinya, uk Ukrainian',
        {
          desc: 'FORMAT: language names, each after its code, separated by a comma and a space. Keep every code and the separators as they are; translate only the names, in the form used in a list (“Languages: Swedish, English”).',
        },
      )
        .split(', ')
        .map((entry) => entry.split(/ (.*)/) as [string, string]),
    ),
  };
}

/** Digits written with the language's own ("12" with zero "۰" gives "۱۲"). */
export function localDigits(text: string, zero: number): string {
  return text.replace(/\d/g, (digit) => String.fromCodePoint(zero + Number(digit)));
}
