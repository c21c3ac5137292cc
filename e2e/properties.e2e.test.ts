/**
 * Properties from plain JavaScript, the way frameworks (React, Vue, Preact, Lit's `.prop=`) and
 * scripts set them: every property of every element gets a value of every JavaScript type and
 * then its good value back. Nothing may throw, no element may go empty, and problems are warnings.
 */
import {describe, expect, it} from 'vitest';
import {
  accessibilityTree,
  counts,
  openHtml,
  plain,
  renderedContent,
  useBrowserAndServer,
  widgetsRendered,
} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

/** Every public property after issue 7, with a good value to start from and to come back to. */
const PROPERTIES: Record<string, Record<string, unknown>> = {
  'support-helpline-card': {
    name: 'Orostelefonen',
    organization: 'Rädda Barnen',
    description: 'Both children and adults can call.',
    phone: '020-100 200',
    chatUrl: 'https://example.se/chat',
    infoUrl: '/info',
    anonymous: true,
    languages: 'sv en',
    emergencyPhone: '112',
    policePhone: '114 14',
    socialServicesUrl: '/social',
    headingLevel: 3,
  },
  'support-info-panel': {
    municipality: 'Kalix kommun',
    coordinator: 'the working group',
    heading: 'How we work',
    headingLevel: 3,
  },
  'support-action-plan': {
    href: '/demo/handlingsplan.pdf',
    label: 'Action plan',
    fileType: 'PDF',
    fileSize: '708',
    lastUpdated: '2024-03-12',
    documentLang: 'sv',
  },
};

/** Each JavaScript type a framework may pass, wrong ones included (made in the page: not all serialise). */
const VALUES = [
  'a string',
  'an empty string',
  'a number',
  'zero',
  'NaN',
  'true',
  'false',
  'null',
  'undefined',
  'an object',
  'an array',
  'a function',
];

/** Values that are no text, number or boolean: each must give a warning (like a bad attribute). */
const WRONG_TYPES = ['an object', 'an array', 'a function'];

interface Step {
  where: string;
  problem?: string;
  warnings: string[];
}

/** The page function: one fresh element per property and value, so the warning cap does not hide anything. */
async function tryEveryValue({
  tag,
  good,
  kinds,
}: {
  tag: string;
  good: Record<string, unknown>;
  kinds: string[];
}): Promise<Step[]> {
  const made: Record<string, unknown> = {
    'a string': 'Ä <b>text</b>',
    'an empty string': '',
    'a number': 42,
    zero: 0,
    NaN: NaN,
    true: true,
    false: false,
    null: null,
    undefined: undefined,
    'an object': {toString: 'not a function', a: 1},
    'an array': ['sv', 'en'],
    'a function': () => 1,
  };
  const values = kinds.map((kind) => [kind, made[kind]] as const);
  const steps: Step[] = [];
  let warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    warn.apply(console, args);
  };
  type Widget = HTMLElement & {updateComplete: Promise<unknown>} & Record<string, unknown>;
  const settle = async (element: Widget) => {
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  };
  /** What the element shows a resident; undefined when that is enough. */
  const emptiness = (element: Widget): string | undefined => {
    const root = element.shadowRoot;
    const shown = [...(root?.querySelectorAll('a, [part="heading"]') ?? []), ...element.querySelectorAll('a')].filter(
      (node) => node.checkVisibility(),
    );
    if (tag === 'support-info-panel')
      return shown.some((node) => node.textContent?.trim()) ? undefined : 'no heading shown';
    if (tag === 'support-action-plan')
      return shown.some((node) => node.localName === 'a') ? undefined : 'no download link or fallback shown';
    return shown.some((node) => node.getAttribute('href')?.startsWith('tel:')) ? undefined : 'no way to call shown';
  };
  for (const [property, goodValue] of Object.entries(good)) {
    for (const [kind, value] of values) {
      const where = `${tag}.${property} = ${kind}`;
      const element = document.createElement(tag) as Widget;
      Object.assign(element, good);
      // Fallback content, as the README tells editors to write it.
      element.innerHTML =
        tag === 'support-action-plan'
          ? '<a href="/demo/handlingsplan.pdf">Action plan</a>'
          : tag === 'support-helpline-card'
            ? '<p>Call <a href="tel:020100200">020-100 200</a></p>'
            : '';
      document.body.append(element);
      let problem: string | undefined;
      try {
        await settle(element);
        warnings = [];
        element[property] = value;
        await settle(element);
        problem = emptiness(element);
        const stepWarnings = warnings;
        element[property] = goodValue;
        await settle(element);
        problem ??= emptiness(element);
        steps.push({where, problem, warnings: stepWarnings});
      } catch (error) {
        steps.push({where, problem: `threw ${String(error)}`, warnings});
      }
      element.remove();
    }
  }
  console.warn = warn;
  return steps;
}

