/**
 * One load of a page in a fresh Chromium at 4× CPU slowdown, with a DevTools trace: which
 * main-thread tasks are the widget's and where their time goes.
 *
 * Attribution, without touching the widget's code:
 * - a task (a top-level `RunTask` on the page's main thread) is the widget's when it contains an
 *   event the trace ties to one of the widget's files (compiling or evaluating it, or a call into
 *   it): `support-widget.js`, `support-widget.all.js` or `locales/*.js`;
 * - script evaluation is the time inside those files' compile and evaluate events, with
 *   everything they run (the first renders happen inside it, in its microtasks); a module's
 *   `v8.evaluateModule` carries no URL, so it counts when it runs inside one of the widget's tasks;
 * - style and layout is the time in `UpdateLayoutTree` and `Layout` inside the widget's tasks;
 * - the widget's own code in a task is the union of all of the above but style and layout: with a
 *   deferred script, the task that runs it also holds the browser's work at the end of reading
 *   the page (its first style and layout), which the plain page does too;
 * - the first render of each element and the first `Intl` call come from User Timing measures
 *   that the bench's own init script adds around `performUpdate` and around every `Intl` entry
 *   point. The trace shows no event of its own for `Intl`'s start-up: it is the first call's time.
 */
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../scripts/chromium.mjs';

/** The widget's files, by URL. */
export const WIDGET_FILE = /\/dist\/(support-widget(\.all)?\.js|locales\/[\w-]+\.js)(\?|$)/;

/** Events in which the main thread compiles or runs a script: these carry the script's URL. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule']);
const STYLE_AND_LAYOUT = new Set(['UpdateLayoutTree', 'Layout']);

/**
 * @typedef {{name: string, cat: string, ph: string, ts: number, dur?: number, pid: number, tid: number,
 *   args?: {data?: {url?: string}, beginData?: {url?: string}}}} TraceEvent
 * @typedef {[number, number]} Interval
 * @typedef {{longest: number, ownLongest: number, total: number, tasks: number, intl: number,
 *   renders: Record<string, number>, evaluation: number, styleAndLayout: number, other: number}} WidgetTime
 */

/** @param {TraceEvent} event */
const urlOf = (event) => event.args?.data?.url ?? '';
/** @param {TraceEvent} event */
const end = (event) => event.ts + (event.dur ?? 0);

/**
 * Total length of a set of intervals, counting overlaps once (nested events are not added twice).
 * @param {Interval[]} intervals
 */
export function unionLength(intervals) {
  let total = 0;
  let reached = -Infinity;
  for (const [start, stop] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (stop > reached) total += stop - Math.max(start, reached);
    reached = Math.max(reached, stop);
  }
  return total;
}

/**
 * The time covered by `intervals` and not by `taken`, so that the parts of the split never overlap.
 * @param {Interval[]} intervals
 * @param {Interval[]} taken
 */
const outside = (intervals, taken) => unionLength([...intervals, ...taken]) - unionLength(taken);

/**
 * User Timing measures in the trace: each begins ("b") and ends ("e") under its name.
 * @param {TraceEvent[]} events
 * @returns {Map<string, Interval>}
 */
function measures(events) {
  /** @type {Map<string, Interval>} */
  const found = new Map();
  for (const event of events.filter((e) => e.cat === 'blink.user_timing')) {
    if (event.ph === 'b' && !found.has(event.name)) found.set(event.name, [event.ts, Infinity]);
    const measure = found.get(event.name);
    if (event.ph === 'e' && measure && measure[1] === Infinity) measure[1] = event.ts;
  }
  return found;
}

/**
 * The widget's main-thread time in a trace, in milliseconds, split into parts that do not
 * overlap: the first `Intl` call, each element's first render (without that call), script
 * evaluation (without the renders), style and layout (without all of those), and the rest.
 * Null if the widget never ran.
 * @param {TraceEvent[]} events
 * @param {(url: string) => boolean} isWidget
 * @returns {WidgetTime | null}
 */
export function widgetTime(events, isWidget = (url) => WIDGET_FILE.test(url)) {
  const first = events.find((e) => e.ph === 'X' && SCRIPT_EVENTS.has(e.name) && isWidget(urlOf(e)));
  if (!first) return null;
  const thread = events.filter((e) => e.ph === 'X' && e.pid === first.pid && e.tid === first.tid);
  const marks = thread.filter((e) => isWidget(urlOf(e)));
  /** @param {TraceEvent} outer @param {TraceEvent} inner */
  const contains = (outer, inner) => inner.ts >= outer.ts && end(inner) <= end(outer);
  const tasks = thread.filter((e) => e.name === 'RunTask' && marks.some((mark) => contains(e, mark)));
  const inTasks = thread.filter((e) => tasks.some((task) => contains(task, e)));
  /** @param {TraceEvent[]} list @returns {Interval[]} */
  const spans = (list) => list.map((e) => [e.ts, end(e)]);

  const measured = [...measures(events.filter((e) => e.pid === first.pid))];
  const intl = measured.filter(([name]) => name.startsWith('Intl ')).map(([, span]) => span);
  const renders = measured.filter(([name]) => name.startsWith('render '));
  const evaluation = spans([
    ...marks.filter((e) => SCRIPT_EVENTS.has(e.name)),
    ...inTasks.filter((e) => e.name === 'v8.evaluateModule'),
  ]);
  const taken = [...intl, ...renders.map(([, span]) => span)];
  // The widget's own code in a task: what the browser would not do for the plain page (its parsing,
  // and the style and layout it does once the page is read, share the task when the script is deferred).
  const own = [...spans(marks), ...evaluation, ...taken];
  /** @param {TraceEvent} task */
  const ownIn = (task) =>
    unionLength(
      own
        .map(([from, to]) => /** @type {Interval} */ ([Math.max(from, task.ts), Math.min(to, end(task))]))
        .filter(([from, to]) => to > from),
    );
  const parts = {
    intl: unionLength(intl) / 1000,
    renders: Object.fromEntries(renders.map(([name, span]) => [name.slice(7), outside([span], intl) / 1000])),
    evaluation: outside(evaluation, taken) / 1000,
    styleAndLayout:
      outside(spans(inTasks.filter((e) => STYLE_AND_LAYOUT.has(e.name))), [...taken, ...evaluation]) / 1000,
  };
  const total = tasks.reduce((sum, task) => sum + (task.dur ?? 0), 0) / 1000;
  const split =
    parts.intl + parts.evaluation + parts.styleAndLayout + Object.values(parts.renders).reduce((a, b) => a + b, 0);
  return {
    longest: Math.max(...tasks.map((task) => task.dur ?? 0)) / 1000,
    ownLongest: Math.max(...tasks.map(ownIn)) / 1000,
    total,
    tasks: tasks.length,
    ...parts,
    other: total - split,
  };
}

