/**
 * The configurator is its own bundle: residents' pages load support-widget.js, which must carry
 * none of the configurator's code or texts.
 */
import {readFileSync} from 'node:fs';
import {beforeAll, expect, it} from 'vitest';
import {assertFreshBuild} from '../../test/fresh-build.js';
import {TEXTS} from './texts.js';

/** Every text of the configurator's table, in both languages, that is long enough to be its own. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  // A text with a value in it: the words around the value.
  if (typeof value === 'function') return (value as (x: string) => string)('\0').split('\0');
  return value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];
}
const strings = [...new Set(texts(TEXTS))].filter((text) => text.length > 20);

let widget: string;
let configurator: string;
beforeAll(() => {
  assertFreshBuild();
  widget = readFileSync('dist/support-widget.js', 'utf8');
  configurator = readFileSync('dist/configurator/configurator.js', 'utf8');
});

it('support-widget.js holds none of the configurator’s texts', () => {
  expect(strings.length).toBeGreaterThan(50);
  // The same search finds them in the configurator's own bundle.
  expect(strings.filter((text) => !configurator.includes(text))).toEqual([]);
  expect(strings.filter((text) => widget.includes(text))).toEqual([]);
});

it('support-widget.js holds none of the configurator’s code', () => {
  // The manifest (a JSDoc description from it), the clipboard, the paste reader and the SRI hash.
  for (const code of ["shown as the card's heading", 'clipboard', 'DOMParser', 'sha384-']) {
    expect(configurator.includes(code), `${code} in the configurator`).toBe(true);
    expect(widget.includes(code), `${code} in support-widget.js`).toBe(false);
  }
});
