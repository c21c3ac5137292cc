import {describe, expect, it} from 'vitest';
import {formatSummary, renderReport, summary, type PageResult} from './report.mjs';

describe('summary', () => {
  it('gives the middle value of an odd count, and the range', () => {
    expect(summary([30, 10, 20])).toEqual({median: 20, min: 10, max: 30});
  });

  it('gives the mean of the middle two of an even count', () => {
    expect(summary([4, 1, 10, 2])).toEqual({median: 3, min: 1, max: 10});
  });

  it('refuses no values', () => {
    expect(() => summary([])).toThrow();
  });
});

describe('formatSummary', () => {
  it('writes the median, then the range', () => {
    expect(formatSummary({median: 1573.4, min: 1490, max: 1702.6})).toBe('1,573 ms (1,490–1,703)');
  });

  it('writes one figure when every run gave the same', () => {
    expect(formatSummary({median: 100, min: 100, max: 100}, {unit: ''})).toBe('100');
    expect(formatSummary({median: 805.3, min: 805.1, max: 805.4})).toBe('805 ms');
  });

  it('keeps the digits asked for', () => {
    expect(formatSummary({median: 0.0182, min: 0, max: 0.31}, {unit: '', digits: 3})).toBe('0.018 (0.000–0.310)');
  });
});

describe('renderReport', () => {
  const lighthouse = (lcp: number) => ({performance: 100, fcp: 700, lcp, tbt: 0, cls: 0});
  const time = {longest: 90, total: 120, tasks: 2, intl: 0, renders: {}, evaluation: 80, styleAndLayout: 20, other: 20};
  const pages: PageResult[] = [
    {
      name: 'plain',
      label: 'plain HTML',
      lighthouse: [lighthouse(900), lighthouse(1000)],
      traces: [null, null],
      bytes: {requests: 2, raw: 5000, gzip: 2000, brotli: 1800},
    },
    {
      name: 'defer',
      label: 'defer',
      lighthouse: [lighthouse(1400), lighthouse(1450)],
      traces: [time, {...time, longest: 110}],
      bytes: {requests: 3, raw: 40_000, gzip: 16_000, brotli: 14_000},
    },
    {name: 'all', label: 'all languages', missing: 'dist/support-widget.all.js', lighthouse: [], traces: []},
  ];
  const markdown = renderReport({
    date: '2026-12-02 05:00 UTC',
    machine: '2 × a CPU',
    load: '1.00, 1.00, 1.00',
    chromium: 'Chromium 156',
    lighthouse: '12.8.2',
    node: '20.20.2',
    runs: 2,
    minutes: 6,
    pages,
  });
  const line = (start: string) => markdown.split('\n').filter((l) => l.startsWith(start));

  it('compares each page with the plain page of the same run', () => {
    expect(line('| defer |')[0]).toContain('| 1,425 ms (1,400–1,450) | 1.50× |');
    expect(line('| defer |')[2]).toBe('| defer | 3 | 40.0 kB | 16.0 kB | 14.0 kB | 8.00× |');
  });

  it('gives the median and range of the widget’s longest task, and none for the plain page', () => {
    expect(line('| defer |')[1]).toMatch(/^\| defer \| 100 ms \(90–110\) \| 120 ms \| 2 \|/);
    expect(line('| plain HTML |')[1]).toContain('no widget task');
    // An element that is not on the page has no render, rather than a render of 0 ms.
    expect(line('| defer |')[1]).toContain('| – | – | – |');
  });

  it('says which page was not built instead of leaving it out', () => {
    expect(line('| all languages |')).toHaveLength(3);
    expect(line('| all languages |')[0]).toContain('not built (dist/support-widget.all.js is missing)');
  });

  it('says when, where and how often it measured', () => {
    expect(markdown).toContain('2026-12-02 05:00 UTC: 2 runs of each page');
    expect(markdown).toContain('Chromium 156; Lighthouse 12.8.2');
    expect(markdown).toContain('6.0 minutes (3.0 per run of every page)');
  });
});
