#!/usr/bin/env node
/**
 * `npm run bench [-- --runs N]`: the widget against the same help as plain HTML, page by page, in
 * Chromium, and the opening hours' status update with the largest hours a card reads; writes
 * docs/performance.md. It reports and never fails on time: timings depend on the
 * machine and on whatever else it is doing.
 */
import {existsSync} from 'node:fs';
import {readFile, writeFile} from 'node:fs/promises';
import {cpus, loadavg, platform, release} from 'node:os';
import {parseArgs} from 'node:util';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {format, resolveConfig} from 'prettier';
import {serve} from '../scripts/serve.mjs';
import {lighthouseRun} from './lighthouse.mjs';
import {hoursUpdateRun} from './hours.mjs';
import {PAGES, writePages} from './pages.mjs';
import {renderReport} from './report.mjs';
import {traceRun} from './trace.mjs';

// `--report-only` writes the report again from the last measurements (dist/bench/results.json).
const {values} = parseArgs({
  options: {runs: {type: 'string', default: '7'}, 'report-only': {type: 'boolean', default: false}},
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a whole number of runs, not ${values.runs}`);

/**
 * What a page fetched from the site, compressed file by file as a server would send it.
 * @param {string[]} urls
 * @param {string} origin
 */
async function bytes(urls, origin) {
  const files = await Promise.all(
    urls
      .filter((url) => url.startsWith(origin))
      .map((url) => readFile(`.${decodeURIComponent(new URL(url).pathname)}`)),
  );
  const sum = (/** @type {(file: Buffer) => number} */ size) => files.reduce((total, file) => total + size(file), 0);
  return {
    requests: urls.length,
    raw: sum((file) => file.length),
    gzip: sum((file) => gzipSync(file, {level: 9}).length),
    brotli: sum((file) => brotliCompressSync(file, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length),
  };
}

/** The measurements, kept so that the report can be written again without measuring again. */
const RESULTS = 'dist/bench/results.json';

/** Measures every page `runs` times, in turn; returns what the report needs. */
async function measure() {
  const started = Date.now();
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
  await writePages();
  const server = await serve();
  /** @type {import('./report.mjs').PageResult[]} */
  const results = PAGES.map(({name, label, needs}) => ({
    name,
    label,
    ...(needs && !existsSync(`dist/${needs}`) ? {missing: `dist/${needs}`} : {}),
    lighthouse: [],
    applied: [],
    traces: [],
    pageTasks: [],
  }));
  let chromium = '';
  /** @type {number[]} */
  const hours = [];
  try {
    for (let run = 1; run <= runs; run++) {
      for (const page of results.filter((result) => !result.missing)) {
        const url = `${server.url}/dist/bench/${page.name}.html`;
        console.log(`run ${run}/${runs}: ${page.name}`);
        page.lighthouse.push(await lighthouseRun(url));
        page.applied.push(await lighthouseRun(url, 'devtools'));
        const trace = await traceRun(server.url, url);
        page.traces.push(trace.time);
        page.pageTasks.push(trace.pageLongest);
        page.bytes ??= await bytes(trace.requests, server.url);
        chromium = trace.browser;
      }
      console.log(`run ${run}/${runs}: the hours' status update`);
      hours.push(await hoursUpdateRun(server.url));
    }
  } finally {
    await server.close();
  }
  const [cpu] = cpus();
  /** @type {import('./report.mjs').Report} */
  const report = {
    date: new Date(started).toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    machine: `${cpus().length} × ${cpu?.model.trim() ?? 'unknown CPU'}, ${platform()} ${release()}`,
    load,
    chromium: `Chromium ${chromium}`,
    lighthouse: JSON.parse(await readFile('node_modules/lighthouse/package.json', 'utf8')).version,
    node: process.versions.node,
    runs,
    minutes: (Date.now() - started) / 60_000,
    pages: results,
    hours,
  };
  await writeFile(RESULTS, JSON.stringify(report));
  return report;
}

/** @type {import('./report.mjs').Report} */
const report = values['report-only'] ? JSON.parse(await readFile(RESULTS, 'utf8')) : await measure();
const markdown = renderReport(report);
// Formatted as `npm run lint` expects, so a fresh report can be committed as it is.
const options = await resolveConfig('docs/performance.md');
await writeFile('docs/performance.md', await format(markdown, {...options, filepath: 'docs/performance.md'}));
console.log(`\nWrote docs/performance.md (${report.runs} runs of each page).`);
