/**
 * The configurator (demo/configurator.html), tried as a new editor would: in Chromium, under the
 * README's strict Content-Security-Policy, with the built script and configurator.
 */
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {
  axeViolations,
  openHtml,
  openPage,
  plain,
  renderedContent,
  ROOT,
  startServer,
  useBrowserAndServer,
  widgetsRendered,
} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

/** The README's policy: no inline script or style, nothing from anywhere but the page's origin. */
const README_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; base-uri 'self'; object-src 'none'";

const field = (tag: string, attribute: string) => `[id="support-${tag}--${attribute}"]`;
const PAGE_CODE = '#page-part pre';
const SITE_CODE = '#site-part pre';

async function openConfigurator(options: {viewport?: {width: number; height: number}} = {}) {
  const record = await openPage(env.browser, '', {
    noGoto: true,
    permissions: ['clipboard-read', 'clipboard-write'],
    ...options,
  });
  await record.page.route('**/demo/configurator.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({response, headers: {...response.headers(), 'content-security-policy': README_CSP}});
  });
  await record.page.goto(`${env.server.url}/demo/configurator.html`);
  await outputReady(record.page);
  return record;
}

/** Waits until the page part is written from the rendered preview (its Copy button is enabled). */
async function outputReady(page: Page, containing?: string): Promise<string> {
  await page.waitForFunction(
    ([selector, text]) => {
      const code = document.querySelector(`${selector}`)?.textContent ?? '';
      const button = document.querySelector<HTMLButtonElement>('#page-part button');
      return button && !button.disabled && code.includes('<support-') && (!text || code.includes(text));
    },
    [PAGE_CODE, containing ?? ''],
  );
  return (await page.locator(PAGE_CODE).textContent())!;
}

/** Presses a Copy button and returns what reached the clipboard, once the status says so. */
async function copy(page: Page, part: '#site-part' | '#page-part'): Promise<string> {
  await page.locator(`${part} button`).click();
  await expect.poll(() => page.locator(`${part} [role="status"]`).textContent()).toMatch(/^Kopierat/);
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('an editor makes the code for a new page', () => {
  it('changes municipality, phone and chat, copies both parts, and a blank page shows them, with and without JavaScript', async () => {
    const {page, violations} = await openConfigurator();
    // Where the administrator puts the script: here, the built one.
    await page.fill('#script-src', '/dist/support-widget.js');
    await page.fill(field('info-panel', 'municipality'), 'Kalix kommun');
    await page.fill(field('helpline-card', 'phone'), '0923-650 00');
    await page.fill(field('helpline-card', 'chat-url'), 'https://kalix.example/chatt');
    await outputReady(page, 'chat-url="https://kalix.example/chatt"');
    await outputReady(page, 'Kalix kommun');
    const site = await copy(page, '#site-part');
    const part = await copy(page, '#page-part');
    expect(site).toMatch(
      /^<script src="\/dist\/support-widget\.js" integrity="sha384-[\w+/=]+" crossorigin="anonymous" defer><\/script>$/,
    );
    expect(part).toContain('municipality="Kalix kommun"');
    expect(part).toContain('phone="0923-650 00"');
    expect(violations).toEqual([]);

    const blank = `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Ny sida</title>
  ${site}
</head>
<body>
  <main>
    <h1>Stöd och hjälp</h1>
    ${part}
  </main>
</body>
</html>`;

    // With JavaScript: the elements render the new values, and their fallback copies are hidden.
    const withScript = await openHtml(env.browser, env.server, blank, {query: 'csp'});
    await widgetsRendered(withScript.page);
    const card = withScript.page.locator('support-helpline-card');
    await expect.poll(() => card.locator('[part="call-link"]').getAttribute('href')).toBe('tel:092365000');
    expect(plain((await card.locator('[part="call-link"]').textContent())!)).toBe('Ring 0923-650 00');
    expect(await card.locator('[part="chat-link"]').getAttribute('href')).toBe('https://kalix.example/chatt');
    expect(plain((await renderedContent(withScript.page, 'support-info-panel')).textContent)).toContain(
      'Kalix kommun gör det genom',
    );
    for (const marked of await withScript.page.locator('[data-support-fallback]').all())
      expect(await marked.isVisible()).toBe(false);
    expect(withScript.violations).toEqual([]);
    expect(await axeViolations(withScript.page, env.server)).toEqual([]);

    // Without JavaScript: the same help, from the fallback copies.
    const without = await openHtml(env.browser, env.server, blank, {javaScriptEnabled: false});
    const fallback = without.page.locator('support-helpline-card [data-support-fallback]');
    await expect.poll(() => fallback.isVisible()).toBe(true);
    const links = await fallback.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['tel:092365000', 'https://kalix.example/chatt', 'tel:112']));
    expect(plain((await fallback.textContent())!)).toContain('Ring 0923-650 00');
    expect(plain((await without.page.locator('support-info-panel').textContent())!)).toContain('Kalix kommun gör det');
    expect(await without.page.locator('support-info-panel h2').isVisible()).toBe(true);

    // The same fallback, when the script cannot load, passes axe (which needs JavaScript to run).
    const unloaded = await openPage(env.browser, '', {noGoto: true});
    await unloaded.page.route('**/support-widget.js', (route) => route.fulfill({status: 404, body: 'Not found'}));
    await unloaded.page.goto(without.page.url());
    await expect
      .poll(() => unloaded.page.locator('support-helpline-card [data-support-fallback]').isVisible())
      .toBe(true);
    expect(await axeViolations(unloaded.page, env.server)).toEqual([]);
  });
});

