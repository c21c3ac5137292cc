#!/usr/bin/env node
/**
 * `npm run release`: builds, then writes `release/support-widget-<version>/` and the same folder
 * as `release/support-widget-<version>.zip`, for sites that host the files themselves: the two
 * scripts, the features' own files (src/features/list.json), `locales/`, the configurator, the
 * sha384 Subresource Integrity hash of every script, the licence, the changelog and the guides.
 *
 * Beside it, the WordPress plugin: `release/support-widget-wordpress-<version>.zip`, whose one
 * top folder `support-widget/` (scripts/wordpress/assemble-plugin.mjs) lets "Replace current with
 * uploaded" upgrade it.
 */
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {crc32, deflateRawSync} from 'node:zlib';
import FEATURES from '../src/features/list.json' with {type: 'json'};
import {assemblePlugin} from './wordpress/assemble-plugin.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** @type {[from: string, to: string][]} What goes in the release: from the project, to the release folder. */
const FILES = [
  ['dist/support-widget.js', 'support-widget.js'],
  ['dist/support-widget.all.js', 'support-widget.all.js'],
  ...Object.keys(FEATURES).map((file) => /** @type {[string, string]} */ ([`dist/${file}`, file])),
  ['dist/locales', 'locales'],
  ['dist/configurator', 'configurator'],
  ['dist/allowlist.json', 'allowlist.json'],
  ['LICENSE', 'LICENSE'],
  ['CHANGELOG.md', 'CHANGELOG.md'],
  ['docs/editor-guide.sv.md', 'editor-guide.sv.md'],
  ['docs/editor-guide.en.md', 'editor-guide.en.md'],
  ['docs/cms.md', 'cms.md'],
  ['docs/cms.sv.md', 'cms.sv.md'],
];

/**
 * The `integrity` value for a file: `sha384-` and the base64 of its SHA-384 digest.
 * @param {Buffer} bytes
 */
export function sriHash(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * Every file under `dir`, as paths relative to it with `/`, sorted.
 * @param {string} dir
 * @returns {string[]}
 */
export function filesUnder(dir) {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}

/** The folder the installation instructions name (src/install.ts; the release test checks the tags against them). */
const FOLDER = '/support-widget/';

/**
 * The script tag of an installation form with its hash, as src/install.ts writes it.
 * @param {string} file
 * @param {string | undefined} integrity
 */
const scriptTag = (file, integrity) =>
  `<script src="${FOLDER}${file}" integrity="${integrity}" crossorigin="anonymous"></script>`;

/**
 * The readable list of hashes, with the script tag of each installation form to paste.
 * @param {string} version
 * @param {Record<string, string>} hashes
 */
function sriText(version, hashes) {
  const width = Math.max(...Object.keys(hashes).map((name) => name.length));
  const features = Object.keys(FEATURES).join(' and ');
  return `Subresource Integrity (SRI) hashes of support-widget ${version}: sha384, base64.

Put a script's hash in its tag's integrity attribute. A browser then runs the script only if it
is exactly this file, and otherwise shows the elements' fallback content. The tags below use the
folder ${FOLDER} of the installation instructions (README, "Put the files on your site"): an
address from the site's root, so that it works on every page. Change it if your files are elsewhere.

1. The folder ${FOLDER}: support-widget.js, ${features} and locales/.

  ${scriptTag('support-widget.js', hashes['support-widget.js'])}

   The hash covers support-widget.js only, not the files it loads later from its own folder:
   locales/*.js for languages other than English and Swedish, and ${features},
   each only on a page that uses its feature. The browser checks no hash for them.

2. The one file, support-widget.all.js, for a CMS that gives each upload its own address
   (Sitevision's file archive, Optimizely's media: put the address it gives in src), or for one
   hash that covers all the code that runs: it holds every language, the opening hours and the
   quick exit, and loads no other file.

  ${scriptTag('support-widget.all.js', hashes['support-widget.all.js'])}

Every script's hash, also for checking the files you download or host:

${Object.entries(hashes)
  .map(([name, hash]) => `${name.padEnd(width)}  ${hash}`)
  .join('\n')}
`;
}

/**
 * MS-DOS time and date, as zip entries store them.
 * @param {Date} date
 */
function dosDateTime(date) {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return {time, day};
}

/**
 * A zip archive of `files` (name → bytes), each deflated, written with Node alone so a release
 * needs no `zip` program (APPNOTE.TXT 6.3: local headers, central directory, end record).
 * @param {[name: string, bytes: Buffer][]} files
 * @returns {Buffer}
 */
export function zip(files, date = new Date()) {
  const {time, day} = dosDateTime(date);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, bytes] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = deflateRawSync(bytes, {level: 9});
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed: 2.0 (deflate)
    common.writeUInt16LE(0x0800, 2); // names are UTF-8
    common.writeUInt16LE(8, 4); // deflate
    common.writeUInt16LE(time, 6);
    common.writeUInt16LE(day, 8);
    common.writeUInt32LE(crc32(bytes), 10);
    common.writeUInt32LE(data.length, 14);
    common.writeUInt32LE(bytes.length, 18);
    common.writeUInt16LE(nameBytes.length, 22);
    common.writeUInt16LE(0, 24); // no extra field
    const local = Buffer.concat([u32(0x04034b50), common, nameBytes, data]);
    const central = Buffer.concat([
      u32(0x02014b50),
      u16(0x031e), // made by: Unix, 3.0
      common,
      u16(0), // no comment
      u16(0), // disk 0
      u16(0), // internal attributes
      u32((0o100644 << 16) >>> 0), // a regular file, rw-r--r--
      u32(offset),
      nameBytes,
    ]);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(files.length),
    u16(files.length),
    u32(directory.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, directory, end]);
}

