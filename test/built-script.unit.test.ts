import {existsSync, readFileSync} from 'node:fs';
import {beforeAll, describe, expect, it} from 'vitest';
import localize from '../lit-localize.json' with {type: 'json'};
import LIST from '../src/features/list.json' with {type: 'json'};
import {assertFreshBuild} from './fresh-build.js';

/** The texts of one kind of element (`source`, `target`, `note`) in an XLIFF file, placeholders as `\0`. */
function xliff(locale: string, element: string): string[] {
  const xml = readFileSync(`locales/${locale}.xlf`, 'utf8');
  const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};
  return [...xml.matchAll(new RegExp(`<${element}\\b[^>]*>([\\s\\S]*?)</${element}>`, 'g'))].map(([, text]) =>
    text!.replace(/<x\b[^>]*\/>/g, '\0').replace(/&(\w+);/g, (_, name: string) => entities[name]!),
  );
}

/** The longest run of plain ASCII words in a text: what survives any escaping a minifier might do. */
const plainRun = (text: string) => text.match(/[A-Za-z0-9 ,.:;()-]+/g)!.reduce((a, b) => (b.length > a.length ? b : a));

/** The features in files of their own, loaded only by the elements that need them. */
const FEATURES = Object.keys(LIST);

let script: string;
/** The features' code: their English texts, and their texts in every language, are there. */
let features: string;
beforeAll(() => {
  assertFreshBuild();
  script = readFileSync('dist/support-widget.js', 'utf8');
  features = FEATURES.map((file) => readFileSync(`dist/${file}`, 'utf8')).join('\n');
});

describe('dist/support-widget.js', () => {
  it('leaves out every translator note', () => {
    const notes = xliff('sv', 'note');
    expect(notes.length).toBeGreaterThan(10);
    expect(notes.map(plainRun).filter((note) => script.includes(note) || features.includes(note))).toEqual([]);
  });

  it('still holds every English source text', () => {
    const parts = xliff('sv', 'source')
      .flatMap((source) => source.split('\0'))
      .filter((part) => part.trim().length > 3);
    expect(parts.length).toBeGreaterThan(15);
    expect(parts.filter((part) => !script.includes(part) && !features.includes(part))).toEqual([]);
  });
});

describe('dist/locales/', () => {
  it.each(localize.targetLocales)('%s is inside the script or a file of its own, not both', (locale) => {
    const translated = xliff(locale, 'target').filter((target) => !target.includes('\0'));
    const inside = translated.every((target) => script.includes(target) || features.includes(target));
    expect(existsSync(`dist/locales/${locale}.js`)).toBe(!inside);
  });

  it('Swedish is inside the script', () => {
    expect(existsSync('dist/locales/sv.js')).toBe(false);
    expect(script).toContain('Våldsbejakande extremism');
  });
});

describe('a feature in a file of its own', () => {
  /** Each locale's translation of an English source text, from the XLIFF files. */
  const translations = (source: string) =>
    localize.targetLocales.map((locale) => {
      const sources = xliff(locale, 'source');
      return {locale, target: xliff(locale, 'target')[sources.indexOf(source)]!};
    });

  /** One English text of each feature's own: a feature added to the list needs one here. */
  const SAMPLES: Record<keyof typeof LIST, string> = {
    'hours.js': 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
    'quick-exit.js': 'Leave this page',
  };

  it.each(Object.entries(SAMPLES))(
    '%s carries its texts in every language; the embed script and language files do not, the one file does too',
    (file, source) => {
      const feature = readFileSync(`dist/${file}`, 'utf8');
      const all = readFileSync('dist/support-widget.all.js', 'utf8');
      for (const {locale, target} of translations(source)) {
        expect(target, locale).not.toBe(source);
        expect(feature, locale).toContain(target);
        expect(script, locale).not.toContain(target);
        // The one file for any CMS holds every feature with its texts (issue 16).
        expect(all, locale).toContain(target);
        if (existsSync(`dist/locales/${locale}.js`))
          expect(readFileSync(`dist/locales/${locale}.js`, 'utf8'), locale).not.toContain(target);
      }
    },
  );
});
