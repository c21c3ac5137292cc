#!/usr/bin/env node
/**
 * `npm run bench`: how long the widget keeps the main thread busy on each demo page, in Debian's
 * Chromium at phone size. Each page loads RUNS times; the table gives the median and the range of
 * the longest task (Chromium reports only tasks over 50 ms). It reports, never fails:
 * timings depend on the machine and on whatever else it is doing.
 */
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../scripts/chromium.mjs';
import {serve} from '../scripts/serve.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const PAGES = ['/demo/', '/demo/en.html', '/demo/ar.html', '/demo/uk.html', '/demo/languages.html'];
const WIDGETS = 'support-info-panel, support-helpline-card, support-action-plan';

/**
 * Runs before the page's scripts: starts the browser's Intl once (any site that formats a number
 * or date does; its first use loads locale data, 30 to 90 ms, whoever asks first), then records
 * every long task from there on.
 */
function watchLongTasks() {
  new Intl.NumberFormat('sv').format(1.5);
  /** @type {number[]} */
  const tasks = [];
  Object.assign(window, {benchLongTasks: tasks});
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({type: 'longtask'});
}

/**
 * The longest task while the page loads and the widget renders, or 0 if none took over 50 ms.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
async function longestTask(browser, url) {
  const context = await browser.newContext({viewport: {width: 375, height: 800}});
  const page = await context.newPage();
  await page.addInitScript(watchLongTasks);
  await page.goto(url);
  await page.waitForFunction(
    (/** @type {string} */ selector) =>
      [...document.querySelectorAll(selector)].every((e) => e.shadowRoot?.querySelector('.root')),
    WIDGETS,
  );
  // Let the last render's task end and be reported.
  await page.evaluate(() => new Promise((frame) => requestAnimationFrame(() => setTimeout(frame, 100))));
  /** @type {number[]} */
  const tasks = await page.evaluate(
    () => /** @type {{benchLongTasks: number[]}} */ (/** @type {unknown} */ (window)).benchLongTasks,
  );
  await context.close();
  return tasks.length ? Math.max(...tasks) : 0;
}

/** @param {number} value */
const ms = (value) => (value ? `${Math.round(value)} ms` : '< 50 ms');

const server = await serve();
const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
try {
  const rows = [];
  for (const path of PAGES) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await longestTask(browser, `${server.url}${path}`));
    runs.sort((a, b) => a - b);
    // With an even count, the upper middle run: a figure that was measured, not an average.
    const median = runs[Math.floor(runs.length / 2)] ?? 0;
    rows.push([path, ms(median), `${ms(runs[0] ?? 0)} – ${ms(runs.at(-1) ?? 0)}`]);
  }
  const table = [['page', 'longest task (median)', `range (${RUNS} runs)`], ...rows];
  const widths = [0, 1, 2].map((column) => Math.max(...table.map((row) => row[column]?.length ?? 0)));
  for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
  console.log('\nTasks over 50 ms delay a tap; figures vary with the machine and its load.');
} finally {
  await browser.close();
  await server.close();
}