describe.each(Object.entries(PROPERTIES))('<%s>', (tag, good) => {
  it('takes a value of every type on every property, and its good value back, without throwing or going empty', async () => {
    const record = await openHtml(
      env.browser,
      env.server,
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Properties</title><script src="/dist/support-widget.js"></script></head><body><main><h1>Properties</h1></main></body></html>',
    );
    await record.page.waitForFunction((name) => customElements.get(name), tag);
    const steps = await record.page.evaluate(tryEveryValue, {tag, good, kinds: VALUES});
    counts.inputs += steps.length;
    expect(steps).toHaveLength(Object.keys(good).length * VALUES.length);
    expect(steps.filter((step) => step.problem).map((step) => `${step.where}: ${step.problem}`)).toEqual([]);
    // A wrong type is reported the way a bad attribute is: a warning that names the element.
    const silent = steps.filter(
      (step) =>
        WRONG_TYPES.some((kind) => step.where.endsWith(`= ${kind}`)) &&
        !step.warnings.some((w) => w.startsWith(`<${tag}>`)),
    );
    expect(silent.map((step) => step.where)).toEqual([]);
    expect(record.errors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});

describe('properties set before the script defines the elements', () => {
  it('are honoured once the script runs', async () => {
    const record = await openHtml(
      env.browser,
      env.server,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Early properties</title></head>
      <body><main><h1>Early properties</h1>
        <support-helpline-card id="card"></support-helpline-card>
        <support-info-panel id="panel"></support-info-panel>
        <support-action-plan id="plan"></support-action-plan>
        <script>
          Object.assign(document.getElementById('card'), {name: 'Early line', phone: '020-100 200', anonymous: true, headingLevel: 4, emergencyPhone: 112});
          Object.assign(document.getElementById('panel'), {heading: 'Early panel', headingLevel: 3, municipality: 'Kalix kommun'});
          Object.assign(document.getElementById('plan'), {href: '/demo/handlingsplan.pdf', fileSize: 708, lastUpdated: '2024-03-12'});
        </script>
        <script src="/dist/support-widget.js"></script>
      </main></body></html>`,
    );
    const {page} = record;
    await widgetsRendered(page);
    const headings = (await accessibilityTree(page)).filter((node) => node.role === 'heading');
    expect(headings).toEqual(
      expect.arrayContaining([
        {role: 'heading', name: 'Early line', level: 4},
        {role: 'heading', name: 'Early panel', level: 3},
      ]),
    );
    const text = async (id: string) => (await renderedContent(page, `#${id}`)).textContent;
    expect(plain(await text('card'))).toMatch(/anonymous/i);
    expect(plain(await text('panel'))).toContain('Kalix kommun');
    expect(plain(await text('plan'))).toContain('March 12, 2024');
    expect(await page.locator('#card [part="call-link"]').getAttribute('href')).toBe('tel:020100200');
    expect(record.errors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});

describe('the action plan date: last-updated / lastUpdated', () => {
  it('reads the attribute last-updated and the property lastUpdated, and no longer reads updated', async () => {
    const record = await openHtml(
      env.browser,
      env.server,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dates</title>
      <script src="/dist/support-widget.js"></script></head>
      <body><main><h1>Dates</h1>
        <support-action-plan id="attribute" href="/demo/handlingsplan.pdf" last-updated="2024-03-12"></support-action-plan>
        <support-action-plan id="property" href="/demo/handlingsplan.pdf"></support-action-plan>
        <support-action-plan id="old" href="/demo/handlingsplan.pdf" updated="2023-11-05"></support-action-plan>
      </main></body></html>`,
    );
    const {page} = record;
    await widgetsRendered(page);
    await page.evaluate(() => {
      (document.getElementById('property') as unknown as {lastUpdated: string}).lastUpdated = '2025-01-31';
    });
    const time = (id: string) => page.locator(`#${id} time`);
    await expect.poll(() => time('property').count()).toBe(1);
    expect([await time('attribute').getAttribute('datetime'), plain(await time('attribute').innerText())]).toEqual([
      '2024-03-12',
      'March 12, 2024',
    ]);
    expect([await time('property').getAttribute('datetime'), plain(await time('property').innerText())]).toEqual([
      '2025-01-31',
      'January 31, 2025',
    ]);
    // The property reflects nothing it should not, and Lit's updated() lifecycle method is left alone.
    expect(
      await page.evaluate(() => typeof (document.getElementById('old') as unknown as {updated: unknown}).updated),
    ).toBe('function');
    expect(await time('old').count()).toBe(0);
    expect(plain((await renderedContent(page, '#old')).innerText)).not.toContain('2023');
    expect(record.errors).toEqual([]);
  });
});
