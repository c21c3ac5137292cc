import {existsSync, readFileSync} from 'node:fs';
import {relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';
import MagicString from 'magic-string';
import {parseAst, Visitor, type ESTree, type InlineConfig, type Plugin} from 'vite';
import LIST from '../src/features/list.json' with {type: 'json'};
import {shortId} from './source-edits.js';

/**
 * A feature in a file of its own next to the embed script, such as `dist/hours.js`: its code is
 * `entry`'s modules, which the embed script imports only when an element needs it
 * (src/features/load.ts). Two things make such a file work, and the build checks both and fails
 * when either does not hold:
 * - Lit is the embed script's, handed over when the file arrives (src/features/host.ts). The
 *   feature's modules import `html` and `msg` from host.ts; shared modules may import `msg` and
 *   `str` from `@lit/localize`, which the build points at host.ts. Any other import of Lit would
 *   put a second Lit in the file, or none, so it fails the build (hostLit).
 * - Its texts travel with it, in every language: they leave the catalogues compiled into the
 *   embed scripts and `locales/*.js`, and the file carries them for all languages
 *   (catalogueTexts). Each catalogue must hold every one of them.
 */
export interface LazyFeature {
  file: string;
  entry: string;
}

/** The features, as src/features/list.json declares them. */
export const FEATURES: LazyFeature[] = Object.entries(LIST).map(([file, {entry}]) => ({file, entry}));

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const LOCALE_MODULE = /\/src\/generated\/locales\/([\w-]+)\.ts$/;
/** What Lit is inside a feature's file: the embed script's, handed over. */
export const HOST = `${ROOT}src/features/host.ts`;
/** Lit's packages, none of which a feature's file may carry a copy of. */
const LIT_PACKAGE = /^(lit|lit-html|lit-element)(\/|$)|^@lit\//;

const parse = (file: string) => parseAst(readFileSync(file, 'utf8'), {lang: 'ts'});

/** A module's own code: the relative modules it imports for their values (not for types only). */
function dependencies(file: string): string[] {
  const found: string[] = [];
  const add = (source: string, typeOnly: boolean) => {
    if (typeOnly || !source.startsWith('.') || source.endsWith('.json')) return;
    const path = new URL(source.replace(/\.js$/, '.ts'), `file://${file}`).pathname;
    if (!existsSync(path)) throw new Error(`${relative(ROOT, file)} imports ${source}, which is no module here.`);
    found.push(path);
  };
  new Visitor({
    ImportDeclaration: (node) => add(node.source.value, node.importKind === 'type'),
    ExportNamedDeclaration: (node) => node.source && add(node.source.value, node.exportKind === 'type'),
    ExportAllDeclaration: (node) => add(node.source.value, node.exportKind === 'type'),
  }).visit(parse(file));
  return found;
}

/** The ids of every msg() text in the modules `entry` brings in. */
function textIds(entry: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    new Visitor({
      CallExpression({callee, arguments: [text]}) {
        if (callee.type !== 'Identifier' || callee.name !== 'msg' || !text) return;
        const template =
          text.type === 'TaggedTemplateExpression' ? text.quasi : text.type === 'TemplateLiteral' ? text : undefined;
        if (template)
          ids.add(
            generateMsgId(
              template.quasis.map((q) => q.value.cooked ?? ''),
              false,
            ),
          );
        else if (text.type === 'Literal' && typeof text.value === 'string') ids.add(generateMsgId(text.value, false));
      },
    }).visit(parse(file));
    dependencies(file).forEach(visit);
  };
  visit(`${ROOT}${entry}`);
  return ids;
}

/** Each feature's own texts: those its modules use and the embed script's do not. */
export function featureTexts(features: LazyFeature[]): Map<LazyFeature, Set<string>> {
  const script = textIds('src/index.ts');
  return new Map(features.map((f) => [f, new Set([...textIds(f.entry)].filter((id) => !script.has(id)))]));
}

/**
 * Keeps only the texts of `ids` in lit-localize's catalogues (src/generated/locales/), or drops
 * them (`keep` false). A catalogue is `export const templates = {'<id>': ..., ...}`; the build
 * fails if one is not, or lacks any of `ids`.
 */
export function catalogueTexts(ids: Set<string>, keep: boolean): Plugin {
  // The ids as they are in a catalogue: the embed scripts' own edits (source-edits.ts) shorten them.
  const wanted = new Set([...ids].map(shortId));
  return {
    name: 'support-widget-feature-texts',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      const locale = LOCALE_MODULE.exec(id)?.[1];
      if (!locale) return undefined;
      const objects: ESTree.ObjectExpression[] = [];
      new Visitor({
        VariableDeclarator({id: name, init}) {
          if (name.type === 'Identifier' && name.name === 'templates' && init?.type === 'ObjectExpression')
            objects.push(init);
        },
      }).visit(parseAst(code, {lang: 'ts'}));
      const [templates, ...more] = objects;
      if (!templates || more.length)
        throw new Error(`${locale}.ts has no one \`templates\` object: lit-localize's output has changed.`);
      const kept: string[] = [];
      let found = 0;
      for (const entry of templates.properties) {
        const key = entry.type === 'Property' && entry.key.type === 'Literal' ? entry.key.value : undefined;
        if (typeof key !== 'string') throw new Error(`${locale}.ts has a template that is not '<id>': text.`);
        const ours = wanted.has(shortId(key));
        if (ours) found++;
        if (ours === keep) kept.push(code.slice(entry.start, entry.end));
      }
      if (found !== wanted.size)
        throw new Error(`${locale}.ts holds ${found} of the features' ${wanted.size} texts (run lit-localize build).`);
      const edited = new MagicString(code).overwrite(templates.start, templates.end, `{\n${kept.join(',\n')}\n}`);
      return {code: edited.toString(), map: edited.generateMap({hires: true})};
    },
  };
}

/**
 * Lit inside a feature's file: `@lit/localize` is host.ts (which has only `msg` and `str`: a
 * module that asks it for anything else fails the build), and every other import of Lit fails the
 * build with the name of the module that made it. Imports for types only are gone by then.
 */
export function hostLit(): Plugin {
  return {
    name: 'support-widget-host-lit',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!LIT_PACKAGE.test(source) || importer === HOST) return undefined;
      if (source === '@lit/localize') return HOST;
      throw new Error(
        `${relative(ROOT, importer ?? '')} imports "${source}", but a lazy feature's file has the embed script's Lit only: import html and msg from src/features/host.ts (and add there what else the feature needs).`,
      );
    },
  };
}

/** One feature's file in `outDir`: its code and its texts (`ids`), using the embed script's Lit and msg(). */
export function featureBuild(
  feature: LazyFeature,
  {ids, plugins, banner, outDir = 'dist'}: {ids: Set<string>; plugins: Plugin[]; banner: string; outDir?: string},
): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    plugins: [...plugins, hostLit(), catalogueTexts(ids, true)],
    build: {
      target: 'es2021',
      outDir,
      emptyOutDir: false,
      lib: {entry: feature.entry, formats: ['es'], fileName: () => feature.file},
      rolldownOptions: {output: {minify: true, postBanner: banner}},
    },
  };
}
