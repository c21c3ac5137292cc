/**
 * The browser's first use of most `Intl` services loads ICU data in one long task that cannot be
 * split (about 60 ms, several times that on a slow phone), once per renderer process: a resident
 * arriving from a search engine pays it. The first render writes dates, file sizes, lists and
 * common language names from the languages' own tables instead, so on a fresh page it must not
 * touch `Intl` at all; `Intl` may name a code the tables lack, but only after the first render.
 */
import {expect, it} from 'vitest';
import {openPage, plain, useBrowserAndServer, widgetsRendered, writePage} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

/**
 * Runs before any script of the page: every Intl service that loads ICU data, called or
 * constructed, and its `supportedLocalesOf`, records its name. Idle callbacks are held until the
 * test releases them, so "after the first render" is a moment the test chooses.
 */
function recordIntl() {
  const calls: string[] = [];
  const w = window as unknown as {e2eIntlCalls: string[]; e2eRunIdle: () => void};
  w.e2eIntlCalls = calls;
  const services = ['DateTimeFormat', 'NumberFormat', 'ListFormat', 'DisplayNames', 'PluralRules', 'Collator'];
  services.push('RelativeTimeFormat', 'Segmenter');
  type Service = {
    new (...values: unknown[]): object;
    (...values: unknown[]): unknown;
    supportedLocalesOf: (...values: unknown[]) => unknown;
  };
  const intl = Intl as unknown as Record<string, Service>;
  for (const name of services) {
    const service = intl[name]!;
    const supported = service.supportedLocalesOf.bind(service);
    service.supportedLocalesOf = (...args) => (calls.push(`${name}.supportedLocalesOf`), supported(...args));
    intl[name] = new Proxy(service, {
      construct: (target, args) => (
        calls.push(name),
        Reflect.construct(target as new (...values: unknown[]) => object, args)
      ),
      apply: (target, self, args) => (
        calls.push(name),
        Reflect.apply(target as (...values: unknown[]) => unknown, self, args)
      ),
    });
  }
  // The locale-aware methods of strings, numbers and dates use the same data.
  for (const [type, method] of [
    [String, 'localeCompare'],
    [Number, 'toLocaleString'],
    [Date, 'toLocaleString'],
    [Date, 'toLocaleDateString'],
    [Date, 'toLocaleTimeString'],
  ] as const) {
    const proto = type.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const original = Reflect.get(proto, method);
    proto[method] = function (this: unknown, ...args: unknown[]) {
      calls.push(`${type.name}.${method}`);
      return original.apply(this, args);
    };
  }
  const held: (() => void)[] = [];
  window.requestIdleCallback = (run) => held.push(() => run({didTimeout: false, timeRemaining: () => 50})) && 0;
  w.e2eRunIdle = () => held.splice(0).forEach((run) => run());
}

/** One of each element, all with the attributes that used to need Intl, in `lang`. */
const section = (lang: string) => `<section lang="${lang}">
  <support-info-panel municipality="Överkalix kommun"></support-info-panel>
  <support-helpline-card id="card-${lang}" name="Orostelefonen" phone="020-100 200" languages="sv en ar prs"></support-helpline-card>
  <support-action-plan id="plan-${lang}" href="/demo/handlingsplan.pdf" file-size="1258291" last-updated="2024-03-12"
    document-lang="${lang === 'sv' ? 'en' : 'sv'}"></support-action-plan>
</section>`;

const page = (body: string) => `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Intl</title>
  <script src="/dist/support-widget.js"></script></head><body><main>${body}</main></body></html>`;

/** A new browser context (a fresh renderer, Intl never used), with Intl recorded from the start. */
async function openFresh(html: string) {
  const record = await openPage(env.browser, '', {noGoto: true});
  await record.context.addInitScript(recordIntl);
  await record.page.goto(`${env.server.url}${writePage(html)}`);
  await widgetsRendered(record.page);
  return record;
}

const shadowText = (id: string) =>
  `(e => e.rendered ? e.shadowRoot.querySelector('[lang]').textContent : '')(document.getElementById(${JSON.stringify(id)}))`;

it('a fresh page renders dates, sizes, lists and language names in sv, en, fi and ar without Intl', async () => {
  const record = await openFresh(page(['sv', 'en', 'fi', 'ar'].map(section).join('')));
  const text = async (id: string) => plain(await record.page.evaluate(shadowText(id)));
  expect(await record.page.evaluate(() => (window as unknown as {e2eIntlCalls: string[]}).e2eIntlCalls)).toEqual([]);
  expect(await text('card-sv')).toContain('Samtalsspråk: svenska, engelska, arabiska och dari');
  expect(await text('card-en')).toContain('Languages: Swedish, English, Arabic, and Dari');
  expect(await text('card-fi')).toContain('Palvelukielet: ruotsi, englanti, arabia ja dari');
  expect(await text('card-ar')).toContain('اللغات المتاحة: السويدية والإنجليزية والعربية والدارية');
  expect(await text('plan-sv')).toContain('1,2 MB, på engelska');
  expect(await text('plan-sv')).toContain('Senast uppdaterad: 12 mars 2024');
  expect(await text('plan-en')).toContain('1.2 MB, in Swedish');
  expect(await text('plan-en')).toContain('Last updated: March 12, 2024');
  expect(await text('plan-fi')).toContain('1,2 Mt, kieli: ruotsi');
  expect(await text('plan-fi')).toContain('Päivitetty viimeksi: 12. maaliskuuta 2024');
  expect(await text('plan-ar')).toContain('1.2 ميغابايت، اللغة: السويدية');
  expect(await text('plan-ar')).toContain('آخر تحديث: 12 مارس 2024');
});

it('a code the tables lack is shown as it is, and named by the browser after the first render', async () => {
  const record = await openFresh(
    page(
      `<support-helpline-card id="card" lang="en" name="Orostelefonen" phone="020-100 200" languages="sv de"></support-helpline-card>`,
    ),
  );
  const calls = () => record.page.evaluate(() => (window as unknown as {e2eIntlCalls: string[]}).e2eIntlCalls);
  expect(await calls()).toEqual([]);
  expect(plain(await record.page.evaluate(shadowText('card')))).toContain('Languages: Swedish and de');
  await record.page.evaluate(() => (window as unknown as {e2eRunIdle: () => void}).e2eRunIdle());
  await record.page.waitForFunction(`${shadowText('card')}.includes('Swedish and German')`);
  expect(await calls()).toContain('DisplayNames');
});
