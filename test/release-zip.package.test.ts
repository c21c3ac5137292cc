/**
 * The release zip as a site gets it: `npm run release`, unzipped with Info-ZIP's `unzip` into a
 * scratch folder, served by a static server, and used with Subresource Integrity: the scripts run
 * with the hashes the release lists, and a copy with one changed byte is refused while the
 * elements' fallback stays visible. `npm run test:package` only.
 */
import {execFileSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
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
    // Which files differ, if any, says what made the build unrepeatable.
    const again = mkdtempSync(join(tmpdir(), 'support-widget-release-again-'));
    execFileSync('unzip', ['-q', `${ROOT}release/${NAME}.zip`, '-d', again]);
    const files = (root: string) =>
      readdirSync(root, {recursive: true, withFileTypes: true})
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
        .sort();
    const before = folder;
    const after = join(again, NAME);
    expect(files(after)).toEqual(files(before));
    const differing = files(before).filter(
      (file) => !readFileSync(join(before, file)).equals(readFileSync(join(after, file))),
    );
    rmSync(again, {recursive: true, force: true});
    expect(differing).toEqual([]);
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

/** An installation form as the README writes it: the addresses it lists and the script tag it gives. */
function readmeForm(form: 'folder' | 'one-file'): {addresses: string[]; tag: string} {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const block = readme.slice(readme.indexOf(`<!-- install:${form} -->`), readme.indexOf(`<!-- /install:${form} -->`));
  const addresses = [...block.matchAll(/^- `(\/[^`]+)`/gm)].map((match) => match[1]!);
  const tag = /```html\n(<script [^\n]*><\/script>)\n```/.exec(block)![1]!;
  const src = /src="([^"]+)"/.exec(tag)![1]!;
  return {addresses: addresses.length ? addresses : [src], tag};
}

/** A scratch site with exactly the files at `addresses`, copied from the release folder (a folder with all its files). */
function scratchSite(addresses: string[]): string {
  const site = mkdtempSync(join(tmpdir(), 'support-widget-site-'));
  for (const address of addresses) {
    const name = address.split('/').filter(Boolean).slice(1).join('/');
    cpSync(join(folder, name), join(site, address), {recursive: true});
  }
  return site;
}

/** Every file under `dir`, as addresses from its root. */
const addressesUnder = (dir: string) =>
  readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => `${join(entry.parentPath, entry.name).slice(dir.length)}`)
    .sort();

/** The configurator's two parts, as an editor makes them: hours, the action plan's address, the quick exit ticked. */
async function configuratorOutput(scriptAddress: string): Promise<{site: string; page: string}> {
  const {page} = await openPage(browser, `${server.url}/configurator/index.html`);
  const field = (tag: string, attribute: string) => `[id="support-${tag}--${attribute}"]`;
  await page.waitForSelector('#page-part pre');
  await page.fill('#script-src', scriptAddress);
  await page.fill(field('helpline-card', 'phone-hours'), 'Mo-Su 00:00-24:00');
  // The action plan starts unticked: nothing the editor has not checked is in the code.
  await page.check(field('action-plan', 'include'));
  await page.fill(field('action-plan', 'href'), '/files/handlingsplan.pdf');
  await page.check('[id="support-quick-exit--include"]');
  await page.fill(field('quick-exit', 'href'), 'https://www.smhi.se/');
  await page.waitForFunction(() => {
    const code = document.querySelector('#page-part pre')?.textContent ?? '';
    const button = document.querySelector<HTMLButtonElement>('#page-part button');
    return (
      button && !button.disabled && code.includes('<support-quick-exit') && code.includes('/files/handlingsplan.pdf')
    );
  });
  const site = (await page.locator('#site-part pre').textContent())!;
  const part = (await page.locator('#page-part pre').textContent())!;
  await page.close();
  return {site, page: part};
}

/** Opens the configurator's output under a page's own h1 on `site`, and shows what residents get. */
async function residentPage(site: string, head: string, body: string, lang: string) {
  const siteServer = await startServer({root: site, headers: () => ({})});
  writeFileSync(
    join(site, `${lang}.html`),
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Stöd</title>${head}</head>
    <body><main><h1>Våldsbejakande extremism</h1>\n${body}\n</main></body></html>`,
  );
  const record = await openPage(browser, '', {noGoto: true});
  await record.page.route('https://www.smhi.se/**', (route) =>
    route.fulfill({contentType: 'text/html', body: '<title>SMHI</title>'}),
  );
  await record.page.goto(`${siteServer.url}/${lang}.html`);
  await record.page.waitForFunction(() =>
    ['support-helpline-card', 'support-action-plan', 'support-quick-exit', 'support-info-panel'].every((tag) =>
      document.querySelector(tag)?.shadowRoot?.querySelector('.root'),
    ),
  );
  await record.page.waitForFunction(() =>
    document.querySelector('support-helpline-card')!.shadowRoot!.querySelector('.status'),
  );
  const shown = await record.page.evaluate(() => {
    const root = (tag: string) => document.querySelector(tag)!.shadowRoot!;
    return {
      lang: root('support-helpline-card').querySelector('.root')!.getAttribute('lang'),
      status: Boolean(root('support-helpline-card').querySelector('.status')!.textContent.trim()),
      plan: root('support-action-plan').querySelector<HTMLAnchorElement>('[part~="download-link"]')?.pathname,
    };
  });
  const scripts = record.requests.map((url) => new URL(url).pathname).filter((path) => path.endsWith('.js'));
  // The quick exit works: its button leaves for the neutral page.
  await record.page.locator('support-quick-exit [part="button"]').click();
  await record.page.waitForURL('https://www.smhi.se/');
  await siteServer.close();
  return {shown, scripts, errors: [...record.errors, ...record.consoleErrors]};
}

