/// <reference types="vitest/config" />
import {build, defineConfig, type Plugin} from 'vite';
import localize from './lit-localize.json' with {type: 'json'};
import {sourceEdits} from './scripts/source-edits.js';
import {TAGS} from './src/tags.js';

/**
 * @lit/localize's main module also starts its runtime mode, which this widget does not use;
 * none of its modules has a side effect that matters when their exports go unused.
 */
const treeshake = {moduleSideEffects: (id: string) => !id.includes('/node_modules/@lit/localize/')};

/**
 * The languages whose translations are not inside the embed script each become a small file,
 * `dist/locales/<code>.js`, imported only when an element needs it. Which ones are inside is
 * what src/localization.ts imports: the build reads it from the script's own modules.
 */
function localeFiles(): Plugin {
  let bundled = new Set<string>();
  return {
    name: 'support-widget-locale-files',
    apply: 'build',
    buildEnd() {
      bundled = new Set(
        [...this.getModuleIds()].flatMap((id) => /\/src\/generated\/locales\/([\w-]+)\.ts$/.exec(id)?.[1] ?? []),
      );
    },
    async closeBundle() {
      for (const locale of localize.targetLocales.filter((code) => !bundled.has(code))) {
        await build({
          configFile: false,
          logLevel: 'warn',
          build: {
            outDir: 'dist/locales',
            emptyOutDir: false,
            lib: {entry: `src/generated/locales/${locale}.ts`, formats: ['es'], fileName: () => `${locale}.js`},
            rolldownOptions: {treeshake, output: {minify: true}},
          },
        });
      }
    },
  };
}

/**
 * The one guard against a second copy of the script (pasted twice, or two versions). It has to
 * come before Lit's own start-up, which creates the Trusted Types policy "lit-html" that a page may
 * allow only once, so it wraps the whole script: if any of our tags is already taken, this copy
 * runs nothing and says so once. Then src/index.ts can define the tags without checking again.
 */
const secondCopyGuard = {
  banner: `if(${JSON.stringify(TAGS)}.some(customElements.get,customElements))console.info("support-widget is already on this page: this copy does nothing.");else{`,
  footer: '}',
};

/** `npm run test:thorough`: every property test tries 10,000 inputs instead of 200. */
const THOROUGH = process.env.THOROUGH === '1';

export default defineConfig({
  build: {
    target: 'es2021',
    lib: {entry: 'src/index.ts', formats: ['iife'], name: 'SupportWidget', fileName: () => 'support-widget.js'},
    rolldownOptions: {
      treeshake,
      output: {
        minify: true,
        ...secondCopyGuard,
      },
    },
  },
  plugins: [sourceEdits(), localeFiles()],
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
