/**
 * The npm package as a developer gets it: `npm pack` (which builds), installed from the tarball
 * into a scratch app in a temporary folder, type-checked with TypeScript 7, bundled with Vite and
 * run in Chromium. `npm run test:package` only.
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import type {Browser} from 'playwright-core';
import {build} from 'vite';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openPage, ROOT, startBrowser, startServer} from '../e2e/helpers.js';
import type {Server} from '../scripts/serve.mjs';

const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {dependencies: Record<string, string>};

/** Runs a command; its output becomes the error when it fails. */
function run(command: string, args: string[], cwd: string): string {
  try {
    // NODE_ENV as in a shell: Vitest's "test" would make `npm pack`'s build put Lit's development mode in.
    const env = {...process.env, NODE_ENV: 'production'};
    return execFileSync(command, args, {cwd, encoding: 'utf8', stdio: 'pipe', env});
  } catch (error) {
    const {stdout, stderr} = error as {stdout?: string; stderr?: string};
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`, {cause: error});
  }
}

/** The translation of an English text, as locales/<code>.xlf gives it. */
function translation(locale: string, source: string): string {
  const xliff = readFileSync(`${ROOT}locales/${locale}.xlf`, 'utf8');
  return new RegExp(`<source>${source}</source>\\s*<target>([^<]*)</target>`).exec(xliff)![1]!;
}

/** The scratch app: three pages, each a small script as an app would write it. */
const APP: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      strict: true,
      noEmit: true,
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      types: [],
    },
    include: ['src'],
  }),
  // Imports the ES entry alone; the app then configures Lit Localize, which throws if anything did before.
  'src/entry-only.ts': `
    import {configureLocalization} from '@lit/localize';
    import {SupportHelplineCard, TAGS} from 'support-widget';
    const defined = TAGS.filter((tag) => customElements.get(tag) !== undefined);
    let localize = 'configured by the app';
    try {
      configureLocalization({sourceLocale: 'en', targetLocales: [], loadLocale: () => Promise.reject(new Error('none'))});
    } catch (error) {
      localize = (error as Error).message;
    }
    document.body.dataset.result = JSON.stringify({defined, isClass: typeof SupportHelplineCard === 'function', localize});
  `,
  'src/main.ts': `
    import 'support-widget/define';
    import {TAGS, type SupportContactDetail} from 'support-widget';
    document.body.dataset.defined = JSON.stringify(TAGS.filter((tag) => customElements.get(tag) !== undefined));
    const card = document.createElement('support-helpline-card');
    card.name = 'Orostelefonen';
    card.phone = '020-100 200';
    card.anonymous = true;
    card.headingLevel = 3;
    // @ts-expect-error headingLevel is a number: the declarations are real types, not any.
    card.headingLevel = 'three';
    card.headingLevel = 3;
    card.addEventListener('support-contact', (event) => {
      const detail: SupportContactDetail = (event as CustomEvent<SupportContactDetail>).detail;
      document.body.dataset.channel = detail.channel;
    });
    document.querySelector('main')!.prepend(card);
  `,
  // An app that uses Lit Localize itself and configures it before the first element renders.
  'src/app-localize.ts': `
    import {configureLocalization} from '@lit/localize';
    configureLocalization({sourceLocale: 'en', targetLocales: ['fi'], loadLocale: () => Promise.reject(new Error('none'))});
  `,
  'src/app-localize-then-define.ts': `
    import './app-localize.js';
    import 'support-widget/define';
  `,
  // The other order: an element renders first, then the app configures Lit Localize.
  'src/define-then-app.ts': `
    import {configureLocalization} from '@lit/localize';
    import 'support-widget/define';
    const panel = document.createElement('support-info-panel');
    document.body.append(panel);
    void panel.updateComplete.then(() => {
      try {
        configureLocalization({sourceLocale: 'en', targetLocales: [], loadLocale: () => Promise.reject(new Error('none'))});
        document.body.dataset.result = 'configured';
      } catch (error) {
        document.body.dataset.result = (error as Error).message;
      }
    });
  `,
  'define-then-app.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App</title>
    <script type="module" src="./src/define-then-app.ts"></script></head><body></body></html>`,
  'entry-only.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Entry</title>
    <script type="module" src="./src/entry-only.ts"></script></head><body></body></html>`,
  'main.html': `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>App</title>
    <script type="module" src="./src/main.ts"></script></head>
    <body><main><support-quick-exit href="/neutral"></support-quick-exit>
    <support-info-panel lang="fi" municipality="Överkalix kommun"></support-info-panel></main></body></html>`,
  // As the README's npm section: the define entry, a card with opening hours, a page in Swedish.
  'src/hours.ts': `
    import 'support-widget/define';
  `,
  'hours.html': `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>App</title>
    <script type="module" src="./src/hours.ts"></script></head>
    <body><main><support-helpline-card name="Orostelefonen" phone="020-100 200" phone-hours="Mo-Su 00:00-24:00">
    </support-helpline-card></main></body></html>`,
  'app-localize.html': `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>App</title>
    <script type="module" src="./src/app-localize-then-define.ts"></script></head>
    <body><main><support-info-panel municipality="Överkalix kommun"></support-info-panel></main></body></html>`,
};

let scratch: string;
let app: string;
let tarball: string;
let browser: Browser;
let server: Server;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'support-widget-package-'));
  app = join(scratch, 'app');
  run('npm', ['pack', '--silent', '--pack-destination', scratch], ROOT);
  tarball = join(
    scratch,
    readdirSync(scratch).find((name) => name.endsWith('.tgz'))!,
  );

  for (const [path, text] of Object.entries({
    'package.json': JSON.stringify({
      name: 'scratch-app',
      private: true,
      type: 'module',
      dependencies: {'support-widget': `file:${tarball}`, '@lit/localize': pkg.dependencies['@lit/localize']},
    }),
    ...APP,
  })) {
    mkdirSync(dirname(join(app, path)), {recursive: true});
    writeFileSync(join(app, path), text);
  }
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app);

  const pages = ['entry-only', 'main', 'app-localize', 'define-then-app', 'hours'];
  await build({
    root: app,
    configFile: false,
    logLevel: 'warn',
    // As `vite build` does (Vitest sets NODE_ENV=test, which would pick Lit's development build).
    resolve: {conditions: ['module', 'browser', 'production']},
    build: {
      outDir: 'dist',
      rolldownOptions: {input: Object.fromEntries(pages.map((p) => [p, join(app, `${p}.html`)]))},
    },
  });
  [server, browser] = await Promise.all([startServer({root: join(app, 'dist'), headers: () => ({})}), startBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, {recursive: true, force: true});
});

describe('the npm package', () => {
  it('holds the built files, the API description and the licence, and no source', () => {
    const files = run('tar', ['-tzf', tarball], scratch).trim().split('\n');
    expect(files).toEqual(
      expect.arrayContaining([
        'package/package.json',
        'package/LICENSE',
        'package/README.md',
        'package/CHANGELOG.md',
        'package/custom-elements.json',
        'package/dist/support-widget.js',
        'package/dist/support-widget.all.js',
        'package/dist/locales/fi.js',
        'package/dist/esm/elements.js',
        'package/dist/esm/define.js',
        'package/dist/types/elements.d.ts',
        'package/dist/types/define.d.ts',
      ]),
    );
    expect(files.filter((file) => /^package\/(src|e2e|test|scripts|demo|locales)\//.test(file))).toEqual([]);
  });

  it('type-checks in an app with TypeScript 7', () => {
    const tsc = `${ROOT}node_modules/typescript-7/bin/tsc`;
    expect(run('node', [tsc, '-p', 'tsconfig.json'], app)).toBe('');
  });

  it('importing the ES entry defines no element and leaves Lit Localize to the app', async () => {
    const {page, errors} = await openPage(browser, `${server.url}/entry-only.html`);
    await page.waitForFunction(() => document.body.dataset.result);
    expect(JSON.parse((await page.evaluate(() => document.body.dataset.result))!)).toEqual({
      defined: [],
      isClass: true,
      localize: 'configured by the app',
    });
    expect(errors).toEqual([]);
  });

  it('renders elements bundled by Vite, with a language the bundle splits off', async () => {
    const {page, errors, requests} = await openPage(browser, `${server.url}/main.html`);
    await page.waitForFunction(() =>
      ['support-helpline-card', 'support-info-panel'].every(
        (tag) => document.querySelector<HTMLElement & {rendered?: boolean}>(tag)?.rendered,
      ),
    );
    const shown = await page.evaluate(() => {
      const root = (tag: string) => document.querySelector(tag)!.shadowRoot!;
      return {
        call: root('support-helpline-card').querySelector('[part="call-link"]')?.getAttribute('href'),
        heading: root('support-info-panel').querySelector('[part="heading"]')?.textContent?.trim(),
      };
    });
    expect(shown).toEqual({call: 'tel:020100200', heading: translation('fi', 'Violent extremism')});
    expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('support-widget/define defines the four tags, and the quick exit loads its code as a chunk and works', async () => {
    const {page, errors, requests} = await openPage(browser, `${server.url}/main.html`);
    await page.waitForFunction(() =>
      document.querySelector('support-quick-exit')?.shadowRoot?.querySelector('[part="button"]'),
    );
    const shown = await page.evaluate(() => {
      const button = document.querySelector('support-quick-exit')!.shadowRoot!.querySelector('[part="button"]')!;
      return {defined: document.body.dataset.defined, href: button.getAttribute('href'), text: button.textContent};
    });
    expect(JSON.parse(shown.defined!)).toEqual([
      'support-info-panel',
      'support-helpline-card',
      'support-action-plan',
      'support-quick-exit',
    ]);
    expect(shown.href).toBe('/neutral');
    expect(shown.text?.trim()).toBe(translation('sv', 'Leave this page'));
    // Shift three times leaves for the neutral page, as with the embed script.
    const left = page.waitForURL(`${server.url}/neutral`, {waitUntil: 'commit'});
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await left;
    expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a card with opening hours gets them from the bundle and shows their status, loading no language it does not use', async () => {
    const {page, errors, requests} = await openPage(browser, `${server.url}/hours.html`);
    await page.waitForFunction(() =>
      document.querySelector('support-helpline-card')?.shadowRoot?.querySelector('.status span'),
    );
    const status = await page.evaluate(
      () => document.querySelector('support-helpline-card')!.shadowRoot!.querySelector('.status span')!.textContent,
    );
    expect(status).toBe(translation('sv', 'Open around the clock'));
    const scripts = requests.map((url) => new URL(url).pathname).filter((path) => path.endsWith('.js'));
    // The page is Swedish: no chunk of another language's catalogue (each named after its language).
    expect(scripts.filter((path) => /\/(ar|fa|fi|so|uk)-[\w-]+\.js$/.test(path))).toEqual([]);
    expect(errors).toEqual([]);

    // Control: the Finnish panel of main.html does load Finnish's chunk, named so.
    const finnish = await openPage(browser, `${server.url}/main.html`);
    await finnish.page.waitForFunction(() =>
      document.querySelector('support-info-panel')?.shadowRoot?.querySelector('.root'),
    );
    expect(finnish.requests.filter((url) => /\/fi-[\w-]+\.js$/.test(new URL(url).pathname))).toHaveLength(1);
  });

  it('in an app that configured Lit Localize first, shows English and says why once', async () => {
    const {page, errors, warnings} = await openPage(browser, `${server.url}/app-localize.html`);
    await page.waitForFunction(
      () => document.querySelector<HTMLElement & {rendered?: boolean}>('support-info-panel')?.rendered,
    );
    const heading = await page.evaluate(
      () => document.querySelector('support-info-panel')!.shadowRoot!.querySelector('[part="heading"]')!.textContent,
    );
    expect(heading?.trim()).toBe('Violent extremism');
    expect(warnings).toEqual([expect.stringContaining('@lit/localize is already configured')]);
    expect(errors).toEqual([]);
  });

  it("in the other order, the app's own configureLocalization throws (as the README says)", async () => {
    const {page} = await openPage(browser, `${server.url}/define-then-app.html`);
    await page.waitForFunction(() => document.body.dataset.result);
    expect(await page.evaluate(() => document.body.dataset.result)).toBe('lit-localize can only be configured once');
  });
});
