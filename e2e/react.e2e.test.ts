/**
 * The elements in a React 19 app: the real `react` and `react-dom` packages, bundled by Vite into
 * a page that loads the BUILT widget script. React 19 sets a property when the element has one
 * (`anonymous: true`, `headingLevel: 3`) and an attribute otherwise (`'chat-url'`), and listens to
 * custom events named after `on` (`onsupport-contact`).
 */
import {rmSync} from 'node:fs';
import {build} from 'vite';
import {beforeAll, expect, it} from 'vitest';
import {
  accessibilityTree,
  openHtml,
  plain,
  ROOT,
  useBrowserAndServer,
  widgetsRendered,
  type WidgetElement,
} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

const OUT = `${ROOT}test-results/react-app`;

beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    define: {'process.env.NODE_ENV': JSON.stringify('production')},
    build: {
      outDir: OUT,
      emptyOutDir: true,
      lib: {entry: `${ROOT}e2e/react/app.js`, formats: ['iife'], name: 'ReactApp', fileName: () => 'app.js'},
    },
  });
});
env.afterBrowser(() => rmSync(OUT, {recursive: true, force: true}));

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React 19</title>
  <script src="/dist/support-widget.js"></script></head>
  <body><div id="root"></div><script src="/test-results/react-app/app.js"></script></body></html>`;

/** What a resident sees and hears: each element's text, headings, call link. */
function rendered(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const text = (id: string) => {
      const element = document.getElementById(id) as WidgetElement;
      return (element.rendered && element.shadowRoot!.querySelector('[lang]')!.textContent) || '';
    };
    const call = (id: string) =>
      document.getElementById(id)!.shadowRoot!.querySelector('[part="call-link"]')?.getAttribute('href');
    return {
      attributesCard: text('by-attributes'),
      propertiesCard: text('by-properties'),
      planProperties: text('plan-properties'),
      planAttributes: text('plan-attributes'),
      calls: [call('by-attributes'), call('by-properties')],
      chat: document
        .getElementById('by-attributes')!
        .shadowRoot!.querySelector('[part="chat-link"]')
        ?.getAttribute('href'),
    };
  });
}

it('renders what React passes as attributes and as properties, follows its updates, and reports contacts to its listener', async () => {
  const record = await openHtml(env.browser, env.server, PAGE);
  const {page} = record;
  await page.waitForFunction(() => document.querySelectorAll('#root support-helpline-card').length === 2);
  await widgetsRendered(page);

  // React really set properties where the element has them (the point of the test).
  expect(
    await page.evaluate(() => {
      const card = document.getElementById('by-properties')!;
      return [
        card.hasAttribute('anonymous'),
        card.hasAttribute('headingLevel'),
        card.hasAttribute('heading-level'),
        (card as unknown as {anonymous: unknown}).anonymous,
      ];
    }),
  ).toEqual([false, false, false, true]);

  const headings = (await accessibilityTree(page)).filter((node) => node.role === 'heading');
  expect(headings).toEqual(
    expect.arrayContaining([
      {role: 'heading', name: 'Attributlinjen', level: 4},
      {role: 'heading', name: 'Egenskapslinjen', level: 3},
      {role: 'heading', name: 'Så arbetar vi', level: 2},
    ]),
  );
  const before = await rendered(page);
  expect(before.calls).toEqual(['tel:020100200', 'tel:020100200']);
  expect(before.chat).toBe('https://example.se/chat');
  expect(plain(before.propertiesCard)).toMatch(/anonymous/i);
  expect(plain(before.propertiesCard)).toContain('Rädda Barnen');
  expect(plain(before.attributesCard)).not.toMatch(/anonymous/i);
  expect(plain(before.planProperties)).toContain('March 12, 2024');
  expect(plain(before.planAttributes)).toContain('November 5, 2023');

  // The listener React added by event name hears a resident's click on the call link.
  await page.evaluate(() => window.addEventListener('click', (e) => e.preventDefault()));
  await page.locator('#by-properties [part="call-link"]').click();
  expect(await page.evaluate(() => (window as unknown as {e2eContacts: unknown[]}).e2eContacts)).toEqual([
    {channel: 'phone', href: 'tel:020100200'},
  ]);

  // A React state change sets new property values: the elements follow.
  await page.locator('#change').click();
  await page.waitForFunction(
    () => !/anonym/i.test(document.getElementById('by-properties')!.shadowRoot!.textContent ?? ''),
  );
  const after = (await accessibilityTree(page)).filter((node) => node.role === 'heading');
  expect(after).toEqual(
    expect.arrayContaining([
      {role: 'heading', name: 'Egenskapslinjen', level: 5},
      {role: 'heading', name: 'Så arbetar vi', level: 4},
    ]),
  );

  expect(record.errors).toEqual([]);
  expect(record.consoleErrors).toEqual([]);
  expect(record.warnings).toEqual([]);
});
