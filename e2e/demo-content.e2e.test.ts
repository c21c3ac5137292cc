/**
 * Content a municipality can trust: the Swedish demo page has a sensible outline (one h1, no two
 * headings alike, shadow roots included), elements keep a gap between them, a way to call is on
 * the first screen of a phone, and language names in another language carry their `lang`.
 */
import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {accessibilityTree, openPage, ROOT, useBrowserAndServer, widgetsRendered} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

/** Vertical gaps between each support-* element and a support-* element right after it. */
function gapsBetweenNeighbours(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('support-info-panel, support-helpline-card, support-action-plan')]
      .filter((element) => element.nextElementSibling?.localName.startsWith('support-'))
      .map((element) => ({
        pair: `${element.localName} + ${element.nextElementSibling!.localName}`,
        gap: element.nextElementSibling!.getBoundingClientRect().top - element.getBoundingClientRect().bottom,
      })),
  );
}

describe('the Swedish demo page', () => {
  it('has one h1 and no two headings with the same text, shadow roots included', async () => {
    const record = await openPage(env.browser, `${env.server.url}/demo/index.html`);
    await widgetsRendered(record.page);
    const headings = (await accessibilityTree(record.page)).filter((node) => node.role === 'heading');
    expect(headings.filter((heading) => heading.level === 1)).toHaveLength(1);
    const texts = headings.map((heading) => heading.name.trim().toLowerCase());
    expect(
      texts.filter((text, i) => texts.indexOf(text) !== i),
      JSON.stringify(headings),
    ).toEqual([]);
  });

  it('keeps a gap between elements that follow each other', async () => {
    const record = await openPage(env.browser, `${env.server.url}/demo/index.html`);
    await widgetsRendered(record.page);
    const gaps = await gapsBetweenNeighbours(record.page);
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.filter(({gap}) => !(gap > 0))).toEqual([]);
  });

  it('shows the first call link within the first screen of a 375x667 phone', async () => {
    const record = await openPage(env.browser, `${env.server.url}/demo/index.html`, {
      viewport: {width: 375, height: 667},
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    await widgetsRendered(record.page);
    const box = await record.page.locator('[part="call-link"]').first().boundingBox();
    expect(box).not.toBeNull();
    console.log(
      `[demo] at 375x667 the first call link spans y = ${Math.round(box!.y)}..${Math.round(box!.y + box!.height)} px`,
    );
    expect(box!.y + box!.height).toBeLessThanOrEqual(667);
    // The README gives the figure: it stays the one measured here.
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const stated = Number(/it ends (\d+) px down on a 375×667 phone/.exec(readme)?.[1]);
    expect(stated).toBe(Math.round(box!.y + box!.height));
  });
});

describe('elements pasted one after another', () => {
  it('keep a vertical gap between their boxes', async () => {
    const record = await openPage(env.browser, `${env.server.url}/e2e/pages/consecutive.html`);
    await widgetsRendered(record.page);
    const gaps = await gapsBetweenNeighbours(record.page);
    expect(gaps).toHaveLength(3);
    expect(gaps.filter(({gap}) => !(gap > 0))).toEqual([]);
  });
});

describe('language names in a Somali card (languages="sv ar so fa", page lang="so")', () => {
  it('names shown in another language or script carry that language in lang', async () => {
    const record = await openPage(env.browser, `${env.server.url}/e2e/pages/languages-so.html`);
    await widgetsRendered(record.page);
    const unmarked = await record.page.evaluate(() => {
      /** The lang in force for a node inside the card's shadow root. */
      const langOf = (node: Node) => (node.parentElement!.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase();
      const root = document.getElementById('so')!.shadowRoot!;
      const problems: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!;
        // Arabic script: a Somali voice must not read it; it is Arabic or Persian.
        if (/[\u0600-\u06ff]/.test(text) && !/^(ar|fa|prs|ps)\b/.test(langOf(node)))
          problems.push(`${JSON.stringify(text.trim())} has lang="${langOf(node)}"`);
        // A Swedish name ("svenska") read with Somali pronunciation.
        if (/svenska/i.test(text) && !/^sv\b/.test(langOf(node)))
          problems.push(`${JSON.stringify(text.trim())} has lang="${langOf(node)}"`);
      }
      return problems;
    });
    expect(unmarked).toEqual([]);
  });
});
