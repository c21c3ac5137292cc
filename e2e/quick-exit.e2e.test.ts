/**
 * The quick exit on real pages: it leaves by click and by Shift three times, replacing this page
 * in the history; the page disappears behind the overlay at once; the button stays in view and
 * never covers the focused element; screen readers are told how many presses are left.
 */
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {chromium, type Page} from 'playwright-core';
import {beforeAll, describe, expect, it} from 'vitest';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../scripts/chromium.mjs';
import {
  accessibilityTree,
  axeViolations,
  openHtml,
  openPage,
  startServer,
  useBrowserAndServer,
  writePage,
  type WidgetElement,
} from './helpers.js';
import {NEUTRAL, pageWith, ready} from './quick-exit-page.js';

const env = useBrowserAndServer(import.meta.url);

const QUICK_EXIT = `<support-quick-exit href="${NEUTRAL}"><a href="${NEUTRAL}">Leave this page</a></support-quick-exit>`;

/** The status message screen readers are given, as the element holds it. */
const status = (page: Page) =>
  page.evaluate(() =>
    document.querySelector('support-quick-exit')!.shadowRoot!.querySelector('[role="status"]')!.textContent.trim(),
  );

const waitForStatus = (page: Page, text: string) =>
  page.waitForFunction(
    (expected) =>
      document
        .querySelector('support-quick-exit')
        ?.shadowRoot?.querySelector('[role="status"]')
        ?.textContent?.trim() === expected,
    text,
  );

/** Opens page A, then the quick exit's page B from it, as a resident would arrive. */
async function openFromAnotherPage(body = QUICK_EXIT) {
  const record = await openPage(env.browser, `${env.server.url}/e2e/pages/empty.html?before`);
  const {page} = record;
  await page.goto(`${env.server.url}${writePage(pageWith(body))}`);
  await ready(page);
  return record;
}

describe('leaving', () => {
  it('a click leaves with location.replace: the history does not grow, and Back goes to the page before', async () => {
    const {page} = await openFromAnotherPage();
    const length = await page.evaluate(() => history.length);
    const left = page.waitForEvent('framenavigated', (frame) => frame.url().endsWith(NEUTRAL));
    await page.locator('support-quick-exit [part="button"]').click();
    await left;
    expect(await page.evaluate(() => history.length)).toBe(length);
    await page.goBack();
    expect(page.url()).toBe(`${env.server.url}/e2e/pages/empty.html?before`);
  });

  it('Shift pressed three times leaves, telling screen readers how many presses are left', async () => {
    const {page} = await openFromAnotherPage();
    await page.keyboard.press('Shift');
    await waitForStatus(page, 'Press Shift 2 more times to leave');
    await page.keyboard.press('Shift');
    await waitForStatus(page, 'Press Shift 1 more time to leave');
    const left = page.waitForEvent('framenavigated', (frame) => frame.url().endsWith(NEUTRAL));
    await page.keyboard.press('Shift');
    await left;
  });

  it('a Shift that is part of a shortcut does not count', async () => {
    const {page} = await openFromAnotherPage();
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await waitForStatus(page, 'Press Shift 1 more time to leave');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    // The Shift of Shift+A did not count and started the count again: this Shift is the first.
    await waitForStatus(page, 'Press Shift 2 more times to leave');
    expect(page.url()).not.toContain('neutral');
  });

  it('tells the site before it goes, once', async () => {
    const {page} = await openFromAnotherPage();
    await page.evaluate(() =>
      document.addEventListener('support-quick-exit', (event) =>
        sessionStorage.setItem('e2e-exit', JSON.stringify((event as CustomEvent).detail)),
      ),
    );
    // The neutral page is on the same origin, so it can read what the page before it stored.
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(`**${NEUTRAL}`);
    expect(JSON.parse((await page.evaluate(() => sessionStorage.getItem('e2e-exit')))!)).toEqual({
      href: `${env.server.url}${NEUTRAL}`,
    });
  });
});

