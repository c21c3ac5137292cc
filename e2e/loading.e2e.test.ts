/**
 * Hostile pages, part 3: every way a CMS page may include the script (before or after the
 * elements, deferred, async, as a module, twice, two copies from different places), elements
 * that come and go, attributes that change after the first render, and language files that are
 * missing, blocked or slow.
 */
import {cpSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import type {Server} from '../scripts/serve.mjs';
import {beforeAll, describe, expect, it} from 'vitest';
import {
  openHtml,
  openPage,
  renderedContent,
  ROOT,
  startServer,
  useBrowserAndServer,
  widgetsRendered,
  writePage,
  type PageRecord,
  type WidgetElement,
} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

/** Copies of the built script elsewhere: same origin at another path, a "CDN" origin with and without CORS, and the script without its locales folder. */
const copies = {} as {tmp: string; cdn: Server; cdnNoCors: Server; lonely: Server};
beforeAll(async () => {
  cpSync(`${ROOT}dist`, `${ROOT}test-results/second-copy`, {recursive: true});
  copies.tmp = mkdtempSync(join(tmpdir(), 'support-widget-e2e-'));
  cpSync(`${ROOT}dist`, join(copies.tmp, 'cdn'), {recursive: true});
  mkdirSync(join(copies.tmp, 'lonely'));
  cpSync(`${ROOT}dist/support-widget.js`, join(copies.tmp, 'lonely', 'support-widget.js'));
  [copies.cdn, copies.cdnNoCors, copies.lonely] = await Promise.all([
    startServer({root: join(copies.tmp, 'cdn'), headers: () => ({'access-control-allow-origin': '*'})}),
    startServer({root: join(copies.tmp, 'cdn'), headers: () => ({})}),
    startServer({root: join(copies.tmp, 'lonely'), headers: () => ({})}),
  ]);
});
env.afterBrowser(async () => {
  await Promise.all([copies.cdn?.close(), copies.cdnNoCors?.close(), copies.lonely?.close()]);
  rmSync(copies.tmp, {recursive: true, force: true});
});

const ELEMENTS = `
  <support-info-panel municipality="Kalix kommun"></support-info-panel>
  <support-helpline-card id="card" name="Orostelefonen" phone="020-100 200" chat-url="https://example.se/chat">
    <p id="fallback">Orostelefonen: <a href="tel:020100200">020-100 200</a></p>
  </support-helpline-card>
  <support-action-plan href="/demo/handlingsplan.pdf" file-size="708"><a id="plan-fallback" href="/demo/handlingsplan.pdf">Handlingsplan</a></support-action-plan>
  <support-helpline-card id="ukrainian" lang="uk" name="Orostelefonen" phone="112"></support-helpline-card>`;

/** A Swedish CMS page with the three elements and the given script tags before or after them. */
function pageWith(scripts: string, where: 'head' | 'end'): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Loading</title>${where === 'head' ? scripts : ''}</head>
    <body><main><h1>Rubrik</h1>${ELEMENTS}</main>${where === 'end' ? scripts : ''}</body></html>`;
}

/** What residents see: the first card's call link and language, the extra language, no fallback. */
function state(page: Page) {
  return page.evaluate(() => {
    const root = (selector: string) => document.querySelector(selector)!.shadowRoot!;
    /** The language an element shows its own content in, once it has rendered. */
    const rendered = (selector: string) => {
      const element = document.querySelector<WidgetElement>(selector)!;
      return element.rendered ? element.shadowRoot!.querySelector('[lang]')!.getAttribute('lang') : undefined;
    };
    return {
      href: root('#card').querySelector('[part="call-link"]')?.getAttribute('href'),
      lang: rendered('#card'),
      ukrainian: rendered('#ukrainian'),
      download: root('support-action-plan').querySelector('[part="download-link"]')?.getAttribute('href'),
      panel: root('support-info-panel').querySelector('[part="heading"]')?.textContent,
      fallbackVisible:
        document.querySelector('#fallback')!.checkVisibility() ||
        document.querySelector('#plan-fallback')!.checkVisibility(),
    };
  });
}

const RENDERED = {
  href: 'tel:020100200',
  lang: 'sv',
  ukrainian: 'uk',
  download: '/demo/handlingsplan.pdf',
  panel: 'Våldsbejakande extremism',
  fallbackVisible: false,
};

function expectClean(record: PageRecord) {
  expect(record.errors).toEqual([]);
  expect(record.consoleErrors).toEqual([]);
}

describe.each<[string, () => string, 'head' | 'end', string]>([
  ['a plain script in <head>', () => '<script src="/dist/support-widget.js"></script>', 'head', '/dist/'],
  ['a deferred script in <head>', () => '<script src="/dist/support-widget.js" defer></script>', 'head', '/dist/'],
  ['an async script in <head>', () => '<script src="/dist/support-widget.js" async></script>', 'head', '/dist/'],
  [
    'a module script in <head>',
    () => '<script type="module" src="/dist/support-widget.js"></script>',
    'head',
    '/dist/',
  ],
  ['a plain script after the elements', () => '<script src="/dist/support-widget.js"></script>', 'end', '/dist/'],
  [
    'the script twice (plain, then deferred)',
    () => '<script src="/dist/support-widget.js"></script><script src="/dist/support-widget.js" defer></script>',
    'end',
    '/dist/',
  ],
  [
    // The first copy defines one tag at once and the others in tasks of their own: the second sees that one.
    'two deferred copies from different paths (the first wins)',
    () =>
      '<script src="/dist/support-widget.js" defer></script><script src="/test-results/second-copy/support-widget.js" defer></script>',
    'head',
    '/dist/',
  ],
  [
    'two copies from different paths (the first to run wins)',
    () =>
      '<script src="/test-results/second-copy/support-widget.js"></script><script src="/dist/support-widget.js"></script>',
    'head',
    '/test-results/second-copy/',
  ],
  [
    'a module copy and a classic copy (the classic one runs first)',
    () =>
      '<script type="module" src="/dist/support-widget.js"></script><script src="/test-results/second-copy/support-widget.js"></script>',
    'head',
    '/test-results/second-copy/',
  ],
  [
    'a copy on another origin (with CORS) and a local copy',
    () =>
      `<script src="${copies.cdn.url}/support-widget.js"></script><script src="/dist/support-widget.js" defer></script>`,
    'head',
    'cdn',
  ],
])('with %s', (_, scripts, where, winner) => {
  it('renders every element, loads the extra language once from the winning copy, throws nothing', async () => {
    const record = await openHtml(env.browser, env.server, pageWith(scripts(), where));
    await widgetsRendered(record.page);
    expect(await state(record.page)).toEqual(RENDERED);
    const winningFolder = winner === 'cdn' ? `${copies.cdn.url}/` : `${env.server.url}${winner}`;
    expect(record.requests.filter((url) => url.includes('/locales/'))).toEqual([`${winningFolder}locales/uk.js`]);
    // A second copy runs nothing at all: Lit's Trusted Types policy is asked for once.
    expect(await record.policies()).toEqual(['lit-html']);
    expectClean(record);
  });
});

describe('elements that change after the first render', () => {
  async function emptyPage() {
    const record = await openPage(env.browser, `${env.server.url}/e2e/pages/empty.html`);
    await record.page.waitForFunction(() => customElements.get('support-helpline-card'));
    return record;
  }

  /** Waits until a page function over the first element of `tag` (its shadow root) returns true. */
  const until = (page: Page, tag: string, check: string) =>
    page.waitForFunction(
      `(() => { const e = document.querySelector('${tag}'); const r = e && e.shadowRoot; return !!(r && (${check})); })()`,
    );

  it('the helpline card: added later, removed and re-added, moved, and every attribute change shows', async () => {
    const record = await emptyPage();
    const {page} = record;
    await page.evaluate(() => {
      const card = document.createElement('support-helpline-card');
      card.setAttribute('name', 'Orostelefonen');
      card.setAttribute('phone', '020-100 200');
      card.setAttribute('chat-url', 'https://example.se/chat');
      document.body.append(card);
    });
    await until(
      page,
      'support-helpline-card',
      `r.querySelector('[part="call-link"]')?.getAttribute('href') === 'tel:020100200'`,
    );
    expect((await renderedContent(page, 'support-helpline-card')).lang).toBe('en');

    await page.evaluate(() => {
      const card = document.querySelector('support-helpline-card')!;
      card.remove();
      card.setAttribute('phone', '+46 8 123 45');
      document.body.append(card);
    });
    await until(
      page,
      'support-helpline-card',
      `r.querySelector('[part="call-link"]')?.getAttribute('href') === 'tel:+46812345'`,
    );

    await page.evaluate(() => document.querySelector('support-helpline-card')!.setAttribute('heading-level', '4'));
    await until(
      page,
      'support-helpline-card',
      `r.querySelector('[part="heading"]').getAttribute('aria-level') === '4'`,
    );
    await page.evaluate(() => document.querySelector('support-helpline-card')!.setAttribute('name', 'Stödlinjen'));
    await until(page, 'support-helpline-card', `r.querySelector('[part="heading"]').textContent === 'Stödlinjen'`);
    await page.evaluate(() => document.querySelector('support-helpline-card')!.setAttribute('emergency-phone', 'none'));
    await until(page, 'support-helpline-card', `!r.querySelector('[part="emergency"]')`);
    await page.evaluate(() =>
      document.querySelector('support-helpline-card')!.setAttribute('chat-url', 'javascript:alert(1)'),
    );
    await until(page, 'support-helpline-card', `!r.querySelector('[part="chat-link"]')`);
    expect(record.warnings.filter((w) => w.startsWith('<support-helpline-card> chat-url:'))).toHaveLength(1);

    // Moved into a Finnish section: it follows the nearest lang, loading Finnish once.
    await page.evaluate(() => {
      const section = document.createElement('section');
      section.lang = 'fi';
      document.body.append(section);
      section.append(document.querySelector('support-helpline-card')!);
    });
    await until(page, 'support-helpline-card', `e.rendered && r.querySelector('[lang]').getAttribute('lang') === 'fi'`);
    await page.evaluate(() => document.querySelector('support-helpline-card')!.setAttribute('lang', 'sv'));
    await until(page, 'support-helpline-card', `e.rendered && r.querySelector('[lang]').getAttribute('lang') === 'sv'`);
    expect(record.requests.filter((url) => url.includes('/locales/'))).toEqual([
      `${env.server.url}/dist/locales/fi.js`,
    ]);
    expect(record.errors).toEqual([]);
  });

  it('the action plan: a removed href brings back the fallback link, a new one the download link', async () => {
    const {page} = await emptyPage();
    await page.evaluate(() =>
      document.body.insertAdjacentHTML(
        'beforeend',
        '<support-action-plan href="/demo/handlingsplan.pdf" file-type="pdf" file-size="1.2 MB"><a href="/fallback.pdf">Fallback</a></support-action-plan>',
      ),
    );
    await until(page, 'support-action-plan', `r.querySelector('[part="download-link"]')`);
    expect(await page.locator('support-action-plan > a').isVisible()).toBe(false);
    expect(await page.locator('support-action-plan [part="download-link"]').textContent()).toContain(
      'Action plan (PDF, 1.2\u00a0MB)',
    );

    await page.evaluate(() => document.querySelector('support-action-plan')!.removeAttribute('href'));
    await until(page, 'support-action-plan', `!r.querySelector('[part="download-link"]')`);
    expect(await page.locator('support-action-plan > a').isVisible()).toBe(true);

    await page.evaluate(() => {
      const plan = document.querySelector('support-action-plan')!;
      plan.setAttribute('href', 'https://example.se/plan.docx');
      plan.removeAttribute('file-type');
      plan.setAttribute('label', 'Handlingsplan 2025');
    });
    await until(
      page,
      'support-action-plan',
      `r.querySelector('[part="download-link"]')?.getAttribute('href') === 'https://example.se/plan.docx'`,
    );
    expect(await page.locator('support-action-plan [part="download-link"]').textContent()).toContain(
      'Handlingsplan 2025 (DOCX, 1.2\u00a0MB)',
    );
    expect(await page.locator('support-action-plan > a').isVisible()).toBe(false);
  });

  it('the info panel: the editor’s own text added later replaces the built-in text, and removing it brings it back', async () => {
    const {page} = await emptyPage();
    await page.evaluate(() =>
      document.body.insertAdjacentHTML(
        'beforeend',
        '<support-info-panel municipality="Kalix kommun"></support-info-panel>',
      ),
    );
    await until(
      page,
      'support-info-panel',
      `r.textContent.replace(/[\\u2066-\\u2069]/g, '').includes('Kalix kommun does this')`,
    );
    await page.evaluate(() =>
      document.querySelector('support-info-panel')!.insertAdjacentHTML('beforeend', '<p id="own">Vår egen text.</p>'),
    );
    await until(
      page,
      'support-info-panel',
      `!r.textContent.replace(/[\\u2066-\\u2069]/g, '').includes('Kalix kommun does this')`,
    );
    expect(await page.locator('#own').isVisible()).toBe(true);
    await page.evaluate(() => document.querySelector('#own')!.remove());
    await until(
      page,
      'support-info-panel',
      `r.textContent.replace(/[\\u2066-\\u2069]/g, '').includes('Kalix kommun does this')`,
    );
    await page.evaluate(() => document.querySelector('support-info-panel')!.setAttribute('heading', 'Så arbetar vi'));
    await until(page, 'support-info-panel', `r.querySelector('[part="heading"]').textContent === 'Så arbetar vi'`);
  });

  it('follows the page when a language switcher rewrites <html lang>; an element’s own lang wins', async () => {
    const record = await openHtml(
      env.browser,
      env.server,
      pageWith('<script src="/dist/support-widget.js"></script>', 'head'),
    );
    const {page} = record;
    await widgetsRendered(page);
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await until(page, '#card', `e.rendered && r.querySelector('[lang]').getAttribute('lang') === 'en'`);
    await page.evaluate(() => (document.documentElement.lang = 'fi'));
    await until(page, 'support-info-panel', `e.rendered && r.querySelector('[lang]').getAttribute('lang') === 'fi'`);
    expect((await renderedContent(page, '#ukrainian')).lang).toBe('uk');
  });
});

describe('language files that do not arrive', () => {
  const ARABIC = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Arabic card</title>SCRIPT</head><body>
    <support-helpline-card id="card" lang="ar" name="Orostelefonen" phone="020-100 200">
      <p id="fallback">Orostelefonen: <a href="tel:020100200">020-100 200</a>. Vid akut fara, ring <a href="tel:112">112</a>.</p>
    </support-helpline-card></body></html>`;

  it.each([
    ['the script was copied without its locales folder', () => `${copies.lonely.url}/support-widget.js`],
    ['the script is on another origin that sends no CORS header', () => `${copies.cdnNoCors.url}/support-widget.js`],
  ])('%s: the card still works, in English, and says why once', async (_, src) => {
    const record = await openHtml(
      env.browser,
      env.server,
      ARABIC.replace('SCRIPT', `<script src="${src()}"></script>`),
    );
    await widgetsRendered(record.page);
    expect(await state1(record.page)).toEqual({lang: 'en', dir: 'ltr', href: 'tel:020100200'});
    expect(record.warnings.filter((w) => w.startsWith('<support-helpline-card> lang:'))).toEqual([
      '<support-helpline-card> lang: the "ar" translation could not be loaded; the text stays in en.',
    ]);
    expect(record.errors).toEqual([]);
  });

  // README: "if the file takes longer than half a second, the element shows its fallback
  // content ... until the file arrives".
  it('while a language file is slow to arrive, residents see the fallback, then the card in Arabic', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const record = await openPage(env.browser, '', {noGoto: true});
    await record.page.route('**/dist/locales/ar.js', async (route) => {
      await held;
      await route.continue();
    });
    await record.page.goto(
      `${env.server.url}${writePage(ARABIC.replace('SCRIPT', '<script src="/dist/support-widget.js"></script>'))}`,
    );
    // The file is held as long as it takes: the card gives up waiting and shows its fallback.
    await record.page.waitForFunction(() =>
      document.querySelector('#fallback a')!.checkVisibility({visibilityProperty: true, opacityProperty: true}),
    );
    expect(
      await record.page.evaluate(
        () => !!document.querySelector('#card')!.shadowRoot!.querySelector('[part="call-link"]'),
      ),
    ).toBe(false);
    release();
    await widgetsRendered(record.page);
    expect(await state1(record.page)).toEqual({lang: 'ar', dir: 'rtl', href: 'tel:020100200'});
    expect(await record.page.evaluate(() => document.querySelector('#fallback a')!.checkVisibility())).toBe(false);
  });
});