describe('a bad value', () => {
  it.each([
    ['helpline-card', 'phone', '020-100 200 eller 112'],
    ['helpline-card', 'chat-url', 'javascript:alert(1)'],
    ['helpline-card', 'chat-url', 'www.raddabarnen.se/oroschatten'],
    ['helpline-card', 'verified', '2062-11-20'],
    ['helpline-card', 'info-url', 'https://exa mple.se:99999/'],
    // Not "ring 112" alone: the copy now says "Vid akut fara, ring 112" with no invisible characters between.
    ['helpline-card', 'emergency-phone', 'ring 112 nu'],
    ['helpline-card', 'police-phone', 'polisen'],
    ['helpline-card', 'social-services-url', 'vbscript:msgbox(1)'],
    ['helpline-card', 'languages', 'svenska!'],
    ['helpline-card', 'heading-level', 'nivå 9'],
    ['info-panel', 'heading-level', 'h3'],
    ['action-plan', 'href', 'data:text/html,<script>alert(1)</script>'],
    ['action-plan', 'file-size', 'ganska stor'],
    ['action-plan', 'last-updated', '12 mars 2024'],
    ['action-plan', 'document-lang', 'svenska!'],
  ])('in %s %s (%j) shows its message beside the field and never reaches the code', async (tag, name, bad) => {
    const {page} = await openConfigurator();
    // The form starts without the action plan: the editor ticks it and gives its link.
    if (tag === 'action-plan') {
      await page.check(field(tag, 'include'));
      await page.fill(field(tag, 'href'), 'handlingsplan.pdf');
    }
    const input = page.locator(field(tag, name));
    const error = page.locator(`[id="support-${tag}--${name}-error"]`);
    const before = await input.inputValue();
    await input.fill(bad);
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    expect(await error.isVisible()).toBe(true);
    expect((await error.textContent())!.length).toBeGreaterThan(10);
    expect((await input.getAttribute('aria-describedby'))!.split(' ')).toContain(`support-${tag}--${name}-error`);
    // The code is written again in a task after each change: let that task run first.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
    const code = await outputReady(page);
    expect(code).not.toContain(bad);
    expect(code, 'no such attribute line').not.toMatch(new RegExp(`\\n  ${name}[=\\n>]`));
    // Nor in the preview, where the element would have warned about it.
    expect(await page.locator(`.preview support-${tag}`).getAttribute(name)).toBeNull();
    expect(await axeViolations(page, env.server)).toEqual([]);
    // Put right, the message goes.
    await input.fill(before);
    await expect.poll(() => error.isVisible()).toBe(false);
    expect(await input.getAttribute('aria-invalid')).toBeNull();
  });

  it('a card nobody can reach says so beside phone and chat, until one is filled in', async () => {
    const {page} = await openConfigurator();
    const phone = page.locator(field('helpline-card', 'phone'));
    const chat = page.locator(field('helpline-card', 'chat-url'));
    await phone.fill('');
    await chat.fill('');
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    expect(await chat.getAttribute('aria-invalid')).toBe('true');
    await chat.fill('https://example.se/chatt');
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBeNull();
    expect(await chat.getAttribute('aria-invalid')).toBeNull();
  });

  it('a bad script address shows its message and the code keeps a safe one', async () => {
    const {page} = await openConfigurator();
    await page.fill('#script-src', 'javascript:alert(1)');
    await expect.poll(() => page.locator('#script-src-error').isVisible()).toBe(true);
    await expect.poll(() => page.locator(SITE_CODE).textContent()).toContain('/support-widget/support-widget.js');
    expect(await page.locator(SITE_CODE).textContent()).not.toContain('javascript:');
  });
});

