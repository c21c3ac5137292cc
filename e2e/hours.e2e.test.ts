/**
 * Opening hours on the Swedish demo page, on a fixed clock (Playwright's `page.clock`): the
 * Orostelefonen card (`Mo 12:00-18:00; Th 09:00-13:00; PH off`) says it is open until 18:00, and
 * at 18:00 that it is closed until Thursday, without moving anything on the page.
 */
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {axeViolations, openHtml, openPage, plain, useBrowserAndServer, widgetsRendered, writePage} from './helpers.js';

const env = useBrowserAndServer(import.meta.url);

/** Opens the Swedish demo with the page's clock stopped at `time`, in a reader's time zone. */
async function openAt(time: string, timezoneId: string): Promise<Page> {
  const record = await openPage(env.browser, '', {
    noGoto: true,
    timezoneId,
    viewport: {width: 375, height: 667},
    deviceScaleFactor: 2,
    isMobile: true,
  });
  await record.page.clock.install({time: Date.parse(time) - 60_000});
  await record.page.clock.pauseAt(Date.parse(time));
  await record.page.goto(`${env.server.url}/demo/index.html`);
  await widgetsRendered(record.page);
  return record.page;
}

/** The phone's status as a reader sees it: the first sentence; the others only hold its space. */
const phoneStatus = (page: Page) =>
  page.evaluate(() => {
    const line = document.querySelector('support-helpline-card')!.shadowRoot!.querySelector('#phone-status');
    return (line?.firstElementChild as HTMLElement | null)?.innerText.replace(/\s+/g, ' ') ?? null;
  });

/** Where every element of the page and of the card's shadow root is. */
const boxes = (page: Page) =>
  page.evaluate(() => {
    const card = document.querySelector('support-helpline-card')!.shadowRoot!;
    return [...document.querySelectorAll('body *'), ...card.querySelectorAll('*')]
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => {
        const {x, y, width, height} = element.getBoundingClientRect();
        return `${element.localName}.${element.className}: ${x},${y} ${width}x${height}`;
      });
  });

describe('the demo card on a fixed clock', () => {
  it('changes from open to closed at the closing minute, without moving anything', async () => {
    // Monday 9 March 2026, 17:59:30 in Stockholm (UTC+1), read in Stockholm.
    const page = await openAt('2026-03-09T17:59:30+01:00', 'Europe/Stockholm');
    expect(await phoneStatus(page)).toBe('Öppet nu, stänger 18:00');
    const before = await boxes(page);
    expect(before.length).toBeGreaterThan(20);

    await page.clock.runFor(29_000);
    expect(await phoneStatus(page)).toBe('Öppet nu, stänger 18:00');
    await page.clock.runFor(1_000);
    await expect.poll(() => phoneStatus(page)).toBe('Stängt, öppnar torsdag 09:00');

    // Not one box of the page or of the card has moved or changed size. (Counting layout-shift
    // entries instead proved unreliable on a busy machine under the page's stopped clock: at
    // times not even a box pushed into the page was reported.)
    expect(await boxes(page)).toEqual(before);
  });

  it('passes axe open and closed', async () => {
    const page = await openAt('2026-03-09T17:59:58+01:00', 'Europe/Stockholm');
    expect(await phoneStatus(page)).toBe('Öppet nu, stänger 18:00');
    // axe waits on timers: let the page's time run (from 17:59:58).
    await page.clock.resume();
    expect(await axeViolations(page)).toEqual([]);
    await expect.poll(() => phoneStatus(page)).toBe('Stängt, öppnar torsdag 09:00');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('names Swedish time for a reader in another time zone', async () => {
    // 13:00 in Stockholm is 08:00 in New York on 9 March 2026 (UTC-4 there since 8 March).
    const page = await openAt('2026-03-09T13:00+01:00', 'America/New_York');
    expect(await phoneStatus(page)).toBe('Öppet nu, stänger 18:00 (svensk tid)');
  });

  it('looks at the clock again when the page becomes visible', async () => {
    const page = await openAt('2026-03-09T11:00+01:00', 'Europe/Stockholm');
    expect(await phoneStatus(page)).toBe('Stängt, öppnar 12:00');
    // Time passes while the tab is hidden (no timer fires), then the page is shown again.
    await page.clock.setFixedTime(Date.parse('2026-03-09T12:30+01:00'));
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect.poll(() => phoneStatus(page)).toBe('Öppet nu, stänger 18:00');
  });
});

describe('hours.js, the opening hours in a file of their own', () => {
  const page = (cards: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hours</title>
    <script src="/dist/support-widget.js"></script></head><body><main><h1>Hours</h1>${cards}</main></body></html>`;

  it('is not requested by a page whose cards have no hours', async () => {
    const record = await openHtml(
      env.browser,
      env.server,
      page(`<support-helpline-card name="A" phone="020-100 200"></support-helpline-card>
        <support-helpline-card name="B" chat-url="https://example.org/chat"></support-helpline-card>`),
    );
    // A card that needs hours.js asks for it before it first renders.
    await widgetsRendered(record.page);
    expect(record.requests.filter((url) => url.includes('/dist/')).map((url) => new URL(url).pathname)).toEqual([
      '/dist/support-widget.js',
    ]);
  });

  it('never arriving (404): the card still shows its call link and the hours as written, and warns once', async () => {
    const record = await openPage(env.browser, '', {noGoto: true});
    await record.page.route('**/dist/hours.js', (route) => route.fulfill({status: 404, body: 'Not found'}));
    await record.page.goto(
      `${env.server.url}${writePage(
        page(`<support-helpline-card name="A" phone="020-100 200" phone-hours="Mo 12:00-18:00; PH off"></support-helpline-card>
          <support-helpline-card name="B" phone="020-100 200" phone-hours="Tu 09:00-12:00"></support-helpline-card>`),
      )}`,
    );
    await widgetsRendered(record.page);
    const cards = await record.page.evaluate(() =>
      [...document.querySelectorAll('support-helpline-card')].map((card) => {
        const root = card.shadowRoot!;
        const call = root.querySelector<HTMLAnchorElement>('[part="call-link"]')!;
        return {call: call.getAttribute('href'), text: root.querySelector<HTMLElement>('[lang]')!.innerText};
      }),
    );
    expect(cards.map(({call}) => call)).toEqual(['tel:020100200', 'tel:020100200']);
    expect(plain(cards[0]!.text)).toContain('Call 020-100 200');
    expect(plain(cards[0]!.text)).toContain('Phone hours: Mo 12:00-18:00; PH off');
    expect(plain(cards[1]!.text)).toContain('Phone hours: Tu 09:00-12:00');
    // Once the failed request is over (the card may have rendered before it, having waited enough).
    await expect
      .poll(() => record.warnings.filter((warning) => warning.includes('hours.js')))
      .toEqual(['<support-helpline-card> hours.js could not be loaded, so the hours are shown as written.']);
    expect(await axeViolations(record.page)).toEqual([]);
  });
});
