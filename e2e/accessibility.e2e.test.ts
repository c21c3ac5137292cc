/**
 * Accessibility beyond axe: keyboard order and focus, target sizes, narrow screens and
 * sidebars, forced colours, and what Chromium's accessibility tree gives screen readers.
 */
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {
  accessibilityTree,
  axeViolations,
  openPage,
  plain,
  useBrowserAndServer,
  widgetsRendered,
  WIDGETS,
  type WidgetElement,
} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

async function open(path: string, viewport = {width: 1280, height: 900}): Promise<Page> {
  const {page} = await openPage(env.browser, `${env.server.url}${path}`, {viewport});
  await widgetsRendered(page);
  // On a busy machine hours.js can arrive after a card has stopped waiting for it (it then shows
  // the hours as written); these pages' hours are all readable, so wait for their disclosures.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('support-helpline-card:is([phone-hours], [chat-hours])')].every((card) =>
      card.shadowRoot!.querySelector('details'),
    ),
  );
  // Likewise the quick exit's button, which comes with quick-exit.js.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('support-quick-exit')].every((exit) =>
      exit.shadowRoot!.querySelector('[part="button"]'),
    ),
  );
  return page;
}

const DEMO_PAGES = [
  '/demo/',
  '/demo/en.html',
  '/demo/fi.html',
  '/demo/ar.html',
  '/demo/fa.html',
  '/demo/so.html',
  '/demo/uk.html',
  '/demo/languages.html',
];
const STATE_PAGES = [
  '/e2e/pages/state-minimal.html',
  '/e2e/pages/state-full.html',
  '/e2e/pages/state-bad-input.html',
  '/e2e/pages/state-heading-4.html',
  '/e2e/pages/state-no-emergency.html',
  '/e2e/pages/states.html',
  '/e2e/pages/long-words.html',
];

describe('axe', () => {
  it.each([...DEMO_PAGES, ...STATE_PAGES])('%s has no violations', async (path) => {
    expect(await axeViolations(await open(path))).toEqual([]);
  });

  it('finds violations when there are some (the check is live)', async () => {
    const page = await open('/e2e/pages/empty.html');
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="/demo/handlingsplan.pdf">'));
    expect((await axeViolations(page)).join()).toContain('image-alt');
  });
});

interface Focus {
  host: string | null;
  href: string | null;
  outline: string;
}

/** The focused element, looking inside shadow roots, with the outline a sighted keyboard user sees. */
function focused(): Focus {
  let element = document.activeElement!;
  while (element.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  const style = getComputedStyle(element);
  const visible =
    style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
  return {
    host: (element.getRootNode() as ShadowRoot).host?.localName ?? null,
    // A disclosure's summary (the week's opening hours) is a stop too.
    href: element.localName === 'summary' ? 'summary' : element.getAttribute('href'),
    outline: visible ? 'visible' : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
  };
}

/** Every link and disclosure inside the widgets' shadow roots, in document order: the order Tab must follow. */
function widgetLinks(selector: string): string[] {
  return [...document.querySelectorAll(selector)].flatMap((element) =>
    [...element.shadowRoot!.querySelectorAll('a[href], summary')].map((a) => a.getAttribute('href') ?? 'summary'),
  );
}

describe('keyboard', () => {
  it.each(['/demo/', '/demo/ar.html', '/e2e/pages/state-full.html', '/e2e/pages/states.html'])(
    '%s: Tab reaches every widget link, in document order, each with a visible focus outline',
    async (path) => {
      const page = await open(path);
      const expected = await page.evaluate(widgetLinks, WIDGETS);
      expect(expected.length).toBeGreaterThan(0);
      const seen: Focus[] = [];
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const now = await page.evaluate(focused);
        if (now.host) seen.push(now);
        if (now.host === null && seen.length >= expected.length) break;
      }
      expect(seen.map((f) => f.href)).toEqual(expected);
      expect(seen.filter((f) => f.outline !== 'visible')).toEqual([]);
    },
  );
});

