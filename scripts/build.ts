/**
 * `npm run build`: every output of the project, in this order, each file printed with its size
 * and its gzip size (level 9, as test/bundle-size.unit.test.ts measures it).
 *
 * 1. The embed script, dist/support-widget.js: src/index.ts as one minified IIFE file inside the
 *    second-copy guard, English and Swedish inside (src/built-in-locales.ts).
 * 2. The one file for any CMS, dist/support-widget.all.js: the same with every language and every
 *    feature inside (src/all-locales.ts in the place of built-in-locales.ts, and
 *    src/features/all-features.ts in the place of built-in.ts), for CMSs that give each upload its
 *    own address and for pages that want one integrity hash to cover all the code that runs.
 * 3. The lazy features, dist/hours.js and dist/quick-exit.js (src/features/list.json): each with
 *    the embed script's Lit and its own texts in every language (scripts/lazy-feature.ts).
 * 4. The locales the embed script does not hold, dist/locales/<code>.js.
 * 5. The npm package's entries, dist/esm/ (src/elements.ts, src/define.ts), Lit left to the app.
 * 6. Their types, dist/types/ (tsconfig.package.json).
 * 7. The manifest, custom-elements.json (cem analyze), and the allowlist made from it for CMSs,
 *    dist/allowlist.json (scripts/allowlist.ts).
 * 8. The configurator, dist/configurator/, with the manifest and the embed script's SRI hash.
 * 9. The WordPress plugin's editor side, dist/wordpress/: blocks.js (the blocks, with the
 *    configurator's form) and settings.js (the settings page's check), each one IIFE with Lit inside.
 *
 * First, lit-localize writes the catalogues (src/generated/) from locales/*.xlf. Each step is a
 * call here, one after another; none starts from inside another.
 */
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {build, type BuildEnvironmentOptions, type InlineConfig, type Plugin, type Rolldown} from 'vite';
import localize from '../lit-localize.json' with {type: 'json'};
import pkg from '../package.json' with {type: 'json'};
import {TAGS} from '../src/tags.js';
import {allowlist} from './allowlist.js';
import {catalogueTexts, FEATURES, featureBuild, featureTexts} from './lazy-feature.js';
import {sriHash} from './release.mjs';
import {litThroughPrototype} from './lit-prototype.js';
import {sourceEdits} from './source-edits.js';
import {VERSION} from './version.js';

/**
 * @lit/localize's main module also starts its runtime mode, which this widget does not use;
 * none of its modules has a side effect that matters when their exports go unused.
 */
const treeshake = {moduleSideEffects: (id: string) => !id.includes('/node_modules/@lit/localize/')};

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

/** Prints a step's files: bytes and gzip bytes (level 9). */
function report(step: string, files: string[]): void {
  console.log(step);
  const width = Math.max(...files.map((file) => file.length));
  const size = (n: number) => n.toLocaleString('en').padStart(8);
  for (const file of files) {
    const bytes = readFileSync(file);
    console.log(`  ${file.padEnd(width)} ${size(bytes.length)} B ${size(gzipSync(bytes, {level: 9}).length)} B gzip`);
  }
}

/** Every file under `dir`, sorted. */
const filesUnder = (dir: string) =>
  readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .map((path) => `${dir}/${path}`)
    .filter((path) => statSync(path).isFile())
    .sort();

/** Runs one Vite build; returns the chunks it wrote. */
async function vite(config: InlineConfig): Promise<Rolldown.OutputChunk[]> {
  const result = await build({configFile: false, logLevel: 'warn', ...config});
  return [result]
    .flat()
    .flatMap((output) => ('output' in output ? output.output : []))
    .filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
}

/** The written files of a build into `outDir`. */
const written = (outDir: string, chunks: Rolldown.OutputChunk[]) => chunks.map((c) => `${outDir}/${c.fileName}`);