/** Where the phone number's first and last groups are on screen, in a root's text (shadow roots too). */
function numberPositions(element: Element, inShadow: boolean): {first: number; last: number} | undefined {
  const root = inShadow ? element.shadowRoot! : element;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const start = text.indexOf('020');
    const end = text.lastIndexOf('200');
    if (start < 0 || end <= start) continue;
    const x = (from: number) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, from + 3);
      return range.getBoundingClientRect().left;
    };
    return {first: x(start), last: x(end)};
  }
  return undefined;
}

describe('what an editor publishes has been checked', () => {
  it('an editor who changes only the municipality’s name copies no hours, no verified and no action plan, and is told the example must be checked', async () => {
    const {page} = await openConfigurator();
    const empty: [string, string][] = [
      ['helpline-card', 'phone-hours'],
      ['helpline-card', 'chat-hours'],
      ['helpline-card', 'verified'],
      ['info-panel', 'coordinator'],
    ];
    for (const [tag, name] of empty) expect(await page.locator(field(tag, name)).inputValue(), name).toBe('');
    expect(await page.locator(field('action-plan', 'include')).isChecked()).toBe(false);
    const note = page.locator('[id="support-helpline-card--example"]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/exempel.*Kontrollera dem med stödlinjen/i);
    // The verified field says whose check it is.
    expect(await page.locator(`label[for="support-helpline-card--verified"]`).textContent()).toMatch(
      /du kontrollerade/,
    );

    await page.fill(field('info-panel', 'municipality'), 'Kalix kommun');
    await outputReady(page, 'Kalix kommun');
    const code = await copy(page, '#page-part');
    for (const unchecked of ['phone-hours', 'chat-hours', 'verified', 'support-action-plan'])
      expect(code).not.toContain(unchecked);
    // Until the example's name, number and chat are all replaced, the note stays.
    expect(await note.isVisible()).toBe(true);
    await page.fill(field('helpline-card', 'name'), 'Stödlinjen');
    await page.fill(field('helpline-card', 'phone'), '0923-650 00');
    expect(await note.isVisible()).toBe(true);
    await page.fill(field('helpline-card', 'chat-url'), 'https://kalix.example/chatt');
    await expect.poll(() => note.isVisible()).toBe(false);
  });

  it('a link without https:// is refused beside the field with the fix, in Swedish and in English', async () => {
    const {page} = await openConfigurator();
    const chat = page.locator(field('helpline-card', 'chat-url'));
    await chat.fill('www.raddabarnen.se/oroschatten');
    const error = page.locator('[id="support-helpline-card--chat-url-error"]');
    await expect.poll(() => error.textContent()).toContain('Börja adressen med https://');
    await page.getByRole('button', {name: 'In English'}).click();
    await expect.poll(() => error.textContent()).toContain('Start the address with https://');
    expect(await page.locator('.preview support-helpline-card').getAttribute('chat-url')).toBeNull();
  });

  it('pasted values that quote another message are refused all the same', async () => {
    const {page} = await openConfigurator();
    await page.fill(
      '#paste',
      '<support-helpline-card name="Linjen" phone="020-100 200" chat-url="javascript:alert(1)//has no name" heading-level="7 has no name"></support-helpline-card>',
    );
    await page.getByRole('button', {name: 'Fyll i formuläret'}).click();
    await expect.poll(() => page.locator(field('helpline-card', 'chat-url')).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(field('helpline-card', 'heading-level')).getAttribute('aria-invalid')).toBe('true');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
    const code = await outputReady(page, 'name="Linjen"');
    expect(code).not.toContain('has no name');
    expect(code).not.toContain('javascript:');
  });

  it('hours it cannot read show in the preview as the card shows them, and are written with a note beside the field', async () => {
    const {page} = await openConfigurator();
    await page.fill(field('helpline-card', 'phone-hours'), 'vardagar 9-16');
    await expect.poll(() => outputReady(page)).toContain('phone-hours="vardagar 9-16"');
    await expect
      .poll(() => page.locator('.preview support-helpline-card').evaluate((e) => e.shadowRoot!.textContent))
      .toContain('vardagar 9-16');
    const input = page.locator(field('helpline-card', 'phone-hours'));
    expect(await input.getAttribute('aria-invalid')).toBeNull();
    const note = await input.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${note!.split(' ').at(-1)}"]`).textContent()).toContain(
      'Tiderna går inte att läsa',
    );
  });

  it('“Visa inget nödnummer” replaces typing none', async () => {
    const {page} = await openConfigurator();
    await page.check(field('helpline-card', 'no-emergency'));
    await expect.poll(() => outputReady(page)).toContain('emergency-phone="none"');
    expect(await page.locator(field('helpline-card', 'emergency-phone')).count()).toBe(0);
    await page.uncheck(field('helpline-card', 'no-emergency'));
    await expect.poll(() => outputReady(page)).not.toContain('emergency-phone');
  });

  it('the quick exit comes first, its copy is its link alone, and Shift three times in a field stays on the configurator', async () => {
    const {page} = await openConfigurator();
    await page.check(field('quick-exit', 'include'));
    const code = await outputReady(page, 'support-quick-exit');
    expect(code.startsWith('<support-quick-exit>')).toBe(true);
    const exit = code.slice(0, code.indexOf('</support-quick-exit>'));
    expect(exit).not.toMatch(/Shift|Skift/i);
    expect(exit).not.toContain('Lämnar');
    expect(exit).toContain('<div data-support-fallback><a href="https://www.google.com/">Lämna sidan</a></div>');
    expect(await page.locator('.preview support-quick-exit').getAttribute('preview')).toBeNull();

    const address = page.url();
    await page.locator(field('info-panel', 'municipality')).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    // "Would go to …", in the preview's language (Swedish here).
    await expect
      .poll(() => page.locator('.preview support-quick-exit').evaluate((e) => e.shadowRoot!.textContent))
      .toContain('Skulle gå till https://www.google.com/');
    expect(page.url()).toBe(address);
    expect(await page.locator('h1').textContent()).toBe('Skapa koden för stödrutan');
  });

  it('the copy holds no invisible characters, and the Arabic preview and copy show the number in order', async () => {
    const {page} = await openConfigurator();
    await page.selectOption('#preview-lang', 'ar');
    await expect.poll(() => page.locator(PAGE_CODE).textContent()).toMatch(/<p>[^<]*[\u0600-\u06ff]/);
    const code = await outputReady(page, 'dir="ltr"');
    expect(code).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069]/);
    expect(code).toContain('<bdi dir="ltr">020-100 200</bdi>');

    // On screen, the number reads left to right in the right-to-left preview...
    const preview = await page.locator('.preview support-helpline-card').evaluate(numberPositions, true);
    expect(preview!.first).toBeLessThan(preview!.last);
    // ...and in the copy, on an Arabic page without JavaScript.
    const arabic = await openHtml(
      env.browser,
      env.server,
      `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>صفحة</title></head><body><main>${code}</main></body></html>`,
      {javaScriptEnabled: false},
    );
    const copied = await arabic.page
      .locator('support-helpline-card [data-support-fallback]')
      .evaluate(numberPositions, false);
    expect(copied!.first).toBeLessThan(copied!.last);
  });
});

