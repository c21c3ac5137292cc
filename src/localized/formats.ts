/**
 * The small formatting tables of one language, read from its translations. The browser's first
 * use of `Intl` loads ICU data in one long task (about 60 ms, several times that on a slow phone),
 * so the first render writes dates, file sizes, lists and common language names from these
 * tables instead. They are msg() texts: English is the source, Swedish is inside the script, and
 * every other language's file carries its own.
 */
import {msg} from '@lit/localize';
import {formatDate} from '../lib/date.js';
import type {Formats} from '../lib/formats.js';

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

/** "November 12, 2026", "12 november 2026" in the current locale: written as the action plan writes its date. */
export function longDate(date: Date): string {
  return formatDate(date, readFormats());
}
