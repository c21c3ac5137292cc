/**
 * Test 3 of issue #20: a post with the helpline block stays readable through the plugin's whole life.
 * Deactivated or deleted on the Plugins screen, the post shows the plain-HTML help (call link, chat
 * link, 112) and no block comment; active again, the element renders; deleted, its settings are gone;
 * installed afresh through Plugins → Add New → Upload, it renders again; upgraded from the first
 * version's zip through the same form ("Replace current with uploaded"), the post still renders.
 *
 * Each test starts from the plugin installed from its zip and active, so none depends on another.
 */
import {fileURLToPath} from 'node:url';
import type {Page} from 'playwright-core';
import {beforeEach, expect, test} from 'vitest';
import {
  PLUGIN,
  WP_URL,
  activatePlugin,
  createPost,
  installPluginZip,
  openPage,
  phpValue,
  pluginRequests,
  pluginState,
  pluginZip,
  php,
  postContent,
  useSite,
  type Post,
} from './site.js';

const site = useSite();

/** The helpline block as the first version's save() writes it (wp-contract.md): the element, its copy inside. */
const HELPLINE_BLOCK = `<!-- wp:support-widget/helpline-card -->
<support-helpline-card name="Orostelefonen" phone="020-100 200" chat-url="https://chat.example.org/oro" verified="2026-11-20"><div data-support-fallback><h2>Orostelefonen</h2><p><a href="tel:020100200">Ring 020-100 200</a></p><p><a href="https://chat.example.org/oro">Chatta med Orostelefonen</a></p><p>Vid fara för liv, ring <a href="tel:112">112</a>.</p></div></support-helpline-card>
<!-- /wp:support-widget/helpline-card -->`;

/** The plugin's first release, kept so that every later version is tested as an upgrade from it. */
const FIRST_VERSION_ZIP = fileURLToPath(new URL('fixtures/first-version-plugin.zip', import.meta.url));
const ROW = `tr[data-plugin="${PLUGIN}"]`;

let post: Post;

beforeEach(() => {
  // A copy from the zip, never a linked folder: deleting a linked plugin would delete the files it links to.
  installPluginZip(pluginZip());
  activatePlugin();
  post ??= createPost({title: 'Stöd när det är svårt', content: HELPLINE_BLOCK});
});

/** The post as a visitor sees it, with every request it made to the plugin's folder. */
async function visit(): Promise<{page: Page; requests: string[]}> {
  const page = await openPage(site.browser());
  const requests = pluginRequests(page);
  await page.goto(post.url);
  return {page, requests};
}

/** The card has rendered from the plugin's script: its own call and chat links, the plain copy hidden. */
async function expectRendered(): Promise<void> {
  const {page, requests} = await visit();
  await expect
    .poll(() =>
      page.evaluate(
        () => (document.querySelector('support-helpline-card') as HTMLElement & {rendered?: boolean}).rendered,
      ),
    )
    .toBe(true);
  expect(requests.some((url) => url.includes('support-widget.all.js'))).toBe(true);
  const card = page.locator('support-helpline-card');
  // Playwright's CSS reaches into the open shadow root; the light-DOM copy is hidden once the card renders.
  await expect.poll(() => card.locator('a[href="tel:020100200"]:visible').count()).toBe(1);
  await expect.poll(() => card.locator('a[href="https://chat.example.org/oro"]:visible').count()).toBe(1);
  expect(await page.locator('[data-support-fallback]').isVisible()).toBe(false);
  await page.context().close();
}

/** No plugin: the copy shows as plain HTML with its three links, and nothing of the block's markup shows as text. */
async function expectPlainHelp(): Promise<void> {
  const {page, requests} = await visit();
  const help = page.locator('[data-support-fallback]');
  await expect.poll(() => help.isVisible()).toBe(true);
  expect(await help.locator('a[href="tel:020100200"]').isVisible()).toBe(true);
  expect(await help.locator('a[href="https://chat.example.org/oro"]').isVisible()).toBe(true);
  expect(await help.locator('a[href="tel:112"]').innerText()).toBe('112');
  const text = await page.locator('body').innerText();
  expect(text).toContain('Ring 020-100 200');
  for (const raw of ['<!--', 'wp:support-widget', '[support', '<support-']) expect(text).not.toContain(raw);
  expect(await page.content()).not.toContain('wp:support-widget');
  expect(await page.evaluate(() => customElements.get('support-helpline-card'))).toBeUndefined();
  expect(requests).toEqual([]);
  await page.context().close();
}

/** Clicks one of the plugin's links on the Plugins screen (Deactivate, Activate) and waits for the notice. */
async function onPluginsScreen(action: 'deactivate' | 'activate', notice: RegExp): Promise<void> {
  const page = await openPage(site.browser(), 'admin');
  await page.goto(`${WP_URL}/wp-admin/plugins.php`);
  await Promise.all([page.waitForURL(/plugins\.php\?/), page.click(`${ROW} .${action} a`)]);
  expect(await page.locator('#message').innerText()).toMatch(notice);
  await page.context().close();
}

