/**
 * Colours that adapt to the host page: on a light page, a dark page (#121212 with #eeeeee text)
 * and a mid-tone brand band (#0B5FA5 with white text), every text and link in the elements has at
 * least 4.5:1 against the background actually behind it, and the keyboard focus indicator at least
 * 3:1, measured in the browser with the WCAG 2 contrast formula.
 */
import {mkdirSync} from 'node:fs';
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {openPage, ROOT, useBrowserAndServer, widgetsRendered} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

/** Helpers installed in the page: colour parsing, compositing and the WCAG 2 contrast ratio (the test's oracle). */
function installContrast(page: Page) {
  return page.evaluate(() => {
    type RGBA = [number, number, number, number];
    const parse = (color: string): RGBA => {
      const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(color);
      if (!match) throw new Error(`unparsed colour ${color}`);
      return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
    };
    /** `top` painted over the opaque `bottom`. */
    const over = (top: RGBA, bottom: RGBA): RGBA =>
      [0, 1, 2].map((i) => top[i]! * top[3] + bottom[i]! * (1 - top[3])).concat(1) as RGBA;
    const composedParent = (element: Element): Element | null =>
      element.parentElement ?? (element.parentNode instanceof ShadowRoot ? element.parentNode.host : null);
    /** The opaque colour behind `element`: its own and its composed ancestors' backgrounds, over a white canvas. */
    const backgroundBehind = (element: Element | null): RGBA => {
      const layers: RGBA[] = [];
      for (let current = element; current; current = composedParent(current)) {
        const color = parse(getComputedStyle(current).backgroundColor);
        if (color[3] > 0) layers.push(color);
        if (color[3] === 1) break;
      }
      return layers.reduceRight<RGBA>((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    const channel = (v: number) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const luminance = ([r, g, b]: RGBA) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    const ratio = (a: RGBA, b: RGBA) => {
      const [one, other] = [luminance(a), luminance(b)];
      return (Math.max(one, other) + 0.05) / (Math.min(one, other) + 0.05);
    };
    (window as unknown as {e2eContrast: unknown}).e2eContrast = {parse, over, backgroundBehind, ratio, composedParent};
  });
}

interface Contrast {
  parse: (color: string) => [number, number, number, number];
  over: (top: number[], bottom: number[]) => [number, number, number, number];
  backgroundBehind: (element: Element | null) => [number, number, number, number];
  ratio: (a: number[], b: number[]) => number;
  composedParent: (element: Element) => Element | null;
}

/** Every visible text in the elements' shadow roots whose contrast is below 4.5:1, and how many were measured. */
function lowContrastText(page: Page) {
  return page.evaluate((selector) => {
    const c = (window as unknown as {e2eContrast: Contrast}).e2eContrast;
    const low: string[] = [];
    let measured = 0;
    for (const host of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || !node.textContent?.trim() || !element.checkVisibility()) continue;
        const background = c.backgroundBehind(element);
        const color = c.over(c.parse(getComputedStyle(element).color), background);
        const ratio = c.ratio(color, background);
        measured++;
        if (ratio < 4.5)
          low.push(
            `<${host.localName}> "${node.textContent.trim().slice(0, 40)}": ${ratio.toFixed(2)}:1 (rgb ${color.slice(0, 3).join(',')} on ${background.slice(0, 3).join(',')})`,
          );
      }
    }
    return {low, measured};
  }, 'support-info-panel, support-helpline-card, support-action-plan');
}

/** Tabs through the page and checks the focus indicator of every focusable thing inside the elements. */
async function weakFocusIndicators(page: Page) {
  const weak: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const c = (window as unknown as {e2eContrast: Contrast}).e2eContrast;
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (!active || active === document.body) return undefined;
      const host = (active.getRootNode() as ShadowRoot).host;
      if (!host) return {id: 'page', inWidget: false};
      const style = getComputedStyle(active);
      // The outline is drawn outside the element (outline-offset): what is behind it is the parent's background.
      const background = c.backgroundBehind(c.composedParent(active));
      const color = c.over(c.parse(style.outlineColor), background);
      return {
        id: `<${host.localName}> ${active.localName} "${active.textContent.trim().slice(0, 40)}"`,
        inWidget: true,
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        ratio: c.ratio(color, background),
      };
    });
    if (!focus) break;
    if (!focus.inWidget) continue;
    if (seen.has(focus.id)) break;
    seen.add(focus.id);
    if (focus.style === 'none' || focus.width! < 2 || focus.ratio! < 3) {
      weak.push(`${focus.id}: outline ${focus.style} ${focus.width}px, ${focus.ratio!.toFixed(2)}:1`);
    }
  }
  return {weak, focused: seen.size};
}

describe.each([
  ['a light page', 'theme-light'],
  ['a dark page (#121212, text #eeeeee)', 'theme-dark'],
  ['a brand band (#0B5FA5, white text)', 'theme-brand'],
])('on %s', (_, name) => {
  it('text and links reach 4.5:1 and the keyboard focus indicator 3:1 against what is behind them', async () => {
    const record = await openPage(env.browser, `${env.server.url}/e2e/pages/${name}.html`, {
      viewport: {width: 1024, height: 900},
    });
    const {page} = record;
    await widgetsRendered(page);
    await installContrast(page);
    if (name !== 'theme-light') {
      mkdirSync(`${ROOT}test-results/screenshots`, {recursive: true});
      await page.screenshot({path: `${ROOT}test-results/screenshots/${name}.png`, fullPage: true});
    }
    const text = await lowContrastText(page);
    expect(text.measured).toBeGreaterThan(15);
    expect(text.low).toEqual([]);
    const focus = await weakFocusIndicators(page);
    // Call, chat, opening hours, social services, police, emergency and the download: seven stops at least.
    expect(focus.focused).toBeGreaterThanOrEqual(7);
    expect(focus.weak).toEqual([]);
    expect(record.errors).toEqual([]);
  });
});
