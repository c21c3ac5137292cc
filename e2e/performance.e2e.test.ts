import {expect, it} from 'vitest';
import {openPage, useBrowserAndServer, widgetsRendered} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

/** Cumulative layout shift and long main-thread tasks since navigation, as Lighthouse counts them. */
const shiftsAndLongTasks = () =>
  new Promise<{cls: number; longTasks: number}>((resolve) => {
    const result = {cls: 0, longTasks: 0};
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {value: number; hadRecentInput: boolean})[]) {
        if (!entry.hadRecentInput) result.cls += entry.value;
      }
    }).observe({type: 'layout-shift', buffered: true});
    new PerformanceObserver((list) => void (result.longTasks += list.getEntries().length)).observe({type: 'longtask', buffered: true});
    setTimeout(() => resolve(result), 300);
  });

// The demo includes the script in <head> as the README recommends: the elements render before
// the first paint. (With `defer` the fallback paints first and the page jumps: about 0.38.)
it.each([
  ['/demo/', 0],
  ['/demo/en.html', 0],
  // A language loaded on demand: the element holds its place, laid out in English, until its
  // text arrives; only the difference in length between the two texts can shift.
  ['/demo/ar.html', 0.05],
  ['/demo/uk.html', 0.05],
])('%s: layout shift at most %d, no long task', async (path, most) => {
  const {page} = await openPage(env.browser, `${env.server.url}${path}`, {viewport: {width: 375, height: 800}});
  await widgetsRendered(page);
  const {cls, longTasks} = await page.evaluate(shiftsAndLongTasks);
  expect(cls).toBeLessThanOrEqual(most);
  expect(longTasks).toBe(0);
});
