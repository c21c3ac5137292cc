#!/usr/bin/env node
/**
 * Prints demo/source/handlingsplan.html to demo/handlingsplan.pdf with Chromium, so the demo's
 * download is a real document of a real size. Run after editing the source; the PDF is committed.
 */
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './chromium.mjs';

const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
const page = await browser.newPage();
await page.goto(new URL('../demo/source/handlingsplan.html', import.meta.url).href);
await page.pdf({path: 'demo/handlingsplan.pdf', format: 'A4', tagged: true, outline: true});
await browser.close();
