import {describe, expect, it} from 'vitest';
import {openPage, useBrowserAndServer, widgetsRendered} from './harness.js';

const env = useBrowserAndServer();

/** The call link's look, to prove the styles arrived. */
const callLinkStyle = `(() => {
  const link = document.querySelector('#card').shadowRoot.querySelector('[part="call-link"]');
  const style = getComputedStyle(link);
  return {background: style.backgroundColor, minHeight: style.minHeight, href: link.getAttribute('href')};
})()`;

describe.each([
  ['a strict Content-Security-Policy', 'csp'],
  ['Trusted Types as well', 'tt'],
])('under %s', (_, query) => {
  it('renders every element, styled, with no violation and no error', async () => {
    const record = await openPage(env.browser, `${env.server.url}/e2e/pages/all.html?${query}`);
    await widgetsRendered(record.page);
    expect(await record.page.evaluate(callLinkStyle)).toEqual({background: 'rgb(27, 79, 138)', minHeight: '44px', href: 'tel:020100200'});
    expect(await record.page.locator('#arabic .root').getAttribute('dir')).toBe('rtl');
    expect(await record.violations()).toEqual([]);
    expect(record.errors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    await record.page.context().close();
  });

  it('stays quiet when the script is included twice', async () => {
    const record = await openPage(env.browser, `${env.server.url}/e2e/pages/twice.html?${query}`);
    await widgetsRendered(record.page);
    expect(record.requests.filter((url) => url.endsWith('/dist/support-widget.js'))).toHaveLength(2);
    expect(await record.violations()).toEqual([]);
    expect(record.errors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    await record.page.context().close();
  });
});

it('is tested against Trusted Types that are really enforced', async () => {
  // With no policy allowed, Lit cannot create its "lit-html" policy: the page reports it.
  const record = await openPage(env.browser, `${env.server.url}/e2e/pages/all.html?tt-none`);
  await record.page.waitForFunction(() => (window as unknown as {violations: string[]}).violations.length > 0);
  expect((await record.violations()).join()).toContain('trusted-types');
  await record.page.context().close();
});
