import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {beforeAll, describe, expect, it} from 'vitest';
import {assertFreshBuild} from './fresh-build.js';

/** The budget for the one file editors paste: 16 KB gzip, with Lit, English and Swedish inside. */
const BUDGET = 16_000;

function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), {level: 9}).length;
}

describe('dist/support-widget.js (run `npm run build` first)', () => {
  beforeAll(assertFreshBuild);

  it(`stays within ${BUDGET} bytes gzip`, () => {
    expect(gzipSize('dist/support-widget.js')).toBeLessThanOrEqual(BUDGET);
  });
});
