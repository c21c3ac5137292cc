import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';
import {build, parseAst, Visitor, type InlineConfig, type Plugin} from 'vite';
import {shortId} from './source-edits.js';

/**
 * A feature in a file of its own next to the embed script, such as `dist/hours.js`: its code is
 * `entry`'s module graph, which the embed script imports only when an element needs it
 * (src/features/load.ts). Its texts travel with it, in every language: they leave the catalogues
 * compiled into the embed scripts and `locales/*.js`, and the file carries them for all languages.
 */
export interface LazyFeature {
  entry: string;
  file: string;
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const LOCALE_MODULE = /\/src\/generated\/locales\/([\w-]+)\.ts$/;
/** What `lit` and `@lit/localize` are inside a feature's file: the embed script's, handed over. */
const HOST = `${ROOT}src/features/host.ts`;

/** A module's own code: the relative modules it imports for their values (not for types only). */
function dependencies(file: string): string[] {
  const found: string[] = [];
  const add = (source: string, typeOnly: boolean) => {
    if (typeOnly || !source.startsWith('.')) return;
    const path = new URL(source.replace(/\.js$/, '.ts'), `file://${file}`).pathname;
    if (existsSync(path)) found.push(path);
  };
  new Visitor({
    ImportDeclaration: (node) => add(node.source.value, node.importKind === 'type'),
    ExportNamedDeclaration: (node) => node.source && add(node.source.value, node.exportKind === 'type'),
    ExportAllDeclaration: (node) => add(node.source.value, node.exportKind === 'type'),
  }).visit(parseAst(readFileSync(file, 'utf8'), {lang: 'ts'}));
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
    }).visit(parseAst(readFileSync(file, 'utf8'), {lang: 'ts'}));
    dependencies(file).forEach(visit);
  };
  visit(`${ROOT}${entry}`);
  return ids;
}

/** The feature's own texts: those its modules use and the embed script's do not. */
function featureIds(feature: LazyFeature): Set<string> {
  const script = textIds('src/index.ts');
  return new Set([...textIds(feature.entry)].filter((id) => !script.has(id)));
}

/** Keeps (or drops) the messages of `ids` in lit-localize's locale modules: one message a line. */
function catalogueEdit(ids: () => Set<string>, keep: boolean): Plugin {
  return {
    name: 'support-widget-feature-texts',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      const locale = LOCALE_MODULE.exec(id)?.[1];
      if (!locale) return undefined;
      // The ids as they are in the module: the embed scripts' own edits (source-edits.ts) shorten them.
      const wanted = new Set([...ids()].map(shortId));
      let kept = 0;
      // `'<id>': `…`,` or `'<id>': str`…`,`
      const edited = code.replace(/^(\s*)'(\w+)': .*,$/gm, (line, indent: string, msgId: string) =>
        wanted.has(shortId(msgId)) === keep ? (kept++, line) : indent,
      );
      if (keep && kept !== wanted.size)
        throw new Error(`${locale}.ts holds ${kept} of the feature's ${wanted.size} texts.`);
      return edited;
    },
  };
}

/**
 * For the builds of the embed scripts and `locales/*.js`: takes every feature's texts out of their
 * catalogues. With `files`, also builds each feature's file into dist/ after the build.
 */
export function lazyFeatures(features: LazyFeature[], files: {plugins: Plugin[]; banner: string} | false): Plugin[] {
  let ids: Set<string> | undefined;
  const strip = catalogueEdit(() => (ids ??= new Set(features.flatMap((f) => [...featureIds(f)]))), false);
  if (!files) return [strip];
  return [
    strip,
    {
      name: 'support-widget-feature-files',
      apply: 'build',
      async closeBundle() {
        for (const feature of features) await build(featureBuild(feature, files));
      },
    },
  ];
}

/** One feature's file: its code and its texts, using the embed script's Lit and msg(). */
function featureBuild(feature: LazyFeature, {plugins, banner}: {plugins: Plugin[]; banner: string}): InlineConfig {
  const ids = featureIds(feature);
  return {
    configFile: false,
    logLevel: 'warn',
    plugins: [...plugins, catalogueEdit(() => ids, true)],
    resolve: {
      alias: [
        {find: /^lit$/, replacement: HOST},
        {find: /^@lit\/localize$/, replacement: HOST},
      ],
    },
    build: {
      target: 'es2021',
      outDir: 'dist',
      emptyOutDir: false,
      lib: {entry: feature.entry, formats: ['es'], fileName: () => feature.file},
      rolldownOptions: {output: {minify: true, postBanner: banner}},
    },
  };
}