/** Runs a command of the project's tools, quietly unless it fails. */
function tool(command: string, args: string[]): void {
  try {
    execFileSync(command, args, {stdio: 'pipe', encoding: 'utf8'});
  } catch (error) {
    const {stdout, stderr} = error as {stdout?: string; stderr?: string};
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`, {cause: error});
  }
}

/** An embed script: src/index.ts as one minified IIFE file inside the second-copy guard. */
function embedScript(fileName: string, plugins: Plugin[], alias: Record<string, string> = {}): InlineConfig {
  const options: BuildEnvironmentOptions = {
    target: 'es2021',
    emptyOutDir: false,
    lib: {entry: 'src/index.ts', formats: ['iife'], name: 'SupportWidget', fileName: () => fileName},
    // Terser, then Oxc (output.minify): about 170 bytes gzip smaller than Oxc alone.
    minify: 'terser',
    terserOptions: {ecma: 2020, compress: {passes: 3}},
    // Terser takes most of the time, as it should: no note about slow plugins.
    rolldownOptions: {
      treeshake,
      checks: {bundlerTimings: false},
      output: {minify: true, ...secondCopyGuard, postBanner: VERSION},
    },
  };
  // Lit is inside: its calls on `document` go through the prototype, out of page markup's reach.
  return {plugins: [...plugins, litThroughPrototype()], resolve: {alias}, build: options};
}

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
// Always Lit's production build (Vitest, which runs some builds, sets NODE_ENV=test).
process.env.NODE_ENV = 'production';
rmSync('dist', {recursive: true, force: true});
console.log(`support-widget ${pkg.version}: every output, with its size and its gzip size (level 9)\n`);

tool('node_modules/.bin/lit-localize', ['build']);
console.log('0. The catalogues, src/generated/, from locales/*.xlf (lit-localize)');
/** Each feature's own texts: they travel in its file and leave every other file. */
const featureIds = featureTexts(FEATURES);
const allFeatureIds = new Set([...featureIds.values()].flatMap((ids) => [...ids]));
/** What the files that share the embed script's msg() are built with: its short ids, no feature's texts. */
const scriptEdits = () => [sourceEdits({shortIds: true}), catalogueTexts(allFeatureIds, false)];

const script = await vite(embedScript('support-widget.js', scriptEdits()));
report('1. The embed script', written('dist', script));

// Every language and every feature inside, with their texts: one file, one integrity hash for all that runs.
const all = await vite(
  embedScript('support-widget.all.js', [sourceEdits({shortIds: true})], {
    './built-in-locales.js': `${process.cwd()}/src/all-locales.ts`,
    './built-in.js': `${process.cwd()}/src/features/all-features.ts`,
  }),
);
if (all.some((chunk) => chunk.dynamicImports.length))
  throw new Error('support-widget.all.js imports another file: it must hold everything.');
report('2. The one file for any CMS', written('dist', all));

const features: string[] = [];
for (const feature of FEATURES) {
  const ids = featureIds.get(feature)!;
  const config = featureBuild(feature, {ids, plugins: [sourceEdits({shortIds: true})], banner: VERSION});
  features.push(...written('dist', await vite(config)));
}
report('3. The lazy features', features);

// Which languages the embed script holds is what src/built-in-locales.ts imports: read from its modules.
const inside = new Set(
  script.flatMap((c) => c.moduleIds).flatMap((id) => /\/src\/generated\/locales\/([\w-]+)\.ts$/.exec(id)?.[1] ?? []),
);
if (!inside.size)
  throw new Error('The embed script holds no catalogue of src/generated/locales/: see built-in-locales.ts.');
const locales: string[] = [];
for (const locale of localize.targetLocales.filter((code) => !inside.has(code))) {
  const chunks = await vite({
    plugins: scriptEdits(),
    build: {
      outDir: 'dist/locales',
      emptyOutDir: false,
      lib: {entry: `src/generated/locales/${locale}.ts`, formats: ['es'], fileName: () => `${locale}.js`},
      rolldownOptions: {treeshake, output: {minify: true, postBanner: VERSION}},
    },
  });
  locales.push(...written('dist/locales', chunks));
}
report('4. The locales not inside the embed script', locales);

// The package leaves lit-localize to the app, whose msg() looks texts up by their full ids. Its
// catalogues hold the features' texts too, so a feature's chunk brings none (src/features/no-texts.ts)
// and the app loads only the languages its elements use.
const esm = await vite({
  plugins: [sourceEdits({shortIds: false})],
  resolve: {alias: [{find: /^\.\.\/features\/texts\.js$/, replacement: `${process.cwd()}/src/features/no-texts.ts`}]},
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
});
report('5. The npm package’s entries', written('dist/esm', esm));

tool(process.execPath, ['node_modules/typescript-7/bin/tsc', '-p', 'tsconfig.package.json']);
report('6. Their types', filesUnder('dist/types'));

tool('node_modules/.bin/cem', ['analyze', '--quiet']);
/** The elements as the analyzer read them from their JSDoc. */
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Parameters<typeof allowlist>[0];
writeFileSync('dist/allowlist.json', `${JSON.stringify(allowlist(manifest), null, 2)}\n`);
report('7. The manifest, and the allowlist made from it', ['custom-elements.json', 'dist/allowlist.json']);

/** The configurator's build facts (src/configurator/build-info.ts). */
const configuratorBuild = {
  manifest,
  version: pkg.version,
  integrity: sriHash(readFileSync('dist/support-widget.js')),
};
await vite({
  define: {__CONFIGURATOR_BUILD__: JSON.stringify(configuratorBuild)},
  build: {
    target: 'es2021',
    outDir: 'dist/configurator',
    lib: {
      entry: 'src/configurator/main.ts',
      formats: ['es'],
      fileName: () => 'configurator.js',
      cssFileName: 'configurator',
    },
    rolldownOptions: {output: {minify: true, postBanner: VERSION}},
  },
});
// The demo's page, with addresses for this folder, so that it works next to support-widget.js on any static server.
const page = readFileSync('demo/configurator.html', 'utf8').replaceAll('../dist/configurator/', './');
writeFileSync('dist/configurator/index.html', page);
report('8. The configurator', filesUnder('dist/configurator'));

const wordpress: string[] = [];
for (const entry of ['blocks', 'settings']) {
  const chunks = await vite({
    define: {__CONFIGURATOR_BUILD__: JSON.stringify(configuratorBuild)},
    build: {
      target: 'es2021',
      outDir: 'dist/wordpress',
      emptyOutDir: false,
      lib: {
        entry: `src/wordpress/${entry}.ts`,
        formats: ['iife'],
        name: 'SupportWidgetEditor',
        fileName: () => `${entry}.js`,
      },
      rolldownOptions: {output: {minify: true, postBanner: VERSION}},
    },
  });
  wordpress.push(...written('dist/wordpress', chunks));
}
report('9. The WordPress plugin’s editor side', wordpress);
