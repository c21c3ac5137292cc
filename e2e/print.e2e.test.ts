/**
 * Print: the Swedish demo page printed to PDF by Chromium and read back with pdftotext (Debian's
 * poppler-utils), the way a resident's printout reads: the number and the chat address whole and
 * once, relative addresses made absolute, and the card on one page with its emergency number.
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, rmSync} from 'node:fs';
import {beforeAll, expect, it} from 'vitest';
import {openPage, ROOT, useBrowserAndServer, widgetsRendered} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

const OUT = `${ROOT}test-results/print`;

beforeAll(() => {
  try {
    execFileSync('pdftotext', ['-v'], {stdio: 'ignore'});
  } catch {
    throw new Error(
      "pdftotext is missing: the print test needs Debian's poppler-utils (apt-get install -y poppler-utils).",
    );
  }
  mkdirSync(OUT, {recursive: true});
});
env.afterBrowser(() => rmSync(OUT, {recursive: true, force: true}));

/** Occurrences of `needle` in `text`. */
const count = (text: string, needle: string) => text.split(needle).length - 1;

it('the printed Swedish demo reads correctly', async () => {
  const record = await openPage(env.browser, `${env.server.url}/demo/index.html`);
  const {page} = record;
  await widgetsRendered(page);
  await page.pdf({path: `${OUT}/demo.pdf`, format: 'A4', printBackground: false});
  // No-break spaces read as spaces; word joiners and bidi isolates are invisible on paper, so they read as nothing.
  const read = (...args: string[]) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', ...args, `${OUT}/demo.pdf`, '-'], {encoding: 'utf8'})
      .replace(/\u00a0/g, ' ')
      .replace(/[\u2060\u2066-\u2069\u200e\u200f]/g, '');
  // -layout keeps each printed line as a line, as a reader sees the sheet; pages end with form feeds.
  const text = read('-layout');
  const pageCount = text.split('\f').filter((pageText) => pageText.trim()).length;
  console.log(`[print] ${pageCount} page(s)`);

  const found = {
    number: text.includes('020-100 200'),
    chat: /(^|\s)Chatta(\s|$)/m.test(text),
    chatAddress: count(text, 'https://www.raddabarnen.se/oroschatten'),
    // The action plan's relative link, printed as an address a reader can type.
    planAddress: text.includes(`${env.server.url}/demo/handlingsplan.pdf`),
  };
  expect(found, text).toEqual({number: true, chat: true, chatAddress: 1, planAddress: true});

  // The call link and the emergency number on the same sheet, read page by page in the order the
  // text was drawn (-raw): -layout's column guessing can split a short run such as "112" in two.
  // Wholeness is checked above; here only the page counts, so white space is left out.
  const pages = Array.from({length: pageCount}, (_, i) =>
    read('-raw', '-f', String(i + 1), '-l', String(i + 1)).replace(/\s+/g, ''),
  );
  const callPage = pages.findIndex((pageText) => pageText.includes('Ring020-100200'));
  const emergencyPage = pages.findIndex((pageText) => /ring112(?!\d)/i.test(pageText));
  expect(callPage, 'the call link is printed').toBeGreaterThanOrEqual(0);
  expect(emergencyPage, 'the emergency line is printed').toBeGreaterThanOrEqual(0);
  expect(emergencyPage, "the emergency line is on the call link's page").toBe(callPage);
  expect(record.errors).toEqual([]);
});
