import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {collapseHtml, minifyCss, sourceEdits} from './source-edits.js';

describe('minifyCss', () => {
  it.each([
    ['\n  :host {\n    display: block;\n  }\n', ':host{display:block}'],
    ['/* why */ a { color: red; }', 'a{color:red}'],
    ['.text > :last-child { margin-bottom: 0; }', '.text>:last-child{margin-bottom:0}'],
    ['a { color: var(--x, #fff); }', 'a{color:var(--x,#fff)}'],
    ['p { margin: 0 0 0.75em; line-height: 10.5px; }', 'p{margin:0 0 .75em;line-height:10.5px}'],
    ['@media (forced-colors: active) { a { color: LinkText; } }', '@media (forced-colors:active){a{color:LinkText}}'],
    // The meaning of these spaces must survive: descendant combinators, values, and the colon of a pseudo-class.
    ['.card .action:hover > span { border: 1px solid red; }', '.card .action:hover>span{border:1px solid red}'],
    ['.a :first-child { margin: 0 0 1em; }', '.a :first-child{margin:0 0 1em}'],
    [':host(:not(:last-child)) { margin-block-end: 1rem; }', ':host(:not(:last-child)){margin-block-end:1rem}'],
  ])('%j', (css, minified) => {
    expect(minifyCss(css)).toBe(minified);
  });
});

describe('collapseHtml', () => {
  it.each([
    ['<div class="card">\n        <p>', '<div class="card"> <p>'],
    ['\n      rel=', ' rel='],
    // Spaces within a line are text: they stay as they are.
    ['<p>Call  now</p>', '<p>Call  now</p>'],
    ['<span>a</span> <span>b</span>', '<span>a</span> <span>b</span>'],
  ])('%j becomes %j', (text, collapsed) => {
    expect(collapseHtml(text)).toBe(collapsed);
  });
});

describe('sourceEdits: short ids', () => {
  /** What the build makes of `code` in the module at `path` (below the project's folder). */
  const edit = (code: string, path: string, shortIds = true) => {
    const transform = sourceEdits({shortIds}).transform as (
      code: string,
      id: string,
    ) => string | {code: string} | undefined;
    const edited = transform(code, fileURLToPath(new URL(`../${path}`, import.meta.url)));
    return typeof edited === 'string' ? edited : edited?.code;
  };

  // The ids lit-localize's own tools wrote into src/generated/locales/sv.ts for "Chat" and "Call ${0}".
  const catalogue =
    "export const templates = {\n's1d318e9d0ccba86b': `Chatta`,\n's7dfc22ad37bfdf0f': str`Ring ${0}`,\n};";

  it('keys the catalogues by the short ids', () => {
    expect(edit(catalogue, 'src/generated/locales/sv.ts')).toBe(
      "export const templates = {\n's1d31': `Chatta`,\n's7dfc': str`Ring ${0}`,\n};",
    );
  });

  it('makes msg() look texts up by the same short ids', async () => {
    // lit-localize's module and the one it imports, without their source map comments, in a folder of their own.
    const folder = mkdtempSync(join(tmpdir(), 'id-generation-'));
    const copy = (file: string, change = (code: string) => code) => {
      const code = readFileSync(new URL(`../node_modules/@lit/localize/internal/${file}`, import.meta.url), 'utf8');
      writeFileSync(join(folder, file), change(code.replace(/^\/\/# sourceMappingURL=.*$/m, '')));
    };
    copy('fnv1a64.js');
    copy('id-generation.js', (code) => edit(code, 'node_modules/@lit/localize/internal/id-generation.js')!);
    const {generateMsgId} = (await import(pathToFileURL(join(folder, 'id-generation.js')).href)) as {
      generateMsgId: (strings: string | string[], isHtml: boolean) => string;
    };
    rmSync(folder, {recursive: true});
    expect(generateMsgId('Chat', false)).toBe('s1d31');
    expect(generateMsgId(['Call ', ''], false)).toBe('s7dfc');
  });

  it('leaves the full ids to the npm package, whose lit-localize is the app’s', () => {
    expect(edit(catalogue, 'src/generated/locales/sv.ts', false)).toBeUndefined();
    expect(
      edit('export function generateMsgId(s, h) {}', 'node_modules/@lit/localize/internal/id-generation.js', false),
    ).toBeUndefined();
  });

  it('fails the build when two texts would share one', () => {
    const clash = "export const templates = {\n's1d318e9d0ccba86b': `Chatta`,\n's1d3100000000000a': `Annat`,\n};";
    expect(() => edit(clash, 'src/generated/locales/sv.ts')).toThrow(/share the id s1d31/);
  });
});