/** Sizes of the widget's links: call and chat, and every other link. */
function targetSizes(page: Page) {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].flatMap((element) =>
        [...element.shadowRoot!.querySelectorAll<HTMLElement>('a[href]')].map((a) => {
          const box = a.getBoundingClientRect();
          return {part: a.getAttribute('part') ?? a.dataset.channel ?? 'link', width: box.width, height: box.height};
        }),
      ),
    WIDGETS,
  );
}

describe('targets and narrow screens', () => {
  it.each([
    ['/demo/ on a 320 px phone', '/demo/', 320],
    ['/demo/ar.html on a 320 px phone', '/demo/ar.html', 320],
    ['the 200 px sidebar', '/e2e/pages/states.html', 1280],
    ['long words in the 200 px sidebar', '/e2e/pages/long-words.html', 1280],
  ])('%s: call and chat are at least 44×44 CSS px, every other link at least 24×24', async (_, path, width) => {
    const page = await open(path, {width, height: 800});
    const sizes = await targetSizes(page);
    const main = sizes.filter((s) => s.part === 'call-link' || s.part === 'chat-link');
    expect(main.length).toBeGreaterThanOrEqual(2);
    expect(main.filter((s) => s.width < 44 || s.height < 44)).toEqual([]);
    expect(sizes.filter((s) => s.width < 24 || s.height < 24)).toEqual([]);
  });

  it.each([
    ['a 320 px viewport', '/demo/', 320],
    ['a 320 px viewport, English', '/demo/en.html', 320],
    ['a 320 px viewport, right to left', '/demo/ar.html', 320],
    ['a 320 px viewport, every language', '/demo/languages.html', 320],
    ['a 200 px sidebar', '/e2e/pages/states.html', 1280],
    ['a 200 px sidebar with long words, long numbers and many languages', '/e2e/pages/long-words.html', 1280],
  ])('no horizontal scrolling in %s', async (_, path, width) => {
    const page = await open(path, {width, height: 800});
    const overflowing = await page.evaluate((selector) => {
      const wide: string[] = [];
      const html = document.documentElement;
      if (html.scrollWidth > html.clientWidth) wide.push(`page: ${html.scrollWidth} > ${html.clientWidth}`);
      for (const element of document.querySelectorAll<WidgetElement>(selector)) {
        if (!element.rendered) {
          wide.push(`${element.localName} has not rendered`);
          continue;
        }
        // What the element shows of its own: the element in its shadow root that carries its language.
        const root = element.shadowRoot!.querySelector('[lang]')!;
        if (element.scrollWidth > element.clientWidth)
          wide.push(`${element.localName}: ${element.scrollWidth} > ${element.clientWidth}`);
        if (root.scrollWidth > root.clientWidth)
          wide.push(`${element.localName} content: ${root.scrollWidth} > ${root.clientWidth}`);
        const right = element.getBoundingClientRect().right;
        for (const child of element.shadowRoot!.querySelectorAll('*')) {
          const box = child.getBoundingClientRect();
          if (box.width > 0 && (box.right > right + 0.5 || box.left < element.getBoundingClientRect().left - 0.5))
            wide.push(`${element.localName} <${child.localName}> sticks out`);
        }
      }
      return wide;
    }, WIDGETS);
    expect(overflowing).toEqual([]);
    if (width === 1280) {
      for (const box of await page
        .locator('.sidebar > *')
        .evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().width))) {
        expect(box).toBeLessThanOrEqual(200);
      }
    }
  });
});

