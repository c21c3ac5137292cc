import {describe, expect, it} from 'vitest';
import {canonicalLanguageTag, joinFacts, joinNames, languageName, matchLocale, sameLanguage, textDirection} from './locale.js';

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

describe('joinFacts', () => {
  it.each([
    ['en', 'PDF, 1.2 MB, in Swedish'],
    ['uk', 'PDF, 1.2 MB, in Swedish'],
    ['ar', '\u2068PDF\u2069، \u20681.2 MB\u2069، \u2068in Swedish\u2069'],
    ['fa-IR', '\u2068PDF\u2069، \u20681.2 MB\u2069، \u2068in Swedish\u2069'],
  ])('in %s', (locale, text) => {
    expect(joinFacts(['PDF', '1.2 MB', 'in Swedish'], locale)).toBe(text);
  });
});

describe('joinNames', () => {
  it.each([
    ['en', 'Swedish, English, and Arabic'],
    ['sv', 'Swedish, English och Arabic'],
    ['tlh', 'Swedish, English, Arabic'],
  ])('in %s', (locale, text) => {
    expect(joinNames(['Swedish', 'English', 'Arabic'], locale)).toBe(text);
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
    expect(languageName(canonicalLanguageTag('fi-t-sv')!, 'en')).toBe('Finnish');
  });

  it('names a language in the reader’s language', () => {
    expect(languageName('sv', 'en')).toBe('Swedish');
    expect(languageName('ar', 'sv')).toBe('arabiska');
    expect(languageName('prs', 'en')).toBe('Dari');
  });

  it('names a language in itself where the runtime has no names in the reader’s language', () => {
    expect(languageName('sv', 'tlh')).toBe('\u2068svenska\u2069');
    expect(languageName('en', 'tlh')).toBe('\u2068English\u2069');
    expect(languageName('ar', 'tlh')).toBe('\u2068العربية\u2069');
  });
});
