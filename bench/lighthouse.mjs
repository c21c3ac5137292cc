/**
 * One Lighthouse run of a page in a fresh Chromium, with Lighthouse's mobile defaults (a
 * mid-range phone, simulated slow 4G and 4× slower CPU), performance category only.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../scripts/chromium.mjs';

/**
 * @param {string} url
 * @returns {Promise<{performance: number, fcp: number, lcp: number, tbt: number, cls: number}>}
 */
export async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, {port: chrome.port, onlyCategories: ['performance'], logLevel: 'error'});
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
