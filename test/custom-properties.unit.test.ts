/**
 * The custom properties the styles read are the ones the docs list: every `--support-*` in the
 * elements' CSS is in custom-elements.json (and so in the README), and nothing listed is unused.
 * The private `--_*` copies are each set once and read somewhere (Material Web's check).
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

const SOURCES = readdirSync('src', {recursive: true, encoding: 'utf8'})
  .filter((file) => file.endsWith('.ts') && !file.includes('.test.') && !file.startsWith('generated'))
  .map((file) => readFileSync(join('src', file), 'utf8'));

const all = (pattern: RegExp) =>
  new Set(SOURCES.flatMap((source) => [...source.matchAll(pattern)].map((match) => match[1]!)));

describe('custom properties', () => {
  it('are documented exactly as the styles use them', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
      modules: {declarations?: {cssProperties?: {name: string}[]}[]}[];
    };
    const documented = new Set(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .flatMap((element) => element.cssProperties ?? [])
        .map((p) => p.name),
    );
    const used = all(/var\((--support-[\w-]+)/g);
    expect([...used].sort()).toEqual([...documented].sort());
  });

  it('have private copies that are each set and read', () => {
    const set = all(/(--_[\w-]+):/g);
    const read = all(/var\((--_[\w-]+)\)/g);
    expect([...set].sort()).toEqual([...read].sort());
  });
});
