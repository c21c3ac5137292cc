/**
 * The quick exit leaves whatever the page around it does: a link back to the page itself, a page
 * or polyfill that breaks showModal or dispatchEvent, key listeners of its own, events a script
 * makes up, Shift held for a click; several copies on one page; a fixed header over it; frames.
 */
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {openHtml, openPage, useBrowserAndServer, writePage} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

/** The neutral page the tests leave for: on the test server, so nothing leaves the machine. */
const NEUTRAL = '/e2e/pages/empty.html?neutral';

const pageWith = (body: string, head = '') => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Quick exit test page</title>
  <script src="/dist/support-widget.js"></script>
  ${head}
</head>
<body>
  <main>${body}</main>
</body>
</html>`;

/** Resolves when every quick exit on the page has its button. */
const ready = (page: Page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('support-quick-exit')].every((e) => e.shadowRoot?.querySelector('[part="button"]')),
  );

/** Resolves when the top page has gone to an address ending in `end`. */
const leftFor = (page: Page, end: string) => page.waitForURL((url) => url.href.endsWith(end));

const waitForStatus = (page: Page, text: string) =>
  page.waitForFunction(
    (expected) =>
      [...document.querySelectorAll('support-quick-exit')].some(
        (e) => e.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim() === expected,
      ),
    text,
  );

describe('the exit always leaves', () => {
  it('href="#" leads back to the page: Shift three times leaves for the default instead, with a warning', async () => {
    const {page, warnings} = await openPage(env.browser, '', {noGoto: true});
    // The default, a search engine, answered here: nothing leaves the machine.
    await page.route('https://www.google.com/', (route) => route.fulfill({contentType: 'text/html', body: 'neutral'}));
    await page.goto(`${env.server.url}${writePage(pageWith('<support-quick-exit href="#"></support-quick-exit>'))}`);
    await ready(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await leftFor(page, 'https://www.google.com/');
    expect(warnings).toContain('<support-quick-exit> href: "#" leads back to this page, so it is left out.');
  });

  it('leaves when the page broke showModal and dispatchEvent, and a listener of its own throws', async () => {
    const {page} = await openHtml(
      env.browser,
      env.server,
      pageWith(`<support-quick-exit href="${NEUTRAL}"></support-quick-exit>`),
      {
        expectErrors: true,
      },
    );
    await ready(page);
    await page.evaluate(() => {
      const broken = () => {
        throw new Error('a broken polyfill');
      };
      HTMLDialogElement.prototype.showModal = broken;
      EventTarget.prototype.dispatchEvent = broken;
      document.addEventListener('support-quick-exit', broken);
    });
    const left = leftFor(page, NEUTRAL);
    await page.locator('support-quick-exit [part="button"]').click();
    await left;
  });

  it('a listener the page adds after the script, stopping every key, does not stop Shift three times', async () => {
    const {page} = await openHtml(
      env.browser,
      env.server,
      pageWith(`<support-quick-exit href="${NEUTRAL}"></support-quick-exit>`),
    );
    await ready(page);
    await page.evaluate(() => {
      for (const type of ['keydown', 'keyup'])
        for (const target of [window, document])
          target.addEventListener(type, (e) => e.stopImmediatePropagation(), true);
    });
    const left = leftFor(page, NEUTRAL);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await left;
  });

  it('presses a script makes up and Shift held for clicks do not count: the next real Shift is the first', async () => {
    const {page} = await openHtml(
      env.browser,
      env.server,
      pageWith(
        `<support-quick-exit href="${NEUTRAL}"></support-quick-exit><p id="text">${'Some text to select. '.repeat(20)}</p>`,
      ),
    );
    await ready(page);
    // Two made-up presses: if they counted, the real Shift below would leave one press to go, or leave.
    await page.evaluate(() => {
      for (let i = 0; i < 2; i++)
        for (const type of ['keydown', 'keyup'])
          document.body.dispatchEvent(new KeyboardEvent(type, {key: 'Shift', bubbles: true, composed: true}));
    });
    // Two Shift+clicks, as when selecting text: if they counted, the real Shift below would leave.
    for (let i = 0; i < 2; i++) {
      await page.keyboard.down('Shift');
      await page.locator('#text').click({position: {x: 10 + 40 * i, y: 5}});
      await page.keyboard.up('Shift');
    }
    await page.keyboard.press('Shift');
    await waitForStatus(page, 'Press Shift 2 more times to leave');
    expect(page.url()).not.toContain('neutral');
  });
});
