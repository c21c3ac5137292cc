#!/usr/bin/env node
/**
 * Assembles the WordPress plugin's folder, `support-widget/` as its zip holds it, from the
 * hand-written plugin in wordpress/ and the build in dist/ (run `npm run build` first):
 *
 *   support-widget.php, includes/, uninstall.php, readme.txt, languages/*.po   (wordpress/, without tests/ and phpunit.xml.dist)
 *   languages/*.mo                      (compiled here from the .po files)
 *   assets/support-widget.all.js        (the one file: its integrity covers all the code that runs)
 *   assets/blocks.js, assets/settings.js  (the editor side, dist/wordpress/)
 *   assets/allowlist.json
 *   assets/integrity.json               {"support-widget.all.js": "sha384-…"}
 *
 * `node scripts/wordpress/assemble-plugin.mjs <folder>` writes it into <folder> (emptied first);
 * env WP_PLUGIN_SOURCE_DIR takes the hand-written part from another folder than wordpress/.
 */
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {filesUnder, sriHash} from '../release.mjs';
import {parsePo, writeMo} from './mo-file.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What of wordpress/ stays out of the plugin: its tests. */
const NOT_SHIPPED = new Set(['tests', 'phpunit.xml.dist']);

/** @type {[from: string, to: string][]} The build's files, from the project to the plugin's assets/. */
const ASSETS = [
  ['dist/support-widget.all.js', 'support-widget.all.js'],
  ['dist/wordpress/blocks.js', 'blocks.js'],
  ['dist/wordpress/settings.js', 'settings.js'],
  ['dist/allowlist.json', 'allowlist.json'],
];

/**
 * Writes the plugin into `out`; returns its files, relative to it and sorted.
 * @param {string} out
 * @param {{root?: string, source?: string}} [options] the project (default: this one) and its plugin sources (default: <root>/wordpress)
 * @returns {string[]}
 */
export function assemblePlugin(out, {root = ROOT, source = join(root, 'wordpress')} = {}) {
  if (!existsSync(join(source, 'support-widget.php')))
    throw new Error(`No plugin in ${source}: support-widget.php is missing.`);
  rmSync(out, {recursive: true, force: true});
  mkdirSync(join(out, 'assets'), {recursive: true});
  for (const name of readdirSync(source))
    if (!NOT_SHIPPED.has(name)) cpSync(join(source, name), join(out, name), {recursive: true});
  for (const [from, to] of ASSETS) {
    const file = join(root, from);
    if (!existsSync(file)) throw new Error(`${from} is missing: run npm run build first.`);
    cpSync(file, join(out, 'assets', to));
  }
  const integrity = {'support-widget.all.js': sriHash(readFileSync(join(out, 'assets/support-widget.all.js')))};
  writeFileSync(join(out, 'assets/integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
  const languages = join(out, 'languages');
  if (existsSync(languages))
    for (const po of readdirSync(languages).filter((name) => name.endsWith('.po')))
      writeFileSync(
        join(languages, po.replace(/\.po$/, '.mo')),
        writeMo(parsePo(readFileSync(join(languages, po), 'utf8'))),
      );
  return filesUnder(out);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('Usage: node scripts/wordpress/assemble-plugin.mjs <folder>');
    process.exit(1);
  }
  const files = assemblePlugin(
    resolve(out),
    process.env.WP_PLUGIN_SOURCE_DIR ? {source: resolve(process.env.WP_PLUGIN_SOURCE_DIR)} : {},
  );
  console.log(`${resolve(out)}/\n${files.map((file) => `  ${file}`).join('\n')}`);
}