describe('the overlay', () => {
  /**
   * A neutral page that answers 204 No Content: the browser then stays where it is, with the
   * overlay up, as when the network is slow or fails. On another port, so it is a real navigation.
   */
  let noContent: {url: string; close: () => Promise<void>};
  beforeAll(async () => {
    const server = createServer((_, response) => response.writeHead(204).end());
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    noContent = {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
      close: () => new Promise((done) => server.close(() => done())),
    };
    env.afterBrowser(() => noContent.close());
  });

  const stayingExit = () =>
    `<support-quick-exit href="${noContent.url}"></support-quick-exit><h1>Worried about someone</h1><p>${'Text. '.repeat(200)}</p>`;

  it('covers the whole page at once, and the page behind is inert', async () => {
    const {page} = await openHtml(env.browser, env.server, pageWith(stayingExit()), {
      viewport: {width: 375, height: 667},
    });
    await ready(page);
    await page.locator('support-quick-exit [part="button"]').click();
    const covered = await page.evaluate(() => {
      const root = document.querySelector('support-quick-exit')!.shadowRoot!;
      const overlay = root.querySelector('[part="overlay"]')!;
      const points = [
        [1, 1],
        [innerWidth - 2, 1],
        [innerWidth / 2, innerHeight / 2],
        [1, innerHeight - 2],
        [innerWidth - 2, innerHeight - 2],
      ];
      return points.every(([x, y]) => overlay.contains(root.elementFromPoint(x!, y!)));
    });
    expect(covered).toBe(true);
    // A screen reader finds only the overlay's words: the page behind is inert.
    const tree = await accessibilityTree(page);
    expect(tree.filter((node) => node.role === 'heading')).toEqual([]);
    expect(tree).toContainEqual({role: 'dialog', name: 'Leaving this page'});
  });

  it('is gone when the page comes back from the back/forward cache', async () => {
    // Playwright turns the back/forward cache off by default; this browser has it. The page is
    // served without `no-store` (the test server's default), which would keep it out of the cache.
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      ignoreDefaultArgs: ['--disable-back-forward-cache'],
    });
    const server = await startServer({headers: () => ({'cache-control': 'no-cache'})});
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}${writePage(pageWith(stayingExit()))}`);
      await ready(page);
      await page.evaluate(() => ((window as unknown as {e2eStillHere: boolean}).e2eStillHere = true));
      await page.locator('support-quick-exit [part="button"]').click();
      await page.waitForFunction(
        () => document.querySelector('support-quick-exit')!.shadowRoot!.querySelector('dialog')!.open,
      );
      await page.goto(`${server.url}/e2e/pages/empty.html?after`);
      // A page from the cache fires no load event: wait for the navigation to commit only.
      await page.goBack({waitUntil: 'commit'});
      await page.waitForFunction(() => document.querySelector('support-quick-exit'));
      // The same page, not a new load of it: what the page set before it left is still there.
      expect(await page.evaluate(() => (window as unknown as {e2eStillHere?: boolean}).e2eStillHere)).toBe(true);
      expect(
        await page.evaluate(
          () => document.querySelector('support-quick-exit')!.shadowRoot!.querySelector('dialog')!.open,
        ),
      ).toBe(false);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('in view', () => {
  const column = (inner: string) => `
    <p>Before the column.</p>
    <div style="height: 400px; overflow: auto; transform: translateX(0); border: 1px solid">
      ${inner}
    </div>
    <div style="height: 3000px"></div>`;

  it('stays in view inside a scrolled, transformed content column', async () => {
    const {page} = await openHtml(
      env.browser,
      env.server,
      pageWith(column(`${QUICK_EXIT}${'<p>Text in the column.</p>'.repeat(100)}`)),
      {viewport: {width: 375, height: 667}},
    );
    await ready(page);
    const inView = () =>
      page.evaluate(() => {
        const root = document.querySelector('support-quick-exit')!.shadowRoot!;
        const button = root.querySelector('[part="button"]')!;
        const r = button.getBoundingClientRect();
        const visible = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
        return visible && button.contains(root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      });
    expect(await inView()).toBe(true);
    // The column scrolls: the button's place leaves the column's view.
    await page.evaluate(() => document.querySelector('main div')!.scrollTo(0, 2000));
    await page.waitForFunction(() => document.querySelector('support-quick-exit')!.shadowRoot!.querySelector('.stuck'));
    expect(await inView()).toBe(true);
    // The page scrolls too.
    await page.evaluate(() => scrollTo(0, 2000));
    expect(await inView()).toBe(true);
  });

  it('never covers the focused element', async () => {
    const links = Array.from(
      {length: 40},
      (_, i) => `<p><a href="#l${i}" style="display: block">Link ${i}, as wide as the column</a></p>`,
    ).join('');
    const {page} = await openHtml(env.browser, env.server, pageWith(`${QUICK_EXIT}${links}`), {
      viewport: {width: 375, height: 500},
    });
    await ready(page);
    await page.evaluate(() => document.querySelector<HTMLElement>('main a')!.focus()); // the fallback link is hidden
    const overlaps: string[] = [];
    let stuckSeen = false;
    // Down the page with Tab, then back up with Shift+Tab: going up, the browser scrolls each link
    // in at the top edge, where the stuck button is. (Shift+Tab is a shortcut: it never counts.)
    for (const key of [...Array<string>(41).fill('Tab'), ...Array<string>(40).fill('Shift+Tab')]) {
      await page.keyboard.press(key);
      // After the widget's own frame: it scrolls a covered element clear in the frame after focus.
      await page.evaluate(() => new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame))));
      const found = await page.evaluate(() => {
        const focused = document.activeElement;
        const bar = document.querySelector('support-quick-exit')!.shadowRoot!.querySelector('.stuck');
        // The quick exit itself, or the browser's own controls (after the last link).
        if (!bar || !focused || focused === document.body || focused.localName === 'support-quick-exit')
          return {stuck: !!bar};
        const b = bar.getBoundingClientRect();
        const f = focused.getBoundingClientRect();
        const covered = f.top < b.bottom && f.bottom > b.top && f.left < b.right && f.right > b.left;
        return {stuck: true, covered: covered ? focused.textContent : undefined};
      });
      stuckSeen ||= found.stuck;
      if (found.covered) overlaps.push(found.covered);
    }
    expect(stuckSeen).toBe(true);
    expect(overlaps).toEqual([]);
  });
});

describe('one of everything', () => {
  it('two elements share one key listener and load quick-exit.js once; one Shift counts once', async () => {
    const {page, requests} = await openHtml(env.browser, env.server, pageWith(`${QUICK_EXIT}<p>Text</p>${QUICK_EXIT}`));
    await page.waitForFunction(() =>
      [...document.querySelectorAll('support-quick-exit')].every((e) => e.shadowRoot?.querySelector('[part="button"]')),
    );
    const cdp = await page.context().newCDPSession(page);
    // On window, in the capture phase, from when the script runs (src/quick-exit/quick-exit.ts).
    const {result} = await cdp.send('Runtime.evaluate', {expression: 'window'});
    const {listeners} = await cdp.send('DOMDebugger.getEventListeners', {objectId: result.objectId!});
    expect(listeners.filter((l) => l.type === 'keydown')).toHaveLength(1);
    expect(listeners.filter((l) => l.type === 'keyup')).toHaveLength(1);
    expect(requests.filter((url) => url.endsWith('/dist/quick-exit.js'))).toHaveLength(1);
    await page.keyboard.press('Shift');
    await waitForStatus(page, 'Press Shift 2 more times to leave');
    // Only the first element speaks, so a screen reader hears the message once.
    const messages = await page.evaluate(() =>
      [...document.querySelectorAll('support-quick-exit')].map((e) =>
        e.shadowRoot!.querySelector('[role="status"]')!.textContent.trim(),
      ),
    );
    expect(messages).toEqual(['Press Shift 2 more times to leave', '']);
  });

  it('works under the README’s strict Content-Security-Policy with Trusted Types', async () => {
    // A violation fails the test by itself (helpers.ts): the file, its styles, the stuck button.
    const {page} = await openHtml(env.browser, env.server, pageWith(QUICK_EXIT + '<p>Text.</p>'.repeat(200)), {
      query: 'tt',
      viewport: {width: 375, height: 667},
    });
    await ready(page);
    await page.evaluate(() => scrollTo(0, 1000));
    await page.waitForFunction(() => document.querySelector('support-quick-exit')!.shadowRoot!.querySelector('.stuck'));
    const colour = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('support-quick-exit')!.shadowRoot!.querySelector('[part="button"]')!)
          .backgroundColor,
    );
    expect(colour).toBe('rgb(163, 20, 43)');
  });

  it('a page without the element never loads quick-exit.js', async () => {
    const {page, requests} = await openHtml(
      env.browser,
      env.server,
      pageWith('<support-info-panel></support-info-panel>'),
    );
    await page.waitForFunction(() => document.querySelector<WidgetElement>('support-info-panel')?.rendered);
    expect(requests.filter((url) => url.includes('quick-exit'))).toEqual([]);
  });

  it('if quick-exit.js cannot be loaded, the fallback link shows and one warning says why', async () => {
    const record = await openPage(env.browser, '', {noGoto: true});
    await record.page.route('**/dist/quick-exit.js', (route) => route.fulfill({status: 404}));
    await record.page.goto(`${env.server.url}${writePage(pageWith(QUICK_EXIT))}`);
    const fallback = record.page.locator('support-quick-exit > a');
    await fallback.waitFor({state: 'visible'});
    expect(record.warnings.filter((w) => w.includes('support-quick-exit'))).toHaveLength(1);
    expect(await fallback.getAttribute('href')).toBe(NEUTRAL);
  });
});

describe('accessibility', () => {
  it.each([
    ['en', 'Leave this page'],
    ['sv', 'Lämna sidan'],
    ['ar', 'غادر هذه الصفحة'],
  ])(
    '%s: the button is "%s", axe finds nothing, and the status message is in the accessibility tree',
    async (lang, name) => {
      const {page} = await openHtml(env.browser, env.server, pageWith(`${QUICK_EXIT}<h1>Page</h1>`, {lang}), {});
      await ready(page);
      await page.waitForFunction(() => document.querySelector<WidgetElement>('support-quick-exit')!.rendered);
      expect(await axeViolations(page)).toEqual([]);
      // A link read as a button, as GOV.UK's Exit this page: the one control that acts at once.
      expect(await accessibilityTree(page)).toContainEqual({role: 'button', name});
      await page.keyboard.press('Shift');
      await page.waitForFunction(() =>
        document.querySelector('support-quick-exit')!.shadowRoot!.querySelector('[role="status"]')!.textContent.trim(),
      );
      const tree = await accessibilityTree(page);
      const i = tree.findIndex((node) => node.role === 'status');
      expect(i).toBeGreaterThan(-1);
      expect(tree[i + 1]?.name).toBe(await status(page));
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});
