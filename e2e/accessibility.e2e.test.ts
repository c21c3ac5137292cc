import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {axeViolations, openPage, useBrowserAndServer, widgetsRendered} from './harness.js';

const env = useBrowserAndServer();

async function open(path: string, viewport = {width: 1280, height: 900}): Promise<Page> {
  const record = await openPage(env.browser, `${env.server.url}${path}`, {viewport});
  await widgetsRendered(record.page);
  return record.page;
}

const DEMO_PAGES = ['/demo/', '/demo/en.html', '/demo/fi.html', '/demo/ar.html', '/demo/fa.html', '/demo/so.html', '/demo/uk.html', '/demo/languages.html'];

describe('axe', () => {
  it.each([...DEMO_PAGES, '/e2e/pages/states.html'])('%s has no violations', async (path) => {
    const page = await open(path);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('finds violations when there are some (the check is live)', async () => {
    const page = await open('/e2e/pages/empty.html');
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="/demo/handlingsplan.pdf">'));
    expect((await axeViolations(page)).join()).toContain('image-alt');
    await page.context().close();
  });
});

interface Focus {
  host: string | null;
  href: string | null;
  outline: boolean;
}

/** The focused element, looking inside shadow roots, with what a sighted keyboard user sees. */
function focused(): Focus {
  let element = document.activeElement!;
  while (element.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  const style = getComputedStyle(element);
  return {
    host: (element.getRootNode() as ShadowRoot).host?.localName ?? null,
    href: element.getAttribute('href'),
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && style.outlineColor !== 'rgba(0, 0, 0, 0)',
  };
}

describe('keyboard', () => {
  it('reaches every widget link with Tab, in reading order, with a visible focus outline', async () => {
    const page = await open('/demo/');
    const seen: Focus[] = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const now = await page.evaluate(focused);
      if (now.host) seen.push(now);
    }
    expect(seen.map((f) => f.href)).toEqual([
      'handlingsplan.pdf',
      'tel:020100200',
      'https://www.raddabarnen.se/oroschatten',
      'https://www.raddabarnen.se/orostelefonen',
      'tel:11414',
      'tel:112',
    ]);
    expect(seen.every((f) => f.outline)).toBe(true);
    await page.context().close();
  });
});

describe('phones and narrow screens', () => {
  it('makes call and chat at least 44 by 44 CSS pixels on a phone', async () => {
    const page = await open('/demo/', {width: 320, height: 640});
    for (const part of ['call-link', 'chat-link']) {
      const box = (await page.locator(`support-helpline-card [part="${part}"]`).boundingBox())!;
      expect(box.width, part).toBeGreaterThanOrEqual(44);
      expect(box.height, part).toBeGreaterThanOrEqual(44);
    }
    await page.context().close();
  });

  it.each([
    ['a 320 px viewport', '/demo/', 320],
    ['a 320 px viewport, right to left', '/demo/ar.html', 320],
    ['a 200 px sidebar', '/e2e/pages/states.html', 1280],
  ])('has no horizontal scrolling in %s', async (_, path, width) => {
    const page = await open(path, {width, height: 800});
    const overflowing = await page.evaluate(() => {
      const wide: string[] = [];
      if (document.documentElement.scrollWidth > document.documentElement.clientWidth) wide.push('page');
      for (const element of document.querySelectorAll('support-info-panel, support-helpline-card, support-action-plan')) {
        const root = element.shadowRoot!.querySelector('.root')!;
        if (root.scrollWidth > root.clientWidth) wide.push(`${element.localName}: ${root.scrollWidth} > ${root.clientWidth}`);
      }
      return wide;
    });
    expect(overflowing).toEqual([]);
    if (width === 1280) {
      const sidebar = await page.locator('.sidebar support-helpline-card').boundingBox();
      expect(sidebar!.width).toBeLessThanOrEqual(200);
    }
    await page.context().close();
  });
});

describe('forced colours (Windows high contrast)', () => {
  it('keeps the card border, the call link border and the focus outline visible', async () => {
    const page = await open('/demo/');
    await page.emulateMedia({forcedColors: 'active'});
    const call = page.locator('support-helpline-card [part="call-link"]');
    await call.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const styles = await page.evaluate(() => {
      const root = document.querySelector('support-helpline-card')!.shadowRoot!;
      const visible = (width: string, style: string, color: string) => parseFloat(width) > 0 && style !== 'none' && color !== 'rgba(0, 0, 0, 0)';
      const card = getComputedStyle(root.querySelector('.card')!);
      const link = getComputedStyle(root.querySelector('[part="call-link"]')!);
      return {
        forced: matchMedia('(forced-colors: active)').matches,
        card: visible(card.borderTopWidth, card.borderTopStyle, card.borderTopColor),
        callBorder: visible(link.borderTopWidth, link.borderTopStyle, link.borderTopColor),
        focus: root.activeElement === root.querySelector('[part="call-link"]') && visible(link.outlineWidth, link.outlineStyle, link.outlineColor),
      };
    });
    expect(styles).toEqual({forced: true, card: true, callBorder: true, focus: true});
    await page.context().close();
  });
});

describe('the accessibility tree', () => {
  it('has headings at the levels the editor chose', async () => {
    const page = await open('/e2e/pages/states.html');
    const tree = await page.locator('main').ariaSnapshot();
    expect(tree).toContain('heading "Minimal" [level=2]');
    expect(tree).toContain('heading "Everything" [level=3]');
    expect(tree).toContain('heading "Level four, no emergency line" [level=4]');
    expect(tree).toContain('heading "Support line" [level=2]'); // heading-level="9" falls back to 2
    await page.context().close();
  });

  it('announces the phone number as written, digits in order, in every language', async () => {
    for (const [path, call] of [['/demo/', 'Ring'], ['/demo/en.html', 'Call'], ['/demo/ar.html', 'اتصل بالرقم']]) {
      const page = await open(path);
      const name = (await page.locator('support-helpline-card [part="call-link"]').ariaSnapshot()).replace(/[\u2060\u2066-\u2069]/g, '');
      expect(name, path).toMatch(new RegExp(`link "${call} 020-100.200"`));
      await page.context().close();
    }
  });

  it('names the download with its title, type and size', async () => {
    const page = await open('/demo/en.html');
    expect(await page.locator('support-action-plan [part="download-link"]').ariaSnapshot()).toContain(
      'link "Action plan against violent extremism (PDF, 708 byte, in Swedish)"',
    );
    await page.context().close();
  });
});

describe('print', () => {
  it('prints the addresses of web links next to them', async () => {
    const page = await open('/demo/en.html');
    await page.emulateMedia({media: 'print'});
    const after = await page.evaluate(() => {
      const chat = document.querySelector('support-helpline-card')!.shadowRoot!.querySelector('[part="chat-link"]')!;
      return getComputedStyle(chat, '::after').content;
    });
    expect(after).toBe('" (https://www.raddabarnen.se/oroschatten)"');
    await page.context().close();
  });
});
