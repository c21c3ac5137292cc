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
  const time = {
    longest: 90,
    ownLongest: 60,
    total: 120,
    tasks: 2,
    intl: 0,
    renders: {},
    evaluation: 80,
    styleAndLayout: 20,
    other: 20,
  };
  const pages: PageResult[] = [
    {
      name: 'plain',
      label: 'plain HTML',
      lighthouse: [lighthouse(900), lighthouse(1000)],
      applied: [lighthouse(1300), lighthouse(1300)],
      traces: [null, null],
      pageTasks: [130, 150],
      bytes: {requests: 2, raw: 5000, gzip: 2000, brotli: 1800},
    },
    {
      name: 'defer',
      label: 'defer',
      lighthouse: [lighthouse(1400), lighthouse(1450)],
      applied: [lighthouse(1300), lighthouse(1430)],
      traces: [time, {...time, longest: 110}],
      pageTasks: [140, null],
      bytes: {requests: 3, raw: 40_000, gzip: 16_000, brotli: 14_000},
    },
    {
      name: 'all',
      label: 'all languages',
      missing: 'dist/support-widget.all.js',
      lighthouse: [],
      applied: [],
      traces: [],
      pageTasks: [],
    },
  ];
  const report = {
    date: '2026-12-02 05:00 UTC',
    machine: '2 × a CPU',
    load: '1.00, 1.00, 1.00',
    chromium: 'Chromium 156',
    lighthouse: '12.8.2',
    node: '20.20.2',
    runs: 2,
    minutes: 6,
    pages,
  };
  const markdown = renderReport(report);
  const line = (start: string) => markdown.split('\n').filter((l) => l.startsWith(start));

  it('compares each page with the plain page of the same run, simulated and applied', () => {
    expect(line('| defer |')[0]).toContain('| 1,425 ms (1,400–1,450) | 1.50× |');
    expect(line('| defer |')[1]).toContain('| 1,365 ms (1,300–1,430) | 1.05× |');
    expect(line('| defer |')[3]).toBe('| defer | 3 | 40.0 kB | 16.0 kB | 14.0 kB | 8.00× |');
  });

  it('gives the page’s longest task, then the widget’s, and no widget task for the plain page', () => {
    expect(line('| defer |')[2]).toMatch(/^\| defer \| 140 ms \| 100 ms \(90–110\) \| 60 ms \| 120 ms \| 2 \|/);
    expect(line('| plain HTML |')[2]).toMatch(/^\| plain HTML \| 140 ms \(130–150\) \| no widget task \|/);
    // An element that is not on the page has no render, rather than a render of 0 ms.
    expect(line('| defer |')[2]).toContain('| – | – | – |');
  });

  it('says which page was not built instead of leaving it out', () => {
    expect(line('| all languages |')).toHaveLength(4);
    expect(line('| all languages |')[0]).toContain('not built (dist/support-widget.all.js is missing)');
  });

  it('gives the hours’ status update as the median and range of its runs, or says it was not measured', () => {
    expect(markdown).toContain('## Opening hours: the status update with the largest hours\n\nNot measured');
    const measured = renderReport({...report, hours: [24.7, 20.1, 22.34]});
    expect(measured.split('\n')).toContain("| status and week's hours, both channels | 22.3 ms (20.1–24.7) |");
  });

  it('says when, where and how often it measured', () => {
    expect(markdown).toContain('2026-12-02 05:00 UTC: 2 runs of each page');
    expect(markdown).toContain('Chromium 156; Lighthouse 12.8.2');
    expect(markdown).toContain('6.0 minutes (3.0 per run of every page)');
  });
});
