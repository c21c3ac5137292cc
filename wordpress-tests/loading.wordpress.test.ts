/**
 * Issue #20: the plugin's script loads only where a page shows one of the elements: from a block,
 * from markup pasted into a Custom HTML block, or from a reusable block that holds one. Once each
 * time, with defer and integrity; a page without an element requests nothing of the plugin.
 */
import {expect, test} from 'vitest';
import {createPost, openPage, PLUGIN_FILES, pluginRequests, useSite} from './site.js';

const site = useSite();

const CARD = `<support-helpline-card name="Orostelefonen" phone="020-100 200"><div data-support-fallback><p><a href="tel:020100200">020-100 200</a></p><p>Vid fara för liv, ring <a href="tel:112">112</a>.</p></div></support-helpline-card>`;
const BLOCK = `<!-- wp:support-widget/helpline-card -->\n${CARD}\n<!-- /wp:support-widget/helpline-card -->`;
const PASTED = `<!-- wp:html -->\n${CARD}\n<!-- /wp:html -->`;
const PARAGRAPH = '<!-- wp:paragraph -->\n<p>Kommunens kontaktcenter.</p>\n<!-- /wp:paragraph -->';

/** What a visitor's browser asked of the plugin's folder on the page, and whether the card rendered. */
async function visit(url: string): Promise<{requests: string[]; rendered: boolean}> {
  const page = await openPage(site.browser());
  const requests = pluginRequests(page);
  await page.goto(url, {waitUntil: 'load'});
  const card = page.locator('support-helpline-card');
  const rendered =
    (await card.count()) > 0 &&
    (await page
      .waitForFunction(() => (document.querySelector('support-helpline-card') as {rendered?: boolean}).rendered)
      .then(() => true));
  await page.context().close();
  return {requests, rendered};
}

const SCRIPT = `${PLUGIN_FILES}assets/support-widget.all.js`;

test.each([
  ['a block', BLOCK],
  ['markup pasted into a Custom HTML block', PASTED],
])('a page with the card from %s loads the script once and the card renders', async (_, content) => {
  const post = createPost({title: 'Stöd', content});
  expect(await visit(post.url)).toEqual({requests: [SCRIPT], rendered: true});
});

test('a page that shows the card only through a reusable block loads the script, and the card renders', async () => {
  const reusable = createPost({title: 'Stödlinjen', type: 'wp_block', content: BLOCK});
  const post = createPost({title: 'Stöd', content: `${PARAGRAPH}\n\n<!-- wp:block {"ref":${reusable.id}} /-->`});
  expect(await visit(post.url)).toEqual({requests: [SCRIPT], rendered: true});
});

test('a page without an element requests nothing of the plugin', async () => {
  const post = createPost({title: 'Kontaktcenter', content: PARAGRAPH});
  expect(await visit(post.url)).toEqual({requests: [], rendered: false});
});
