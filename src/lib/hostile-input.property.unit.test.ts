/**
 * Property-based tests: every parser, fed 10,000 generated inputs each (random text, URL-like
 * text with scheme tricks, markup), never throws and never lets anything dangerous through.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseActionPlanConfig} from '../action-plan/action-plan.config.js';
import {parseHelplineConfig} from '../helpline-card/helpline-card.config.js';
import {parseInfoPanelConfig} from '../info-panel/info-panel.config.js';
import {readBoolean, readDate, readFileSize, readHeadingLevel, readLanguage, readLanguageList, readPhone, readUrl} from './attributes.js';
import {formatDate, parseIsoDate} from './date.js';
import {formatFileSize, parseFileSize} from './file-size.js';
import {canonicalLanguageTag, joinFacts, languageName, matchLocale, textDirection} from './locale.js';
import {parsePhone} from './phone.js';
import {checkUrl, fileTypeFromUrl} from './url.js';

const RUNS = {numRuns: 10_000};

/** Text that tries to become a dangerous URL: schemes in any case, padded with control characters. */
const schemeTrick = fc
  .tuple(
    fc.constantFrom('javascript', 'JaVaScRiPt', 'data', 'vbscript', 'file', 'blob', 'http', 'https', 'tel', 'mailto', ''),
    fc.array(fc.constantFrom('\t', '\n', '\r', '\u0000', '\u0001', ' ', '\u00a0', '\u200b', '&#58;', ':'), {maxLength: 3}),
    fc.string({maxLength: 20}),
  )
  .map(([scheme, noise, rest]) => `${noise.join('')}${scheme.split('').join(noise[0] ?? '')}:${rest}`);

const anyText = fc.oneof(fc.string(), fc.string({unit: 'binary'}), fc.webUrl(), schemeTrick, fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>'));
const attribute = fc.option(anyText, {nil: undefined});

/** A link the browser would follow to somewhere other than http(s) — what must never come out. */
function isDangerous(url: string): boolean {
  return !['http:', 'https:'].includes(new URL(url, 'https://base.invalid/').protocol);
}

describe('URL checks', () => {
  it('only ever accept links the browser resolves to http or https', () => {
    fc.assert(fc.property(anyText, (text) => {
      const verdict = checkUrl(text);
      if (verdict.ok) expect(isDangerous(verdict.url)).toBe(false);
    }), RUNS);
  });

  it('readUrl returns a safe link or nothing, and never throws', () => {
    fc.assert(fc.property(attribute, (text) => {
      const url = readUrl('chat-url', text, []);
      if (url !== undefined) expect(isDangerous(url)).toBe(false);
    }), RUNS);
  });

  it('fileTypeFromUrl gives letters and digits only', () => {
    fc.assert(fc.property(anyText, (text) => {
      const type = fileTypeFromUrl(text);
      if (type !== undefined) expect(type).toMatch(/^[A-Z0-9]{1,5}$/);
    }), RUNS);
  });
});

describe('phone numbers', () => {
  it('link only to digits, with at most a leading plus', () => {
    fc.assert(fc.property(anyText, (text) => {
      const phone = parsePhone(text);
      if (phone) expect(phone.href).toMatch(/^tel:\+?\d{1,17}$/);
    }), RUNS);
    fc.assert(fc.property(attribute, (text) => {
      const phone = readPhone('phone', text, []);
      if (phone) expect(phone.href).toMatch(/^tel:\+?\d{1,17}$/);
    }), RUNS);
  });
});

describe('sizes, dates, languages and the rest', () => {
  it('never throw, and give values of the right kind', () => {
    fc.assert(fc.property(anyText, fc.constantFrom('en', 'sv', 'fi', 'ar', 'fa', 'so', 'uk'), (text, locale) => {
      const bytes = parseFileSize(text);
      if (bytes !== undefined) {
        expect(Number.isFinite(bytes) && bytes >= 0).toBe(true);
        expect(formatFileSize(bytes, locale)).not.toBe('');
      }
      const date = parseIsoDate(text);
      if (date) expect(formatDate(date, locale)).not.toBe('');
      const tag = canonicalLanguageTag(text);
      if (tag) expect(languageName(tag, locale)).not.toBe('');
      expect(['en', 'sv', undefined]).toContain(matchLocale(text, ['en', 'sv']));
      expect(['ltr', 'rtl']).toContain(textDirection(text));
      expect(typeof joinFacts([text], locale)).toBe('string');
      expect(typeof readBoolean('anonymous', text, [])).toBe('boolean');
      expect([2, 3, 4, 5, 6]).toContain(readHeadingLevel(text, []));
      readFileSize('file-size', text, []);
      readDate('updated', text, []);
      readLanguage('document-lang', text, []);
      for (const language of readLanguageList('languages', text, [])) expect(canonicalLanguageTag(language)).toBe(language);
    }), RUNS);
  });
});

describe('element configs', () => {
  const problemsAreShort = (problems: string[]) => problems.every((p) => typeof p === 'string' && p.length < 300);

  it('the helpline card: only safe links, phone links from digits, problems instead of exceptions', () => {
    const keys = ['name', 'organization', 'description', 'phone', 'chatUrl', 'infoUrl', 'anonymous', 'languages',
      'emergencyPhone', 'policePhone', 'socialServicesUrl', 'headingLevel'] as const;
    fc.assert(fc.property(fc.record(Object.fromEntries(keys.map((k) => [k, attribute]))), (attributes) => {
      const {config, problems} = parseHelplineConfig(attributes);
      for (const url of [config.chatUrl, config.infoUrl, config.socialServicesUrl]) if (url !== undefined) expect(isDangerous(url)).toBe(false);
      for (const phone of [config.phone, config.policePhone, config.emergencyPhone]) if (phone) expect(phone.href).toMatch(/^tel:\+?\d+$/);
      expect(problemsAreShort(problems)).toBe(true);
    }), RUNS);
  });

  it('the info panel', () => {
    fc.assert(fc.property(attribute, attribute, attribute, attribute, (municipality, coordinator, heading, headingLevel) => {
      const {config} = parseInfoPanelConfig({municipality, coordinator, heading, headingLevel});
      expect([2, 3, 4, 5, 6]).toContain(config.headingLevel);
    }), RUNS);
  });

  it('the action plan', () => {
    fc.assert(fc.property(attribute, attribute, attribute, attribute, attribute, attribute, (href, label, fileType, fileSize, updatedOn, documentLang) => {
      const {config, problems} = parseActionPlanConfig({href, label, fileType, fileSize, updatedOn, documentLang});
      if (config.href !== undefined) expect(isDangerous(config.href)).toBe(false);
      expect(problemsAreShort(problems)).toBe(true);
    }), RUNS);
  });
});
