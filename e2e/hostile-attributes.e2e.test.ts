import fc from 'fast-check';
import {expect, it} from 'vitest';
import {openPage, useBrowserAndServer} from './harness.js';

const env = useBrowserAndServer();

const ATTRIBUTES = {
  'support-helpline-card': ['name', 'organization', 'description', 'phone', 'chat-url', 'info-url', 'anonymous', 'languages',
    'emergency-phone', 'police-phone', 'social-services-url', 'heading-level', 'lang'],
  'support-info-panel': ['municipality', 'coordinator', 'heading', 'heading-level', 'lang'],
  'support-action-plan': ['href', 'label', 'file-type', 'file-size', 'updated', 'document-lang', 'lang'],
};

/** What an editor might paste, a mistake, or an attack. */
const hostileValue = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
    '\u0000javascript:alert(1)', '\u0001javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)',
    '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '<svg onload=alert(1)>', '{{constructor.constructor("alert(1)")()}}',
    '${alert(1)}', '', ' ', 'false', 'none', '0', '7', '-1', '1e999', 'ar', 'sv-SE', 'zz', '020-100 200', '+46 8 123 45',
    'https://example.se/ok', '/relative', '//example.se/x', '1.2 MB', '2024-02-30', '2024-03-12', '\u202e\u2066',
  ),
  fc.string({maxLength: 40}),
  fc.string({unit: 'binary', maxLength: 40}),
  fc.constant('x'.repeat(5000)),
);

const attributeSet = fc.constantFrom(...Object.keys(ATTRIBUTES)).chain((tag) =>
  fc.record({
    tag: fc.constant(tag),
    attributes: fc.dictionary(fc.constantFrom(...ATTRIBUTES[tag as keyof typeof ATTRIBUTES]), hostileValue, {maxKeys: 8}),
  }),
);

const SETS = 400;

it(`renders ${SETS} random hostile attribute sets with no error, no dangerous link, no markup and no dialog`, async () => {
  const samples = fc.sample(attributeSet, {numRuns: SETS, seed: 20261124});
  const record = await openPage(env.browser, `${env.server.url}/e2e/pages/empty.html`);
  await record.page.waitForFunction(() => customElements.get('support-helpline-card'));
  const findings = await record.page.evaluate(async (sets) => {
    const problems: string[] = [];
    let links = 0;
    const original = console.warn;
    console.warn = () => {}; // expected: every bad value is reported; the warnings themselves are tested elsewhere
    for (const {tag, attributes} of sets) {
      const element = document.createElement(tag) as HTMLElement & {updateComplete?: Promise<unknown>};
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      document.body.append(element);
      await element.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
      await element.updateComplete;
      const root = element.shadowRoot!;
      for (const a of root.querySelectorAll('[href]')) {
        links++;
        const protocol = new URL(a.getAttribute('href')!, location.href).protocol;
        if (!['http:', 'https:', 'tel:'].includes(protocol)) problems.push(`${tag} ${JSON.stringify(attributes)}: href ${a.getAttribute('href')}`);
        if (protocol === 'tel:' && !/^tel:\+?\d+$/.test(a.getAttribute('href')!)) problems.push(`${tag}: bad tel ${a.getAttribute('href')}`);
      }
      for (const node of root.querySelectorAll('*')) {
        if (['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'FORM'].includes(node.tagName)) problems.push(`${tag}: <${node.localName}> in the shadow root`);
        for (const attribute of node.attributes) if (attribute.name.startsWith('on')) problems.push(`${tag}: ${attribute.name} attribute`);
      }
      element.remove();
    }
    console.warn = original;
    return {problems, links};
  }, samples);
  expect(findings.problems).toEqual([]);
  expect(findings.links).toBeGreaterThan(SETS / 4); // the sets did produce links to check
  expect(record.errors).toEqual([]);
  expect(record.dialogs).toEqual([]);
  console.info(`hostile attribute sets: ${SETS}, links checked: ${findings.links}, problems: 0`);
  await record.page.context().close();
});

it('a page of hostile attributes: no dangerous link, no script run, a warning for each', async () => {
  const record = await openPage(env.browser, `${env.server.url}/e2e/pages/hostile.html`);
  const {page} = record;
  await page.waitForFunction(() => document.querySelector('support-helpline-card')?.shadowRoot?.querySelector('.root'));
  await page.locator('support-info-panel [part="heading"]').hover();
  const found = await page.evaluate(() => {
    const roots = [...document.querySelectorAll('support-helpline-card, support-info-panel, support-action-plan')].map((e) => e.shadowRoot!);
    return {
      pwned: (window as unknown as {pwned?: number}).pwned ?? null,
      hrefs: roots.flatMap((root) => [...root.querySelectorAll('[href]')].map((a) => a.getAttribute('href'))),
      injected: roots.flatMap((root) => [...root.querySelectorAll('img, script, iframe, svg:not([aria-hidden]), b')].map((e) => e.localName)),
      heading: roots[0].querySelector('[part="heading"]')!.textContent,
    };
  });
  expect(found).toEqual({
    pwned: null,
    hrefs: ['tel:112'],
    injected: [],
    heading: '<img src=x onerror="window.pwned=1">Orostelefonen',
  });
  expect(record.dialogs).toEqual([]);
  expect(record.errors).toEqual([]);
  const warned = record.warnings.map((w) => w.split(':')[0]);
  expect(warned).toEqual([
    '<support-helpline-card> phone',
    '<support-helpline-card> chat-url',
    '<support-helpline-card> info-url',
    '<support-helpline-card> social-services-url',
    '<support-helpline-card> heading-level',
    '<support-helpline-card> phone, chat-url',
    '<support-action-plan> href',
  ]);
  await page.context().close();
});
