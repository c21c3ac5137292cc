/**
 * One failure never leaves an empty box: when an element cannot render (its render throws, or
 * the page broke a global Lit needs) it shows its fallback content again, or with none a plain
 * line with the emergency number, and logs one console.error that names it. Other elements on
 * the page are not affected.
 */
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {openHtml, useBrowserAndServer, widgetsRendered, type WidgetElement} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

/** The visible tel: links inside an element, in its shadow root or its light DOM: how a resident can call. */
function visibleCalls(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector)!;
    return [...(element.shadowRoot?.querySelectorAll('a') ?? []), ...element.querySelectorAll('a')]
      .filter((link) => link.checkVisibility() && link.getAttribute('href')?.startsWith('tel:'))
      .map((link) => link.getAttribute('href')!);
  }, selector);
}

const errorsNaming = (errors: string[], tag: string) => errors.filter((error) => error.includes(`<${tag}>`));

const PAGE = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Render failure</title>
  <script src="/dist/support-widget.js"></script></head><body><main><h1>Render failure</h1>${body}</main></body></html>`;

describe('an element whose render throws', () => {
  it('on its first render: shows its fallback, logs one error naming it, and its neighbour still works', async () => {
    const record = await openHtml(
      env.browser,
      env.server,
      PAGE('<support-helpline-card id="good" name="Orostelefonen" phone="020-100 200"></support-helpline-card>'),
    );
    const {page} = record;
    await widgetsRendered(page);
    await page.evaluate(() => {
      const card = document.createElement('support-helpline-card');
      card.id = 'broken';
      card.setAttribute('name', 'Orostelefonen');
      card.setAttribute('phone', '020-100 200');
      card.innerHTML = '<p id="fallback">Orostelefonen: <a href="tel:020100200">020-100 200</a></p>';
      // The failure a bug or an odd page could cause, forced on this one instance.
      (card as unknown as {render: () => never}).render = () => {
        throw new Error('forced render failure');
      };
      document.querySelector('main')!.append(card);
    });
    await page.waitForFunction(() => document.getElementById('fallback')!.checkVisibility());
    expect(await visibleCalls(page, '#broken')).toEqual(['tel:020100200']);
    expect(await visibleCalls(page, '#good')).toContain('tel:020100200');
    // The fallback shows from the start; the failed render, and its error, come a task later.
    await expect.poll(() => errorsNaming(record.consoleErrors, 'support-helpline-card')).toHaveLength(1);
    expect(record.consoleErrors).toHaveLength(1);
    expect(record.errors).toEqual([]);
  });

  it('on a later render: the fallback comes back; with no fallback the emergency number is shown', async () => {
    const record = await openHtml(
      env.browser,
      env.server,
      PAGE(`
      <support-helpline-card id="with-fallback" name="Orostelefonen" phone="020-100 200">
        <p id="fallback">Orostelefonen: <a href="tel:020100200">020-100 200</a></p>
      </support-helpline-card>
      <support-helpline-card id="bare" name="Orostelefonen" phone="020-100 200"></support-helpline-card>
      <support-helpline-card id="bare-other-emergency" name="Orostelefonen" phone="020-100 200" emergency-phone="911"></support-helpline-card>
      <support-action-plan id="plan" href="/demo/handlingsplan.pdf"><a id="plan-fallback" href="/demo/handlingsplan.pdf">Action plan</a></support-action-plan>`),
    );
    const {page} = record;
    await widgetsRendered(page);
    expect(await page.locator('#fallback').isVisible()).toBe(false);
    await page.evaluate(() => {
      for (const element of document.querySelectorAll<HTMLElement & {render: () => never; requestUpdate: () => void}>(
        'main > *:not(h1)',
      )) {
        element.render = () => {
          throw new Error('forced render failure');
        };
        element.requestUpdate();
      }
    });
    await page.waitForFunction(
      () =>
        document.getElementById('fallback')!.checkVisibility() &&
        document.getElementById('plan-fallback')!.checkVisibility(),
    );
    expect(await visibleCalls(page, '#with-fallback')).toEqual(['tel:020100200']);
    await expect.poll(() => visibleCalls(page, '#bare')).toEqual(['tel:112']);
    await expect.poll(() => visibleCalls(page, '#bare-other-emergency')).toEqual(['tel:911']);
    expect(errorsNaming(record.consoleErrors, 'support-helpline-card')).toHaveLength(3);
    expect(errorsNaming(record.consoleErrors, 'support-action-plan')).toHaveLength(1);
    expect(record.consoleErrors).toHaveLength(4);
    // None of them shows its own content any more, and each says so.
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll<WidgetElement>('main > *:not(h1)')].map((e) => e.rendered),
      ),
    ).toEqual([false, false, false, false]);
    expect(record.errors).toEqual([]);
  });
});

// Named markup can no longer break Lit (<img name="createComment">: see clobbered-document.e2e.test.ts),
// but a page's own script can break what Lit renders with.
describe('a page whose script breaks a method Lit renders with (Document.prototype.createComment)', () => {
  it('every element shows its fallback or the emergency number, with one error each and no uncaught error', async () => {
    const record = await openHtml(
      env.browser,
      env.server,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clobbered</title></head>
      <body><main><h1>Clobbered</h1>
        <script>Document.prototype.createComment = () => { throw new Error('this page broke createComment'); };</script>
        <support-helpline-card id="with-fallback" name="Orostelefonen" phone="020-100 200">
          <p id="fallback">Orostelefonen: <a href="tel:020100200">020-100 200</a></p>
        </support-helpline-card>
        <support-helpline-card id="bare" name="Orostelefonen" phone="020-100 200"></support-helpline-card>
        <support-action-plan id="plan" href="/demo/handlingsplan.pdf"><a id="plan-fallback" href="/demo/handlingsplan.pdf">Action plan</a></support-action-plan>
        <script src="/dist/support-widget.js"></script>
      </main></body></html>`,
    );
    const {page} = record;
    await page.waitForFunction(() => customElements.get('support-helpline-card'));
    await page.waitForFunction(
      () =>
        document.getElementById('fallback')!.checkVisibility() &&
        document.getElementById('plan-fallback')!.checkVisibility(),
    );
    expect(await visibleCalls(page, '#with-fallback')).toEqual(['tel:020100200']);
    await expect.poll(() => visibleCalls(page, '#bare')).toEqual(['tel:112']);
    expect(errorsNaming(record.consoleErrors, 'support-helpline-card')).toHaveLength(2);
    expect(errorsNaming(record.consoleErrors, 'support-action-plan')).toHaveLength(1);
    expect(record.errors).toEqual([]);
  });
});