describe('the installation instructions, followed as written', () => {
  it('form 1: the folder gets exactly the files the README lists, and the configurator’s page works there', async () => {
    const form = readmeForm('folder');
    const site = scratchSite(form.addresses);
    const listed = form.addresses.flatMap((address) =>
      address.endsWith('/')
        ? addressesUnder(join(folder, address.split('/')[2]!)).map((f) => `${address}${f.slice(1)}`)
        : [address],
    );
    expect(addressesUnder(site)).toEqual(listed.sort());
    // Every script of the release (integrity.json lists them) but the one file is in the folder form.
    const released = Object.keys(JSON.parse(readFileSync(join(folder, 'integrity.json'), 'utf8')) as object);
    const scripts = released.filter((path) => !path.startsWith('configurator/') && path !== 'support-widget.all.js');
    expect(scripts.map((path) => `/support-widget/${path}`).sort()).toEqual(listed.sort());

    const src = /src="([^"]+)"/.exec(form.tag)![1]!;
    const output = await configuratorOutput(src);
    expect(output.site).toContain(`src="${src}"`);
    const {shown, errors} = await residentPage(site, output.site, output.page, 'sv');
    expect(shown).toEqual({lang: 'sv', status: true, plan: '/files/handlingsplan.pdf'});
    expect(errors).toEqual([]);
    rmSync(site, {recursive: true, force: true});
  });

  it.each(['sv', 'ar'])(
    'form 2: the one file and its integrity alone run the configurator’s page in %s with one script request',
    async (lang) => {
      const form = readmeForm('one-file');
      expect(form.addresses).toEqual(['/support-widget/support-widget.all.js']);
      const site = scratchSite(form.addresses);
      expect(addressesUnder(site)).toEqual(form.addresses);
      const tag = form.tag.replace(/integrity="[^"]*"/, `integrity="${listedHash('support-widget.all.js')}"`);
      expect(readFileSync(join(folder, 'SRI.txt'), 'utf8')).toContain(tag);
      const output = await configuratorOutput(form.addresses[0]!);
      const {shown, scripts, errors} = await residentPage(site, tag, output.page, lang);
      expect(shown).toEqual({lang, status: true, plan: '/files/handlingsplan.pdf'});
      expect(scripts).toEqual(form.addresses);
      expect(errors).toEqual([]);
      rmSync(site, {recursive: true, force: true});
    },
  );
});

describe("the zip's configurator", () => {
  it('opened as a file, says it needs a web server and how to start one; served, it shows its form instead', async () => {
    const {page} = await openPage(browser, `file://${folder}/configurator/index.html`, {expectErrors: true});
    const message = page.locator('.needs-server');
    await message.waitFor({state: 'visible'});
    expect(await message.textContent()).toContain('python3 -m http.server 8000');
    expect(await page.locator('#script-src').count()).toBe(0);

    const served = await openPage(browser, `${server.url}/configurator/index.html`);
    await served.page.waitForSelector('#script-src');
    expect(await served.page.locator('.needs-server').count()).toBe(0);
  });
});
