/**
 * Page markup cannot replace what the widget calls. `document` lets a named `<img>` or `<form>`
 * stand in for any of its members, its prototypes' included (`<img name="createTreeWalker">`).
 * This page has one for every property of Document.prototype, Node.prototype and
 * EventTarget.prototype, as the browser lists them (no hand-kept list), before every element and
 * both features: each element must render as on a clean page, the hours must have a status, and
 * the quick exit must leave. Lit's calls are routed by the build (scripts/lit-prototype.ts).
 */
import type {Page} from 'playwright-core';
import {beforeAll, describe, expect, it} from 'vitest';
import {openHtml, openPage, useBrowserAndServer} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

const NEUTRAL = '/e2e/pages/empty.html?neutral';

/** Every element, both features (the hours, the quick exit), and relative links (resolved with baseURI). */
const WIDGETS = `
  <support-info-panel id="panel" municipality="Kalix kommun"></support-info-panel>
  <support-helpline-card id="card" name="Orostelefonen" phone="020-100 200" phone-hours="24/7" info-url="orostelefonen.html"></support-helpline-card>
  <support-action-plan id="plan" href="handlingsplan.pdf" file-size="1200000"></support-action-plan>
  <support-quick-exit id="exit" href="${NEUTRAL}"></support-quick-exit>`;

const page = (script: string, body: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Named elements everywhere</title>${script}</head>
<body><main>${body}</main></body>
</html>`;

const SCRIPTS = [
  ['deferred, in <head>', '<script defer src="/dist/support-widget.js"></script>'],
  ['in <head>, not deferred', '<script src="/dist/support-widget.js"></script>'],
] as const;

/**
 * What each element shows, once all have rendered (the hours with their status, the quick exit
 * with its button); read with the prototypes' methods, since the page's `document` is no help.
 */
async function renderedTexts(page: Page): Promise<Record<string, string>> {
  const handle = await page.waitForFunction(() => {
    const byId = (id: string) => Document.prototype.getElementById.call(document, id);
    // Its own content, once the element says it has rendered in its language.
    const root = (id: string) => {
      const element = byId(id) as HTMLElement & {rendered?: boolean};
      return element?.rendered ? element.shadowRoot?.querySelector<HTMLElement>('[lang]') : undefined;
    };
    const ids = ['panel', 'card', 'plan', 'exit'];
    const ready =
      ids.every(root) &&
      root('card')!.querySelector('.status')?.textContent &&
      root('exit')!.querySelector('[part="button"]');
    return ready && Object.fromEntries(ids.map((id) => [id, root(id)!.innerText.replace(/\s+/g, ' ').trim()]));
  });
  return (await handle.jsonValue()) as Record<string, string>;
}

let names: string[] = [];
beforeAll(async () => {
  const {page: blank, context} = await openPage(env.browser, `${env.server.url}/e2e/pages/empty.html`);
  names = await blank.evaluate(() => [
    ...new Set(
      [Document.prototype, Node.prototype, EventTarget.prototype]
        .flatMap((prototype) => Object.getOwnPropertyNames(prototype))
        .filter((name) => name !== 'constructor'),
    ),
  ]);
  await context.close();
});

describe('a named image for every member of document, Node and EventTarget', () => {
  it('covers every property the browser lists', () => {
    // Chromium lists well over 200; the exact number changes with the browser.
    expect(names.length).toBeGreaterThan(200);
    for (const name of ['createTreeWalker', 'importNode', 'createComment', 'baseURI', 'addEventListener', 'parentNode'])
      expect(names).toContain(name);
  });

  it.each(SCRIPTS)(
    'script %s: every element renders as on a clean page, the hours have a status, the quick exit leaves',
    async (_, script) => {
      const clean = await openHtml(env.browser, env.server, page(script, WIDGETS));
      const expected = await renderedTexts(clean.page);

      const images = names.map((name) => `<img name="${name}" alt="">`).join('');
      const record = await openHtml(env.browser, env.server, page(script, `${images}${WIDGETS}`));
      // The markup does stand in: this page's document has lost its own methods.
      expect(await record.page.evaluate(() => typeof document.createTreeWalker)).toBe('object');
      expect(await renderedTexts(record.page)).toEqual(expected);
      expect(record.consoleErrors).toEqual([]);
      expect(record.warnings).toEqual([]);

      const left = record.page.waitForURL((url) => url.href.endsWith(NEUTRAL));
      for (let i = 0; i < 3; i++) await record.page.keyboard.press('Shift');
      await left;
    },
  );
});
