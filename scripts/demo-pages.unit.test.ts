import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {demoPages} from './demo-pages.mjs';

describe('the committed demo pages', () => {
  const pages = [...demoPages()];

  it('are all there', () => {
    expect(pages.map(([file]) => file).sort()).toEqual([
      'ar.html',
      'configurator.html',
      'en.html',
      'fa.html',
      'fi.html',
      'index.html',
      'languages.html',
      'so.html',
      'uk.html',
    ]);
  });

  it.each(pages)('demo/%s is what scripts/demo-pages.mjs writes (run `npm run demo:pages`)', (file, html) => {
    expect(
      readFileSync(`demo/${file}`, 'utf8'),
      `demo/${file} differs from its generator: run \`npm run demo:pages\``,
    ).toBe(html);
  });
});
