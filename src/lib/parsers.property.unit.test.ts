/**
 * Property-based tests of every attribute parser (fast-check; 200 generated inputs per property
 * in `npm test`, 10,000 in `npm run test:thorough`): random text in every Unicode plane, control
 * characters, URL scheme tricks, markup, digit-heavy and huge strings, size-, date- and
 * language-tag-like text. Whatever comes in: nothing throws, a link is http(s) or relative, a
 * phone link is `tel:` and digits, a value the parsers derive carries no markup, and the
 * editor's text reaches the renderer unchanged (Lit renders it as text). Where the browser
 * itself follows a link is checked in Chromium: url.browser.test.ts.
 */
import fc from 'fast-check';
import {beforeAll, describe, expect, it} from 'vitest';
import {RUNS} from '../../test/property-runs.js';
import {parseActionPlanConfig} from '../action-plan/action-plan.config.js';
import {parseHelplineConfig} from '../helpline-card/helpline-card.config.js';
import {parseInfoPanelConfig} from '../info-panel/info-panel.config.js';
import {
  readBoolean,
  readDate,
  readFileSize,
  readHeadingLevel,
  readLanguage,
  readLanguageList,
  readPhone,
  readText,
  readUrl,
} from './attributes.js';
import {formatDate, isoDate, parseIsoDate} from './date.js';
import {formatFileSize, parseFileSize} from './file-size.js';
import {
  browserLanguageName,
  canonicalLanguageTag,
  joinList,
  languageName,
  matchLocale,
  sameLanguage,
  textDirection,
} from './locale.js';
import type {Formats} from './formats.js';
import {readFormats} from '../localized/formats.js';
import {inLocale, loadLocale, setLocaleLoader} from '../localization.js';
import {readHoursConfig} from '../helpline-card/hours.config.js';
import type {Problem} from './problems.js';
import {parsePhone} from './phone.js';
import {checkUrl, fileTypeFromUrl} from './url.js';

const LOCALES = ['en', 'sv', 'fi', 'ar', 'fa', 'so', 'uk'] as const;
const locale = fc.constantFrom(...LOCALES);

/** Each language's real formatting tables, as its translations give them. */
const tables = {} as Record<(typeof LOCALES)[number], Formats>;
beforeAll(async () => {
  setLocaleLoader((code) => import(`../generated/locales/${code}.ts`));
  for (const code of LOCALES) {
    await loadLocale(code);
    tables[code] = inLocale(code, readFormats);
  }
});

// ---------------------------------------------------------------------------------------------
// Inputs

/** Characters URL parsers strip or forgive, and look-alikes. */
const noise = fc.constantFrom(
  '',
  ' ',
  '\t',
  '\n',
  '\r',
  '\u0000',
  '\u0001',
  '\u001f',
  '\u007f',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\u2028',
);

/** Text that tries to become a dangerous URL: schemes in any case, split and padded. */
const schemeTrick = fc
  .tuple(
    fc.constantFrom(
      'javascript',
      'JaVaScRiPt',
      'JAVASCRIPT',
      'data',
      'vbscript',
      'file',
      'blob',
      'filesystem',
      'about',
      'tel',
      'mailto',
      'http',
      'https',
      'ftp',
      'ws',
    ),
    noise,
    noise,
    fc.nat({max: 10}),
    fc.constantFrom(':', ':', ':', '&#58;', '%3A', '\uff1a', '::'),
    fc.string({maxLength: 20}),
  )
  .map(
    ([scheme, lead, inside, at, colon, rest]) =>
      `${lead}${scheme.slice(0, at)}${inside}${scheme.slice(at)}${colon}${rest}`,
  );

const markup = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '</p><iframe src="javascript:alert(1)">',
  '&lt;b&gt;escaped&lt;/b&gt;',
  '{{7*7}}',
  '${alert(1)}',
  '<!--',
  ']]>',
  '\u202e\u2066evil\u2069',
);

/** Runs of 1 to 400 digits (lengths spread evenly) with units: where numbers overflow. */
const digitHeavy = fc
  .tuple(
    fc.integer({min: 1, max: 400}),
    fc.constantFrom('9', '1', '12345678', '0'),
    fc.constantFrom('', '.5', ',25'),
    fc.constantFrom('', ' ', '\t'),
    fc.constantFrom('', 'B', 'kB', 'KiB', 'MB', 'mb', 'GB', 'GiB', 'bytes', 'TB'),
  )
  .map(
    ([length, digits, fraction, space, unit]) => `${digits.repeat(length).slice(0, length)}${fraction}${space}${unit}`,
  );

