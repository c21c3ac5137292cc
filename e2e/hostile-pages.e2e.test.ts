/**
 * Hostile pages, part 4: markup an attacker can get into a page through an HTML-injection point
 * (a sanitised comment field, CMS text): a named element that shadows `document.currentScript`
 * (one for every member of `document`: clobbered-document.e2e.test.ts), a late `<base>`, a huge
 * `languages` list, right-to-left overrides in editor text. Every request that is not to 127.0.0.1 is recorded and aborted: none may happen.
 */
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {
  openPage,
  renderedContent,
  useBrowserAndServer,
  widgetsRendered,
  writePage,
  type OpenOptions,
  type PageRecord,
} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

/** The injected image's own request: the attacker's markup, not the widget, asks for it. */
const INJECTED_IMAGE = 'https://evil.example/x/';

/**
 * Opens `path` with every request to another host recorded in `foreign` and aborted. Violations
 * are checked by the test: a strict policy rightly blocks the injected image itself.
 */
async function openGuarded(path: string, options: OpenOptions = {}): Promise<PageRecord & {foreign: string[]}> {
  const record = await openPage(env.browser, '', {expectViolations: true, ...options, noGoto: true});
  const foreign: string[] = [];
  await record.context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === '127.0.0.1') return route.continue();
    if (url !== INJECTED_IMAGE) foreign.push(url);
    return route.abort();
  });
  await record.page.goto(`${env.server.url}${path}`);
  return Object.assign(record, {foreign});
}

/** The Arabic card rendered in Arabic, and its language came from our own locales folder only. */
async function expectArabicFromOwnFolder(record: PageRecord & {foreign: string[]}) {
  await widgetsRendered(record.page);
  const {lang, dir} = await renderedContent(record.page, '#card');
  expect([lang, dir]).toEqual(['ar', 'rtl']);
  expect(record.requests.filter((url) => url.includes('/locales/'))).toEqual([`${env.server.url}/dist/locales/ar.js`]);
  expect(record.foreign).toEqual([]);
  expect(record.violations.filter((violation) => violation !== `img-src ${INJECTED_IMAGE}`)).toEqual([]);
  expect(record.errors).toEqual([]);
}

describe('<img name="currentScript" src="https://evil.example/x/"> before the script', () => {
  it.each([
    ['a deferred script', 'hostile-current-script-defer.html'],
    ['a module script', 'hostile-current-script-module.html'],
    ["a deferred script under a nonce + 'strict-dynamic' policy", 'hostile-current-script-nonce.html?policy=nonce'],
  ])('%s: Arabic loads from /dist/locales/ar.js only', async (_, page) => {
    await expectArabicFromOwnFolder(await openGuarded(`/e2e/pages/${page}`));
  });
});

describe('<base href="https://evil.example/x/"> after the relative script tag', () => {
  it.each([
    ['no policy', ''],
    ['a policy without base-uri', '?csp'],
  ])('under %s: no request leaves 127.0.0.1 and Arabic still renders', async (_, query) => {
    // The page's own <img>, <a> and CSS would resolve against the base too; only the widget's requests matter here.
    await expectArabicFromOwnFolder(await openGuarded(`/e2e/pages/hostile-base.html${query}`));
  });
});

