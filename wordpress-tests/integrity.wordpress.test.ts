/**
 * Test 6 of issue #20: integrity once. With a plugin that already adds `integrity` to every script
 * tag (as some security plugins do; a fixture here), the widget's tag carries one `integrity`, the
 * other plugin's, and the card still renders; without it, the tag carries the plugin's own.
 */
import {copyFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {WP_SCRATCH, createPost, openPage, php, useSite, type Post} from './site.js';

const site = useSite();

const FIXTURE = 'integrity-everywhere.php';
const installed = join(WP_SCRATCH, 'site', 'wp-content', 'plugins', FIXTURE);

let post: Post;

beforeAll(() => {
  post = createPost({
    title: 'Stödlinje',
    content: `<!-- wp:support-widget/helpline-card -->
<support-helpline-card name="Orostelefonen" phone="020-100 200"><div data-support-fallback><p><a href="tel:020100200">Ring 020-100 200</a></p></div></support-helpline-card>
<!-- /wp:support-widget/helpline-card -->`,
  });
});

afterAll(() => {
  php(`deactivate_plugins('${FIXTURE}');`);
  rmSync(installed, {force: true});
});

/** The widget's script tag as the server sent it: the browser's parser would drop a repeated attribute. */
async function widgetTag(): Promise<string> {
  const page = await openPage(site.browser());
  const response = await page.goto(post.url);
  const html = (await response?.text()) ?? '';
  // The card renders from that script: the integrity in the tag, whoever wrote it, is right.
  await page.waitForFunction(() =>
    document.querySelector('support-helpline-card')?.shadowRoot?.querySelector('a[href^="tel:"]'),
  );
  await page.context().close();
  const tag = /<script\b[^>]*id=['"]support-widget-js['"][^>]*>/.exec(html)?.[0];
  if (!tag) throw new Error('the page has no support-widget script tag');
  return tag;
}

test('without another plugin the tag carries the plugin’s own integrity, defer and crossorigin', async () => {
  const tag = await widgetTag();

  expect(tag.match(/\sintegrity=/g)).toHaveLength(1);
  expect(tag).toMatch(/\sintegrity="sha384-[A-Za-z0-9+/]+=*"/);
  expect(tag).toMatch(/\sdefer[\s>]/);
  expect(tag).toContain(' crossorigin="anonymous"');
});

test('with a plugin that adds integrity to every script tag, the widget’s tag has one integrity', async () => {
  copyFileSync(join(import.meta.dirname, 'fixtures', FIXTURE), installed);
  php(`
    $result = activate_plugin('${FIXTURE}');
    if (is_wp_error($result)) { fwrite(STDERR, $result->get_error_message()); exit(1); }
  `);

  const tag = await widgetTag();

  expect(tag).toContain('data-integrity-by="integrity-everywhere"');
  expect(tag.match(/\sintegrity=/g)).toHaveLength(1);
  expect(tag).toMatch(/\sdefer[\s>]/);
});
