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
  if (typeof value === 'function') return [String((value as (x: string | number) => string)('x'))];
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
  expect(strings.filter((text) => !configurator.includes(text.slice(0, 20)))).toEqual([]);
  expect(strings.filter((text) => widget.includes(text.slice(0, 20)))).toEqual([]);
});

it('support-widget.js holds none of the configurator’s code', () => {
  for (const code of ['data-support-fallback', 'custom-elements.json', 'clipboard', 'DOMParser', 'sha384-']) {
    expect(configurator, code).toContain(code === 'custom-elements.json' ? '"modules"' : code);
    expect(widget, code).not.toContain(code === 'custom-elements.json' ? '"modules"' : code);
  }
});
