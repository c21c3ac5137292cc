/**
 * Issue #20, test 7 (the block part): an administrator whose language is Swedish finds the blocks
 * under "Stödresurser" with Swedish names, and fills in the card's fields in Swedish, its problems
 * said in Swedish beside the field.
 */
import {expect, it} from 'vitest';
import {loggedIn, openEditor} from './block-editor.js';
import {useSite} from './site.js';

const site = useSite();

it('shows a Swedish administrator the blocks, their descriptions and their fields in Swedish', async () => {
  const page = await loggedIn(site.browser(), 'admin-sv');
  await openEditor(page);
  await page.click('.edit-post-header-toolbar__inserter-toggle');
  // The category comes from the plugin's PHP, in its Swedish catalogue (languages/support-widget-sv_SE.mo).
  const category = page.locator('.block-editor-inserter__panel-header', {hasText: 'Stödresurser'});
  await category.scrollIntoViewIfNeeded();
  const blocks = page
    .locator('.block-editor-inserter__panel-header', {hasText: 'Stödresurser'})
    .locator(
      'xpath=following-sibling::*[contains(@class, "block-editor-inserter__panel-content")][1]//*[contains(@class, "block-editor-block-types-list__item-title")]',
    );
  expect(await blocks.allTextContents()).toEqual([
    'Text om extremism',
    'Stödlinjens kort',
    'Handlingsplanen',
    'Snabbutgång',
  ]);
  // Hovering it shows its card: its description in Swedish too.
  const card = page.locator('.block-editor-block-types-list__item', {hasText: 'Stödlinjens kort'});
  await card.hover();
  expect(
    await page.locator('.block-editor-inserter__preview-container .block-editor-block-card__description').textContent(),
  ).toMatch(/^En stödlinje:/);
  await card.click();

  const label = (name: string) => page.locator(`label[for="support-helpline-card--${name}"]`).textContent();
  expect(await label('name')).toBe('Stödlinjens namn');
  expect(await label('phone')).toBe('Telefonnummer');
  expect(await label('chat-url')).toBe('Länk till chatten');
  expect(await label('phone-hours')).toBe('Telefontider');
  await page.fill('#support-helpline-card--chat-url', 'javascript:alert(1)');
  await expect
    .poll(() => page.locator('#support-helpline-card--chat-url-error').textContent())
    .toMatch(/^Länken kan inte användas\. Skriv en adress som börjar med https:\/\/ eller \/\./);
  await page.context().close();
});
