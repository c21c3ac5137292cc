#!/usr/bin/env node
/**
 * What the tests need from outside npm: Chromium (CHROME_PATH, else Debian's /usr/bin/chromium),
 * programs on the PATH such as `pdftotext` (the print test) or `unzip` (the release zip), and for the
 * WordPress stage Debian's WordPress, MariaDB, PHP with mysqli and DOM, PHPUnit and the default themes.
 * `npm test`, `npm run test:package` and `npm run test:wordpress` ask for them first. As root on a
 * machine with apt, the missing ones are installed from Debian (no service is started); anywhere else
 * the run stops at once with one line that names what to install and how.
 *
 *   node scripts/prerequisites.mjs chromium pdftotext
 */
import {spawnSync} from 'node:child_process';
import {accessSync, constants, existsSync, rmSync, writeFileSync} from 'node:fs';
import {delimiter, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {CHROMIUM_PATH} from './chromium.mjs';

/** Each tool: how to tell it is there, and the Debian package that brings it. */
const TOOLS = {
  chromium: {present: () => executable(CHROMIUM_PATH), debian: 'chromium'},
  pdftotext: {present: () => onPath('pdftotext'), debian: 'poppler-utils'},
  unzip: {present: () => onPath('unzip') && onPath('zipinfo'), debian: 'unzip'},
  // The scratch WordPress of `npm run wordpress` and `npm run test:wordpress` (scripts/wordpress/site.mjs).
  wordpress: {present: () => existsSync(join(WORDPRESS_CORE, 'wp-load.php')), debian: 'wordpress'},
  mariadb: {present: () => onPath('mariadb-install-db') && onPath('mariadbd', SBIN), debian: 'mariadb-server'},
  php: {present: () => onPath('php'), debian: 'php-cli'},
  'php-mysql': {present: () => phpModules().includes('mysqli'), debian: 'php-mysql'},
  'php-xml': {present: () => phpModules().includes('dom'), debian: 'php-xml'},
  phpunit: {present: () => onPath('phpunit'), debian: 'phpunit'},
  'theme-twentytwentythree': {present: () => theme('twentytwentythree'), debian: 'wordpress-theme-twentytwentythree'},
  'theme-twentytwentyone': {present: () => theme('twentytwentyone'), debian: 'wordpress-theme-twentytwentyone'},
};

/** What the scratch WordPress needs (scripts/wordpress/site.mjs); the WordPress tests also need chromium and phpunit. */
export const WORDPRESS_TOOLS = [
  'wordpress',
  'mariadb',
  'php',
  'php-mysql',
  'php-xml',
  'theme-twentytwentythree',
  'theme-twentytwentyone',
];

/** Debian's WordPress core (package `wordpress`), which the scratch site copies. */
export const WORDPRESS_CORE = '/usr/share/wordpress';

/** Where Debian puts daemons such as mariadbd, often not on a user's PATH. */
export const SBIN = ['/usr/sbin', '/sbin'];

/** @param {string} name */
function theme(name) {
  return existsSync(join(WORDPRESS_CORE, 'wp-content/themes', name, 'style.css'));
}

/** @type {string[] | undefined} */
let modules;
/** PHP's modules as `php -m` lists them, lower case; none when there is no PHP. */
function phpModules() {
  modules ??= onPath('php')
    ? spawnSync('php', ['-m'], {encoding: 'utf8'})
        .stdout.toLowerCase()
        .split('\n')
        .map((line) => line.trim())
    : [];
  return modules;
}

/** @param {string} path */
function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {string} name
 * @param {string[]} [more] Folders to look in after the PATH's.
 */
function onPath(name, more = []) {
  return [...(process.env.PATH ?? '').split(delimiter), ...more].some(
    (folder) => folder && executable(join(folder, name)),
  );
}

/**
 * The packages to install for the tools that are missing.
 * @param {string[]} names
 */
export function missingPackages(names) {
  const packages = names.flatMap((name) => {
    const tool = TOOLS[/** @type {keyof typeof TOOLS} */ (name)];
    if (!tool) throw new Error(`prerequisites: no tool called ${name}`);
    return tool.present() ? [] : [tool.debian];
  });
  return [...new Set(packages)];
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
    // Installing WordPress pulls in Apache, and MariaDB's package starts its server: no service may start.
    const policy = '/usr/sbin/policy-rc.d';
    const ownPolicy = !existsSync(policy);
    if (ownPolicy)
      writeFileSync(policy, '#!/bin/sh\n# Written by scripts/prerequisites.mjs while it installs.\nexit 101\n', {
        mode: 0o755,
      });
    try {
      modules = undefined;
      if (apt('update', '-qq') && apt('install', '-y', '-qq', ...packages) && !missingPackages(names).length)
        return true;
    } finally {
      if (ownPolicy) rmSync(policy, {force: true});
    }
  }
  const chromiumHint = packages.includes('chromium')
    ? ` (or set CHROME_PATH to a Chrome or Chromium${process.env.CHROME_PATH ? `: ${process.env.CHROME_PATH} is not one` : ''})`
    : '';
  console.error(
    `The tests need ${list(packages)}: install with \`sudo apt-get install -y ${packages.join(' ')}\`${chromiumHint}.`,
  );
  return false;
}

/**
 * `a`, `a and b`, `a, b and c`.
 * @param {string[]} items
 */
function list(items) {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = ensure(process.argv.slice(2)) ? 0 : 1;
}
