/**
 * Privacy: the widget keeps nothing about residents and talks to no one. A resident uses the
 * demo page (calls, downloads, opens the chat) with the site's own cookie and storage in place;
 * every request of the browser is recorded, and any request to another origin fails the test,
 * except the chat page the resident chose to open.
 */
import {expect, it} from 'vitest';
import {openPage, useBrowserAndServer, widgetsRendered} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

/** Everything a page could keep about a visitor. */
const storageOf = `(async () => ({
  cookie: document.cookie,
  local: JSON.stringify({...localStorage}),
  session: JSON.stringify({...sessionStorage}),
  databases: (await indexedDB.databases()).map((d) => d.name),
  caches: await caches.keys(),
  workers: (await navigator.serviceWorker.getRegistrations()).length,
}))()`;

/**
 * Spies on every API that stores or sends data, in every document, from its first script on.
 * The page's own seeding (below) happens in another document, so anything logged is the widget's.
 */
function spyOnStorageAndNetwork() {
  const log: string[] = ((window as unknown as {privacyLog: string[]}).privacyLog = []);
  const spy = <T extends object>(target: T | undefined, name: keyof T & string, label: string) => {
    if (!target || typeof target[name] !== 'function') return;
    const original = target[name] as unknown as (...args: unknown[]) => unknown;
    (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      log.push(`${label}(${String(args[0]).slice(0, 80)})`);
      return original.apply(this, args);
    };
  };
  spy(Storage.prototype, 'setItem', 'storage.setItem');
  spy(Storage.prototype, 'removeItem', 'storage.removeItem');
  spy(Storage.prototype, 'clear', 'storage.clear');
  spy(IDBFactory.prototype, 'open', 'indexedDB.open');
  spy(IDBFactory.prototype, 'deleteDatabase', 'indexedDB.deleteDatabase');
  spy(CacheStorage.prototype, 'open', 'caches.open');
  spy(navigator, 'sendBeacon', 'sendBeacon');
  spy(window, 'fetch', 'fetch');
  spy(window, 'open', 'window.open');
  spy(XMLHttpRequest.prototype, 'open', 'xhr.open');
  spy(ServiceWorkerContainer.prototype, 'register', 'serviceWorker.register');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get!.call(this) as string;
    },
    set(value: string) {
      log.push(`document.cookie = ${value}`);
      cookie.set!.call(this, value);
    },
  });
  for (const type of ['support-contact', 'support-download']) {
    document.addEventListener(type, (e) => log.push(`event ${type} ${JSON.stringify((e as CustomEvent).detail)}`));
  }
}

/** Paths on the site that a demo page and the widget may ask for. */
const OWN_FILES = [
  /^\/demo\/(\w+\.html)?$/,
  /^\/demo\/demo\.css$/,
  /^\/demo\/handlingsplan\.pdf$/,
  /^\/dist\/support-widget\.js$/,
  /^\/dist\/locales\/[a-z]{2}\.js$/,
  /^\/dist\/(hours|quick-exit)\.js$/,
];

it.each(['/demo/', '/demo/ar.html', '/demo/languages.html'])(
  '%s: cookies and storage untouched, no request to anyone else',
  async (path) => {
    const record = await openPage(env.browser, '', {noGoto: true});
    const {page, context} = record;
    const outside: {url: string; navigation: boolean; headers: Record<string, string>}[] = [];
    await context.route('**/*', (route, request) => {
      // The site's own origin, and the browser's built-in PDF viewer, which is not a network request.
      if (request.url().startsWith(`${env.server.url}/`) || /^chrome(-extension)?:/.test(request.url()))
        return route.continue();
      // Nothing leaves the machine: another origin gets a stub page, and the test a record of it.
      outside.push({url: request.url(), navigation: request.isNavigationRequest(), headers: request.headers()});
      return route.fulfill({contentType: 'text/html', body: '<!doctype html><title>Elsewhere</title>'});
    });
    await context.addInitScript(spyOnStorageAndNetwork);

    // The site's own data, which the widget must neither change nor send anywhere.
    await page.goto(`${env.server.url}/e2e/pages/empty.html`);
    await page.evaluate(async () => {
      document.cookie = 'site=1; path=/';
      localStorage.setItem('site', 'kept');
      sessionStorage.setItem('site', 'kept');
      await new Promise((resolve) => (indexedDB.open('site-db').onsuccess = resolve));
    });
    const before = await page.evaluate(storageOf);
    record.requests.length = 0;

    await page.goto(`${env.server.url}${path}`);
    await widgetsRendered(page);
    const card = page.locator('support-helpline-card').first();
    const log = () => page.evaluate(() => (window as unknown as {privacyLog: string[]}).privacyLog);
    // A resident opens the action plan (in Chromium's PDF viewer), comes back, opens the chat,
    // comes back and calls. (The call comes last: after a tel: link Chromium starts no navigation.)
    const widgetLog: string[] = [];
    const plans = await page.locator('support-action-plan').count();
    if (plans > 0) {
      await page.locator('support-action-plan [part="download-link"]').click();
      await page.waitForURL(/handlingsplan\.pdf$/);
      await page.goBack();
      await widgetsRendered(page);
    }
    expect(outside).toEqual([]);
    await card.locator('[part="chat-link"]').click();
    await page.waitForURL('https://www.raddabarnen.se/oroschatten');
    await page.goBack();
    await widgetsRendered(page);
    widgetLog.push(...(await log()));
    await card.locator('[part="call-link"]').click();
    widgetLog.push(...(await log()));

    // Nothing stored, nothing sent: the only log lines are the events the site may listen to.
    // (The log belongs to a document; events from documents left behind are not in it.)
    expect(widgetLog.filter((line) => !line.startsWith('event '))).toEqual([]);
    expect(widgetLog).toContain('event support-contact {"channel":"phone","href":"tel:020100200"}');
    expect(await page.evaluate(storageOf)).toEqual(before);
    // The one request to another origin is the chat the resident opened: no referrer, no cookie.
    expect(outside.map(({url, navigation}) => ({url, navigation}))).toEqual([
      {url: 'https://www.raddabarnen.se/oroschatten', navigation: true},
    ]);
    const chat = outside[0]!;
    expect(chat.headers.referer).toBeUndefined();
    expect(chat.headers.cookie).toBeUndefined();
    // Everything else is the page's own files and the widget's.
    const strangers = record.requests.filter((url) => {
      // The resident's call and chat, and the browser's own PDF viewer (not a network request).
      if (url.startsWith('tel:') || url === chat.url || /^chrome(-extension)?:/.test(url)) return false;
      const parsed = new URL(url);
      return parsed.origin !== env.server.url || !OWN_FILES.some((pattern) => pattern.test(parsed.pathname));
    });
    expect(strangers).toEqual([]);
    expect(record.requests).toContain(`${env.server.url}/dist/support-widget.js`);
  },
);
