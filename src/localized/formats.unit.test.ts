/**
 * The real tables, as the translations give them: every language's table must be complete, and
 * Swedish and English (inside the script) and two languages loaded on demand write what their
 * readers expect. Expected texts are written by hand, not taken from Intl.
 */
import {beforeAll, describe, expect, it} from 'vitest';
import {inLocale, loadLocale, setLocaleLoader, supportedLocales, type Locale} from '../localization.js';
import {readFormats} from './formats.js';
import type {Formats} from '../lib/formats.js';
import {formatDate, parseIsoDate} from '../lib/date.js';
import {formatFileSize} from '../lib/file-size.js';
import {canonicalLanguageTag, joinList} from '../lib/locale.js';

const formats = {} as Record<Locale, Formats>;

beforeAll(async () => {
  setLocaleLoader((locale) => import(`../generated/locales/${locale}.ts`));
  for (const locale of supportedLocales) {
    await loadLocale(locale);
    formats[locale] = inLocale(locale, readFormats);
  }
});

describe.each(supportedLocales)('the %s table', (locale) => {
  it('is complete: twelve months, a date with day, month and year, four units, list words, every name', () => {
    const table = formats[locale];
    expect(new Set(table.months).size).toBe(12);
    expect(table.months.every((name) => name.trim() === name && name !== '')).toBe(true);
    for (const part of ['{d}', '{m}', '{y}']) expect(table.date.split(part)).toHaveLength(2);
    expect(table.units).toHaveLength(4);
    expect(String.fromCodePoint(table.zero + 1)).toMatch(/^\p{Nd}$/u);
    expect(table.decimal).toMatch(/^[.,٫]$/);
    expect(table.list.middle && table.list.pair && table.list.last).toBeTruthy();
    expect(Object.keys(table.names)).toEqual(Object.keys(formats.en.names));
    expect(Object.values(table.names).every((name) => name.trim() === name && name !== '')).toBe(true);
  });
});

const date = parseIsoDate('2024-03-12')!;
const languages = ['sv', 'en', 'ar'];
const listed = (locale: Locale, codes: string[]) =>
  joinList(
    codes.map((code) => formats[locale].names[code]),
    locale,
    formats[locale].list,
  ).join('');

describe('what a reader sees', () => {
  it.each([
    ['en', 'March 12, 2024', '1.2\u00a0MB', 'Swedish, English, and Arabic', 'Swedish and Arabic'],
    ['sv', '12 mars 2024', '1,2\u00a0MB', 'svenska, engelska och arabiska', 'svenska och arabiska'],
    ['fi', '12. maaliskuuta 2024', '1,2\u00a0Mt', 'ruotsi, englanti ja arabia', 'ruotsi ja arabia'],
    ['ar', '12 مارس 2024', '1.2\u00a0ميغابايت', 'السويدية والإنجليزية والعربية', 'السويدية والعربية'],
    ['fa', '۱۲ مارس ۲۰۲۴', '۱٫۲\u00a0MB', 'سوئدی، انگلیسی، و عربی', 'سوئدی و عربی'],
    ['uk', '12 березня 2024 р.', '1,2\u00a0МБ', 'шведська, англійська і арабська', 'шведська і арабська'],
  ] as const)('in %s: %s, %s, %s', (locale, day, size, three, two) => {
    expect(formatDate(date, formats[locale])).toBe(day);
    expect(formatFileSize(1258291, formats[locale])).toBe(size);
    expect(listed(locale, languages)).toBe(three);
    expect(listed(locale, ['sv', 'ar'])).toBe(two);
  });

  it('names the national minority languages and Swedish Sign Language, which Chromium cannot name', () => {
    expect(['fit', 'se', 'sma', 'smj', 'rom', 'swl'].map((code) => formats.sv.names[code])).toEqual([
      'meänkieli',
      'nordsamiska',
      'sydsamiska',
      'lulesamiska',
      'romani',
      'svenskt teckenspråk',
    ]);
    expect(formats.en.names.fit).toBe('Meänkieli');
    expect(formats.fi.names.smj).toBe('luulajansaame');
  });

  it('keys every name by the code an attribute is read into, so that "prs" (Dari) finds its name', () => {
    for (const code of Object.keys(formats.en.names)) expect(canonicalLanguageTag(code)).toBe(code);
    expect(formats.sv.names[canonicalLanguageTag('prs')!]).toBe('dari');
  });

  it('writes every month of a Swedish and a Finnish date', () => {
    const first = (month: number) => new Date(Date.UTC(2024, month, 1));
    expect(formatDate(first(0), formats.sv)).toBe('1 januari 2024');
    expect(formatDate(first(4), formats.sv)).toBe('1 maj 2024');
    expect(formatDate(first(11), formats.sv)).toBe('1 december 2024');
    expect(formatDate(first(6), formats.fi)).toBe('1. heinäkuuta 2024');
    expect(formatDate(first(9), formats.en)).toBe('October 1, 2024');
  });

  it('writes file sizes in Swedish and English', () => {
    expect(formatFileSize(512, formats.sv)).toBe('512\u00a0B');
    expect(formatFileSize(512, formats.en)).toBe('512\u00a0byte');
    expect(formatFileSize(870400, formats.sv)).toBe('850\u00a0kB');
    expect(formatFileSize(3221225472, formats.en)).toBe('3\u00a0GB');
  });
});
