/// <reference types="vitest/config" />
import {build, defineConfig, type Plugin} from 'vite';
import localize from './lit-localize.json' with {type: 'json'};

/**
 * @lit/localize's main module also starts its runtime mode, which this widget does not use;
 * none of its modules has a side effect that matters when their exports go unused.
 */
const treeshake = {moduleSideEffects: (id: string) => !id.includes('/node_modules/@lit/localize/')};

/**
 * Translator notes (`msg(..., {desc: '...'})`) belong in the XLIFF files; the runtime never
 * reads them, so the build leaves them out of the script.
 */
function dropTranslatorNotes(): Plugin {
  const note = /,\s*\{\s*desc:\s*'(?:[^'\\]|\\.)*'\s*,?\s*\}/g;
  return {
    name: 'support-widget-drop-translator-notes',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      return id.includes('/src/') && code.includes('desc:') ? code.replace(note, '') : undefined;
    },
  };
}

/** The first tag the script defines: if it exists, another copy of the script already ran. */
const GUARD_TAG = 'support-info-panel';

/**
 * Each translation also becomes its own small file, `dist/locales/<code>.js`, that the embed
 * script imports only when an element needs that language.
 */
function localeFiles(): Plugin {
  return {
    name: 'support-widget-locale-files',
    apply: 'build',
    async closeBundle() {
      for (const locale of localize.targetLocales) {
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
        // A second copy of the script (pasted twice, or another version) does nothing at all:
        // not even Lit's start-up, whose Trusted Types policy name may only be created once.
        banner: `if(!customElements.get("${GUARD_TAG}")){`,
        footer: '}',
      },
    },
  },
  plugins: [dropTranslatorNotes(), localeFiles()],
  test: {
    projects: [
      // Pure functions and build checks, in Node. Property tests try a few hundred inputs each;
      // `npm run test:thorough` (THOROUGH=1) tries 10,000, which can take minutes on a busy machine.
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{src,scripts,test}/**/*.unit.test.ts'],
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
      {extends: true, test: {name: 'screenshots', include: ['e2e/screenshots.e2e.test.ts'], testTimeout: 60_000, hookTimeout: 60_000}},
    ],
  },
});
