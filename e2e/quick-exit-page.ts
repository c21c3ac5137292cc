/** What the quick exit's end-to-end tests share: the page they build and what they wait for. */
import type {Page} from 'playwright-core';

/** The neutral page the tests leave for: on the test server, so nothing leaves the machine. */
export const NEUTRAL = '/e2e/pages/empty.html?neutral';

/** A page with the embed script in `<head>` and `body` in its `<main>`. */
export const pageWith = (body: string, {lang = 'en', head = ''} = {}) => `<!doctype html>
<html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}>
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Quick exit test page</title>
  <script src="/dist/support-widget.js"></script>
  ${head}
</head>
<body>
  <main>${body}</main>
</body>
</html>`;

/** Resolves when every quick exit on the page has its button (quick-exit.js has arrived and rendered). */
export const ready = (page: Page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('support-quick-exit')].every((e) => e.shadowRoot?.querySelector('[part="button"]')),
  );
