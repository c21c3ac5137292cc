/**
 * The block editor of the scratch WordPress as an editor uses it: open it, insert a block, publish
 * or submit, open the post again and see how its blocks parsed. Logging in, PHP in the site and the
 * site's address come from site.ts (the harness's helpers).
 */
import type {Browser, Page} from 'playwright-core';
import {expect} from 'vitest';
import {openPage, php, WP_URL, type User} from './site.js';

/** Large enough for the editor's canvas and its sidebar side by side. */
const VIEWPORT = {width: 1400, height: 1000};

/** A new page of its own, logged in as `user`, the size of a desktop screen. */
export const loggedIn = (browser: Browser, user: User) => openPage(browser, user, {viewport: VIEWPORT});

/** Opens the block editor on a new post, or on post `id`, once it is ready. */
export async function openEditor(page: Page, id?: number): Promise<void> {
  await page.goto(id ? `${WP_URL}/wp-admin/post.php?post=${id}&action=edit` : `${WP_URL}/wp-admin/post-new.php`);
  await page.waitForSelector('.edit-post-visual-editor');
  await page.waitForFunction(() => window.wp.data.select('core/editor').__unstableIsEditorReady());
  // The welcome guide of a first visit (the harness turns it off; a real site may not).
  const guide = page.locator('.edit-post-welcome-guide');
  if (await guide.isVisible()) await page.keyboard.press('Escape');
}

/** Opens the block editor on a new post and types its title. */
export async function newPost(page: Page, title: string): Promise<void> {
  await openEditor(page);
  await page.click('.editor-post-title__input');
  await page.keyboard.type(title);
}

/** Inserts a block through the inserter, as an editor finds it: by searching for its title. */
export async function insertBlock(page: Page, search: string, title: string): Promise<void> {
  await page.click('.edit-post-header-toolbar__inserter-toggle');
  await page.fill('.block-editor-inserter__search input', search);
  await page.click(`.block-editor-block-types-list__item:has-text("${title}")`);
}

/** Posts written through the editor in this file, deleted by `deleteWritten` after it. */
const written: number[] = [];

/** Publishes the post (or submits it for review, for a contributor) through the editor's buttons; returns its id. */
export async function publish(page: Page): Promise<number> {
  await page.click('.editor-post-publish-panel__toggle');
  await page.click('.editor-post-publish-panel .editor-post-publish-button');
  await page.waitForFunction(() => {
    const editor = window.wp.data.select('core/editor');
    return !editor.isSavingPost() && !editor.isEditedPostDirty() && editor.getCurrentPost().status !== 'auto-draft';
  });
  const id = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
  written.push(id);
  return id;
}

/** The code of the Custom HTML blocks as the editor on `page` shows it. */
export const shownCode = (page: Page) =>
  page.evaluate(() =>
    window.wp.data
      .select('core/block-editor')
      .getBlocks()
      .map((block) => String(block.attributes.content)),
  );

/**
 * Writes a new post as `user` with `code` pasted into a Custom HTML block, and publishes it (or
 * submits it, for a contributor); returns its id and the block's code as the editor shows it once saved.
 */
export async function pasteIntoNewPost(
  browser: Browser,
  user: User,
  title: string,
  code: string,
): Promise<{id: number; shown: string[]}> {
  const page = await loggedIn(browser, user);
  await newPost(page, title);
  await insertBlock(page, 'Custom HTML', 'Custom HTML');
  await page.fill('.block-editor-plain-text', code);
  const id = await publish(page);
  const shown = await shownCode(page);
  await page.context().close();
  return {id, shown};
}

/** Deletes the posts this file published through the editor (for afterAll). */
export function deleteWritten(): void {
  const ids = written.splice(0);
  if (ids.length) php(`foreach ([${ids.join(',')}] as $id) wp_delete_post($id, true);`);
}

export interface BlocksState {
  /** Each block's name and whether it matched its save() output. */
  blocks: [name: string, valid: boolean][];
  /** "This block contains unexpected or invalid content" warnings in the canvas. */
  warnings: string[];
  /** The editor has changes nobody made (a copy rewritten on opening, say). */
  dirty: boolean;
}

/** The blocks as the editor parsed them, once the canvas's elements have rendered. */
export async function blocksState(page: Page): Promise<BlocksState> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.edit-post-visual-editor [data-type^="support-widget/"] *')]
      .filter((element) => element.localName.startsWith('support-'))
      .every((element) => (element as Element & {rendered?: boolean}).rendered),
  );
  return page.evaluate(() => ({
    blocks: window.wp.data
      .select('core/block-editor')
      .getBlocks()
      .map((block) => [block.name, block.isValid] as [string, boolean]),
    warnings: [...document.querySelectorAll('.block-editor-warning')].map((warning) => warning.textContent ?? ''),
    dirty: window.wp.data.select('core/editor').isEditedPostDirty(),
  }));
}

/** Opens post `id` as a visitor: logged out, JavaScript on or off. */
export async function visit(browser: Browser, id: number, javaScriptEnabled = true): Promise<Page> {
  const page = await openPage(browser, undefined, {javaScriptEnabled});
  const response = await page.goto(`${WP_URL}/?p=${id}`);
  expect(response?.status()).toBe(200);
  return page;
}
