/**
 * The release zip as a site gets it: `npm run release`, unzipped with Info-ZIP's `unzip` into a
 * scratch folder, served by a static server, and used with Subresource Integrity: the scripts run
 * with the hashes the release lists, and a copy with one changed byte is refused while the
 * elements' fallback stays visible. `npm run test:package` only.
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openPage, ROOT, startBrowser, startServer} from '../e2e/helpers.js';
import FEATURES from '../src/features/list.json' with {type: 'json'};
import type {Server} from '../scripts/serve.mjs';

const {version, license} = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
  version: string;
  license: string;
};
const NAME = `support-widget-${version}`;

/** As a shell runs the build: Vitest's NODE_ENV=test would make Vite build Lit's development mode in. */
const BUILD_ENV = {...process.env, NODE_ENV: 'production'};

let scratch: string;
let folder: string;
let browser: Browser;
let server: Server;

/** The hash SRI.txt lists for a file. */
function listedHash(file: string): string {
  const line = readFileSync(join(folder, 'SRI.txt'), 'utf8')
    .split('\n')
    .find((text) => text.startsWith(`${file} `));
  return line!.trim().split(/\s+/)[1]!;
}

/** A page in the release folder that loads `script` with `integrity`, as SRI.txt says. */
function writePage(name: string, lang: string, script: string, integrity: string): string {
  writeFileSync(
    join(folder, name),
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang}</title>
    <script src="${script}" integrity="${integrity}" crossorigin="anonymous"></script></head>
    <body><main><h1>Stöd</h1>
      <support-helpline-card name="Orostelefonen" phone="020-100 200">
        <p id="fallback">Orostelefonen: <a href="tel:020100200">020-100 200</a>. Vid akut fara, ring <a href="tel:112">112</a>.</p>
      </support-helpline-card>
    </main></body></html>`,
  );
  return `${server.url}/${name}`;
}

beforeAll(async () => {
  execFileSync('npm', ['run', '--silent', 'release'], {cwd: ROOT, stdio: 'pipe', env: BUILD_ENV});
  scratch = mkdtempSync(join(tmpdir(), 'support-widget-release-'));
  execFileSync('unzip', ['-q', `${ROOT}release/${NAME}.zip`, '-d', scratch]);
  folder = join(scratch, NAME);
  [server, browser] = await Promise.all([startServer({root: folder, headers: () => ({})}), startBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, {recursive: true, force: true});
});

describe('the release zip', () => {
  it('holds the scripts, the languages, the hashes, the licence, the changelog and the guides', () => {
    const files = readdirSync(folder, {recursive: true}).map(String);
    expect(files).toEqual(
      expect.arrayContaining([
        'support-widget.js',
        'support-widget.all.js',
        ...Object.keys(FEATURES),
        'locales/fi.js',
        'SRI.txt',
        'integrity.json',
        'LICENSE',
        'CHANGELOG.md',
        'editor-guide.sv.md',
        'editor-guide.en.md',
        'cms.md',
        'cms.sv.md',
      ]),
    );
    const scripts = files.filter((file) => file.endsWith('.js')).sort();
    const integrity = JSON.parse(readFileSync(join(folder, 'integrity.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(integrity).sort()).toEqual(scripts);
    for (const script of scripts) {
      expect(readFileSync(join(folder, script), 'utf8').split('\n')[0], script).toBe(
        `/*! support-widget ${version} | ${license} */`,
      );
    }
    expect(readFileSync(join(folder, 'support-widget.js'), 'utf8')).not.toContain('dev mode');
    expect(readFileSync(join(folder, 'LICENSE'), 'utf8')).toMatch(new RegExp(`^${license} License`));
  });

  it('is the same zip, byte for byte, when built again later in another time zone', () => {
    const first = readFileSync(`${ROOT}release/${NAME}.zip`);
    // Every entry carries the commit's date, in UTC, as Info-ZIP's zipinfo reads it (zip times
    // count seconds in twos).
    const commit = new Date(execFileSync('git', ['log', '-1', '--format=%cI'], {cwd: ROOT, encoding: 'utf8'}).trim());
    commit.setUTCSeconds(commit.getUTCSeconds() - (commit.getUTCSeconds() % 2));
    const stamp = commit.toISOString().replace(/[-:]/g, '').replace('T', '.').slice(0, 15);
    const listing = execFileSync('zipinfo', ['-T', `${ROOT}release/${NAME}.zip`], {encoding: 'utf8', env: {TZ: 'UTC'}});
    expect(new Set([...listing.matchAll(/ (\d{8}\.\d{6}) /g)].map((match) => match[1]))).toEqual(new Set([stamp]));

    execFileSync('npm', ['run', '--silent', 'release'], {
      cwd: ROOT,
      stdio: 'pipe',
      env: {...BUILD_ENV, TZ: 'Pacific/Kiritimati'},
    });
    expect(readFileSync(`${ROOT}release/${NAME}.zip`).equals(first)).toBe(true);
  });

  it.each([
    ['support-widget.js', 'fi'],
    ['support-widget.all.js', 'ar'],
  ])('%s runs with the hash SRI.txt lists (a page in %s)', async (script, lang) => {
    const {page, errors, consoleErrors} = await openPage(
      browser,
      writePage(`${lang}.html`, lang, script, listedHash(script)),
    );
    await page.waitForFunction((code) => {
      const card = document.querySelector<HTMLElement & {rendered?: boolean}>('support-helpline-card');
      return card?.rendered && card.shadowRoot!.querySelector('[lang]')!.getAttribute('lang') === code;
    }, lang);
    expect(await page.locator('#fallback').isVisible()).toBe(false);
    expect([...errors, ...consoleErrors]).toEqual([]);
  });

  it('a copy with one changed byte is refused, and the fallback stays visible', async () => {
    // One letter of the version comment: still a working script, so only the hash can stop it.
    const tampered = readFileSync(join(folder, 'support-widget.js'));
    expect(tampered.subarray(0, 5).toString()).toBe('/*! s');
    tampered[4] = 'S'.charCodeAt(0);
    mkdirSync(join(folder, 'tampered'));
    writeFileSync(join(folder, 'tampered', 'support-widget.js'), tampered);

    const {page, consoleErrors} = await openPage(browser, '', {noGoto: true});
    const refused = page.waitForEvent('console', (message) => /integrity/i.test(message.text()));
    await page.goto(writePage('tampered.html', 'sv', 'tampered/support-widget.js', listedHash('support-widget.js')));
    await refused;
    expect(consoleErrors).toEqual([expect.stringMatching(/integrity/i)]);
    expect(await page.evaluate(() => customElements.get('support-helpline-card'))).toBeUndefined();
    expect(await page.locator('#fallback').isVisible()).toBe(true);
    expect(await page.locator('#fallback a[href="tel:112"]').isVisible()).toBe(true);

    // Control: without the hash the same changed copy runs, so the hash is what refused it.
    const control = await openPage(browser, writePage('tampered-no-sri.html', 'sv', 'tampered/support-widget.js', ''));
    await control.page.waitForFunction(
      () => document.querySelector<HTMLElement & {rendered?: boolean}>('support-helpline-card')?.rendered,
    );
  });
});
