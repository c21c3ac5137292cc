/**
 * The block editor of the scratch WordPress (`npm run wordpress`, or the harness of `npm run
 * test:wordpress`), as an editor uses it: log in, write a post with blocks, publish or submit it,
 * open it again. The site comes from the environment: WP_URL, and WP_SCRATCH for PHP in the site
 * (its wp-eval.php). Users' passwords are their names + '-password'.
 */
import {execFileSync} from 'node:child_process';
import {join} from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {expect} from 'vitest';

export const WP_URL = (process.env.WP_URL ?? 'http://127.0.0.1:8881').replace(/\/$/, '');
const WP_SCRATCH = process.env.WP_SCRATCH ?? '';

/** Runs PHP in the site (after wp-load.php), as `user` when given; returns what it echoes. */
export function php(code: string, user?: string): string {
  return execFileSync('php', [join(WP_SCRATCH, 'wp-eval.php'), code], {
    encoding: 'utf8',
    env: {...process.env, ...(user ? {WP_EVAL_USER: user} : {})},
  });
}

/** A new page of its own (cookies included) logged in as `user`. */
export async function loggedIn(browser: Browser, user: string): Promise<Page> {
  const context = await browser.newContext({viewport: {width: 1400, height: 1000}});
  const page = await context.newPage();
  await page.goto(`${WP_URL}/wp-login.php`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', `${user}-password`);
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
  return page;
}

/** Opens the block editor on a new post, or on post `id`, once its blocks are in place. */
export async function openEditor(page: Page, id?: number): Promise<void> {
  await page.goto(id ? `${WP_URL}/wp-admin/post.php?post=${id}&action=edit` : `${WP_URL}/wp-admin/post-new.php`);
  await page.waitForSelector('.edit-post-visual-editor');
  await page.waitForFunction(() => window.wp.data.select('core/editor').__unstableIsEditorReady());
  // The welcome guide of a first visit (the harness turns it off; a real site may not).
  const guide = page.locator('.edit-post-welcome-guide');
  if (await guide.isVisible()) await page.keyboard.press('Escape');
}

/** Inserts a block through the inserter, as an editor finds it: by searching for its title. */
export async function insertBlock(page: Page, search: string, title: string): Promise<void> {
  await page.click('.edit-post-header-toolbar__inserter-toggle');
  await page.fill('.block-editor-inserter__search input', search);
  await page.click(`.block-editor-block-types-list__item:has-text("${title}")`);
  await page.click('.edit-post-header-toolbar__inserter-toggle.is-pressed').catch(() => {});
}

/** Publishes the post (or submits it for review, for a contributor) through the editor's buttons; returns its id. */
export async function publish(page: Page): Promise<number> {
  await page.click('.editor-post-publish-panel__toggle');
  await page.click('.editor-post-publish-panel .editor-post-publish-button');
  await page.waitForFunction(() => {
    const editor = window.wp.data.select('core/editor');
    return !editor.isSavingPost() && !editor.isEditedPostDirty() && editor.getCurrentPost().status !== 'auto-draft';
  });
  return page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
}

export interface BlocksState {
  /** Each block's name and whether it matched its save() output. */
  blocks: [name: string, valid: boolean][];
  /** "This block contains unexpected or invalid content" warnings in the canvas. */
  warnings: string[];
  /** The editor has changes nobody made (a copy rewritten on opening, say). */
  dirty: boolean;
}

/** The blocks as the editor parsed them, once the canvas's elements have had time to render. */
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

/** A post's content as stored. */
export const storedContent = (id: number) => php(`echo get_post(${id})->post_content;`);

/** Opens a post as a visitor: logged out, JavaScript on or off. */
export async function visit(browser: Browser, id: number, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({javaScriptEnabled});
  const page = await context.newPage();
  const response = await page.goto(`${WP_URL}/?p=${id}`);
  expect(response?.status()).toBe(200);
  return page;
}
