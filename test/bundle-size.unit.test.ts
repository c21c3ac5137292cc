import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {beforeAll, describe, expect, it} from 'vitest';
import {assertFreshBuild} from './fresh-build.js';

/**
 * The budget for the one file editors paste: 17,000 B gzip, with Lit, English and Swedish inside
 * (issue 10 raised it from 14 KB for opening hours, their status and the quick exit; issue 16 to
 * 17,000 B for the configurator's refusals and the hardening against hostile pages).
 */
const BUDGET = 17_000;

/**
 * The budget for the one file for any CMS (issue 16): every language, the opening hours and the
 * quick exit inside, for a site that can host only one file, or wants one hash for all the code.
 */
const ALL_LANGUAGES_BUDGET = 31_000;

/**
 * The budget for the opening hours' own file, loaded only by a card with hours (issue 19: the
 * forms editors write, with the limits that keep its work linear).
 */
const HOURS_BUDGET = 6_500;

function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), {level: 9}).length;
}

describe('the embed scripts (run `npm run build` first)', () => {
  beforeAll(assertFreshBuild);

  it(`dist/support-widget.js stays within ${BUDGET} bytes gzip`, () => {
    expect(gzipSize('dist/support-widget.js')).toBeLessThanOrEqual(BUDGET);
  });

  it(`dist/support-widget.all.js stays within ${ALL_LANGUAGES_BUDGET} bytes gzip`, () => {
    expect(gzipSize('dist/support-widget.all.js')).toBeLessThanOrEqual(ALL_LANGUAGES_BUDGET);
  });

  it(`dist/hours.js stays within ${HOURS_BUDGET} bytes gzip`, () => {
    expect(gzipSize('dist/hours.js')).toBeLessThanOrEqual(HOURS_BUDGET);
  });
});

describe('the sizes the README gives', () => {
  // Measured with `gzip -9` there; Node's gzip gives a few bytes more. Within 2 % the figure is
  // still what a reader should expect; past that, the table needs the new numbers.
  it.each(['support-widget.js', 'support-widget.all.js', 'hours.js', 'quick-exit.js'])(
    'the download table gives the size of %s',
    (file) => {
      const readme = readFileSync('README.md', 'utf8');
      const row = new RegExp(`^\\| \`${file.replace('.', '\\.')}\` \\|.*?\\| ([\\d,]+) B \\| [\\d,]+ B \\|$`, 'm').exec(
        readme,
      );
      expect(row, `README.md has no download-table row for ${file}`).not.toBeNull();
      const documented = Number(row![1]!.replace(/,/g, ''));
      const built = gzipSync(readFileSync(`dist/${file}`), {level: 9}).length;
      expect(Math.abs(built - documented) / built, `README says ${documented} B, the build is ${built} B`).toBeLessThan(
        0.02,
      );
    },
  );
});
