/**
 * What the WordPress tests share: the scratch site `npm run test:wordpress` (or `npm run wordpress`)
 * started, given in env WP_URL and WP_SCRATCH; Debian's Chromium driven by playwright-core; logging in
 * as one of the site's users; running PHP in the site; posts made by a test file and deleted after it.
 *
 * Each test file calls `useSite()` once: it opens the browser, makes sure the plugin is installed and
 * active before the file starts (whatever an earlier file did), and after the file deletes the posts
 * it made, closes the browser and puts the plugin back as the harness installed it.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, lstatSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {chromium, type Browser, type BrowserContextOptions, type Page} from 'playwright-core';
import {afterAll, beforeAll} from 'vitest';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../scripts/chromium.mjs';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the WordPress tests with \`npm run test:wordpress\``);
  return value;
}

/** The site's address, without a trailing slash. */
export const WP_URL = required('WP_URL').replace(/\/$/, '');
/** The scratch folder: site/ (the web root), wp-eval.php, logs/. */
export const WP_SCRATCH = required('WP_SCRATCH');

/** The site's users; each one's password is its name + '-password'. admin-sv is an administrator in Swedish. */
export type User = 'admin' | 'editor' | 'author' | 'contributor' | 'admin-sv';

/** The plugin's file as WordPress names it. */
export const PLUGIN = 'support-widget/support-widget.php';

/** How the harness brought the plugin in: a linked folder, or a zip (scripts/wordpress/site.mjs writes it). */
export function pluginOrigin(): {source: string | null; zip: string | null} {
  return JSON.parse(readFileSync(join(WP_SCRATCH, 'plugin.json'), 'utf8')) as {
    source: string | null;
    zip: string | null;
  };
}

/** The plugin zip to upload: WP_PLUGIN_ZIP (test.mjs sets it), else the one the harness installed. */
export function pluginZip(): string {
  const zip = process.env.WP_PLUGIN_ZIP || pluginOrigin().zip;
  if (!zip || !existsSync(zip)) throw new Error('no plugin zip: set WP_PLUGIN_ZIP or run `npm run release`');
  return zip;
}

/**
 * Runs PHP in the site (after wp-load.php and the admin functions) and returns what it echoed.
 * As `user` when given (then kses filters what that user saves, as in the editor). Throws on a PHP error.
 */
export function php(code: string, user?: User): string {
  const run = spawnSync('php', [join(WP_SCRATCH, 'wp-eval.php'), '-'], {
    input: code,
    encoding: 'utf8',
    env: {...process.env, WP_EVAL_USER: user ?? ''},
    timeout: 60_000,
  });
  if (run.status !== 0)
    throw new Error(`PHP failed (${run.status}): ${run.stderr || run.stdout}\n--- code ---\n${code}`);
  return run.stdout;
}

/** The value of a PHP expression, through JSON. */
export function phpValue<T>(expression: string, user?: User): T {
  return JSON.parse(php(`echo wp_json_encode(${expression});`, user)) as T;
}

/** A JavaScript value as a PHP expression (base64 JSON, so no quoting can go wrong). */
export function toPhp(value: unknown): string {
  return `json_decode(base64_decode('${Buffer.from(JSON.stringify(value)).toString('base64')}'), true)`;
}

/** Posts made by this test file, deleted after it. */
const made: number[] = [];

export interface Post {
  id: number;
  url: string;
}

/**
 * Saves a post with wp_insert_post as `author` (kses applies as it would in the editor for that user)
 * and returns its id and address. It is deleted after the test file.
 */
export function createPost(options: {
  title: string;
  content: string;
  author?: User;
  type?: 'post' | 'page' | 'wp_block';
  status?: 'publish' | 'draft' | 'pending';
}): Post {
  const {title, content, author = 'admin', type = 'post', status = 'publish'} = options;
  const post = phpValue<Post>(
    `(function () {
      $data = ${toPhp({post_title: title, post_content: content, post_type: type, post_status: status})};
      $id = wp_insert_post(wp_slash($data + ['post_author' => get_current_user_id()]), true);
      if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
      return ['id' => $id, 'url' => get_permalink($id)];
    })()`,
    author,
  );
  made.push(post.id);
  return post;
}

