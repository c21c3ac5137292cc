/**
 * Test 4 of issue #20: the site-wide quick exit. On, a page with no block has the button, first in
 * the body and the first Tab stop with the default theme, and Shift three times leaves for the
 * address set in Settings → Support resources. Off, that page requests nothing of the plugin.
 */
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {restoreSettings, savedSettings, saveQuickExit} from './settings-form.js';
import {createPost, openPage, pluginRequests, useSite, type Post} from './site.js';

const site = useSite();

const PARAGRAPH = '<!-- wp:paragraph -->\n<p>Öppettider för kommunens kontaktcenter.</p>\n<!-- /wp:paragraph -->';

let settings: unknown;
let neutral: Post;
let plain: Post;

beforeAll(() => {
  settings = savedSettings();
  // The neutral page is on the test site, so leaving reaches nothing outside the machine.
  neutral = createPost({title: 'Väder', type: 'page', content: PARAGRAPH});
  plain = createPost({title: 'Kontaktcenter', type: 'page', content: PARAGRAPH});
});

afterAll(() => restoreSettings(settings));

/** A visitor on the page with no block, and every request it made to the plugin's folder. */
async function visitPlainPage(): Promise<{page: Page; requests: string[]}> {
  const page = await openPage(site.browser());
  const requests = pluginRequests(page);
  await page.goto(plain.url, {waitUntil: 'load'});
  return {page, requests};
}

test('on: a page with no block has the quick exit first, as the first Tab stop, and Shift three times leaves', async () => {
  const admin = await openPage(site.browser(), 'admin');
  await saveQuickExit(admin, {quickExit: true, href: neutral.url});
  await admin.context().close();

  const {page, requests} = await visitPlainPage();
  expect(await page.evaluate(() => document.body.firstElementChild?.localName)).toBe('support-quick-exit');
  await page.waitForFunction(() =>
    document.querySelector('support-quick-exit')?.shadowRoot?.querySelector('[part="button"]'),
  );
  expect(requests.some((url) => url.includes('support-widget.all.js'))).toBe(true);

  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => {
      const active = document.activeElement;
      return [active?.localName, active?.shadowRoot?.activeElement?.getAttribute('part')];
    }),
  ).toEqual(['support-quick-exit', 'button']);

  for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
  await page.waitForURL(neutral.url);
  await page.context().close();
});

test('on: without JavaScript the quick exit is a plain link to the same address, first in the body', async () => {
  const admin = await openPage(site.browser(), 'admin');
  await saveQuickExit(admin, {quickExit: true, href: neutral.url});
  await admin.context().close();

  const page = await openPage(site.browser(), undefined, {javaScriptEnabled: false});
  await page.goto(plain.url);
  const link = page.locator('body > support-quick-exit:first-child [data-support-fallback] a');
  expect(await link.getAttribute('href')).toBe(neutral.url);
  expect(await link.isVisible()).toBe(true);
  expect((await link.textContent())?.trim()).toBe('Leave this page');
  await page.context().close();
});

test('off: the page with no block has no quick exit and requests nothing of the plugin', async () => {
  const admin = await openPage(site.browser(), 'admin');
  await saveQuickExit(admin, {quickExit: false});
  await admin.context().close();

  const {page, requests} = await visitPlainPage();
  expect(await page.locator('support-quick-exit').count()).toBe(0);
  expect(requests).toEqual([]);
  await page.context().close();
});