/** Phone-number-like text: digit groups with every separator and the odd stray character. */
const phoneLike = fc
  .tuple(
    fc.constantFrom('', '+', '00', '(0)', ' +'),
    fc.array(fc.stringMatching(/^\d{1,4}$/), {minLength: 1, maxLength: 8}),
    fc.constantFrom(' ', '-', '.', '/', ' - ', '', '\u00a0', '–', 'x', '#', '*'),
  )
  .map(([lead, groups, separator]) => `${lead}${groups.join(separator)}`);

const dateLike = fc
  .tuple(
    fc.integer({min: -1, max: 10_000}),
    fc.integer({min: -1, max: 14}),
    fc.integer({min: -1, max: 33}),
    fc.constantFrom('-', '/', '.'),
    noise,
  )
  .map(
    ([y, m, d, sep, pad]) =>
      `${pad}${String(y).padStart(4, '0')}${sep}${String(m).padStart(2, '0')}${sep}${String(d).padStart(2, '0')}${pad}`,
  );

/** BCP 47-like tags, extensions and private use included, in any case and with _ for -. */
const tagLike = fc
  .tuple(
    fc.constantFrom(
      'sv',
      'en',
      'ar',
      'fa',
      'so',
      'uk',
      'fi',
      'prs',
      'ti',
      'zh',
      'sr',
      'de',
      'xx',
      'root',
      'und',
      'x',
      'i',
      'qaa',
      'abcdefgh',
    ),
    fc.constantFrom('', '-Latn', '-Cyrl', '-Arab', '-Hant'),
    fc.constantFrom('', '-SE', '-FI', '-419', '-001', '-us'),
    fc.constantFrom('', '-1996', '-fonipa'),
    fc.constantFrom('', '', '-u-ca-buddhist', '-u-nu-arab', '-x-lapp', '-t-en', '-a-bbb'),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([language, script, region, variant, extension, upper, underscore]) => {
    const tag = `${language}${script}${region}${variant}${extension}`;
    return underscore ? tag.replace(/-/g, '_') : upper ? tag.toUpperCase() : tag;
  });

const anyText = fc.oneof(
  {weight: 4, arbitrary: fc.string()},
  {weight: 2, arbitrary: fc.string({unit: 'binary'})},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme'})},
  {weight: 3, arbitrary: schemeTrick},
  {weight: 1, arbitrary: fc.webUrl({withQueryParameters: true, withFragments: true})},
  {weight: 1, arbitrary: markup},
  {weight: 2, arbitrary: digitHeavy},
  {weight: 2, arbitrary: phoneLike},
  {weight: 2, arbitrary: dateLike},
  {weight: 2, arbitrary: tagLike},
  {weight: 1, arbitrary: fc.string({minLength: 1000, maxLength: 3000})},
);

/** An attribute as an element reads it: missing (null or undefined) or text. */
const attribute = fc.oneof(anyText, fc.constant(null), fc.constant(undefined));

// ---------------------------------------------------------------------------------------------
// What must hold of any output

/**
 * Where the browser would go: http or https, resolved against an https base; and on pages at
 * other addresses, http, https or nowhere (a link the browser cannot parse goes nowhere).
 */
function followsToWeb(url: string): boolean {
  const web = (protocol: string) => ['http:', 'https:'].includes(protocol);
  if (!web(new URL(url, 'https://base.invalid/').protocol)) return false;
  return ['http://127.0.0.1:8000/demo/index.html', 'https://www.kommun.se/a/b?c=d#e'].every((base) => {
    try {
      return web(new URL(url, base).protocol);
    } catch {
      return true;
    }
  });
}

/**
 * Whether `text` is `value` with only white space taken from its ends: the editor's text as
 * written, markup included. Undefined only for a missing or blank value.
 */