describe('forced colours (Windows high contrast)', () => {
  it('keeps the card border, the call link border and the focus outline visible', async () => {
    const page = await open('/demo/');
    await page.emulateMedia({forcedColors: 'active'});
    await page.locator('support-helpline-card [part="call-link"]').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const styles = await page.evaluate(() => {
      const root = document.querySelector('support-helpline-card')!.shadowRoot!;
      const visible = (width: string, style: string, color: string) =>
        parseFloat(width) > 0 && style !== 'none' && color !== 'rgba(0, 0, 0, 0)';
      const card = getComputedStyle(root.querySelector('[part="card"]')!);
      const link = getComputedStyle(root.querySelector('[part="call-link"]')!);
      return {
        forced: matchMedia('(forced-colors: active)').matches,
        card: visible(card.borderTopWidth, card.borderTopStyle, card.borderTopColor),
        callBorder: visible(link.borderTopWidth, link.borderTopStyle, link.borderTopColor),
        focus:
          root.activeElement === root.querySelector('[part="call-link"]') &&
          visible(link.outlineWidth, link.outlineStyle, link.outlineColor),
      };
    });
    expect(styles).toEqual({forced: true, card: true, callBorder: true, focus: true});
  });
});

describe('the accessibility tree (Chromium’s, as screen readers get it)', () => {
  /** Headings of the page in order, as role, level and name. */
  async function headings(path: string) {
    const tree = await accessibilityTree(await open(path));
    return tree.filter((node) => node.role === 'heading').map((node) => `${node.level} ${plain(node.name)}`);
  }

  it('has headings at the levels the editor chose', async () => {
    expect(await headings('/e2e/pages/states.html')).toEqual([
      '1 States',
      '2 Minimal',
      '3 Everything',
      '4 Level four, no emergency line',
      '2 Support line', // heading-level="9" falls back to 2
      '3 Violent extremism',
      '2 Our own words',
      '2 Violent extremism',
      '2 In a 200 px sidebar',
    ]);
    expect(await headings('/e2e/pages/state-heading-4.html')).toEqual([
      '1 Heading level four',
      '2 Safety',
      '3 Where to get help',
      '4 Violent extremism',
      '4 Orostelefonen',
    ]);
  });

  it('announces the phone number as written, digits in order, in Swedish, English and Arabic', async () => {
    for (const [path, call] of [
      ['/demo/', 'Ring'],
      ['/demo/en.html', 'Call'],
      ['/demo/ar.html', 'اتصل بالرقم'],
    ] as const) {
      const tree = await accessibilityTree(await open(path));
      const links = tree.filter((node) => node.role === 'link').map((node) => plain(node.name));
      expect(links, path).toContain(`${call} 020-100 200`);
      // Police and emergency numbers are links too, their digits in order.
      expect(
        links.some((name) => name.includes('114 14')),
        path,
      ).toBe(true);
      expect(
        links.some((name) => /(^|\D)112(\D|$)/.test(name)),
        path,
      ).toBe(true);
    }
  });

  it('names the download with its title, type and size', async () => {
    const tree = await accessibilityTree(await open('/demo/en.html'));
    expect(tree.filter((node) => node.role === 'link').map((node) => plain(node.name))).toContain(
      'Action plan against violent extremism (PDF, 32 kB, in Swedish)',
    );
    const minimal = await accessibilityTree(await open('/e2e/pages/state-full.html'));
    expect(minimal.filter((node) => node.role === 'link').map((node) => plain(node.name))).toContain(
      'Action plan against violent extremism (PDF, 1.2 MB, in Swedish)',
    );
  });
});

describe('print', () => {
  it('prints the addresses of web links next to them, relative ones made absolute, none after phone numbers', async () => {
    const page = await open('/demo/en.html');
    await page.emulateMedia({media: 'print'});
    const printed = await page.evaluate(() => {
      const after = (host: string, part: string) =>
        getComputedStyle(
          document.querySelector(host)!.shadowRoot!.querySelector(`[part="${part}"] .address`) ?? document.body,
          '::after',
        ).content;
      return {
        chat: after('support-helpline-card', 'chat-link'),
        call: after('support-helpline-card', 'call-link'),
        plan: after('support-action-plan', 'download-link'),
      };
    });
    expect(printed).toEqual({
      chat: '" (https://www.raddabarnen.se/oroschatten)"',
      call: 'none',
      plan: `" (${new URL('/demo/handlingsplan.pdf', page.url()).href})"`,
    });
  });
});
