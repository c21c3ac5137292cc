/**
 * Without JavaScript (or when the script cannot load), the editor's fallback content inside the
 * elements is what residents get: it must be visible and its links must work.
 */
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {openPage, useBrowserAndServer, WIDGETS} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

/** Every element with fallback content: whether it shows, and its links. */
function fallbacks(page: Page) {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)]
        .filter((element) => element.children.length > 0)
        .map((element) => ({
          element: element.localName,
          visible: [...element.children].every((child) => child.checkVisibility({visibilityProperty: true})),
          links: [...element.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        })),
    WIDGETS,
  );
}

const DEMO_CARD_LINKS = ['tel:020100200', 'https://www.raddabarnen.se/oroschatten', 'tel:112'];

describe.each([
  ['JavaScript is off', {javaScriptEnabled: false}, false],
  ['the script cannot load (404)', {}, true],
])('when %s', (_, options, block) => {
  it.each(['/demo/', '/demo/en.html', '/demo/ar.html', '/e2e/pages/all.html', '/e2e/pages/states.html'])(
    '%s shows every fallback, with working links',
    async (path) => {
      const record = await openPage(env.browser, '', {...options, noGoto: true});
      const {page} = record;
      if (block) await page.route('**/support-widget.js', (route) => route.fulfill({status: 404, body: 'Not found'}));
      await page.goto(`${env.server.url}${path}`);
      await page.waitForLoadState('load');
      expect(await page.evaluate(() => customElements.get('support-helpline-card'))).toBeUndefined();
      const found = await fallbacks(page);
      expect(found.length).toBeGreaterThan(0);
      for (const {element, visible, links} of found) {
        expect(visible, `${element}'s fallback is visible`).toBe(true);
        // The card's and the action plan's fallbacks exist to be followed (the info panel's is text).
        if (element !== 'support-info-panel')
          expect(links.length, `${element}'s fallback has a link`).toBeGreaterThan(0);
        for (const href of links) {
          const url = new URL(href!, page.url());
          expect(['tel:', 'http:', 'https:'], `${element}: ${href}`).toContain(url.protocol);
          // Links to the site's own files really answer.
          if (url.origin === env.server.url) expect((await page.request.get(url.href)).status(), href!).toBe(200);
        }
      }
      if (path.startsWith('/demo/')) {
        expect(found.find((f) => f.element === 'support-helpline-card')!.links).toEqual(DEMO_CARD_LINKS);
        expect(found.find((f) => f.element === 'support-action-plan')!.links).toEqual(['handlingsplan.pdf']);
      }
    },
  );
});

it('the fallback download link delivers the PDF', async () => {
  const {page} = await openPage(env.browser, `${env.server.url}/demo/`, {javaScriptEnabled: false});
  const href = await page.locator('support-action-plan a').getAttribute('href');
  const response = await page.request.get(new URL(href!, page.url()).href);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});