describe('a languages attribute of 20,000 codes', () => {
  it('the card renders, names at most 50 languages and logs at most 5 warnings', async () => {
    // Real two-letter codes (so each one has a name to find on screen), repeated, with a bad code in every ten.
    const names = new Intl.DisplayNames('en', {type: 'language', fallback: 'none'});
    const pool = [...'abcdefghijklmnopqrstuvwxyz']
      .flatMap((a) => [...'abcdefghijklmnopqrstuvwxyz'].map((b) => a + b))
      .filter((code) => names.of(code) !== undefined);
    const codes = Array.from({length: 20_000}, (_, i) => (i % 10 === 9 ? `!bad${i}` : pool[i % pool.length]));
    const path = writePage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Languages</title>
      <script src="/dist/support-widget.js"></script></head><body><main><h1>Languages</h1>
      <support-helpline-card id="card" name="Orostelefonen" phone="020-100 200" languages="${codes.join(' ')}"></support-helpline-card>
      </main></body></html>`);
    const record = await openGuarded(path);
    const {page} = record;
    await widgetsRendered(page, 50_000);
    expect(await page.locator('#card [part="call-link"]').getAttribute('href')).toBe('tel:020100200');
    const shown = await page.evaluate((pool) => {
      const displayNames = new Intl.DisplayNames('en', {type: 'language', fallback: 'none'});
      // Names that contain no other name ("Malay" is in "Malayalam"), so each one found is one language.
      const all = [
        ...new Set(pool.map((code) => displayNames.of(code)).filter((name): name is string => name !== undefined)),
      ];
      const distinct = all.filter(
        (name) => !all.some((other) => other !== name && (other.includes(name) || name.includes(other))),
      );
      const text = document.getElementById('card')!.shadowRoot!.textContent;
      return {found: distinct.filter((name) => text.includes(name)).length, distinct: distinct.length};
    }, pool);
    expect(shown.distinct).toBeGreaterThan(100);
    expect(shown.found).toBeGreaterThan(0);
    expect(shown.found).toBeLessThanOrEqual(50);
    const warnings = record.warnings.filter((warning) => warning.startsWith('<support-helpline-card>'));
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.length).toBeLessThanOrEqual(5);
    expect(record.foreign).toEqual([]);
    expect(record.violations).toEqual([]);
  });
});

/** Left edges of the characters of `anchor` where it first occurs in the element's shadow root, in logical order. */
function characterLefts(page: Page, selector: string, anchor: string): Promise<number[] | string> {
  return page.evaluate(
    ({selector, anchor}) => {
      const root = document.querySelector(selector)!.shadowRoot!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(anchor);
        if (at < 0) continue;
        const lefts: number[] = [];
        for (let i = at; i < at + anchor.length; i++) {
          if (anchor[i - at] === ' ') continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          lefts.push(range.getBoundingClientRect().left);
        }
        return lefts;
      }
      return `"${anchor}" not found in ${selector}`;
    },
    {selector, anchor},
  );
}

describe('editor text with a right-to-left override (U+202E)', () => {
  // The name and the organisation are left out on purpose: no built-in text follows either of them
  // in the same paragraph (in any translation), so where they render cannot show a reversal.
  it.each([
    ['municipality (the sentence after it)', '#panel', 'does this'],
    // A size keeps its unit on its line: a no-break space between them.
    ['file-type (the size after it)', '#file-type', '2.1\u00a0MB'],
    ['label (the file facts after it)', '#label', '2.1\u00a0MB'],
  ])('%s: built-in English text still reads left to right on screen', async (_, selector, anchor) => {
    const record = await openGuarded('/e2e/pages/hostile-bidi.html');
    await widgetsRendered(record.page);
    const lefts = await characterLefts(record.page, selector, anchor);
    expect(Array.isArray(lefts), String(lefts)).toBe(true);
    const inOrder = (lefts as number[]).every((left, i, all) => i === 0 || left > all[i - 1]!);
    expect(inOrder, `"${anchor}" characters at x = ${(lefts as number[]).map(Math.round).join(', ')}`).toBe(true);
    expect(record.foreign).toEqual([]);
  });

  it('coordinator: the full stop after the value stays at the end of the sentence', async () => {
    const record = await openGuarded('/e2e/pages/hostile-bidi.html');
    await widgetsRendered(record.page);
    // The value itself may read backwards (the editor asked for that); the sentence's "." may not move into it.
    const all = await record.page.evaluate(() => {
      const root = document.getElementById('panel')!.shadowRoot!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf('working group');
        if (at < 0) continue;
        const end = node.data.indexOf('.', at);
        const left = (i: number) => {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          return range.getBoundingClientRect().left;
        };
        return {
          value: Array.from({length: 'working group'.length}, (_, i) => left(at + i)),
          stop: end < 0 ? undefined : left(end),
        };
      }
      return undefined;
    });
    expect(all?.stop, 'a full stop after the coordinator').toBeDefined();
    expect(
      all!.stop!,
      `"." at x = ${Math.round(all!.stop!)}, the value at ${all!.value.map(Math.round).join(', ')}`,
    ).toBeGreaterThan(Math.max(...all!.value));
    expect(record.foreign).toEqual([]);
  });
});