function isTrimmedFrom(text: string | undefined, value: string | null | undefined): boolean {
  if (text === undefined) return !value || /^\s*$/.test(value);
  const at = value?.indexOf(text) ?? -1;
  return (
    at >= 0 &&
    /^\S/.test(text) &&
    /\S$/.test(text) &&
    /^\s*$/.test(value!.slice(0, at) + value!.slice(at + text.length))
  );
}

/** White space an editor's CMS may leave around a value. */
const padding = fc.constantFrom('', ' ', '\t', '\n ', '\u00a0', '  \r\n');

const TEL = /^tel:\+?\d+$/;

/** No character that could start or break out of markup. */
const NO_MARKUP = /^[^<>"'`&]*$/;

/**
 * ECMA-402's unicode_language_id: the only tags Intl.DisplayNames.of() accepts (it throws a
 * RangeError for anything else, as Chromium does; Node 20's V8 is more lenient).
 */
const UNICODE_LANGUAGE_ID =
  /^(?:[a-z]{2,3}|[a-z]{5,8}|root)(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*$/i;

// ---------------------------------------------------------------------------------------------

describe('url.ts', () => {
  it('checkUrl never throws, keeps the trimmed text, and accepts only what the browser follows to http(s)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const verdict = checkUrl(text);
        if (verdict.ok) {
          expect(verdict.url).toBe(text.trim());
          expect(followsToWeb(verdict.url)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('checkUrl gives the same verdict whatever white space surrounds the link', () => {
    fc.assert(
      fc.property(fc.oneof(schemeTrick, anyText), padding, padding, (text, before, after) => {
        expect(checkUrl(`${before}${text}${after}`)).toEqual(checkUrl(text.trim()));
      }),
      RUNS,
    );
  });

  it('fileTypeFromUrl gives a short upper-case extension or nothing', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const type = fileTypeFromUrl(text);
        if (type !== undefined) expect(type).toMatch(/^[A-Z0-9]{1,5}$/);
      }),
      RUNS,
    );
  });
});

describe('phone.ts', () => {
  it('parsePhone never throws; a link is tel: and at most 15 digits (E.164), in the order written', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const phone = parsePhone(text);
        if (!phone) return;
        expect(phone.href).toMatch(/^tel:\+?\d{1,15}$/);
        expect(phone.display).toMatch(/^\+?[\d\s().\-/]+$/);
        // Every digit shown is dialled, but for the trunk 0 written "(0)" after a country code.
        const [shown, dialled] = [phone.display, phone.href].map((text) => text.replace(/\D/g, ''));
        expect(shown === dialled || (phone.display.includes('(0)') && shown!.length === dialled!.length + 1)).toBe(
          true,
        );
        expect(parsePhone(phone.display)).toEqual(phone);
      }),
      RUNS,
    );
  });

  it('numbers written with spaces, hyphens, dots, slashes and brackets all dial their digits', () => {
    const written = fc
      .tuple(
        fc.boolean(),
        fc.array(fc.stringMatching(/^\d{1,4}$/), {minLength: 1, maxLength: 5}),
        fc.constantFrom(' ', '-', '.', '/', ' - '),
      )
      .filter(([, groups]) => groups.join('').length <= 15);
    fc.assert(
      fc.property(written, ([plus, groups, separator]) => {
        const phone = parsePhone(`${plus ? '+' : ''}${groups.join(separator)}`);
        expect(phone?.href).toBe(`tel:${plus ? '+' : ''}${groups.join('')}`);
      }),
      RUNS,
    );
  });
});

describe('file-size.ts', () => {
  it('parseFileSize never throws and gives a finite, whole, non-negative number of bytes or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, digitHeavy), (text) => {
        const bytes = parseFileSize(text);
        if (bytes !== undefined) {
          expect(Number.isFinite(bytes), `${JSON.stringify(text.slice(0, 60))} gives ${bytes}`).toBe(true);
          expect(Number.isInteger(bytes) && bytes >= 0).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('formatFileSize writes any size as a number and a unit, without markup or machine words', () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat(), fc.integer({min: 0, max: 2 ** 53 - 1})), locale, (bytes, lang) => {
        const text = formatFileSize(bytes, tables[lang]);
        expect(text).not.toBe('');
        expect(text).toMatch(NO_MARKUP);
        expect(text).not.toMatch(/NaN|Infinity|∞|undefined/);
      }),
      RUNS,
    );
  });

  it('reads a size as the editor wrote it and writes it back the same', () => {
    fc.assert(
      fc.property(fc.integer({min: 10, max: 999}), fc.constantFrom('kB', 'MB', 'GB'), (amount, unit) => {
        expect(formatFileSize(parseFileSize(`${amount} ${unit}`)!, tables.en)).toBe(`${amount}\u00a0${unit}`);
      }),
      RUNS,
    );
  });
});