/**
 * The page's longest main-thread task from the moment it starts to be read, whoever's it is: for
 * the plain page, the floor (committing the page, reading it, its first style and layout).
 * Null if the trace never reads `url`.
 * @param {TraceEvent[]} events
 * @param {string} url
 */
export function pageLongestTask(events, url) {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) return null;
  const tasks = events.filter(
    (e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === parse.pid && e.tid === parse.tid && end(e) >= parse.ts,
  );
  return Math.max(0, ...tasks.map((task) => task.dur ?? 0)) / 1000;
}

/**
 * Runs in the page before its scripts (bench only): User Timing measures around each element's
 * first `performUpdate` ("render <tag>") and around the first call into `Intl` or a locale-aware
 * built-in ("Intl <what>"). It must not use `Intl` itself.
 */
function instrument() {
  /** @typedef {(this: unknown, ...args: unknown[]) => unknown} Method */
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (tag, constructor, options) {
    const proto = /** @type {{performUpdate?: Method}} */ (constructor.prototype);
    const performUpdate = proto.performUpdate;
    if (tag.startsWith('support-') && performUpdate) {
      const rendered = new WeakSet();
      proto.performUpdate = function (...args) {
        if (rendered.has(/** @type {object} */ (this))) return performUpdate.apply(this, args);
        rendered.add(/** @type {object} */ (this));
        const start = performance.now();
        try {
          return performUpdate.apply(this, args);
        } finally {
          performance.measure(`render ${tag}`, {start, end: performance.now()});
        }
      };
    }
    define.call(this, tag, constructor, options);
  };
  let first = true;
  /** @param {Method} run @param {string} what @returns {Method} */
  const timed = (run, what) =>
    function (...args) {
      if (!first) return run.apply(this, args);
      first = false;
      const start = performance.now();
      try {
        return run.apply(this, args);
      } finally {
        performance.measure(`Intl ${what}`, {start, end: performance.now()});
      }
    };
  const intl = /** @type {Record<string, Method>} */ (/** @type {unknown} */ (Intl));
  for (const name of Object.getOwnPropertyNames(Intl)) {
    const value = intl[name];
    if (typeof value !== 'function' || name === 'Locale') continue;
    intl[name] = /^[A-Z]/.test(name)
      ? new Proxy(value, {
          construct: (target, args, newTarget) =>
            /** @type {object} */ (timed(() => Reflect.construct(target, args, newTarget), `new ${name}`)()),
          apply: (target, self, args) => timed(target, name).apply(self, args),
          get(target, key, receiver) {
            const member = /** @type {unknown} */ (Reflect.get(target, key, receiver));
            return key !== 'prototype' && typeof member === 'function'
              ? timed(/** @type {Method} */ (member), `${name}.${String(key)}`)
              : member;
          },
        })
      : timed(value, name);
  }
  /** @type {[unknown, string[]][]} */
  const localeAware = [
    [Date, ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']],
    [Number, ['toLocaleString']],
    [Array, ['toLocaleString']],
    [String, ['localeCompare', 'toLocaleUpperCase', 'toLocaleLowerCase']],
  ];
  for (const [type, methods] of localeAware) {
    const proto = /** @type {{prototype: Record<string, Method>}} */ (type).prototype;
    for (const method of methods) proto[method] = timed(/** @type {Method} */ (proto[method]), method);
  }
}

/**
 * Loads `url` once in a new browser at 4× CPU slowdown and returns the widget's main-thread time,
 * the files the page requested and the browser's version.
 * @param {string} origin where a blank page of the same site can be opened first
 * @param {string} url
 */
export async function traceRun(origin, url) {
  const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
  try {
    const page = await browser.newPage({viewport: {width: 412, height: 823}});
    // Throttle a renderer of this site first: the page then loads in it, already slowed down.
    await page.goto(`${origin}/dist/bench/blank`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
    await page.addInitScript(instrument);
    /** @type {string[]} */
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'toplevel',
        'blink.user_timing',
      ],
    });
    const response = await page.goto(url, {waitUntil: 'networkidle'});
    if (!response?.ok()) throw new Error(`${url}: ${response?.status() ?? 'no response'}`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('support-'))
        .every((e) => e.shadowRoot?.childElementCount),
    );
    // Let the last task end and the next frame paint before the trace stops.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
    const trace = /** @type {{traceEvents: TraceEvent[]}} */ (JSON.parse((await browser.stopTracing()).toString()));
    return {
      time: widgetTime(trace.traceEvents),
      pageLongest: pageLongestTask(trace.traceEvents, url),
      requests,
      browser: browser.version(),
    };
  } finally {
    await browser.close();
  }
}