function state1(page: Page) {
  return page.evaluate(() => {
    const card = document.querySelector<WidgetElement>('#card')!;
    const root = card.shadowRoot!;
    const content = card.rendered ? root.querySelector('[lang]')! : undefined;
    return {
      lang: content?.getAttribute('lang'),
      dir: content?.getAttribute('dir'),
      href: root.querySelector('[part="call-link"]')?.getAttribute('href'),
    };
  });
}

describe('a page that fights back', () => {
  it('an old CMS theme (quirks mode, patched built-in prototypes, CSS that hides every link, 62.5 % root font size): the widget still works', async () => {
    const record = await openPage(env.browser, `${env.server.url}/e2e/pages/legacy.html`, {
      viewport: {width: 375, height: 800},
    });
    const {page} = record;
    await widgetsRendered(page);
    expect(await page.evaluate(() => document.compatMode)).toBe('BackCompat');
    const seen = await page.evaluate(() => {
      const root = document.querySelector('#card')!.shadowRoot!;
      const box = (selector: string) => {
        const element = root.querySelector(selector)!;
        const {width, height} = element.getBoundingClientRect();
        return {
          href: element.getAttribute('href'),
          visible: element.checkVisibility({visibilityProperty: true}),
          big: width >= 44 && height >= 44,
        };
      };
      return {
        call: box('[part="call-link"]'),
        chat: box('[part="chat-link"]'),
        languages: root.textContent.includes('arabiska'),
        download: document
          .querySelector('support-action-plan')!
          .shadowRoot!.querySelector('[part="download-link"]')!
          .textContent.replace(/\s+/g, ' ')
          .trim(),
        fallback: document.querySelector('#fallback')!.checkVisibility(),
      };
    });
    expect(seen).toEqual({
      call: {href: 'tel:020100200', visible: true, big: true},
      chat: {href: 'https://www.raddabarnen.se/oroschatten', visible: true, big: true},
      languages: true,
      download: 'Handlingsplan (PDF, 708 B)',
      fallback: false,
    });
    expectClean(record);
  });
});