describe('date.ts', () => {
  it('parseIsoDate never throws and gives only the calendar day written', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, dateLike), (text) => {
        const date = parseIsoDate(text);
        if (date) expect(isoDate(date)).toBe(text.trim());
      }),
      RUNS,
    );
  });

  it('every real day from year 1000 to 9999 reads back, and formats in every language without markup', () => {
    const day = fc
      .date({min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true})
      .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));
    fc.assert(
      fc.property(day, locale, (date, lang) => {
        expect(parseIsoDate(isoDate(date))?.getTime()).toBe(date.getTime());
        const text = formatDate(date, tables[lang]);
        expect(text).not.toBe('');
        expect(text).toMatch(NO_MARKUP);
        expect(text).not.toMatch(/Invalid|NaN/);
      }),
      RUNS,
    );
  });
});

describe('locale.ts', () => {
  it('matchLocale, textDirection and sameLanguage never throw and answer within their range', () => {
    fc.assert(
      fc.property(attribute, fc.oneof(anyText, tagLike), (text, other) => {
        expect([...LOCALES, undefined]).toContain(matchLocale(text, LOCALES));
        expect(['ltr', 'rtl']).toContain(textDirection(text ?? ''));
        expect(typeof sameLanguage(text ?? '', other)).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('canonicalLanguageTag never throws; its tags are stable and carry no markup', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, tagLike), (text) => {
        const tag = canonicalLanguageTag(text);
        if (tag === undefined) return;
        expect(tag).toMatch(/^[A-Za-z0-9-]+$/);
        expect(canonicalLanguageTag(tag)).toBe(tag);
      }),
      RUNS,
    );
  });

  it('languageName and joinList never throw and keep every fact', () => {
    fc.assert(
      fc.property(
        fc.oneof(tagLike, anyText),
        locale,
        fc.array(fc.string({maxLength: 10}), {maxLength: 4}),
        (text, lang, facts) => {
          const tag = canonicalLanguageTag(text);
          if (tag) {
            expect(browserLanguageName(tag, lang).name).not.toBe('');
            expect(languageName(tag, lang, tables[lang].names, () => undefined).name).not.toBe('');
          }
          const joined = joinList(facts, lang).join('');
          const names = joinList(facts, lang, tables[lang].list).join('');
          for (const fact of facts) {
            expect(joined).toContain(fact);
            expect(names).toContain(fact);
          }
        },
      ),
      RUNS,
    );
  });
});

describe('attributes.ts', () => {
  it('readText passes the editor’s text through unchanged (trimmed): markup stays characters', () => {
    fc.assert(
      fc.property(attribute, (value) => {
        expect(isTrimmedFrom(readText('name', value, []), value)).toBe(true);
      }),
      RUNS,
    );
  });

  it('readUrl gives a web link or nothing, and exactly one short problem naming the attribute when it refuses', () => {
    fc.assert(
      fc.property(attribute, (value) => {
        const problems: Problem[] = [];
        const url = readUrl('chat-url', value, problems);
        if (url !== undefined) expect(followsToWeb(url)).toBe(true);
        const refused = url === undefined && !!value?.trim();
        expect(problems.length).toBe(refused ? 1 : 0);
        for (const problem of problems) {
          expect(problem.message.startsWith('chat-url: ')).toBe(true);
          expect(problem.message.length).toBeLessThan(200);
          // Whatever the link's text says, a refused link is refused: the configurator keeps it out.
          expect(problem).toMatchObject({attributes: ['chat-url'], kind: 'refused'});
        }
      }),
      RUNS,
    );
  });

  it('readPhone gives a tel: link of digits or nothing, with a problem when it refuses', () => {
    fc.assert(
      fc.property(attribute, (value) => {
        const problems: Problem[] = [];
        const phone = readPhone('phone', value, problems);
        if (phone) expect(phone.href).toMatch(TEL);
        expect(problems.length).toBe(phone === undefined && !!value?.trim() ? 1 : 0);
      }),
      RUNS,
    );
  });

  it.each([
    [null, false, 0],
    [undefined, false, 0],
    ['', true, 0],
    ['true', true, 0],
    [' TRUE ', true, 0],
    ['anonymous', true, 0],
    ['Anonymous', true, 0],
    ['false', false, 0],
    [' FALSE ', false, 0],
    ['No', false, 0],
    ['yes', false, 1],
    ['1', false, 1],
    ['0', false, 1],
    ['off', false, 1],
    ['anonym', false, 1],
  ])('readBoolean("anonymous", %j) is %j with %d problems', (value, result, problemCount) => {
    const problems: Problem[] = [];
    expect(readBoolean('anonymous', value, problems)).toBe(result);
    expect(problems.length).toBe(problemCount);
  });

  it('readBoolean: white space around a value changes nothing; a true value is never a problem', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText, fc.constantFrom('false', 'No', 'true', 'anonymous', '')),
        padding,
        padding,
        (value, before, after) => {
          const problems: Problem[] = [];
          const padded: Problem[] = [];
          const result = readBoolean('anonymous', value, problems);
          expect(readBoolean('anonymous', `${before}${value}${after}`, padded)).toBe(result);
          expect(padded.length).toBe(problems.length);
          expect(problems.length).toBeLessThanOrEqual(result ? 0 : 1);
        },
      ),
      RUNS,
    );
  });

  it('readHeadingLevel is always 2 to 6, and the level written when it is one', () => {
    fc.assert(
      fc.property(fc.oneof(attribute, fc.constantFrom('2', ' 3 ', '4', '5', '6', '1', '7', '3.5')), (value) => {
        const level = readHeadingLevel(value, []);
        expect([2, 3, 4, 5, 6]).toContain(level);
        if (value && /^\s*[2-6]\s*$/.test(value)) expect(level).toBe(Number(value));
      }),
      RUNS,
    );
  });

  it('readLanguageList gives distinct canonical tags that Intl.DisplayNames accepts', () => {
    const list = fc.array(fc.oneof(tagLike, fc.string({maxLength: 8})), {maxLength: 5}).map((tags) => tags.join(' '));
    fc.assert(
      fc.property(fc.oneof(attribute, list), (value) => {
        const tags = readLanguageList('languages', value, []);
        expect(new Set(tags).size).toBe(tags.length);
        for (const tag of tags) {
          expect(canonicalLanguageTag(tag)).toBe(tag);
          expect(tag, 'the card names each language with Intl.DisplayNames.of()').toMatch(UNICODE_LANGUAGE_ID);
        }
      }),
      RUNS,
    );
  });

  it.each([
    [readLanguage, ' SV-se ', 'sv-SE'],
    [readLanguage, 'ar', 'ar'],
    [readLanguage, 'not a tag', undefined],
    [readFileSize, ' 1.2 MB ', 1258291],
    [readFileSize, '708', 708],
    [readFileSize, 'large', undefined],
    [readDate, ' 2024-03-12 ', new Date(Date.UTC(2024, 2, 12))],
    [readDate, '2024-02-30', undefined],
    [readDate, '12/03/2024', undefined],
  ] as const)('%o reads %j as %j', (read, value, expected) => {
    const problems: Problem[] = [];
    expect(read('attribute', value, problems)).toEqual(expected);
    expect(problems.length).toBe(expected === undefined ? 1 : 0);
  });

  it('readLanguage, readFileSize and readDate: a value or one problem naming the attribute, never both; blank is neither', () => {
    fc.assert(
      fc.property(fc.oneof(attribute, tagLike, digitHeavy, dateLike), (value) => {
        for (const [read, name] of [
          [readLanguage, 'document-lang'],
          [readFileSize, 'file-size'],
          [readDate, 'last-updated'],
        ] as const) {
          const problems: Problem[] = [];
          const result = read(name, value, problems);
          const blank = !value || /^\s*$/.test(value);
          expect(problems.length).toBe(blank || result !== undefined ? 0 : 1);
          if (blank) expect(result).toBeUndefined();
          for (const problem of problems) expect(problem.message.startsWith(`${name}: `)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('element configs', () => {
  /** A problem's data and its sentence name the same attributes, so the configurator files it where the console says. */
  const namesItsAttributes = (problem: Problem) =>
    expect(problem.message.startsWith(`${problem.attributes.join(', ')}: `), problem.message).toBe(true);
  const PROBLEM_START =
    /^(name|phone|chat-url|info-url|anonymous|languages|emergency-phone|police-phone|social-services-url|heading-level|phone, chat-url|href|file-size|last-updated|document-lang): /;

  it('parseHelplineConfig: safe links, tel: links of digits, 112 unless "none", text unchanged, problems instead of exceptions', () => {
    const keys = [
      'name',
      'organization',
      'description',
      'phone',
      'chatUrl',
      'infoUrl',
      'anonymous',
      'languages',
      'emergencyPhone',
      'policePhone',
      'socialServicesUrl',
      'headingLevel',
    ] as const;
    fc.assert(
      fc.property(
        fc.record(
          Object.fromEntries(keys.map((k) => [k, attribute])) as Record<(typeof keys)[number], typeof attribute>,
          {requiredKeys: []},
        ),
        (attributes) => {
          const {config, problems} = parseHelplineConfig(attributes, undefined, readHoursConfig);
          for (const url of [config.chatUrl, config.infoUrl, config.socialServicesUrl])
            if (url !== undefined) expect(followsToWeb(url)).toBe(true);
          for (const phone of [config.phone, config.policePhone, config.emergencyPhone])
            if (phone) expect(phone.href).toMatch(TEL);
          if (attributes.emergencyPhone?.trim().toLowerCase() !== 'none')
            expect(config.emergencyPhone?.href).toMatch(TEL);
          expect(isTrimmedFrom(config.name, attributes.name)).toBe(true);
          expect(isTrimmedFrom(config.description, attributes.description)).toBe(true);
          expect([2, 3, 4, 5, 6]).toContain(config.headingLevel);
          for (const tag of config.languages) expect(tag).toMatch(UNICODE_LANGUAGE_ID);
          for (const problem of problems) {
            expect(problem.message).toMatch(PROBLEM_START);
            expect(problem.message.length).toBeLessThan(300);
            namesItsAttributes(problem);
          }
        },
      ),
      RUNS,
    );
  });

  it('parseInfoPanelConfig: text unchanged, heading level 2 to 6', () => {
    fc.assert(
      fc.property(attribute, attribute, attribute, attribute, (municipality, coordinator, heading, headingLevel) => {
        const {config, problems} = parseInfoPanelConfig({municipality, coordinator, heading, headingLevel});
        expect(isTrimmedFrom(config.municipality, municipality)).toBe(true);
        expect(isTrimmedFrom(config.coordinator, coordinator)).toBe(true);
        expect(isTrimmedFrom(config.heading, heading)).toBe(true);
        expect([2, 3, 4, 5, 6]).toContain(config.headingLevel);
        expect(problems.length).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('parseActionPlanConfig: a safe link or none, a finite size, a language Intl can name', () => {
    fc.assert(
      fc.property(
        attribute,
        attribute,
        attribute,
        fc.oneof(attribute, digitHeavy),
        fc.oneof(attribute, dateLike),
        fc.oneof(attribute, tagLike),
        (href, label, fileType, fileSize, lastUpdated, documentLang) => {
          const {config, problems} = parseActionPlanConfig({
            href,
            label,
            fileType,
            fileSize,
            lastUpdated,
            documentLang,
          });
          if (config.href !== undefined) expect(followsToWeb(config.href)).toBe(true);
          if (config.href !== undefined && !fileType?.trim()) expect(config.fileType ?? '').toMatch(/^[A-Z0-9]{0,5}$/);
          if (config.fileSize !== undefined)
            expect(Number.isFinite(config.fileSize), `file-size ${JSON.stringify(fileSize?.slice(0, 60))}`).toBe(true);
          if (config.documentLang !== undefined)
            expect(config.documentLang, 'the link names the language with Intl.DisplayNames.of()').toMatch(
              UNICODE_LANGUAGE_ID,
            );
          expect(isTrimmedFrom(config.label, label)).toBe(true);
          for (const problem of problems) {
            expect(problem.message).toMatch(PROBLEM_START);
            namesItsAttributes(problem);
          }
        },
      ),
      RUNS,
    );
  });
});
