import {expect, it} from 'vitest';
import {openPage, useBrowserAndServer} from './harness.js';

const env = useBrowserAndServer();

it('shows the fallback content, with working links, when JavaScript is off', async () => {
  const record = await openPage(env.browser, `${env.server.url}/demo/`, {javaScriptEnabled: false});
  const {page} = record;
  const fallback = page.locator('support-helpline-card p');
  expect(await fallback.isVisible()).toBe(true);
  expect(await fallback.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
    'tel:020100200',
    'https://www.raddabarnen.se/oroschatten',
    'tel:112',
  ]);
  const plan = page.locator('support-action-plan a');
  expect(await plan.isVisible()).toBe(true);
  const response = await page.request.get(new URL((await plan.getAttribute('href'))!, page.url()).href);
  expect(response.headers()['content-type']).toBe('application/pdf');
  await page.context().close();
});