/** @param {number} value */
function u16(value) {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16LE(value);
  return buffer;
}

/** @param {number} value */
function u32(value) {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value);
  return buffer;
}

/**
 * The date of the commit the release is built from, in UTC: every entry of the zip carries it, so
 * the same commit always gives the same zip, byte for byte. Outside a git checkout, now.
 */
function commitDate() {
  const log = spawnSync('git', ['log', '-1', '--format=%cI'], {cwd: ROOT, encoding: 'utf8'});
  const date = new Date(log.status === 0 ? log.stdout.trim() : NaN);
  return Number.isNaN(date.getTime()) ? new Date() : date;
}

/** Builds, then writes the release folder and zip; returns their paths. */
export function release() {
  const built = spawnSync('npm', ['run', '--silent', 'build'], {cwd: ROOT, stdio: 'inherit'});
  if (built.status !== 0) throw new Error('npm run build failed');

  const {version} = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const name = `support-widget-${version}`;
  const folder = join(ROOT, 'release', name);
  rmSync(folder, {recursive: true, force: true});
  mkdirSync(folder, {recursive: true});
  for (const [from, to] of FILES) {
    cpSync(join(ROOT, from), join(folder, to), {recursive: true});
  }

  const scripts = filesUnder(folder).filter((path) => /\.m?js$/.test(path));
  const hashes = Object.fromEntries(scripts.map((path) => [path, sriHash(readFileSync(join(folder, path)))]));
  writeFileSync(join(folder, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
  writeFileSync(join(folder, 'SRI.txt'), sriText(version, hashes));

  const archive = writeZip(join(ROOT, 'release', `${name}.zip`), name, folder, filesUnder(folder));
  return {folder, archive, hashes, plugin: pluginZip(version)};
}

/**
 * The plugin's zip: `support-widget/` assembled in `release/support-widget-wordpress-<version>/`,
 * then zipped with that one folder on top. Undefined, and said, when the project has no wordpress/.
 * @param {string} version
 */
function pluginZip(version) {
  if (!existsSync(join(ROOT, 'wordpress/support-widget.php'))) {
    console.warn('No wordpress/support-widget.php: the WordPress plugin zip is not written.');
    return undefined;
  }
  const name = `support-widget-wordpress-${version}`;
  const plugin = join(ROOT, 'release', name, 'support-widget');
  return writeZip(join(ROOT, 'release', `${name}.zip`), 'support-widget', plugin, assemblePlugin(plugin));
}

/**
 * Writes `files` of `folder` into the zip `archive`, under the one top folder `top`, dated by the
 * last commit; returns `archive`.
 * @param {string} archive
 * @param {string} top
 * @param {string} folder
 * @param {string[]} files Paths within `folder`.
 */
function writeZip(archive, top, folder, files) {
  const entries = files.map(
    (path) => /** @type {[string, Buffer]} */ ([`${top}/${path}`, readFileSync(join(folder, path))]),
  );
  writeFileSync(archive, zip(entries, commitDate()));
  return archive;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {folder, archive, hashes, plugin} = release();
  console.log(`${archive}\n${folder}/${plugin ? `\n${plugin}` : ''}`);
  for (const [path, hash] of Object.entries(hashes)) console.log(`  ${path}  ${hash}`);
}
