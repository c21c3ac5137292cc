import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import localize from '../lit-localize.json' with {type: 'json'};
import sameAsSource from '../locales/same-as-source.json' with {type: 'json'};
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

  it('finds a translation that is a copy of its source, unless it is listed as meant to be', () => {
    const file = new Map([
      ['a', unit('Chat', ' Chat ')],
      ['b', unit('Call <x id="0" equiv-text="${n}"/>', 'Call <x id="0" equiv-text="${n}"/>')],
    ]);
    expect(translationProblems('fi', source, file)).toEqual([
      'fi: "Chat" is translated as itself; translate it, or list "a" under "fi" in locales/same-as-source.json if it is right.',
      'fi: "Call <x id="0" equiv-text="${n}"/>" is translated as itself; translate it, or list "b" under "fi" in locales/same-as-source.json if it is right.',
    ]);
    expect(translationProblems('fi', source, file, ['a', 'b'])).toEqual([]);
    expect(translationProblems('fi', source, file, ['a', 'b', 'gone'])).toEqual([
      'fi: locales/same-as-source.json lists "gone", which is not in the source.',
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
    const same = (sameAsSource as Record<string, string[] | undefined>)[language];
    expect(translationProblems(language, source, file, same)).toEqual([]);
  });
});