/** The saved content of a post, as WordPress stored it. */
export function postContent(id: number): string {
  return phpValue<string>(`get_post(${id})->post_content`);
}

/** Is the plugin installed, active, and a linked folder rather than a copy? */
export function pluginState(): {installed: boolean; active: boolean; linked: boolean} {
  const folder = join(WP_SCRATCH, 'site', 'wp-content', 'plugins', 'support-widget');
  const state = phpValue<{installed: boolean; active: boolean}>(
    `['installed' => file_exists(WP_PLUGIN_DIR . '/${PLUGIN}'), 'active' => is_plugin_active('${PLUGIN}')]`,
  );
  return {...state, linked: lstatSync(folder, {throwIfNoEntry: false})?.isSymbolicLink() ?? false};
}

/**
 * Installs the plugin from `zip` through WordPress's Plugin_Upgrader (as the upload form does), replacing
 * what is there; a linked folder is unlinked first, so the developer's files are never touched.
 */
export function installPluginZip(zip: string): void {
  php(
    `
    $folder = WP_PLUGIN_DIR . '/support-widget';
    if (is_link($folder)) unlink($folder);
    require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
    WP_Filesystem();
    $upgrader = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
    $result = $upgrader->install(${toPhp(zip)}, ['overwrite_package' => true]);
    if ($result !== true) { fwrite(STDERR, print_r($result, true) . implode(' ', $upgrader->skin->get_upgrade_messages())); exit(1); }
  `,
    'admin',
  );
}

/** Puts the plugin back as the harness installed it (linked folder or zip), and active. */
export function restorePlugin(): void {
  const {source, zip} = pluginOrigin();
  const state = pluginState();
  if (source && !state.linked) {
    php(`
      $folder = WP_PLUGIN_DIR . '/support-widget';
      if (file_exists($folder)) { WP_Filesystem(); $GLOBALS['wp_filesystem']->delete($folder, true); }
      symlink(${toPhp(source)}, $folder);
    `);
  } else if (!source && !state.installed && zip) {
    installPluginZip(zip);
  }
  activatePlugin();
}

export function activatePlugin(): void {
  php(
    `
    wp_clean_plugins_cache();
    $result = activate_plugin('${PLUGIN}');
    if (is_wp_error($result)) { fwrite(STDERR, $result->get_error_message()); exit(1); }
  `,
    'admin',
  );
}

/** Where the plugin's files are on the site. */
export const PLUGIN_FILES = '/wp-content/plugins/support-widget/';

/** The paths `page` asks of the plugin's folder from now on, filled in as it asks. */
export function pluginRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const {pathname} = new URL(request.url());
    if (pathname.startsWith(PLUGIN_FILES)) paths.push(pathname);
  });
  return paths;
}

/** Opens a page in a fresh browser context; logged in as `user` when given. */
export async function openPage(browser: Browser, user?: User, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  if (user) await login(page, user);
  return page;
}

/** Logs in through wp-login.php, as a person would. */
export async function login(page: Page, user: User): Promise<void> {
  await page.goto(`${WP_URL}/wp-login.php`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', `${user}-password`);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
}

/**
 * For each test file, once at its top: the browser, the plugin active before the file, and after it
 * the file's posts deleted, the browser closed and the plugin back as the harness installed it.
 */
export function useSite(): {browser: () => Browser} {
  let browser: Browser | undefined;
  beforeAll(async () => {
    restorePlugin();
    browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
  });
  afterAll(async () => {
    await browser?.close();
    const ids = made.splice(0);
    if (ids.length) php(`foreach (${toPhp(ids)} as $id) wp_delete_post($id, true);`);
    restorePlugin();
  });
  return {
    browser: () => {
      if (!browser) throw new Error('useSite(): the browser starts in beforeAll');
      return browser;
    },
  };
}
