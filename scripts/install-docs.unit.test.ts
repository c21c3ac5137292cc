import {readdirSync, readFileSync, statSync} from 'node:fs';
import {beforeAll, describe, expect, it} from 'vitest';
import {CONFIGURATOR_HINTS, FOLDER, FOLDER_FILES, ONE_FILE} from '../src/install.js';
import {assertFreshBuild} from '../test/fresh-build.js';
import {allowlist, type Allowlist} from './allowlist.js';
import {DOCUMENTS, sourceAllowlist, writeDocument} from './install-docs.js';

let list: Allowlist;
beforeAll(async () => {
  list = await sourceAllowlist();
});

describe('the marked blocks of the docs', () => {
  it.each(Object.keys(DOCUMENTS))(
    '%s: each is what its source says (run `npm run docs` to rewrite them)',
    async (path) => {
      const text = readFileSync(path, 'utf8');
      expect(text, `${path} differs from its source: run \`npm run docs\``).toBe(await writeDocument(path, text, list));
    },
  );

  it.each(Object.keys(DOCUMENTS))('%s shows the three installation forms', (path) => {
    const text = readFileSync(path, 'utf8');
    for (const form of ['folder', 'one-file', 'wordpress'])
      expect(text, `${path} has no install:${form}`).toContain(`<!-- install:${form} -->`);
  });

  it.each(['docs/cms.md', 'docs/cms.sv.md'])('%s shows every allowlist, each with all four elements', (path) => {
    const text = readFileSync(path, 'utf8');
    for (const name of ['wordpress', 'drupal', 'tinymce', 'dompurify', 'elements']) {
      const block = text.slice(text.indexOf(`<!-- allowlist:${name} -->`), text.indexOf(`<!-- /allowlist:${name} -->`));
      for (const {tag} of list.elements) expect(block, `${path} ${name}`).toContain(tag.replace(/^support-/, ''));
    }
  });

  it.each(Object.keys(DOCUMENTS))('%s speaks of four elements, never three', (path) => {
    expect(readFileSync(path, 'utf8')).not.toMatch(/\b(three|tre) element/i);
  });
});

describe("the configurator's first part", () => {
  it.each(['sv', 'en'] as const)(
    'in %s names every file of form 1, its folder and the one file of form 2',
    (language) => {
      const {site, address} = CONFIGURATOR_HINTS[language];
      for (const name of [...FOLDER_FILES, FOLDER, ONE_FILE]) expect(site).toContain(name);
      expect(address).toContain(`${FOLDER}support-widget.js`);
    },
  );
});

describe('the installation forms and the build (run `npm run build` first)', () => {
  beforeAll(assertFreshBuild);

  it('form 1 lists every file the build makes for support-widget.js, and no other', () => {
    const made = readdirSync('dist')
      .filter(
        (name) =>
          name !== ONE_FILE && (name.endsWith('.js') || (name === 'locales' && statSync(`dist/${name}`).isDirectory())),
      )
      .map((name) => (name.endsWith('.js') ? name : `${name}/`));
    expect([...FOLDER_FILES].sort()).toEqual(made.sort());
  });

  it('dist/allowlist.json is made from custom-elements.json, and matches the source', () => {
    const built = JSON.parse(readFileSync('dist/allowlist.json', 'utf8')) as Allowlist;
    expect(built).toEqual(allowlist(JSON.parse(readFileSync('custom-elements.json', 'utf8')) as never));
    expect(built).toEqual(list);
    expect(built.elements.map((e) => e.tag)).toHaveLength(4);
    expect(built.elements.flatMap((e) => e.addresses).sort()).toEqual([
      'chat-url',
      'href',
      'href',
      'info-url',
      'social-services-url',
    ]);
  });
});
