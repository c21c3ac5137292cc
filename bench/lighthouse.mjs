/**
 * One Lighthouse run of a page in a fresh Chromium, with Lighthouse's mobile defaults (a
 * mid-range phone, slow 4G and 4× slower CPU), performance category only.
 *
 * - `simulate` (the default): the page loads at full speed and Lighthouse estimates the slow
 *   load from that trace. Whatever ran before the largest paint counts as needed for it: on a
 *   local server a deferred script runs before the first paint, so its download and run are
 *   added to LCP even when the paint did not wait for it.
 * - `devtools`: the browser is slowed down while it loads (network and CPU), and the figures are
 *   what it really did: a deferred script that arrives late runs after the first paint.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../scripts/chromium.mjs';

/**
 * @param {string} url
 * @param {'simulate' | 'devtools'} throttlingMethod
 * @returns {Promise<{performance: number, fcp: number, lcp: number, tbt: number, cls: number}>}
 */
export async function lighthouseRun(url, throttlingMethod = 'simulate') {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      logLevel: 'error',
      throttlingMethod,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const {audits, categories, runtimeError} = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.message}`);
    /** @param {string} id */
    const value = (id) => audits[id]?.numericValue ?? NaN;
    return {
      performance: Math.round((categories.performance?.score ?? NaN) * 100),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
    };
  } finally {
    chrome.kill();
  }
}
