/**
 * The opening hours' status update with the largest hours the card reads, at 4× CPU slowdown:
 * what a card does at the start of every minute (and the configurator's preview on every key).
 * A card with 50 rules of 20 sessions each on both channels, in a fresh Chromium; the update is
 * `requestUpdate()` to `updateComplete`, then the style and layout it causes.
 */
import {writeFile} from 'node:fs/promises';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../scripts/chromium.mjs';

const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
const clock = (/** @type {number} */ minutes) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** Every kind of day selector, in turn; the later rules decide, as on a real card. */
const SELECTORS = [
  'Mo-Su',
  'Mo-Fr',
  'Sa,Su,PH',
  'Jun-Aug Mo-Fr',
  'Jul',
  'Dec 24-26',
  'PH',
  'Midsummer Eve',
  'Nov-Feb Sa',
  'Dec 31-Jan 1',
];

/**
 * The largest hours accepted: 50 rules, each with 20 sessions of 30 minutes (so every day has 20,
 * and the week 280 openings and closings), starting a minute later rule by rule.
 */
export const LARGEST_HOURS = Array.from({length: 50}, (_, rule) => {
  const sessions = Array.from({length: 20}, (_, i) => {
    const from = i * 72 + (rule % 40);
    return `${clock(from)}-${clock(from + 30)}`;
  });
  return `${SELECTORS[rule % SELECTORS.length]} ${sessions.join(',')}`;
}).join('; ');

const PAGE = `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><title>Öppettider</title><link rel="icon" href="data:,">
<script src="../support-widget.js"></script></head>
<body><main><h1>Öppettider</h1>
<support-helpline-card name="Stödlinjen" phone="020-100 200" chat-url="https://example.org/chat"
  phone-hours="${LARGEST_HOURS}" chat-hours="${LARGEST_HOURS}"></support-helpline-card>
</main></body>
</html>
`;

/** The updates measured per run, after one that is left out (the first may compile code). */
const UPDATES = 15;

/**
 * One run in a new browser: the median of the card's status updates, in milliseconds.
 * @param {string} origin the server's address, serving the project's root
 */
export async function hoursUpdateRun(origin) {
  await writeFile('dist/bench/hours.html', PAGE);
  const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
  try {
    const page = await browser.newPage({viewport: {width: 412, height: 823}});
    await page.goto(`${origin}/dist/bench/hours.html`);
    // The card shows its statuses once hours.js has arrived.
    await page.waitForFunction(() =>
      document.querySelector('support-helpline-card')?.shadowRoot?.querySelector('#phone-status, #chat-status'),
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
    const times = await page.evaluate(async (updates) => {
      const card = /** @type {HTMLElement & {requestUpdate(): void, updateComplete: Promise<boolean>}} */ (
        document.querySelector('support-helpline-card')
      );
      /** @type {number[]} */
      const measured = [];
      for (let i = 0; i <= updates; i++) {
        const start = performance.now();
        card.requestUpdate();
        await card.updateComplete;
        // The style and layout of what changed, which the browser would do before the next paint.
        void card.getBoundingClientRect().height;
        measured.push(performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return measured.slice(1);
    }, UPDATES);
    const sorted = times.sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? NaN;
  } finally {
    await browser.close();
  }
}
