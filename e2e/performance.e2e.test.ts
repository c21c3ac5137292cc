/**
 * What the widget costs a page, in figures that do not depend on the machine's speed: how far the
 * page moves while the widget renders and loads its languages, and how many files it fetches.
 * Main-thread time is measured by `npm run bench`, which reports and never fails.
 */
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {PAGES as BENCH_PAGES} from '../bench/pages.mjs';
import {openPage, useBrowserAndServer, widgetsRendered, writePage} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

/** Cumulative layout shift since navigation, as Lighthouse counts it, once the next frame is drawn. */
const layoutShift = async () => {
  let cls = 0;
  const add = (entries: PerformanceEntryList) => {
    for (const entry of entries as (PerformanceEntry & {value: number; hadRecentInput: boolean})[]) {
      if (!entry.hadRecentInput) cls += entry.value;
    }
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({type: 'layout-shift', buffered: true});
  // A shift is recorded when the frame that shows it is drawn: wait for two frames.
  await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
  add(observer.takeRecords());
  observer.disconnect();
  return cls;
};

/** Path, the most layout shift allowed, and the widget's files: the script, then each language it loads. */
const PAGES: [string, number, string[]][] = [
  // The Swedish front page has a quick exit: its code comes from quick-exit.js. Every demo card
  // has opening hours: they come from hours.js, which the card waits for as for its language.
  ['/demo/', 0, ['support-widget.js', 'hours.js', 'quick-exit.js']],
  ['/demo/en.html', 0, ['support-widget.js', 'hours.js']],
  // A language loaded on demand: the element holds its place, laid out in English, until its
  // text arrives; only the difference in length between the two texts can shift.
  ['/demo/ar.html', 0.05, ['support-widget.js', 'hours.js', 'locales/ar.js']],
  ['/demo/uk.html', 0.05, ['support-widget.js', 'hours.js', 'locales/uk.js']],
  // Seven cards, five of them in languages loaded on demand (English and Swedish are built in).
  [
    '/demo/languages.html',
    0.05,
    ['support-widget.js', 'hours.js', ...['fi', 'ar', 'fa', 'so', 'uk'].map((l) => `locales/${l}.js`)],
  ],
];

/**
 * Opens a page with every language file and feature file held back until the page has drawn its first frame, so
 * the shift measured is always the one a slow network gives: placeholders first, then the text.
 * The element's own wait for its language (half a second, then it shows its fallback) is held
 * too, until the text has arrived: on a busy machine the first frame alone can take longer, and
 * what is measured here is the language arriving within the wait, not the race with it.
 */
async function openWithLanguagesHeld(path: string): Promise<{page: Page; requests: string[]}> {
  const record = await openPage(env.browser, '', {viewport: {width: 375, height: 800}, noGoto: true});
  const {page} = record;
  await page.addInitScript(() => {
    const held: (() => void)[] = [];
    const setTimeoutNow = window.setTimeout.bind(window);
    window.setTimeout = ((run: () => void, ms?: number) =>
      (ms ?? 0) >= 500 ? held.push(run) : setTimeoutNow(run, ms)) as typeof window.setTimeout;
    (window as unknown as {e2eRunHeldTimers: () => void}).e2eRunHeldTimers = () =>
      held.splice(0).forEach((run) => run());
  });
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  // The features' files too: the quick exit keeps its room while its file loads, and a card with
  // hours holds its place, invisible, until hours.js has arrived.
  await page.route('**/dist/{locales/*,quick-exit,hours}.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${env.server.url}${path}`, {waitUntil: 'domcontentloaded'});
  await page.waitForFunction(
    () => new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(() => frame(true)))),
  );
  release();
  await widgetsRendered(page);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('support-quick-exit')].every((e) => e.shadowRoot?.querySelector('[part="button"]')),
  );
  await page.evaluate(() => (window as unknown as {e2eRunHeldTimers: () => void}).e2eRunHeldTimers());
  return {page, requests: record.requests};
}

// The demo includes the script in <head> as the README recommends: the elements render before
// the first paint. (With `defer` the fallback paints first and the page jumps: about 0.38.)
it.each(PAGES)('%s: layout shift at most %d, and only the files it needs', async (path, most, files) => {
  const {page, requests} = await openWithLanguagesHeld(path);
  expect(await page.evaluate(layoutShift)).toBeLessThanOrEqual(most);
  const widgetFiles = requests
    .filter((url) => url.includes('/dist/'))
    .map((url) => new URL(url).pathname.replace('/dist/', ''));
  expect(widgetFiles.sort()).toEqual([...files].sort());
});

/**
 * The benchmark's pages with \`<script defer>\`, the script held until the page has painted, as on a
 * slow network. With the configurator's fallback inside each element, the fallback paints first and
 * each element takes its place without moving what the reader has on screen. Without one, the
 * empty elements take their room when the script runs, all in one go: one shift, not one per element.
 */
describe('defer, the script arriving after the first paint', () => {
  /** The bench page `name`, its paths made absolute for the test server. */
  const benchPage = (name: string) =>
    BENCH_PAGES.find((page) => page.name === name)!
      .html.replace('../support-widget.js', '/dist/support-widget.js')
      .replace('../../demo/', '/demo/');

  it.each([
    // Lighthouse's phone: what follows each element is below the fold or moves by less than a pixel.
    ['with fallbacks, on a phone', 0.01, 'defer-fallback', {width: 412, height: 823}],
    // Side by side, the card is taller than its plain copy (its buttons, padding and border), so the
    // footer under both columns moves down when it takes over.
    ['with fallbacks, on a desktop', 0.03, 'defer-fallback', {width: 1350, height: 940}],
    // The three elements appear in one frame and push the page down once (0.154); one frame per
    // element would count the article's move again for each (about 0.58).
    ['without fallbacks, on a phone', 0.16, 'defer', {width: 412, height: 823}],
  ])('%s: layout shift at most %d', async (_, most, name, viewport) => {
    const record = await openPage(env.browser, '', {viewport, noGoto: true});
    const {page} = record;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/dist/support-widget.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${env.server.url}${writePage(benchPage(name))}`, {waitUntil: 'commit'});
    await page.waitForFunction(
      () =>
        document.querySelector('footer') &&
        new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(() => frame(true)))),
    );
    const fallbacksShown = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-support-fallback]')].map((copy) => copy.checkVisibility()),
      );
    const fallbacks = name === 'defer-fallback' ? 3 : 0;
    expect(await fallbacksShown()).toEqual(Array(fallbacks).fill(true));
    release();
    await widgetsRendered(page);
    expect(await fallbacksShown()).toEqual(Array(fallbacks).fill(false));
    expect(await page.evaluate(layoutShift)).toBeLessThanOrEqual(most);
  });
});
