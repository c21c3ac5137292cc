import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './scripts/chromium.mjs';
import {serve} from './scripts/serve.mjs';
import {mkdirSync} from 'node:fs';
mkdirSync('test-results/screenshots', {recursive: true});
const server = await serve({root: '.'});
const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
const NEUTRAL = '/e2e/pages/empty.html?neutral';
for (const lang of ['sv', 'ar']) for (const width of [375, 1280]) {
  const page = await browser.newPage({viewport: {width, height: width === 375 ? 667 : 800}});
  // The Arabic demo has no quick exit: put one at the top of its main, as the Swedish page has.
  await page.goto(`${server.url}/demo/${lang === 'sv' ? '' : 'ar.html'}`);
  if (lang === 'ar') await page.evaluate(() => document.querySelector('main').insertAdjacentHTML('afterbegin', '<support-quick-exit href="https://www.google.com/"><a href="https://www.google.com/">غادر هذه الصفحة</a></support-quick-exit>'));
  await page.waitForFunction(() => document.querySelector('support-quick-exit')?.shadowRoot?.querySelector('[part="button"]'));
  await page.waitForTimeout(300);
  const h = await page.evaluate(() => { const e = document.querySelector('support-quick-exit'); return [e.getBoundingClientRect().height, e.shadowRoot.querySelector('.root').getBoundingClientRect().height]; });
  console.log(lang, width, 'host/root height', h);
  await page.screenshot({path: `test-results/screenshots/quick-exit-${lang}-${width}-top.png`});
  await page.evaluate(() => scrollTo(0, 600));
  await page.waitForTimeout(300);
  await page.screenshot({path: `test-results/screenshots/quick-exit-${lang}-${width}-scrolled.png`});
  await page.route('https://www.google.com/', (r) => r.fulfill({status: 204}));
  await page.evaluate(() => document.querySelector('support-quick-exit').shadowRoot.querySelector('[part="button"]').click());
  await page.waitForTimeout(300);
  await page.screenshot({path: `test-results/screenshots/quick-exit-${lang}-${width}-overlay.png`});
  await page.close();
}
await browser.close(); await server.close();
