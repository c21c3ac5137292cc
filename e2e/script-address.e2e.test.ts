/**
 * The widget finds its own folder from any address its script can have: here the files are served
 * where a CDN puts a package, `/npm/support-widget@0.1.0/dist/`, with an `@` in the path. The
 * languages, `hours.js` and `quick-exit.js` must come from that folder, never the page's.
 */
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {openPage, ROOT, useBrowserAndServer, widgetsRendered, writePage} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);
const FOLDER = '/npm/support-widget@0.1.0/dist/';

function page(scriptTag: string, before = ''): string {
  return writePage(`<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>CDN</title>
    ${before}${scriptTag}</head><body>
    <support-quick-exit href="https://www.example.se/"><a href="https://www.example.se/">Leave</a></support-quick-exit>
    <main><h1>خط الدعم</h1>
    <support-helpline-card name="Orostelefonen" phone="020-100 200" phone-hours="Mo-Su 00:00-24:00">
      <p><a href="tel:020100200">020-100 200</a></p>
    </support-helpline-card></main></body></html>`);
}

describe(`the files served under ${FOLDER}`, () => {
  it.each([
    ['a module script', `<script type="module" src="${FOLDER}support-widget.js"></script>`, ''],
    ['a deferred script', `<script defer src="${FOLDER}support-widget.js"></script>`, ''],
    // The page turns stack traces off before the widget runs.
    [
      'a module script on a page with Error.stackTraceLimit = 0',
      `<script type="module" src="${FOLDER}support-widget.js"></script>`,
      '<script>Error.stackTraceLimit = 0</script>',
    ],
  ])('%s: Arabic, the hours and the quick exit load from that folder', async (_, scriptTag, before) => {
    const record = await openPage(env.browser, '', {noGoto: true});
    await record.page.route(/\/npm\/support-widget@0\.1\.0\/dist\/(.+)$/, (route) =>
      route.fulfill({path: join(ROOT, 'dist', new URL(route.request().url()).pathname.slice(FOLDER.length))}),
    );
    await record.page.goto(`${env.server.url}${page(scriptTag, before)}`);
    await widgetsRendered(record.page);

    const card = record.page.locator('support-helpline-card');
    await expect.poll(() => card.locator('#phone-status').isVisible()).toBe(true);
    expect(await card.locator('[lang="ar"]').count()).toBeGreaterThan(0);
    await expect.poll(() => record.page.locator('support-quick-exit [part="button"]').isVisible()).toBe(true);
    const own = record.requests.filter((url) => /\/(locales\/|hours\.js|quick-exit\.js)/.test(url));
    expect(own.map((url) => new URL(url).pathname).sort()).toEqual(
      [`${FOLDER}hours.js`, `${FOLDER}locales/ar.js`, `${FOLDER}quick-exit.js`].sort(),
    );
    expect(record.warnings).toEqual([]);
  });
});
