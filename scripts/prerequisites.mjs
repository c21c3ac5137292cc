#!/usr/bin/env node
/**
 * What the tests need from outside npm: Chromium (CHROME_PATH, else Debian's /usr/bin/chromium),
 * and programs on the PATH such as `pdftotext` (the print test) or `unzip` (the release zip).
 * `npm test` and `npm run test:package` ask for them first. As root on a machine with apt, the
 * missing ones are installed from Debian; anywhere else the run stops at once with one line that
 * names what to install and how.
 *
 *   node scripts/prerequisites.mjs chromium pdftotext
 */
import {spawnSync} from 'node:child_process';
import {accessSync, constants, existsSync} from 'node:fs';
import {delimiter, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {CHROMIUM_PATH} from './chromium.mjs';

/** Each tool: how to tell it is there, and the Debian package that brings it. */
const TOOLS = {
  chromium: {present: () => executable(CHROMIUM_PATH), debian: 'chromium'},
  pdftotext: {present: () => onPath('pdftotext'), debian: 'poppler-utils'},
  unzip: {present: () => onPath('unzip') && onPath('zipinfo'), debian: 'unzip'},
  wordpress: {present: () => existsSync('/usr/share/wordpress/wp-load.php'), debian: 'wordpress'},
};

/** @param {string} path */
function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} name */
function onPath(name) {
  return (process.env.PATH ?? '').split(delimiter).some((folder) => folder && executable(join(folder, name)));
}

/**
 * The packages to install for the tools that are missing.
 * @param {string[]} names
 */
export function missingPackages(names) {
  return names.flatMap((name) => {
    const tool = TOOLS[/** @type {keyof typeof TOOLS} */ (name)];
    if (!tool) throw new Error(`prerequisites: no tool called ${name}`);
    return tool.present() ? [] : [tool.debian];
  });
}

/**
 * Installs what is missing when it can (root and apt-get), else says what to install and returns false.
 * @param {string[]} names
 */
export function ensure(names) {
  const packages = missingPackages(names);
  if (!packages.length) return true;
  const canInstall = process.getuid?.() === 0 && onPath('apt-get') && !process.env.CHROME_PATH;
  if (canInstall) {
    console.log(`Installing from Debian: ${packages.join(' ')}`);
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    const apt = (/** @type {string[]} */ ...args) => spawnSync('apt-get', args, {stdio: 'inherit', env}).status === 0;
    if (apt('update', '-qq') && apt('install', '-y', '-qq', ...packages) && !missingPackages(names).length) return true;
  }
  const chromiumHint = packages.includes('chromium')
    ? ` (or set CHROME_PATH to a Chrome or Chromium${process.env.CHROME_PATH ? `: ${process.env.CHROME_PATH} is not one` : ''})`
    : '';
  console.error(
    `The tests need ${packages.join(' and ')}: install with \`sudo apt-get install -y ${packages.join(' ')}\`${chromiumHint}.`,
  );
  return false;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = ensure(process.argv.slice(2)) ? 0 : 1;
}
