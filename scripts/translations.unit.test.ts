import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import localize from '../lit-localize.json' with {type: 'json'};
import {parseXliff, translationProblems, type TransUnit} from './translations.js';

const unit = (source: string, target?: string): TransUnit => ({source, target});

describe('translationProblems', () => {
  const source = new Map([
    ['a', unit('Chat')],
    ['b', unit('Call <x id="0" equiv-text="${n}"/>')],
  ]);

  it('accepts a complete, current file', () => {
    const file = new Map([
      ['a', unit('Chat', 'Chatta')],
      ['b', unit('Call <x id="0" equiv-text="${n}"/>', 'Ring <x id="0" equiv-text="${n}"/>')],
    ]);
    expect(translationProblems('sv', source, file)).toEqual([]);
  });

  it('finds a missing translation, a missing message, a changed source and a removed one', () => {
    const file = new Map([
      ['a', unit('Chat now', 'Chatta')],
      ['c', unit('Old', 'Gammal')],
    ]);
    expect(translationProblems('sv', source, file)).toEqual([
      'sv: "Chat now" is now "Chat" (run npm run localize:extract).',
      'sv: "Call <x id="0" equiv-text="${n}"/>" is not in locales/sv.xlf (run npm run localize:extract).',
      'sv: "Old" is no longer in the source (run npm run localize:extract).',
    ]);
    expect(translationProblems('sv', new Map([['a', unit('Chat')]]), new Map([['a', unit('Chat', ' ')]]))).toEqual([
      'sv: "Chat" has no translation.',
    ]);
  });

  it('reads lit-localize’s XLIFF', () => {
    const xml = `<trans-unit id="s1">\n  <source>Chat</source>\n  <target>Chatta</target>\n</trans-unit><trans-unit id="s2"><source>Call</source></trans-unit>`;
    expect(parseXliff(xml)).toEqual(
      new Map([
        ['s1', unit('Chat', 'Chatta')],
        ['s2', unit('Call', undefined)],
      ]),
    );
  });
});

describe('locales/*.xlf', () => {
  let folder: string;
  let source: Map<string, TransUnit>;

  // Extract the messages the source has today into a scratch folder, and compare.
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'support-widget-xliff-'));
    const config = {
      ...localize,
      tsConfig: resolve('tsconfig.browser.json'),
      interchange: {format: 'xliff', xliffDir: folder},
    };
    writeFileSync(join(folder, 'lit-localize.json'), JSON.stringify(config));
    execFileSync('npx', ['lit-localize', 'extract', '--config', join(folder, 'lit-localize.json')], {stdio: 'pipe'});
    source = parseXliff(readFileSync(join(folder, `${localize.targetLocales[0]}.xlf`), 'utf8'));
  }, 60_000);
  afterAll(() => rmSync(folder, {recursive: true, force: true}));

  it('finds messages in the source', () => {
    expect(source.size).toBeGreaterThan(10);
  });

  it.each(localize.targetLocales)('%s translates every message of the current source', (language) => {
    const file = parseXliff(readFileSync(`locales/${language}.xlf`, 'utf8'));
    expect(translationProblems(language, source, file)).toEqual([]);
  });
});
