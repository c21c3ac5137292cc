/**
 * Hostile pages, part 1: the built script under a strict Content-Security-Policy and Trusted
 * Types, the way a careful municipality would serve its pages.
 */
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {openPage, renderedContent, useBrowserAndServer, widgetsRendered, type PageRecord} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

/** Whether the elements' styles arrived: values that only the widget's stylesheets give. */
function styles(page: Page) {
  return page.evaluate(() => {
    const root = (selector: string) => document.querySelector(selector)!.shadowRoot!;
    const card = root('#card');
    const call = getComputedStyle(card.querySelector('[part="call-link"]')!);
    const frame = getComputedStyle(card.querySelector('[part="card"]')!);
    const heading = getComputedStyle(root('support-info-panel').querySelector('[part="heading"]')!);
    const download = getComputedStyle(root('support-action-plan').querySelector('[part="download-link"]')!);
    return {
      callBackground: call.backgroundColor,
      callMinHeight: call.minHeight,
      cardBorder: `${frame.borderTopWidth} ${frame.borderTopStyle}`,
      headingWeight: heading.fontWeight,
      downloadDisplay: download.display,
      downloadMinHeight: download.minHeight,
    };
  });
}

const STYLED = {
  callBackground: 'rgb(27, 79, 138)',
  callMinHeight: '44px',
  cardBorder: '1px solid',
  headingWeight: '700',
  downloadDisplay: 'inline-flex',
  downloadMinHeight: '44px',
};

/** A site owner's checklist: nothing blocked, nothing thrown, nothing in the console. */
function expectQuiet(record: PageRecord) {
  expect(record.violations).toEqual([]);
  expect(record.errors).toEqual([]);
  expect(record.consoleErrors).toEqual([]);
}

describe.each([
  ['a strict Content-Security-Policy', 'csp'],
  ['Trusted Types as well', 'tt'],
])('under %s', (_, query) => {
  it('renders every element, styled, with its language file, and no violation or error', async () => {
    const record = await openPage(env.browser, `${env.server.url}/e2e/pages/all.html?${query}`);
    const {page} = record;
    await widgetsRendered(page);
    expect(await styles(page)).toEqual(STYLED);
    expect(await page.locator('#card [part="call-link"]').getAttribute('href')).toBe('tel:020100200');
    // The Arabic card's text came from dist/locales/ar.js, loaded under script-src 'self'.
    const arabic = await renderedContent(page, '#arabic');
    expect([arabic.lang, arabic.dir]).toEqual(['ar', 'rtl']);
    expect(record.requests.filter((url) => url.includes('/dist/'))).toEqual([
      `${env.server.url}/dist/support-widget.js`,
      `${env.server.url}/dist/locales/ar.js`,
    ]);
    expectQuiet(record);
    // The only Trusted Types policy the widget asks for is Lit's.
    expect(await record.policies()).toEqual(['lit-html']);
  });

  it('stays quiet when the script is included twice, and creates its policy once', async () => {
    const record = await openPage(env.browser, `${env.server.url}/e2e/pages/twice.html?${query}`);
    await widgetsRendered(record.page);
    expect(record.requests.filter((url) => url.endsWith('/dist/support-widget.js'))).toHaveLength(2);
    expect(await styles(record.page)).toEqual(STYLED);
    expectQuiet(record);
    expect(await record.policies()).toEqual(['lit-html']);
  });
});

describe('Trusted Types: which policy names a site must allow', () => {
  it.each([
    ["no policy at all (trusted-types 'none')", 'tt-none'],
    ['only another policy name', 'tt-other'],
  ])('%s: the browser blocks "lit-html", and the fallback content stays for residents', async (_, policy) => {
    // Control test: proves the browser really enforces the policies the other tests pass under.
    const record = await openPage(env.browser, `${env.server.url}/e2e/pages/all.html?policy=${policy}`, {
      expectErrors: true,
      expectViolations: true,
    });
    const {page} = record;
    await page.waitForLoadState('load');
    await expect.poll(() => record.violations.length).toBeGreaterThan(0);
    expect(record.violations[0]).toMatch(/^trusted-types /);
    expect(record.violations.join('\n')).toContain('lit-html');
    expect(await page.evaluate(() => customElements.get('support-helpline-card') === undefined)).toBe(true);
    expect(await page.locator('#fallback').isVisible()).toBe(true);
  });

  it("a site that uses Lit itself needs 'allow-duplicates': without it the widget cannot start (fallback shown)", async () => {
    const record = await openPage(env.browser, `${env.server.url}/e2e/pages/host-lit.html?tt`, {
      expectErrors: true,
      expectViolations: true,
    });
    await record.page.waitForLoadState('load');
    await expect.poll(() => record.errors.length).toBeGreaterThan(0);
    expect(record.errors[0]).toContain('lit-html');
    await expect.poll(() => record.violations.join('\n')).toContain('lit-html');
    expect(await record.page.locator('#fallback').isVisible()).toBe(true);
  });

  it("a site that uses Lit itself: with trusted-types lit-html 'allow-duplicates' the widget works", async () => {
    const record = await openPage(env.browser, `${env.server.url}/e2e/pages/host-lit.html?policy=tt-duplicates`);
    await widgetsRendered(record.page);
    expect(await record.page.locator('#card [part="call-link"]').getAttribute('href')).toBe('tel:020100200');
    expect(await record.policies()).toEqual(['lit-html', 'lit-html']); // the site's, then the widget's
    expectQuiet(record);
  });
});

describe('a nonce-based strict CSP (script-src with a nonce and strict-dynamic)', () => {
  it.each(['nonce', 'nonce-tt'])('policy %s: the script and its language files load, no violation', async (policy) => {
    const record = await openPage(env.browser, `${env.server.url}/e2e/pages/nonce.html?policy=${policy}`);
    await widgetsRendered(record.page);
    expect((await renderedContent(record.page, '#arabic')).lang).toBe('ar');
    expect(await record.page.locator('#card [part="call-link"]').getAttribute('href')).toBe('tel:020100200');
    expect(await record.page.locator('#fallback').isVisible()).toBe(false);
    expectQuiet(record);
  });
});
