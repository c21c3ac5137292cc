/**
 * Vitest's five projects. The build has no configuration file: `npm run build` is scripts/build.ts.
 */
import {defineConfig} from 'vitest/config';

/** `npm run test:thorough`: every property test tries 10,000 inputs instead of 200. */
const THOROUGH = process.env.THOROUGH === '1';

export default defineConfig({
  test: {
    projects: [
      // Pure functions and build checks, in Node. Property tests try a few hundred inputs each;
      // `npm run test:thorough` (THOROUGH=1) tries 10,000, which can take minutes on a busy machine.
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{src,scripts,test,bench}/**/*.unit.test.ts'],
          testTimeout: THOROUGH ? 600_000 : 30_000,
          provide: {propertyRuns: THOROUGH ? 10_000 : 200},
        },
      },
      // The built script in real Chromium, driven by playwright-core (needs `npm run build` first).
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          exclude: ['e2e/screenshots.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A page's work (a language file, hours.js, a timer) can take seconds on a busy machine.
          expect: {poll: {timeout: 10_000}},
          fileParallelism: false,
        },
      },
      // The npm package and the release zip, as their users get them: `npm run test:package` only
      // (CI runs it after `npm test`). Each file builds, packs or zips first, so they run one by one.
      {
        extends: true,
        test: {
          name: 'package',
          include: ['test/**/*.package.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      // The WordPress plugin on a real WordPress: `npm run test:wordpress` only, which starts the site
      // (scripts/wordpress/test.mjs) and gives its address in WP_URL. One file at a time: they share the site.
      {
        extends: true,
        test: {
          name: 'wordpress',
          include: ['wordpress-tests/**/*.wordpress.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // The block editor and wp-admin are slow on a busy 2-core machine.
          expect: {poll: {timeout: 20_000}},
          fileParallelism: false,
        },
      },
      // Pictures for the README and for people to look at: `npm run screenshots` only.
      {
        extends: true,
        test: {name: 'screenshots', include: ['e2e/screenshots.e2e.test.ts'], testTimeout: 60_000, hookTimeout: 60_000},
      },
    ],
  },
});
