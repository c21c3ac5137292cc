/**
 * Pictures of the demo for people to look at: the README's set (light desktop, light phone at
 * 375 px, right to left, forced colours, a 200 px sidebar), and every language at phone and
 * desktop width (in test-results/screenshots/). Only `npm run screenshots` takes them, never
 * `npm test`: they are looked at, not compared pixel by pixel (a new Chromium draws text a little
 * differently), so they gate nothing.
 */
import {mkdirSync} from 'node:fs';
import {beforeAll, expect, it} from 'vitest';
import {openPage, renderedContent, ROOT, useBrowserAndServer, widgetsRendered} from './helpers.js';

/** The demo's readers are in Sweden: their clocks show Swedish time, so the hours need no "(Swedish time)". */
const SWEDEN = 'Europe/Stockholm';

const RESULTS = `${ROOT}test-results/screenshots`;
const DOCS = `${ROOT}docs/screenshots`;
const LANGUAGES = ['sv', 'en', 'fi', 'ar', 'fa', 'so', 'uk'];
const env = useBrowserAndServer(import.meta.url);
beforeAll(() => {
  mkdirSync(DOCS, {recursive: true});
  mkdirSync(RESULTS, {recursive: true});
});

it.each([
  ['desktop-sv', '/demo/', {width: 1280, height: 900}, false, false],
  ['phone-en', '/demo/en.html', {width: 375, height: 800}, true, false],
  ['phone-ar-rtl', '/demo/ar.html', {width: 375, height: 800}, true, false],
  ['forced-colours-sv', '/demo/', {width: 1280, height: 900}, false, true],
  ['theme-dark', '/e2e/pages/theme-dark.html', {width: 1280, height: 900}, true, false],
  ['theme-brand', '/e2e/pages/theme-brand.html', {width: 375, height: 800}, true, false],
])('the README’s %s.png', async (name, path, viewport, fullPage, forcedColors) => {
  const {page} = await openPage(env.browser, `${env.server.url}${path}`, {viewport, timezoneId: SWEDEN});
  if (forcedColors) await page.emulateMedia({forcedColors: 'active'});
  await widgetsRendered(page);
  await page.screenshot({path: `${DOCS}/${name}.png`, fullPage});
});

it.each([
  ['configurator-desktop', {width: 1280, height: 900}],
  ['configurator-phone', {width: 375, height: 800}],
])('the README’s %s.png', async (name, viewport) => {
  const {page} = await openPage(env.browser, `${env.server.url}/demo/configurator.html`, {
    viewport,
    timezoneId: SWEDEN,
  });
  await widgetsRendered(page);
  await page.screenshot({path: `${DOCS}/${name}.png`});
});

it('the README’s sidebar-200px.png', async () => {
  const {page} = await openPage(env.browser, `${env.server.url}/e2e/pages/states.html`, {
    viewport: {width: 1280, height: 900},
    timezoneId: SWEDEN,
  });
  await widgetsRendered(page);
  await page.locator('.sidebar').screenshot({path: `${DOCS}/sidebar-200px.png`});
});

it.each(LANGUAGES)('every language: %s at phone and desktop width (test-results/screenshots/)', async (lang) => {
  for (const [label, width] of [
    ['phone', 375],
    ['desktop', 1280],
  ] as const) {
    const {page} = await openPage(env.browser, `${env.server.url}/demo/${lang === 'sv' ? '' : `${lang}.html`}`, {
      viewport: {width, height: 800},
      timezoneId: SWEDEN,
    });
    await widgetsRendered(page);
    expect((await renderedContent(page, 'support-helpline-card')).lang).toBe(lang);
    await page.screenshot({path: `${RESULTS}/${lang}-${label}.png`, fullPage: true});
    await page.context().close();
  }
});
