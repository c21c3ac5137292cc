/**
 * `support-widget.all.js`, the script with every language inside: a page in a language that the
 * main script loads from `locales/` gets it from this one file, with no further request (what a
 * Subresource Integrity hash on the script covers).
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
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

  it('loads hours.js for a card with hours, which brings their words in every language', async () => {
    const {page, requests} = await openHtml(
      env.browser,
      env.server,
      pageIn('fi', '/dist/support-widget.all.js', 'phone-hours="Mo-Su 00:00-24:00"'),
    );
    await widgetsRendered(page);
    // The card may render before hours.js arrives, with the hours as written; the week follows.
    await page.waitForFunction(() =>
      document.querySelector('support-helpline-card')!.shadowRoot!.querySelector('.week'),
    );
    const week = await page.evaluate(
      () => document.querySelector('support-helpline-card')!.shadowRoot!.querySelector('.week')!.textContent,
    );
    // Monday to Sunday, in Finnish: the week's first and last day names from the translation.
    const days = translation('fi', 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday').split(' ');
    expect(week).toContain(`${days[0]}–${days[6]}`);
    expect(scriptsRequested(requests)).toEqual(['/dist/support-widget.all.js', '/dist/hours.js']);
  });

  it('is what saves the request: the main script loads the language from a second file', async () => {
    const {page, requests} = await openHtml(env.browser, env.server, pageIn('fi', '/dist/support-widget.js'));
    await widgetsRendered(page);
    expect(scriptsRequested(requests)).toEqual(['/dist/support-widget.js', '/dist/locales/fi.js']);
  });
});
