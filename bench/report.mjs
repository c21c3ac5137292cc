/**
 * The benchmark's figures and docs/performance.md: medians and ranges, never a single run, and
 * ratios to the plain page of the same run.
 */

/**
 * @typedef {{median: number, min: number, max: number}} Summary
 * @typedef {{performance: number, fcp: number, lcp: number, tbt: number, cls: number}} LighthouseFigures
 * @typedef {import('./trace.mjs').WidgetTime} WidgetTime
 * @typedef {{raw: number, gzip: number, brotli: number, requests: number}} Bytes
 * @typedef {{name: string, label: string, missing?: string, lighthouse: LighthouseFigures[],
 *   traces: (WidgetTime | null)[], bytes?: Bytes}} PageResult
 * @typedef {{date: string, machine: string, load: string, chromium: string, lighthouse: string,
 *   node: string, runs: number, minutes: number, pages: PageResult[]}} Report
 */

/**
 * Median (the mean of the middle two for an even count), smallest and largest value.
 * @param {number[]} values
 * @returns {Summary}
 */
export function summary(values) {
  if (!values.length) throw new Error('no values to summarise');
  const sorted = [...values].sort((a, b) => a - b);
  /** @param {number} index */
  const at = (index) => sorted[index] ?? NaN;
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
  return {median, min: at(0), max: at(sorted.length - 1)};
}

const integer = new Intl.NumberFormat('en', {maximumFractionDigits: 0});

/**
 * "1,573 ms (1,490–1,702)": the median, then the range.
 * @param {Summary} figures
 * @param {{unit?: string, digits?: number}} options
 */
export function formatSummary({median, min, max}, {unit = ' ms', digits = 0} = {}) {
  /** @param {number} value */
  const number = (value) => (digits ? value.toFixed(digits) : integer.format(Math.abs(value) < 0.5 ? 0 : value));
  // Runs that differ only below the last digit shown have no range worth writing.
  return number(min) === number(max)
    ? `${number(median)}${unit}`
    : `${number(median)}${unit} (${number(min)}–${number(max)})`;
}

/** @param {number} value @param {number} floor */
const ratio = (value, floor) => (floor > 0 ? `${(value / floor).toFixed(2)}×` : '–');

/** @param {number} bytes */
const kilobytes = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** @param {string[][]} rows */
const table = (rows) =>
  rows.map((row, index) => `| ${row.join(' | ')} |${index ? '' : `\n|${row.map(() => '---').join('|')}|`}`).join('\n');

/**
 * @param {PageResult} page
 * @param {(page: PageResult) => string[]} cells
 * @param {number} width
 */
const row = (page, cells, width) =>
  page.missing
    ? [page.label, `not built (${page.missing} is missing)`, ...Array(width - 2).fill('')]
    : [page.label, ...cells(page)];

/**
 * docs/performance.md.
 * @param {Report} report
 */
