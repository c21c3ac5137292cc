/**
 * `support-widget.all.js`, the one file for any CMS, with every language, the opening hours and
 * the quick exit inside: a page in a language that the main script loads from `locales/`, or with
 * elements whose features the main script loads from files of their own, gets all of it from this
 * one file, with no further request (what a Subresource Integrity hash on the script covers).
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {sriHash} from '../scripts/release.mjs';
import {openHtml, ROOT, useBrowserAndServer, widgetsRendered} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

/** The translation of an English text, as locales/<code>.xlf gives it. */
function translation(locale: string, source: string): string {
  const xliff = readFileSync(`${ROOT}locales/${locale}.xlf`, 'utf8');
  const target = new RegExp(`<source>${source}</source>\\s*<target>([^<]*)</target>`).exec(xliff)?.[1];
  if (!target) throw new Error(`no ${locale} translation of "${source}"`);
  return target;
}

function pageIn(lang: string, script: string, card = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang}</title>
    <script src="${script}"></script></head>
    <body><main><h1>${lang}</h1>
      <support-helpline-card name="Orostelefonen" phone="020-100 200" ${card}></support-helpline-card>
      <support-info-panel municipality="Överkalix kommun"></support-info-panel>
    </main></body></html>`;
}

/** The scripts the page requested, as paths. */
const scriptsRequested = (requests: string[]) =>
  requests.map((url) => new URL(url).pathname).filter((path) => path.endsWith('.js'));

describe('support-widget.all.js', () => {
  it.each(['ar', 'fi'])('renders a page in %s from one script request', async (lang) => {
    const {page, requests} = await openHtml(env.browser, env.server, pageIn(lang, '/dist/support-widget.all.js'));
    await widgetsRendered(page);
    const shown = await page.evaluate(() => {
      // What an element shows of its own, now that it has rendered: the element that carries its language.
      const root = (tag: string) => document.querySelector(tag)!.shadowRoot!.querySelector('[lang]')!;
      return {
        lang: root('support-helpline-card').getAttribute('lang'),
        heading: root('support-info-panel').querySelector('[part="heading"]')!.textContent.trim(),
      };
    });
    expect(shown).toEqual({lang, heading: translation(lang, 'Violent extremism')});
    expect(scriptsRequested(requests)).toEqual(['/dist/support-widget.all.js']);
  });

  it('has the hours inside, with their words in every language', async () => {
    const {page, requests} = await openHtml(
      env.browser,
      env.server,
      pageIn('fi', '/dist/support-widget.all.js', 'phone-hours="Mo-Su 00:00-24:00"'),
    );
    await widgetsRendered(page);
    // The card may render before the hours are ready, with the hours as written; the week follows.
    await page.waitForFunction(() =>
      document.querySelector('support-helpline-card')!.shadowRoot!.querySelector('.week'),
    );
    const week = await page.evaluate(
      () => document.querySelector('support-helpline-card')!.shadowRoot!.querySelector('.week')!.textContent,
    );
    // Monday to Sunday, in Finnish: the week's first and last day names from the translation.
    const days = translation('fi', 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday').split(' ');
    expect(week).toContain(`${days[0]}–${days[6]}`);
    expect(scriptsRequested(requests)).toEqual(['/dist/support-widget.all.js']);
  });

  it.each(['sv', 'ar'])(
    'runs a page with all four elements in %s from one script request, checked by its integrity hash',
    async (lang) => {
      const integrity = sriHash(readFileSync(`${ROOT}dist/support-widget.all.js`));
      const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang}</title>
        <script src="/dist/support-widget.all.js" integrity="${integrity}" crossorigin="anonymous" defer></script></head>
        <body><main><h1>${lang}</h1>
          <support-quick-exit href="https://www.smhi.se/"></support-quick-exit>
          <support-info-panel municipality="Överkalix kommun"></support-info-panel>
          <support-helpline-card name="Orostelefonen" phone="020-100 200" phone-hours="Mo-Su 00:00-24:00"></support-helpline-card>
          <support-action-plan href="/demo/handlingsplan.pdf"></support-action-plan>
        </main></body></html>`;
      const {page, requests} = await openHtml(env.browser, env.server, html);
      await widgetsRendered(page);
      await page.waitForFunction(() =>
        document.querySelector('support-helpline-card')!.shadowRoot!.querySelector('.status'),
      );
      const shown = await page.evaluate(() => {
        const root = (tag: string) => document.querySelector(tag)!.shadowRoot!;
        return {
          status: Boolean(root('support-helpline-card').querySelector('.status')!.textContent.trim()),
          exit: root('support-quick-exit').querySelector<HTMLAnchorElement>('[part="button"]')?.href,
          plan: root('support-action-plan').querySelector<HTMLAnchorElement>('[part="download-link"]')?.pathname,
        };
      });
      expect(shown).toEqual({status: true, exit: 'https://www.smhi.se/', plan: '/demo/handlingsplan.pdf'});
      expect(scriptsRequested(requests)).toEqual(['/dist/support-widget.all.js']);
    },
  );

  it('is what saves the request: the main script loads the language from a second file', async () => {
    const {page, requests} = await openHtml(env.browser, env.server, pageIn('fi', '/dist/support-widget.js'));
    await widgetsRendered(page);
    expect(scriptsRequested(requests)).toEqual(['/dist/support-widget.js', '/dist/locales/fi.js']);
  });
});
