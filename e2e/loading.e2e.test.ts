import {cpSync, mkdirSync} from 'node:fs';
import type {Page} from 'playwright-core';
import {beforeAll, describe, expect, it} from 'vitest';
import {openPage, type PageRecord, useBrowserAndServer, widgetsRendered} from './harness.js';

const env = useBrowserAndServer();
beforeAll(() => {
  // A second copy of the built script at another path, as when a site and a template both include it.
  mkdirSync('test-results/second-copy', {recursive: true});
  cpSync('dist', 'test-results/second-copy', {recursive: true});
});

/** The call link's href and the language shown by the first helpline card. */
function cardState(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('support-helpline-card')!.shadowRoot!;
    return {href: root.querySelector('[part="call-link"]')?.getAttribute('href'), lang: root.querySelector('.root')?.getAttribute('lang')};
  });
}

/** A page with the three elements and the given script tags, before or after them. */
function pageWith(scripts: string, where: 'head' | 'end'): string {
  const elements = `<support-info-panel></support-info-panel>
    <support-helpline-card name="Orostelefonen" phone="020-100 200" chat-url="https://example.se/chat"><p>Fallback</p></support-helpline-card>
    <support-action-plan href="/demo/handlingsplan.pdf"></support-action-plan>
    <support-helpline-card lang="uk" name="X" phone="112"></support-helpline-card>`;
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Loading</title>${where === 'head' ? scripts : ''}</head>
    <body>${elements}${where === 'end' ? scripts : ''}</body></html>`;
}

async function load(html: string): Promise<PageRecord> {
  const record = await openPage(env.browser, `${env.server.url}/e2e/pages/empty.html`);
  await record.page.setContent(html.replace(/src="\//g, `src="${env.server.url}/`));
  await widgetsRendered(record.page);
  return record;
}

const cases: [string, string, 'head' | 'end'][] = [
  ['a plain script before the elements', '<script src="/dist/support-widget.js"></script>', 'head'],
  ['a deferred script before the elements', '<script src="/dist/support-widget.js" defer></script>', 'head'],
  ['a module script before the elements', '<script type="module" src="/dist/support-widget.js"></script>', 'head'],
  ['a plain script after the elements', '<script src="/dist/support-widget.js"></script>', 'end'],
  ['the script twice', '<script src="/dist/support-widget.js"></script><script src="/dist/support-widget.js" defer></script>', 'end'],
  ['two copies from different paths', '<script src="/test-results/second-copy/support-widget.js"></script><script type="module" src="/dist/support-widget.js"></script>', 'head'],
];

describe.each(cases)('with %s', (_, scripts, where) => {
  it('renders every element, loads the extra language, and throws nothing', async () => {
    const record = await load(pageWith(scripts, where));
    expect(await cardState(record.page)).toEqual({href: 'tel:020100200', lang: 'sv'});
    expect(await record.page.locator('support-helpline-card[lang="uk"] .root').getAttribute('lang')).toBe('uk');
    expect(await record.page.locator('support-helpline-card p').first().isVisible()).toBe(false);
    expect(record.errors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    await record.page.context().close();
  });
});

describe('elements that change after load', () => {
  it('render when added later, survive removal and re-adding, and follow attribute changes', async () => {
    const record = await openPage(env.browser, `${env.server.url}/e2e/pages/empty.html`);
    const {page} = record;
    await page.waitForFunction(() => customElements.get('support-helpline-card'));
    await page.evaluate(() => {
      const card = document.createElement('support-helpline-card');
      card.setAttribute('name', 'Orostelefonen');
      card.setAttribute('phone', '020-100 200');
      document.body.append(card);
    });
    await widgetsRendered(page);
    expect(await cardState(page)).toEqual({href: 'tel:020100200', lang: 'en'});

    await page.evaluate(() => {
      const card = document.querySelector('support-helpline-card')!;
      card.remove();
      card.setAttribute('phone', '+46 8 123 45');
      document.body.append(card);
    });
    await page.waitForFunction(() => document.querySelector('support-helpline-card')!.shadowRoot!.querySelector('[part="call-link"]')!.getAttribute('href') === 'tel:+46812345');

    await page.evaluate(() => document.querySelector('support-helpline-card')!.setAttribute('lang', 'fi'));
    await page.waitForFunction(() => document.querySelector('support-helpline-card')!.shadowRoot!.querySelector('.root')!.getAttribute('lang') === 'fi');
    await page.evaluate(() => document.querySelector('support-helpline-card')!.setAttribute('emergency-phone', 'none'));
    await page.waitForFunction(() => !document.querySelector('support-helpline-card')!.shadowRoot!.querySelector('[part="emergency"]'));
    expect(record.errors).toEqual([]);
    expect(record.requests.filter((url) => url.includes('/locales/'))).toEqual([`${env.server.url}/dist/locales/fi.js`]);
    await page.context().close();
  });
});
