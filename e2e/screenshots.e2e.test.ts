/**
 * Pictures of the demo for people to look at: every language at phone and desktop width in
 * test-results/screenshots/, and with UPDATE_SCREENSHOTS=1 (`npm run screenshots`) the README's
 * set in docs/screenshots/.
 */
import {mkdirSync} from 'node:fs';
import {beforeAll, expect, it} from 'vitest';
import {openPage, useBrowserAndServer, widgetsRendered} from './harness.js';

const OUT = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';
const LANGUAGES = ['sv', 'en', 'fi', 'ar', 'fa', 'so', 'uk'];
const env = useBrowserAndServer();
beforeAll(() => {
  mkdirSync(OUT, {recursive: true});
  mkdirSync('test-results/screenshots', {recursive: true});
});

it.each([
  ['desktop-sv', '/demo/', {width: 1280, height: 900}, false, false],
  ['phone-en', '/demo/en.html', {width: 375, height: 800}, true, false],
  ['phone-ar-rtl', '/demo/ar.html', {width: 375, height: 800}, true, false],
  ['forced-colours-sv', '/demo/', {width: 1280, height: 900}, false, true],
])('%s', async (name, path, viewport, fullPage, forcedColors) => {
  const {page} = await openPage(env.browser, `${env.server.url}${path}`, {viewport});
  if (forcedColors) await page.emulateMedia({forcedColors: 'active'});
  await widgetsRendered(page);
  const png = await page.screenshot({path: `${OUT}/${name}.png`, fullPage});
  expect(png.byteLength).toBeGreaterThan(10_000);
  await page.context().close();
});

it('sidebar-200px', async () => {
  const {page} = await openPage(env.browser, `${env.server.url}/e2e/pages/states.html`, {viewport: {width: 1280, height: 900}});
  await widgetsRendered(page);
  const png = await page.locator('.sidebar').screenshot({path: `${OUT}/sidebar-200px.png`});
  expect(png.byteLength).toBeGreaterThan(5_000);
  await page.context().close();
});

it.each(LANGUAGES)('every language: %s at phone and desktop width', async (lang) => {
  for (const [label, width] of [['phone', 375], ['desktop', 1280]] as const) {
    const {page} = await openPage(env.browser, `${env.server.url}/demo/${lang === 'sv' ? '' : `${lang}.html`}`, {viewport: {width, height: 800}});
    await widgetsRendered(page);
    expect(await page.locator('support-helpline-card .root').getAttribute('lang')).toBe(lang);
    await page.screenshot({path: `test-results/screenshots/${lang}-${label}.png`, fullPage: true});
    await page.context().close();
  }
});