describe('the configurator itself', () => {
  it('passes axe under the README’s CSP, in Swedish and in English', async () => {
    const {page, violations} = await openConfigurator();
    expect(await axeViolations(page, env.server)).toEqual([]);
    await page.getByRole('button', {name: 'In English'}).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Make the code for the support box');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await axeViolations(page, env.server)).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('is usable by keyboard alone: Tab to a field, type, Tab to Copy, Enter', async () => {
    const {page} = await openConfigurator();
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent);
    const tabTo = async (wanted: (id: string) => boolean, most = 150) => {
      for (let i = 0; i < most; i++) {
        await page.keyboard.press('Tab');
        const id = (await focused()) ?? '';
        if (wanted(id)) return;
      }
      throw new Error('never reached by Tab');
    };
    await tabTo((id) => id === 'support-helpline-card--phone');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('08-123 456 78');
    // The focus outline is drawn.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await tabTo((id) => id.startsWith('Kopiera') && id.includes('sidan'));
    await outputReady(page, 'phone="08-123 456 78"');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#page-part [role="status"]').textContent()).toMatch(/^Kopierat/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('phone="08-123 456 78"');
  });

  it('pasting a snippet back fills the form again', async () => {
    const {page} = await openConfigurator();
    await page.fill(
      '#paste',
      `<script src="/js/support-widget.js" defer></script>
<support-helpline-card name="Linjen" phone="08-700 00 00" anonymous="false" heading-level="3">
  <div data-support-fallback><h3>Linjen</h3></div>
</support-helpline-card>
<support-info-panel municipality="Haparanda stad"><script>window.pasted = true</script></support-info-panel>`,
    );
    await page.getByRole('button', {name: 'Fyll i formuläret'}).click();
    await expect.poll(() => page.locator(field('helpline-card', 'name')).inputValue()).toBe('Linjen');
    expect(await page.locator(field('helpline-card', 'phone')).inputValue()).toBe('08-700 00 00');
    expect(await page.locator(field('helpline-card', 'chat-url')).inputValue()).toBe('');
    expect(await page.locator(field('helpline-card', 'anonymous')).isChecked()).toBe(false);
    expect(await page.locator(field('helpline-card', 'heading-level')).inputValue()).toBe('3');
    expect(await page.locator(field('info-panel', 'municipality')).inputValue()).toBe('Haparanda stad');
    expect(await page.locator('#script-src').inputValue()).toBe('/js/support-widget.js');
    // The action plan was not in the code, so it is not on the page.
    expect(await page.locator(field('action-plan', 'include')).isChecked()).toBe(false);
    // The message is announced a moment later, so that a screen reader hears it even when it repeats.
    await expect.poll(() => page.locator('#paste-section [role="status"]').textContent()).toMatch(/ifyllt/);
    const code = await outputReady(page, 'name="Linjen"');
    expect(code).not.toContain('support-action-plan');
    expect(code).toContain('<h3>Linjen</h3>');
    expect(await page.evaluate(() => (window as {pasted?: boolean}).pasted)).toBeUndefined();
  });

  it('the preview and the fallback copies follow the page’s language; the width control sets the preview’s width', async () => {
    const {page} = await openConfigurator();
    await page.selectOption('#preview-lang', 'ar');
    // Arabic letters in the copies: the built-in texts, translated.
    await expect.poll(() => page.locator(PAGE_CODE).textContent()).toMatch(/<p>[^<]*[\u0600-\u06ff]/);
    expect(await outputReady(page)).toContain('<h2>Orostelefonen</h2>');
    expect(await page.locator('.preview').getAttribute('dir')).toBe('rtl');
    await page.selectOption('#preview-lang', 'en');
    expect(plain(await outputReady(page, 'In an emergency'))).toContain(
      '<a href="tel:112">In an emergency, call 112</a>',
    );
    for (const [width, px] of [
      ['phone', 375],
      ['sidebar', 280],
    ] as const) {
      await page.check(`#width-${width}`);
      await expect.poll(() => page.locator('.preview').evaluate((e) => e.getBoundingClientRect().width)).toBe(px);
    }
  });

  it('works from dist/ alone, as the release ships it: configurator/ next to support-widget.js', async () => {
    const dist = await startServer({root: `${ROOT}dist`});
    env.afterBrowser(() => dist.close());
    const {page} = await openPage(env.browser, `${dist.url}/configurator/`);
    const code = await outputReady(page, 'Orostelefonen');
    expect(code).toContain('<div data-support-fallback>');
    expect(await page.locator(SITE_CODE).textContent()).toMatch(/integrity="sha384-/);
  });
});
