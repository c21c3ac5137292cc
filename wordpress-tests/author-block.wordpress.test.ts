/**
 * Issue #20, test 1: an author writes a post with the helpline block; a visitor gets the card
 * from the plugin's own script with its integrity, and its plain-HTML copy without JavaScript;
 * the author opens the post again without an invalid-block warning.
 */
import type {Page} from 'playwright-core';
import {afterAll, expect, it} from 'vitest';
import {axeSource} from '../e2e/helpers.js';
import {
  blocksState,
  deleteWritten,
  insertBlock,
  loggedIn,
  newPost,
  openEditor,
  publish,
  visit,
} from './block-editor.js';
import {php, postContent, useSite} from './site.js';

const CARD = 'support-helpline-card';
const CHAT = 'https://chat.example.org/oro';
const site = useSite();
afterAll(deleteWritten);
let postId: number;

const field = (page: Page, name: string) => page.locator(`#${CARD}--${name}`);

it('lets an author fill in the card, keeps a bad chat address out, and publish', async () => {
  const page = await loggedIn(site.browser(), 'author');
  await newPost(page, 'Stöd för anhöriga');
  await insertBlock(page, 'Support line', 'Support line card');
  await field(page, 'name').fill('Orostelefonen');
  await field(page, 'phone').fill('020-100 200');
  await field(page, 'chat-url').fill('javascript:alert(1)');
  await field(page, 'phone-hours').fill('Mo-Su 00:00-24:00');

  // The error is beside the field, tied to it, and the address never reaches the block.
  const error = page.locator(`#${CARD}--chat-url-error`);
  await expect.poll(() => error.textContent()).toMatch(/cannot be used/);
  expect(await error.isVisible()).toBe(true);
  expect(await field(page, 'chat-url').getAttribute('aria-invalid')).toBe('true');
  expect(await field(page, 'chat-url').getAttribute('aria-describedby')).toContain(`${CARD}--chat-url-error`);
  const content = () => page.evaluate(() => window.wp.data.select('core/editor').getEditedPostContent());
  await expect.poll(content).toContain('phone-hours="Mo-Su 00:00-24:00"');
  expect(await content()).not.toContain('javascript:');
  // Corrected, the address is taken and its error goes.
  await field(page, 'chat-url').fill(CHAT);
  await expect.poll(content).toContain(`chat-url="${CHAT}"`);
  expect(await error.isVisible()).toBe(false);
  expect(await field(page, 'chat-url').getAttribute('aria-invalid')).not.toBe('true');
  // The canvas shows the real card with what was accepted.
  await expect
    .poll(() =>
      page.evaluate((tag) => document.querySelector(`.edit-post-visual-editor ${tag}`)?.getAttribute('phone'), CARD),
    )
    .toBe('020-100 200');

  postId = await publish(page);
  const stored = postContent(postId);
  expect(stored).toContain(
    `<${CARD} name="Orostelefonen" phone="020-100 200" chat-url="${CHAT}" phone-hours="Mo-Su 00:00-24:00">`,
  );
  expect(stored).not.toContain('javascript:');
  await page.context().close();
});

it('shows a visitor the card from the plugin’s own script, with its integrity', async () => {
  const page = await visit(site.browser(), postId);
  const script = page.locator('script[src*="plugins/support-widget/assets/support-widget.all.js"]');
  expect(await script.count()).toBe(1);
  const integrity = JSON.parse(
    php('echo file_get_contents(WP_PLUGIN_DIR . "/support-widget/assets/integrity.json");'),
  ) as Record<string, string>;
  expect(await script.getAttribute('integrity')).toBe(integrity['support-widget.all.js']);
  expect(await script.getAttribute('defer')).not.toBeNull();

  const card = await page.waitForFunction((tag) => {
    const element = document.querySelector<HTMLElement & {rendered?: boolean}>(tag);
    const root = element?.rendered && element.shadowRoot;
    return root
      ? {
          call: root.querySelector('a[href^="tel:"]')?.getAttribute('href'),
          chat: root.querySelector('a[href^="https:"]')?.getAttribute('href'),
          // Open round the clock: the status says so, whatever the time of the test.
          status: root.querySelector('[data-live]')?.textContent?.trim(),
        }
      : undefined;
  }, CARD);
  const {call, chat, status} = (await card.jsonValue())!;
  expect(call).toBe('tel:020100200');
  expect(chat).toBe(CHAT);
  expect(status).toMatch(/open/i);

  await page.addScriptTag({path: axeSource});
  const violations = await page.evaluate(async (tag) => {
    const axe = (window as unknown as {axe: {run: (c: unknown, o: unknown) => Promise<{violations: {id: string}[]}>}})
      .axe;
    const result = await axe.run(
      {include: [[tag]]},
      {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}},
    );
    return result.violations.map((violation) => violation.id);
  }, CARD);
  expect(violations).toEqual([]);
  await page.context().close();
});

it('shows a visitor without JavaScript the plain-HTML copy: the call link, the chat link and 112', async () => {
  const page = await visit(site.browser(), postId, false);
  const copy = page.locator(`${CARD} [data-support-fallback]`);
  expect(await copy.locator('a[href="tel:020100200"]').isVisible()).toBe(true);
  expect(await copy.locator(`a[href="${CHAT}"]`).isVisible()).toBe(true);
  expect(await copy.locator('a[href="tel:112"]').isVisible()).toBe(true);
  await page.context().close();
});

it('opens the post again for its author without an invalid-block warning', async () => {
  const page = await loggedIn(site.browser(), 'author');
  await openEditor(page, postId);
  const state = await blocksState(page);
  // Valid, and its stored copy still what the card shows: opening it changes nothing.
  expect(state).toEqual({blocks: [['support-widget/helpline-card', true]], warnings: [], dirty: false});
  await page.context().close();
});
