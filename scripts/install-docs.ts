/**
 * Writes the marked blocks of the docs from their one source: the installation instructions
 * (src/install.ts) between `<!-- install:<form> -->` and `<!-- /install:<form> -->`, and the CMS
 * guides' allowlists (scripts/allowlist.ts, from the elements' manifest) between
 * `<!-- allowlist:<name> -->` and `<!-- /allowlist:<name> -->`. The prose around the markers is
 * each document's own. Run `npm run docs`; scripts/install-docs.unit.test.ts fails when a block
 * differs from its source.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {format, resolveConfig} from 'prettier';
import {installBlocks, type InstallLanguage} from '../src/install.js';
import {allowlist, documentedAllowlists, type Allowlist} from './allowlist.js';
import {analyze} from './api-docs.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Each document with marked blocks, and its language. */
export const DOCUMENTS: Record<string, InstallLanguage> = {
  'README.md': 'en',
  'docs/editor-guide.en.md': 'en',
  'docs/editor-guide.sv.md': 'sv',
  'docs/cms.md': 'en',
  'docs/cms.sv.md': 'sv',
};

/** Every block a document in `language` may hold, by its marker's name. */
export function blocks(language: InstallLanguage, list: Allowlist): Record<string, string> {
  const install = Object.entries(installBlocks(language)).map(([form, text]): [string, string] => [
    `install:${form}`,
    text,
  ]);
  const allowlists = Object.entries(documentedAllowlists(list)).map(
    ([name, {language: code, code: text}]): [string, string] => [`allowlist:${name}`, `\`\`\`${code}\n${text}\n\`\`\``],
  );
  const table: [string, string] = ['allowlist:elements', elementsTable(language, list)];
  return Object.fromEntries([...install, ...allowlists, table]);
}

/** The guides' table of the elements and their attributes, addresses marked. */
function elementsTable(language: InstallLanguage, list: Allowlist): string {
  const [element, attributes, address] =
    language === 'sv' ? ['element', 'attribut', 'adress'] : ['element', 'attributes', 'address'];
  const rows = list.elements.map(
    (e) =>
      `| \`<${e.tag}>\` | ${e.attributes.map((name) => `\`${name}\`${e.addresses.includes(name) ? ` (${address})` : ''}`).join(', ')} |`,
  );
  const fallback = `| \`<${list.fallback.tag}>\` | ${list.fallback.attributes.map((name) => `\`${name}\``).join(', ')} |`;
  return [`| ${element} | ${attributes} |`, '| --- | --- |', ...rows, fallback].join('\n');
}

/** `text` with each marked block written anew; fails on a marker with no end or no source. */
export function writeBlocks(text: string, source: Record<string, string>): string {
  return text.replace(
    /<!-- ((?:install|allowlist):[\w-]+) -->\n[\s\S]*?<!-- \/\1 -->|<!-- ((?:install|allowlist):[\w-]+) -->/g,
    (_block, name: string | undefined, open: string | undefined) => {
      if (open) throw new Error(`<!-- ${open} --> has no <!-- /${open} -->.`);
      const content = source[name!];
      if (content === undefined) throw new Error(`No source for <!-- ${name} -->.`);
      return `<!-- ${name} -->\n\n${content}\n\n<!-- /${name} -->`;
    },
  );
}

/** A document as `npm run docs` writes it: its blocks from their sources, in Prettier's form (the README is Prettier's exception). */
export async function writeDocument(path: string, text: string, list: Allowlist): Promise<string> {
  const written = writeBlocks(text, blocks(DOCUMENTS[path]!, list));
  if (path === 'README.md') return written;
  return format(written, {...(await resolveConfig(`${ROOT}${path}`)), filepath: `${ROOT}${path}`});
}

/** The allowlist of the elements as the source declares them (the manifest made in memory). */
export const sourceAllowlist = async () => allowlist(await analyze());

// `node scripts/run-ts.mjs scripts/install-docs.ts` (npm run docs).
if (process.argv[2]?.endsWith('install-docs.ts')) {
  const list = await sourceAllowlist();
  for (const path of Object.keys(DOCUMENTS)) {
    const text = readFileSync(`${ROOT}${path}`, 'utf8');
    const written = await writeDocument(path, text, list);
    if (written !== text) {
      writeFileSync(`${ROOT}${path}`, written);
      console.log(`wrote the marked blocks of ${path}`);
    }
  }
}