test('deactivated, the post shows the plain-HTML help; activated again, the card renders', async () => {
  await expectRendered();
  await onPluginsScreen('deactivate', /Plugin deactivated/);
  expect(pluginState().active).toBe(false);
  await expectPlainHelp();
  await onPluginsScreen('activate', /Plugin activated/);
  await expectRendered();
});

test('deleted on the Plugins screen, the post shows the plain-HTML help and the settings are gone', async () => {
  // Saved settings, as the settings page would leave them, so that there is something to remove.
  php(`if (get_option('support_widget_settings') === false) update_option('support_widget_settings',
    ['quick_exit' => false, 'quick_exit_href' => '', 'integrity' => true, 'roles' => ['administrator', 'editor', 'author']]);`);
  expect(phpValue<unknown>(`get_option('support_widget_settings', null)`)).not.toBeNull();
  await onPluginsScreen('deactivate', /Plugin deactivated/);

  const page = await openPage(site.browser(), 'admin');
  await page.goto(`${WP_URL}/wp-admin/plugins.php`);
  page.once('dialog', (dialog) => void dialog.accept()); // "Are you sure you want to delete …?"
  await page.click(`${ROW} .delete a`);
  await expect.poll(() => page.locator('.plugin-deleted-tr').innerText()).toMatch(/was successfully deleted/);
  await page.context().close();

  expect(pluginState().installed).toBe(false);
  expect(phpValue<unknown>(`get_option('support_widget_settings', null)`)).toBeNull();
  const rolesWithCapability = phpValue<string[]>(
    `array_keys(array_filter(wp_roles()->roles, fn ($role) => !empty($role['capabilities']['support_widget_write_elements'])))`,
  );
  expect(rolesWithCapability).toEqual([]);
  await expectPlainHelp();
});

test('a post an author edits and saves while the plugin is off keeps the plain-HTML help, without the element', async () => {
  const own = createPost({title: 'Stöd, sparat utan tillägget', content: HELPLINE_BLOCK, author: 'author'});
  await onPluginsScreen('deactivate', /Plugin deactivated/);
  // Saved again by its author, as the editor's Update button does: through kses, now without the allowlist.
  php(`wp_update_post(wp_slash(['ID' => ${own.id}, 'post_content' => get_post(${own.id})->post_content]));`, 'author');
  const saved = postContent(own.id);
  expect(saved).not.toContain('<support-helpline-card');
  expect(saved).toContain('<div data-support-fallback>');
  expect(saved).toContain('<a href="tel:112">112</a>');

  await onPluginsScreen('activate', /Plugin activated/);
  const page = await openPage(site.browser());
  await page.goto(own.url);
  const help = page.locator('[data-support-fallback]');
  await expect.poll(() => help.isVisible()).toBe(true);
  expect(await help.locator('a[href="tel:020100200"]').isVisible()).toBe(true);
  expect(await help.locator('a[href="tel:112"]').isVisible()).toBe(true);
  expect(await page.locator('body').innerText()).not.toContain('wp:support-widget');
  await page.context().close();
});

/** Uploads a plugin zip through Plugins → Add New → Upload Plugin, as an administrator does; returns the page after it. */
async function uploadThroughForm(zip: string): Promise<Page> {
  const page = await openPage(site.browser(), 'admin');
  await page.goto(`${WP_URL}/wp-admin/plugin-install.php`);
  await page.click('.upload-view-toggle');
  await page.setInputFiles('#pluginzip', zip);
  await Promise.all([page.waitForURL(/update\.php\?action=upload-plugin/), page.click('#install-plugin-submit')]);
  return page;
}

test('deleted, then installed afresh through the upload form and activated, the card renders again', async () => {
  php(`deactivate_plugins('${PLUGIN}'); delete_plugins(['${PLUGIN}']);`, 'admin');
  expect(pluginState().installed).toBe(false);
  const page = await uploadThroughForm(pluginZip());
  await expect.poll(() => page.locator('body').innerText()).toContain('Plugin installed successfully');
  await Promise.all([page.waitForURL(/plugins\.php/), page.click('a.button-primary:has-text("Activate Plugin")')]);
  await page.context().close();
  expect(pluginState()).toEqual({installed: true, active: true, linked: false});
  await expectRendered();
});

test('upgraded from the first version through the upload form, "Replace current with uploaded", the post still renders', async () => {
  // The first version's zip, as it was released (a fixture from then on), then this version over it.
  installPluginZip(FIRST_VERSION_ZIP);
  activatePlugin();
  await expectRendered();
  const page = await uploadThroughForm(pluginZip());
  await expect.poll(() => page.locator('body').innerText()).toContain('This plugin is already installed');
  await Promise.all([page.waitForLoadState('load'), page.click('a.update-from-upload-overwrite')]);
  await expect.poll(() => page.locator('body').innerText()).toContain('Plugin updated successfully');
  await page.context().close();

  expect(pluginState()).toEqual({installed: true, active: true, linked: false});
  await expectRendered();
});
