import {describe, expect, it} from 'vitest';
import {
  browserLanguageName,
  canonicalLanguageTag,
  joinList,
  languageName,
  matchLocale,
  sameLanguage,
  textDirection,
} from './locale.js';

const supported = ['en', 'sv', 'ar'] as const;

describe('matchLocale', () => {
  it.each([
    ['sv', 'sv'],
    ['sv-SE', 'sv'],
    ['SV-se', 'sv'],
    ['sv_FI', 'sv'],
    [' ar-EG ', 'ar'],
    ['en-GB', 'en'],
    ['de', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
    ['svenska', undefined],
  ])('%j gives %j', (tag, locale) => {
    expect(matchLocale(tag, supported)).toBe(locale);
  });

  it('prefers an exact match over the language alone', () => {
    expect(matchLocale('pt-BR', ['pt', 'pt-BR'])).toBe('pt-BR');
  });
});

describe('textDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['fa-IR', 'rtl'],
    ['he', 'rtl'],
    ['sv', 'ltr'],
    ['fi', 'ltr'],
    ['so', 'ltr'],
  ])('%s is %s', (locale, dir) => {
    expect(textDirection(locale)).toBe(dir);
  });
});

describe('joinList', () => {
  it.each([
    ['en', 'PDF, 1.2 MB, in Swedish'],
    ['uk', 'PDF, 1.2 MB, in Swedish'],
    ['ar', 'PDF، 1.2 MB، in Swedish'],
    ['fa-IR', 'PDF، 1.2 MB، in Swedish'],
  ])('joins facts with the comma of %s', (locale, text) => {
    expect(joinList(['PDF', '1.2 MB', 'in Swedish'], locale).join('')).toBe(text);
  });

  /** Made-up list words, so each slot shows which words went where. */
  const words = {middle: ' + ', pair: ' & ', last: ' +& '};

  it.each([
    [['A'], 'A'],
    [['A', 'B'], 'A & B'],
    [['A', 'B', 'C'], 'A + B +& C'],
    [['A', 'B', 'C', 'D'], 'A + B + C +& D'],
  ])('joins %j with the list words', (items, text) => {
    expect(joinList(items, 'en', words).join('')).toBe(text);
  });

  it('keeps an empty item in its place', () => {
    expect(joinList(['', 'B'], 'en', words)).toEqual(['', ' & ', 'B']);
  });

  it('keeps each item as it was given, in order, so it can carry its own markup', () => {
    const items = [{lang: 'sv'}, {lang: 'ar'}, {lang: 'so'}];
    const joined = joinList(items, 'en', words);
    expect(joined.filter((part) => typeof part !== 'string')).toEqual(items);
    expect(joined[0]).toBe(items[0]);
  });
});

describe('languages', () => {
  it('compares languages, not regions', () => {
    expect(sameLanguage('sv', 'sv-FI')).toBe(true);
    expect(sameLanguage('sv', 'fi')).toBe(false);
  });

  it('canonicalizes valid tags and refuses others', () => {
    expect(canonicalLanguageTag('SV-se')).toBe('sv-SE');
    expect(canonicalLanguageTag('<script>')).toBeUndefined();
    expect(canonicalLanguageTag('')).toBeUndefined();
    expect(canonicalLanguageTag('x-lapp')).toBeUndefined();
  });

  it('accepts an underscore for a hyphen, as some systems write tags', () => {
    expect(canonicalLanguageTag('sv_se')).toBe('sv-SE');
  });

  it('keeps the language and drops extensions and private use, which Intl.DisplayNames refuses', () => {
    expect(canonicalLanguageTag('sv-u-nu-arab')).toBe('sv');
    expect(canonicalLanguageTag('ar-SE-u-ca-islamic')).toBe('ar-SE');
    expect(canonicalLanguageTag('sv-x-lapp')).toBe('sv');
    expect(browserLanguageName(canonicalLanguageTag('fi-t-sv')!, 'en').name).toBe('Finnish');
  });

  it('asks the browser for a name in the reader’s language', () => {
    expect(browserLanguageName('sv', 'en')).toEqual({name: 'Swedish', lang: 'en'});
    expect(browserLanguageName('ar', 'sv')).toEqual({name: 'arabiska', lang: 'sv'});
  });

  it('asks the browser for a language’s name in itself where it has none in the reader’s language', () => {
    expect(browserLanguageName('sv', 'tlh')).toEqual({name: 'svenska', lang: 'sv'});
    expect(browserLanguageName('ar', 'tlh')).toEqual({name: 'العربية', lang: 'ar'});
  });
});

describe('languageName', () => {
  const names = {sv: 'Svenska!', fit: 'Meänkieli!'};

  it('takes a name from the table, in the reader’s language, and asks the browser nothing', () => {
    let asked = 0;
    expect(languageName('fit', 'en', names, () => asked++)).toEqual({name: 'Meänkieli!', lang: 'en'});
    expect(asked).toBe(0);
  });

  it('shows the code of a language the table lacks, then the browser’s name once it has been asked', async () => {
    const named = new Promise<void>((resolve) => {
      expect(languageName('de', 'en', names, resolve)).toEqual({name: 'de', lang: 'en'});
    });
    await named;
    expect(languageName('de', 'en', names, () => undefined)).toEqual({name: 'German', lang: 'en'});
  });
});
