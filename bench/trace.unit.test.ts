import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {pageLongestTask, unionLength, widgetTime, type TraceEvent} from './trace.mjs';

/** Main-thread events kept from real traces of the `defer` and module pages (bench/fixtures/). */
const recorded = (name: string) =>
  (
    JSON.parse(readFileSync(new URL(`fixtures/trace-${name}.json`, import.meta.url), 'utf8')) as {
      traceEvents: TraceEvent[];
    }
  ).traceEvents;

describe('the widget tasks in a recorded trace', () => {
  it('with defer: the one task that evaluates support-widget.js, not the others on the thread', () => {
    const time = widgetTime(recorded('defer'));
    expect(time?.tasks).toBe(1);
    // The RunTask that holds the EvaluateScript of support-widget.js lasts 791,878 µs.
    expect(time?.longest).toBeCloseTo(791.878, 3);
    expect(time?.total).toBeCloseTo(791.878, 3);
    // The first Intl call is the "Intl new NumberFormat" measure: 8487542457 to 8487916056 µs.
    expect(time?.intl).toBeCloseTo(373.599, 3);
  });

  it('as a module: the compile task and the evaluation task, whose v8.evaluateModule has no URL', () => {
    const time = widgetTime(recorded('module'));
    expect(time?.tasks).toBe(2);
    expect(time?.longest).toBeCloseTo(628.603, 3);
    expect(time?.total).toBeCloseTo(641.685, 3);
  });

  it('a trace without the widget has no widget time', () => {
    const other = recorded('defer').filter((e) => !e.args?.data?.url);
    expect(widgetTime(other)).toBeNull();
  });
});

describe('splitting a task', () => {
  const url = 'http://127.0.0.1:8000/dist/support-widget.js';
  const X = (name: string, ts: number, dur: number, withUrl = false): TraceEvent => ({
    name,
    cat: 'devtools.timeline',
    ph: 'X',
    ts,
    dur,
    pid: 1,
    tid: 1,
    ...(withUrl ? {args: {data: {url}}} : {}),
  });
  const measure = (name: string, from: number, to: number): TraceEvent[] => [
    {name, cat: 'blink.user_timing', ph: 'b', ts: from, pid: 1, tid: 1},
    {name, cat: 'blink.user_timing', ph: 'e', ts: to, pid: 1, tid: 1},
  ];
  // One 100 ms task: evaluation 0–80 ms, inside it a render 20–60 ms holding the Intl call 30–50 ms;
  // a layout 85–95 ms; a task elsewhere that is not the widget's.
  const events = [
    X('RunTask', 0, 100_000),
    X('EvaluateScript', 0, 80_000, true),
    ...measure('render support-info-panel', 20_000, 60_000),
    ...measure('Intl new NumberFormat', 30_000, 50_000),
    X('Layout', 85_000, 10_000),
    X('RunTask', 200_000, 70_000),
    X('Layout', 210_000, 50_000),
  ];

  it('gives each millisecond to one part only, and the parts add up to the task', () => {
    expect(widgetTime(events)).toEqual({
      longest: 100,
      // Its own code is the evaluation (0–80 ms), which holds the render and the Intl call.
      ownLongest: 80,
      total: 100,
      tasks: 1,
      intl: 20,
      renders: {'support-info-panel': 20},
      evaluation: 40,
      styleAndLayout: 10,
      other: 10,
    });
  });

  it('counts nested and overlapping intervals once', () => {
    expect(
      unionLength([
        [0, 10],
        [5, 15],
        [20, 30],
        [22, 24],
      ]),
    ).toBe(25);
    expect(unionLength([])).toBe(0);
  });
});

describe('the page’s longest task', () => {
  const page = 'http://127.0.0.1:8000/dist/bench/plain.html';
  const task = (ts: number, dur: number, tid = 1): TraceEvent => ({
    name: 'RunTask',
    cat: 'toplevel',
    ph: 'X',
    ts,
    dur,
    pid: 1,
    tid,
  });
  const parse = (ts: number, url: string): TraceEvent => ({
    name: 'ParseHTML',
    cat: 'devtools.timeline',
    ph: 'X',
    ts,
    dur: 1_000,
    pid: 1,
    tid: 1,
    args: {beginData: {url}},
  });

  it('is the longest on the thread that reads the page, from the task that starts reading it', () => {
    const events = [
      task(0, 300_000), // the blank page before it, in the same renderer
      parse(10_000, 'http://127.0.0.1:8000/dist/bench/blank'),
      task(400_000, 50_000),
      parse(420_000, page), // inside the 400–450 ms task
      task(500_000, 140_000),
      task(700_000, 900_000, 2), // another thread
    ];
    expect(pageLongestTask(events, page)).toBe(140);
  });

  it('is unknown when the trace never reads the page', () => {
    expect(pageLongestTask([task(0, 100_000)], page)).toBeNull();
  });
});
