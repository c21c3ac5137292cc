import {expect, it} from 'vitest';
import {openPage, useBrowserAndServer, widgetsRendered} from './harness.js';

const env = useBrowserAndServer();

/** Everything a page could keep about a visitor. */
const storageOf = `(async () => ({
  cookie: document.cookie,
  local: JSON.stringify({...localStorage}),
  session: JSON.stringify({...sessionStorage}),
  databases: (await indexedDB.databases()).map((d) => d.name),
  caches: await caches.keys(),
  workers: (await navigator.serviceWorker.getRegistrations()).length,
}))()`;

it.each(['/demo/', '/demo/ar.html', '/demo/languages.html'])('%s: leaves cookies and storage alone and asks only for its own files', async (path) => {
  // The site's own data, which the widget must neither read into requests nor change.
  const record = await openPage(env.browser, `${env.server.url}/e2e/pages/empty.html`);
  const {page} = record;
  await page.evaluate(() => {
    document.cookie = 'site=1; path=/';
    localStorage.setItem('site', 'kept');
    sessionStorage.setItem('site', 'kept');
  });
  const before = await page.evaluate(storageOf);
  record.requests.length = 0;

  await page.goto(`${env.server.url}${path}`);
  await widgetsRendered(page);
  // A resident uses the card: the page counts the contact with its own listener, the link is a tel: link.
  await page.evaluate(() => document.addEventListener('support-contact', () => {}));
  await page.locator('support-helpline-card').first().locator('[part="call-link"]').click();

  expect(await page.evaluate(storageOf)).toEqual(before);
  const allowed = [/\/demo\/(\w+\.html)?$/, /\/demo\/demo\.css$/, /\/dist\/support-widget\.js$/, /\/dist\/locales\/[a-z]{2}\.js$/, /\/favicon\.ico$/];
  // The one navigation away is the resident's own call.
  const calls = record.requests.filter((url) => url.startsWith('tel:'));
  expect(calls).toEqual(['tel:020100200']);
  const strangers = record.requests.filter((url) => !url.startsWith('tel:') && (!url.startsWith(env.server.url) || !allowed.some((pattern) => pattern.test(new URL(url).pathname))));
  expect(strangers).toEqual([]);
  console.info(`${path}: ${record.requests.length} requests, all the page's or the widget's own`);
  await page.context().close();
});
