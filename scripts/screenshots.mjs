#!/usr/bin/env node
/** Screenshots of the demo pages at phone and desktop widths, for people to look at. */
import {chromium} from 'playwright-core';
import {mkdir} from 'node:fs/promises';
import {serve} from './serve.mjs';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['index.html', 'en.html'];
const out = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';
await mkdir(out, {recursive: true});
const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
try {
  for (const [label, width] of [['phone', 375], ['desktop', 1280]]) {
    const page = await browser.newPage({viewport: {width, height: 800}});
    page.on('console', (m) => console.log(`[${label}] ${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => console.log(`[${label}] error: ${e.message}`));
    for (const file of pages) {
      await page.goto(`${server.url}/demo/${file}`);
      await page.waitForLoadState('networkidle');
      const name = `${out}/${file.replace('.html', '')}-${label}.png`;
      await page.screenshot({path: name, fullPage: true});
      console.log(name);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
