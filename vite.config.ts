/// <reference types="vitest/config" />
import {fileURLToPath} from 'node:url';
import {build, defineConfig, type BuildEnvironmentOptions, type Plugin} from 'vite';
import localize from './lit-localize.json' with {type: 'json'};
import {lazyFeatures, type LazyFeature} from './scripts/lazy-feature.js';
import {sourceEdits} from './scripts/source-edits.js';
import {VERSION} from './scripts/version.js';
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
          plugins: [sourceEdits({shortIds: true}), ...lazyFeatures(FEATURES, false)],
          build: {
            outDir: 'dist/locales',
            emptyOutDir: false,
            lib: {entry: `src/generated/locales/${locale}.ts`, formats: ['es'], fileName: () => `${locale}.js`},
            rolldownOptions: {treeshake, output: {minify: true, postBanner: VERSION}},
          },
        });
      }
    },
  };
}

/**
 * The features in files of their own next to the embed script, each loaded only by an element
 * that needs it, with its texts in every language (scripts/lazy-feature.ts).
 */
const FEATURES: LazyFeature[] = [
  {entry: 'src/helpline-card/hours.lazy.ts', file: 'hours.js'},
  {entry: 'src/quick-exit/quick-exit.lazy.ts', file: 'quick-exit.js'},
];

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

/** An embed script: src/index.ts as one minified IIFE file inside the second-copy guard. */
function embedScript(fileName: string): BuildEnvironmentOptions {
  return {
    target: 'es2021',
    emptyOutDir: fileName === 'support-widget.js',
    lib: {entry: 'src/index.ts', formats: ['iife'], name: 'SupportWidget', fileName: () => fileName},
    // Terser, then Oxc (output.minify): about 170 bytes gzip smaller than Oxc alone.
    minify: 'terser',
    terserOptions: {ecma: 2020, compress: {passes: 3}},
    rolldownOptions: {treeshake, output: {minify: true, ...secondCopyGuard, postBanner: VERSION}},
  };
}

/**
 * What `npm run build` builds, one mode after another (package.json):
 * - the default mode: `support-widget.js`, English and Swedish inside, and `locales/<code>.js`;
 * - `all-languages`: `support-widget.all.js`, every language inside (all-locales.ts in the place
 *   of built-in-locales.ts), for pages that must load one file only, such as from a CDN with SRI;
 * - `package`: the npm package's ES modules in dist/esm/ (src/elements.ts, src/define.ts), with
 *   Lit and Lit Localize left to the app's bundler, and the other languages as chunks.
 */
const MODES: Record<string, {build: BuildEnvironmentOptions; plugins?: Plugin[]; alias?: Record<string, string>}> = {
  production: {
    build: embedScript('support-widget.js'),
    plugins: [localeFiles(), ...lazyFeatures(FEATURES, {plugins: [sourceEdits({shortIds: true})], banner: VERSION})],
  },
  'all-languages': {
    build: embedScript('support-widget.all.js'),
    alias: {'./built-in-locales.js': fileURLToPath(new URL('src/all-locales.ts', import.meta.url))},
    plugins: lazyFeatures(FEATURES, false),
  },
  package: {
    build: {
      target: 'es2021',
      outDir: 'dist/esm',
      lib: {entry: {elements: 'src/elements.ts', define: 'src/define.ts'}, formats: ['es']},
      rolldownOptions: {
        treeshake,
        external: [/^lit($|\/)/, /^@lit\//],
        output: {postBanner: VERSION, chunkFileNames: 'chunks/[name]-[hash].js'},
      },
    },
  },
};

export default defineConfig(({mode}) => ({
  build: MODES[mode]?.build ?? MODES.production!.build,
  resolve: {alias: MODES[mode]?.alias ?? {}},
  // The package leaves lit-localize to the app, whose msg() looks texts up by their full ids.
  plugins: [sourceEdits({shortIds: mode !== 'package'}), ...(MODES[mode]?.plugins ?? [])],
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
      // Pictures for the README and for people to look at: `npm run screenshots` only.
      {
        extends: true,
        test: {name: 'screenshots', include: ['e2e/screenshots.e2e.test.ts'], testTimeout: 60_000, hookTimeout: 60_000},
      },
    ],
  },
}));
