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
 *   applied: LighthouseFigures[], traces: (WidgetTime | null)[], pageTasks: (number | null)[],
 *   bytes?: Bytes}} PageResult
 * @typedef {{date: string, machine: string, load: string, chromium: string, lighthouse: string,
 *   node: string, runs: number, minutes: number, pages: PageResult[], hours?: number[]}} Report
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
 * The hours' figure, or why there is none (results from before the bench measured it).
 * @param {number[] | undefined} hours
 */
function hoursSection(hours) {
  if (!hours?.length) return 'Not measured in these results.';
  return `A card's status update at the start of each minute (and the configurator's preview on each key),
with the largest hours a card reads on both channels: 50 rules of 20 sessions each, every kind of
day selector (\`bench/hours.mjs\`). In a new Chromium per run at 4× CPU slowdown
(\`Emulation.setCPUThrottlingRate\`): \`requestUpdate()\` to \`updateComplete\`, then the style and
layout it causes; the median of 15 updates per run.

| update | time |
|---|---|
| status and week's hours, both channels | ${formatSummary(summary(hours), {digits: 1})} |

\`npm test\` counts instead of timing: the week's statuses read each session a bounded number of
times (\`src/localized/hours-text.unit.test.ts\`), so twice the sessions cost at most about twice the work.`;
}

/**
 * docs/performance.md.
 * @param {Report} report
 */
export function renderReport(report) {
  const [plain] = report.pages;
  if (!plain) throw new Error('no pages');
  /**
   * One table of Lighthouse's figures, with LCP compared to the plain page's.
   * @param {(page: PageResult) => LighthouseFigures[]} runs
   */
  const lighthouseRows = (runs) => {
    /** @param {PageResult} page @param {keyof LighthouseFigures} key */
    const lh = (page, key) => summary(runs(page).map((run) => run[key]));
    const plainLcp = lh(plain, 'lcp').median;
    return [
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
  };
  const plainGzip = plain.bytes?.gzip ?? 0;

  const traceRows = [
    [
      'page',
      'page’s longest task',
      'widget’s longest task',
      'widget’s own code, most in one task',
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
          const pageTasks = p.pageTasks.filter((task) => task !== null);
          const pageLongest = pageTasks.length ? formatSummary(summary(pageTasks)) : '';
          const runs = p.traces.filter((run) => run !== null);
          if (!runs.length) return [pageLongest, 'no widget task', ...Array(10).fill('')];
          /** @param {(run: WidgetTime) => number} pick @param {string} [unit] */
          const cell = (pick, unit) => formatSummary(summary(runs.map(pick)), {unit});
          /** @param {string} tag */
          const render = (tag) => (runs.some((run) => tag in run.renders) ? cell((run) => run.renders[tag] ?? 0) : '–');
          return [
            pageLongest,
            cell((run) => run.longest),
            cell((run) => run.ownLongest),
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
        13,
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

## Lighthouse, as it runs by default

Lighthouse's mobile defaults: a mid-range phone, slow 4G and 4× slower CPU, *simulated*. The page
loads at full speed from the local server, and Lighthouse estimates the slow load from what
happened: everything that ran before the largest paint counts as needed for it. On a local server
a deferred script arrives at once and runs before the browser's first paint, so its download and
its run are added to LCP even though the paint never waited for it. The second row measures that
alone: the plain page with a deferred script of one line.

${table(lighthouseRows((page) => page.lighthouse))}

## Lighthouse, slowed down for real

The same settings *applied* (\`throttlingMethod: 'devtools'\`): the browser itself is slowed down
while it loads the page, so a deferred script that arrives late runs after the first paint, as
it does on a phone. LCP is then the time of the largest text actually painted: with a fallback, the
fallback's; after that, the element's own text, if it is larger.

${table(lighthouseRows((page) => page.applied))}

## Main-thread time at 4× slower CPU

From a DevTools trace of one load per run in Chromium with CPU throttling 4× and a cold renderer
(nothing on the page used \`Intl\` before the widget). The first column is the page's longest task,
whoever's it is: on the plain page it is the browser's own work (committing the page, reading it,
its first style and layout), the floor for every page.

${table(traceRows)}

How the time is attributed, without changing the widget's code:

- A task (a top-level \`RunTask\` on the page's main thread) is the widget's when the trace ties an
  event inside it to one of the widget's files: compiling or evaluating \`support-widget.js\`,
  \`support-widget.all.js\` or \`locales/*.js\`, or a call into one of them. *The widget's longest
  task* and *total* are those tasks' lengths; everything else they run counts too. With
  \`defer\`, the task that runs the script is the one in which the browser finishes reading the
  page, and it goes on to the page's first style and layout: a one-line deferred script's task
  is already about as long as the plain page's.
- *The widget's own code, most in one task*: in each of the widget's tasks, the time of its
  compile, evaluation, renders and calls (everything below but style and layout, and what else the
  task runs), and the largest of those.
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

## Opening hours: the status update with the largest hours

${hoursSection(report.hours)}

## Bytes and requests

What each page fetches from the site (the HTML, the site's stylesheet, the widget's files), each
file compressed on its own as a server would send it: gzip level 9 and brotli quality 11.

${table(byteRows)}

## What the browser does with each placement

- **Script in \`<head>\`** (no \`defer\`): the browser stops reading the page until the script has
  arrived and run, so nothing paints before it. It then meets each element empty, and the element
  renders at once, as it is read: nothing moves, but the first paint waits for the script's
  download and start-up.
- **\`defer\`** (and **\`type=module\`**, deferred wherever it stands): the page is read and painted
  without waiting for the script. The script runs once the whole page is read, in the task in which
  the browser finishes reading it (its first style and layout of the page follow in that task).
  - *With the configurator's fallback* inside each element, the fallback paints with the page, as
    the plain page does. The script defines the tags; each element keeps showing its fallback and
    renders in a task of its own, replacing the fallback within that task, so no frame shows both
    or neither. The fallback's margins stay inside the element, so the element itself does not
    move when it takes over. What follows it moves by the difference in height between the copy
    and the element (the card, with its buttons, padding and border, is taller than its plain
    copy): on a phone that is below the first screen here, side by side it moves the footer.
  - *Without a fallback*, the elements take no room until they render, and the page moves. They
    render together, in the script's task, so the page moves once rather than once per element.
- **A language loaded on demand**: one more request after the script; the element holds its place
  until the language arrives. The all-languages file makes no further request but is larger.
- **A page with the script and no element**: the script is still fetched, compiled and run (it
  defines the tags); this row is the cost a site-wide script puts on every other page.

Lighthouse's default, simulated LCP charges a deferred script's download and start-up to the
largest paint whenever the script ran first on the fast local load, even though the paint did not
wait for it: compare the one-line row with the plain page. The second table shows what a slowed-down
browser really paints. There, with a fallback, LCP is the fallback's paint unless the element's own
largest text is larger than the copy's; then it is the element's first render. On this page it
is: the card's description, narrower inside the card's padding, wraps to one more line than its
plain copy, so LCP is when the card takes over.

## Which placement to choose

- **With the configurator's fallback** inside the elements (the page part it writes): the script
  with \`defer\` in \`<head>\`. The page paints as early as the plain page, the help is there
  before the script arrives (and without JavaScript, or when a CMS strips the elements), and the
  widget's work comes after the first paint, in short tasks, one per element.
- **Without a fallback**: the script in \`<head>\` without \`defer\`. Nothing moves; the first paint
  waits for the script.
- Never \`defer\` or a module without a fallback: the page jumps when the elements render.
`;
}
