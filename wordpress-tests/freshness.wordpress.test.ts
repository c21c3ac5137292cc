/**
 * Test 5 of issue #20: freshness for the whole site. Helpline cards verified on 2024-01-01, without
 * `verified`, and with a date in the future are listed on the settings page, each with a link to edit
 * its post, and by the Site Health test (called directly); one checked last month is not.
 */
import {beforeAll, expect, test} from 'vitest';
import {SETTINGS_URL} from './settings-form.js';
import {WP_URL, createPost, openPage, phpValue, useSite, type Post} from './site.js';

const site = useSite();

/** A day counted from today, as YYYY-MM-DD (a month either way is far from the 12-month line). */
function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function helplinePost(title: string, verified: string | undefined, type: 'post' | 'page' = 'post'): Post {
  const attribute = verified ? ` verified="${verified}"` : '';
  return createPost({
    title,
    type,
    content: `<!-- wp:support-widget/helpline-card -->
<support-helpline-card name="Orostelefonen" phone="020-100 200"${attribute}><div data-support-fallback><p><a href="tel:020100200">Ring 020-100 200</a></p></div></support-helpline-card>
<!-- /wp:support-widget/helpline-card -->`,
  });
}

let old: Post;
let missing: Post;
let future: Post;
let recent: Post;

beforeAll(() => {
  old = helplinePost('Kontrollerad 2024', '2024-01-01');
  missing = helplinePost('Utan datum', undefined);
  future = helplinePost('Datum framåt', daysFromToday(40), 'page');
  recent = helplinePost('Kontrollerad förra månaden', daysFromToday(-30));
});

const editLink = (post: Post) => `${WP_URL}/wp-admin/post.php?post=${post.id}&action=edit`;

test('the settings page lists the old, the missing and the future date with edit links, and not the recent one', async () => {
  const page = await openPage(site.browser(), 'admin');
  await page.goto(SETTINGS_URL);
  const links = await page
    .locator('#support-widget-freshness a')
    .evaluateAll((anchors) => anchors.map((anchor) => [(anchor as HTMLAnchorElement).href, anchor.textContent]));

  expect(links).toContainEqual([editLink(old), 'Kontrollerad 2024']);
  expect(links).toContainEqual([editLink(missing), 'Utan datum']);
  expect(links).toContainEqual([editLink(future), 'Datum framåt']);
  expect(links.map(([href]) => href)).not.toContain(editLink(recent));

  // The link opens the post in the editor.
  await Promise.all([
    page.waitForURL(editLink(missing)),
    page.click(`#support-widget-freshness a[href="${editLink(missing)}"]`),
  ]);
  await page.context().close();
});

test('the Site Health test recommends a look and lists the same posts', () => {
  const result = phpValue<{status: string; test: string; description: string}>(
    'support_widget_freshness_test()',
    'admin',
  );
  const tests = phpValue<{direct: Record<string, {test: string}>}>(
    'apply_filters("site_status_tests", ["direct" => [], "async" => []])',
    'admin',
  );

  expect(tests.direct.support_widget_freshness?.test).toBe('support_widget_freshness_test');
  expect(result.test).toBe('support_widget_freshness');
  expect(result.status).toBe('recommended');
  const escaped = (post: Post) => editLink(post).replace('&', '&#038;');
  expect(result.description).toContain(escaped(old));
  expect(result.description).toContain(escaped(missing));
  expect(result.description).toContain(escaped(future));
  expect(result.description).not.toContain(escaped(recent));
});
