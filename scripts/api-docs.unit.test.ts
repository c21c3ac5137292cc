import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {analyze, writeTables} from './api-docs.mjs';
import {TAGS} from '../src/tags.js';

describe("README.md's element tables", () => {
  it('are what the JSDoc says, for every element (run `npm run docs` to rewrite them)', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const manifest = await analyze();
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName);
    expect(tags.sort()).toEqual([...TAGS].sort());
    for (const tag of tags)
      expect(readme, `README.md has no tables for <${tag}>`).toContain(`<!-- api:${tag}:start -->`);
    expect(readme, 'README.md differs from the JSDoc: run `npm run docs`').toBe(writeTables(readme, manifest));
  });
});