export function renderReport(report) {
  const [plain] = report.pages;
  if (!plain) throw new Error('no pages');
  /** @param {PageResult} page @param {keyof LighthouseFigures} key */
  const lh = (page, key) => summary(page.lighthouse.map((run) => run[key]));
  const plainLcp = lh(plain, 'lcp').median;
  const plainGzip = plain.bytes?.gzip ?? 0;

  const lighthouseRows = [
    ['page', 'performance', 'FCP', 'LCP', 'LCP ÷ plain', 'TBT', 'CLS'],
    ...report.pages.map((page) =>
      row(
        page,
        (p) => [
          formatSummary(lh(p, 'performance'), {unit: ''}),
          formatSummary(lh(p, 'fcp')),
          formatSummary(lh(p, 'lcp')),
          ratio(lh(p, 'lcp').median, plainLcp),
          formatSummary(lh(p, 'tbt')),
          formatSummary(lh(p, 'cls'), {unit: '', digits: 3}),
        ],
        7,
      ),
    ),
  ];

  const traceRows = [
    [
      'page',
      'longest task',
      'total',
      'tasks',
      'script evaluation',
      'first render: card',
      'info panel',
      'action plan',
      'first `Intl` call',
      'style and layout',
      'other',
    ],
    ...report.pages.map((page) =>
      row(
        page,
        (p) => {
          const runs = p.traces.filter((run) => run !== null);
          if (!runs.length) return ['no widget task', ...Array(9).fill('')];
          /** @param {(run: WidgetTime) => number} pick @param {string} [unit] */
          const cell = (pick, unit) => formatSummary(summary(runs.map(pick)), {unit});
          /** @param {string} tag */
          const render = (tag) => (runs.some((run) => tag in run.renders) ? cell((run) => run.renders[tag] ?? 0) : '–');
          return [
            cell((run) => run.longest),
            cell((run) => run.total),
            cell((run) => run.tasks, ''),
            cell((run) => run.evaluation),
            render('support-helpline-card'),
            render('support-info-panel'),
            render('support-action-plan'),
            cell((run) => run.intl),
            cell((run) => run.styleAndLayout),
            cell((run) => run.other),
          ];
        },
        11,
      ),
    ),
  ];

  const byteRows = [
    ['page', 'requests', 'raw', 'gzip', 'brotli', 'gzip ÷ plain'],
    ...report.pages.map((page) =>
      row(
        page,
        ({bytes}) =>
          bytes
            ? [
                String(bytes.requests),
                kilobytes(bytes.raw),
                kilobytes(bytes.gzip),
                kilobytes(bytes.brotli),
                ratio(bytes.gzip, plainGzip),
              ]
            : ['', '', '', '', ''],
        6,
      ),
    ),
  ];

  return `# Performance

Written by \`npm run bench\` on ${report.date}: ${report.runs} run${report.runs === 1 ? '' : 's'} of each page, the pages taken in
turn (round robin), every run in a new browser process. Each figure is the median, then the
smallest and largest run in brackets; ratios compare medians with the plain page's from the same
run. Nothing here is a pass or fail: \`npm test\` gates only the figures that do not depend on the
machine (bytes, requests, layout shift with a held script).

- Machine: ${report.machine}; load average at the start ${report.load} (1, 5, 15 minutes)
- Browser: ${report.chromium}; Lighthouse ${report.lighthouse}; Node ${report.node}
- One full run of all pages took ${report.minutes.toFixed(1)} minutes (${(report.minutes / report.runs).toFixed(1)} per run of every page).

The pages share one template of a municipal site (header, navigation, article, footer) with the
Överkalix example, in \`bench/pages.mjs\`; the bench writes them to \`dist/bench/\`. The plain page is
the floor: the same help written as plain HTML, with no script.

## Lighthouse

Lighthouse's mobile defaults: a mid-range phone, simulated slow 4G and 4× slower CPU.

${table(lighthouseRows)}

## The widget's main-thread time at 4× slower CPU

From a DevTools trace of one load per run in Chromium with CPU throttling 4× and a cold renderer
(nothing on the page used \`Intl\` before the widget).

${table(traceRows)}

How the time is attributed, without changing the widget's code:

- A task (a top-level \`RunTask\` on the page's main thread) is the widget's when the trace ties an
  event inside it to one of the widget's files: compiling or evaluating \`support-widget.js\`,
  \`support-widget.all.js\` or \`locales/*.js\`, or a call into one of them. *Longest task* and
  *total* are those tasks' lengths; everything else they run (the page's own parsing in the same
  task, for example) counts too.
- The parts do not overlap and add up to the total:
  - *first \`Intl\` call*: the bench's own start-up script (injected into the page only while
    tracing) wraps every entry point of \`Intl\` and the locale-aware methods of \`Date\`, \`Number\`,
    \`Array\` and \`String\`, and measures the first call, whichever it is. The trace has no event for
    the browser's start-up of \`Intl\` (its locale data loads on first use, once per renderer
    process), so the first call stands for it; later calls are far cheaper.
  - *first render*: the same script measures each element's first \`performUpdate\` (Lit's render,
    commit and \`updated\`), without the \`Intl\` call if it happened inside.
  - *script evaluation*: the compile and evaluate events of the widget's files (a module's
    \`v8.evaluateModule\` carries no address, so it counts when inside one of the widget's tasks),
    without the renders and the \`Intl\` call.
  - *style and layout*: \`UpdateLayoutTree\` and \`Layout\` inside the widget's tasks, outside the parts
    above. Style and layout the browser does later, in its next frame, are not the widget's tasks.
  - *other*: the rest of those tasks.

## Bytes and requests

What each page fetches from the site (the HTML, the site's stylesheet, the widget's files), each
file compressed on its own as a server would send it: gzip level 9 and brotli quality 11.

${table(byteRows)}

## What the browser does with each placement

- **Script in \`<head>\`** (no \`defer\`): the browser stops reading the page until the script has
  arrived and run, so nothing paints before it. The elements render as they are read, before the
  first paint: nothing moves, but the first paint waits for the script.
- **\`defer\`**: the page is read and can paint first; the script runs once the whole page is read.
  Its start-up (evaluating the script, defining the tags, the elements' first renders) runs in one
  task, which delays anything the reader does meanwhile. Without a fallback the elements take no
  room until they render, so the page moves; with the configurator's fallback inside them, the
  fallback paints first and the element takes its place.
- **\`type=module\`**: deferred by default, like \`defer\`, wherever it stands in the page.
- **A language loaded on demand**: one more request after the script; the element holds its place
  until the language arrives. The all-languages file makes no further request but is larger.
- **A page with the script and no element**: the script is still fetched, compiled and run (it
  defines the tags); this row is the cost a site-wide script puts on every other page.

Which placement to choose follows from the tables above, measured on a quiet machine: the one whose
first paint, LCP and layout shift are closest to the plain page's, with no long task of the widget's.
`;
}
