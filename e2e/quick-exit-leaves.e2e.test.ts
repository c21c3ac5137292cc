/**
 * The quick exit leaves whatever the page around it does: a link back to the page itself, a page
 * or polyfill that breaks showModal or dispatchEvent, key listeners of its own, events a script
 * makes up, Shift held for a click; several copies on one page; a fixed header over it; frames.
 */
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {openHtml, openPage, useBrowserAndServer, writePage} from './helpers.js';
import {NEUTRAL, pageWith, ready} from './quick-exit-page.js';

const env = useBrowserAndServer(import.meta.url);

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

/** Whether the quick exit with `href` has its button stuck to the window's corner. */
const stuck = (page: Page, href: string) =>
  page.evaluate(
    (h) => !!document.querySelector(`support-quick-exit[href="${h}"]`)!.shadowRoot!.querySelector('.stuck'),
    href,
  );

describe('several quick exits: the visible one acts', () => {
  const MENU = '/e2e/pages/empty.html?menu';
  const twoCopies = `
    <nav id="menu" style="display: none"><support-quick-exit href="${MENU}"></support-quick-exit></nav>
    <div style="height: 3000px"></div>
    <support-quick-exit href="${NEUTRAL}"></support-quick-exit>`;

  it('a hidden menu copy and a visible one 3,000 px down: the visible one sticks, speaks, and Shift leaves for its address', async () => {
    const {page} = await openHtml(env.browser, env.server, pageWith(twoCopies), {viewport: {width: 800, height: 600}});
    await ready(page);
    await page.waitForFunction(
      (h) => !!document.querySelector(`support-quick-exit[href="${h}"]`)!.shadowRoot!.querySelector('.stuck'),
      NEUTRAL,
    );
    expect(await stuck(page, MENU)).toBe(false);
    await page.keyboard.press('Shift');
    await page.waitForFunction(
      (h) =>
        document
          .querySelector(`support-quick-exit[href="${h}"]`)!
          .shadowRoot!.querySelector('[role="status"]')!
          .textContent.trim() === 'Press Shift 2 more times to leave',
      NEUTRAL,
    );
    const left = leftFor(page, NEUTRAL);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await left;
  });

  it('when the menu opens, its copy acts: it is first on the page, and Shift leaves for its address', async () => {
    const {page} = await openHtml(env.browser, env.server, pageWith(twoCopies), {viewport: {width: 800, height: 600}});
    await ready(page);
    await page.evaluate(() => (document.getElementById('menu')!.style.display = 'block'));
    await page.waitForFunction(
      (h) => !document.querySelector(`support-quick-exit[href="${h}"]`)!.shadowRoot!.querySelector('.stuck'),
      NEUTRAL,
    );
    const left = leftFor(page, MENU);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await left;
  });

  it('each button leaves for its own address', async () => {
    const {page} = await openHtml(
      env.browser,
      env.server,
      pageWith(
        `<support-quick-exit href="${MENU}"></support-quick-exit><support-quick-exit href="${NEUTRAL}"></support-quick-exit>`,
      ),
    );
    await ready(page);
    const left = leftFor(page, NEUTRAL);
    await page.locator(`support-quick-exit[href="${NEUTRAL}"] [part="button"]`).click();
    await left;
  });
});

describe('covered or framed', () => {
  it('a 120 px fixed header over its place counts as out of view: the button sticks above it', async () => {
    const {page} = await openHtml(
      env.browser,
      env.server,
      pageWith(
        `<header style="position: fixed; inset: 0 0 auto; height: 120px; background: #fff; z-index: 10">Site</header>
         <div style="height: 130px"></div>
         <support-quick-exit href="${NEUTRAL}"></support-quick-exit>
         <div style="height: 3000px"></div>`,
      ),
      {viewport: {width: 800, height: 600}},
    );
    await ready(page);
    /** Whether the button can be clicked where it is: nothing of the page is over its centre. */
    const clickable = () =>
      page.evaluate(() => {
        const root = document.querySelector('support-quick-exit')!.shadowRoot!;
        const button = root.querySelector('[part="button"]')!;
        const r = button.getBoundingClientRect();
        return button.contains(root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      });
    // At the top, the place is below the header: in view, in its place.
    for (const [y, sticks] of [
      [0, false],
      [40, true], // half under the header, the place still wholly in the window
      [100, true],
      [2000, true],
      [0, false],
    ] as const) {
      await page.evaluate((top) => scrollTo(0, top), y);
      await page.waitForFunction(
        (want) => !!document.querySelector('support-quick-exit')!.shadowRoot!.querySelector('.stuck') === want,
        sticks,
      );
      // Read once the page has settled after the scroll: a busy machine may be a frame behind.
      await expect.poll(clickable, {message: `at ${y} px`}).toBe(true);
    }
  });

  const framed = async (attributes: string, frameOrigin: string) => {
    const inner = writePage(pageWith(`<support-quick-exit href="${NEUTRAL}"></support-quick-exit>`));
    const {page} = await openHtml(
      env.browser,
      env.server,
      `<!doctype html><title>Outer</title><iframe ${attributes} src="${frameOrigin}${inner}" style="width: 600px; height: 300px"></iframe>`,
    );
    const frame = page.frameLocator('iframe');
    await frame.locator('support-quick-exit [part="button"]').waitFor();
    return {page, button: frame.locator('support-quick-exit [part="button"]')};
  };

  it('in a same-origin frame, the whole tab leaves', async () => {
    const {page, button} = await framed('', env.server.url);
    const left = leftFor(page, NEUTRAL);
    await button.click();
    await left;
  });

  it('in a frame from another origin, the whole tab leaves after the resident’s click', async () => {
    const {page, button} = await framed('', env.server.url.replace('127.0.0.1', 'localhost'));
    const left = leftFor(page, NEUTRAL);
    await button.click();
    await left;
  });

  it('in a sandbox without allow-top-navigation, the frame leaves (the page around it is out of reach)', async () => {
    const {page, button} = await framed('sandbox="allow-scripts allow-same-origin"', env.server.url);
    const outer = page.url();
    await button.click();
    await page.waitForFunction(
      (end) => document.querySelector('iframe')!.contentWindow!.location.href.endsWith(end),
      NEUTRAL,
    );
    expect(page.url()).toBe(outer);
  });
});
