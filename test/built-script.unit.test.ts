import {existsSync, readFileSync} from 'node:fs';
import {beforeAll, describe, expect, it} from 'vitest';
import localize from '../lit-localize.json' with {type: 'json'};
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

let script: string;
/** The quick exit's code, loaded only on pages that have the element: its English texts are here. */
let quickExit: string;
beforeAll(() => {
  assertFreshBuild();
  script = readFileSync('dist/support-widget.js', 'utf8');
  quickExit = readFileSync('dist/quick-exit.js', 'utf8');
});

describe('dist/support-widget.js', () => {
  it('leaves out every translator note', () => {
    const notes = xliff('sv', 'note');
    expect(notes.length).toBeGreaterThan(10);
    expect(notes.map(plainRun).filter((note) => script.includes(note) || quickExit.includes(note))).toEqual([]);
  });

  it('still holds every English source text', () => {
    const parts = xliff('sv', 'source')
      .flatMap((source) => source.split('\0'))
      .filter((part) => part.trim().length > 3);
    expect(parts.length).toBeGreaterThan(15);
    expect(parts.filter((part) => !script.includes(part) && !quickExit.includes(part))).toEqual([]);
  });
});

describe('dist/locales/', () => {
  it.each(localize.targetLocales)('%s is inside the script or a file of its own, not both', (locale) => {
    const translated = xliff(locale, 'target').filter((target) => !target.includes('\0'));
    const inside = translated.every((target) => script.includes(target) || quickExit.includes(target));
    expect(existsSync(`dist/locales/${locale}.js`)).toBe(!inside);
  });

  it('Swedish is inside the script', () => {
    expect(existsSync('dist/locales/sv.js')).toBe(false);
    expect(script).toContain('Våldsbejakande extremism');
  });
});
