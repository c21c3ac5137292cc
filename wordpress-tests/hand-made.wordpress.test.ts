/**
 * docs/cms.md, "By hand, where plugins cannot be installed", followed as written on a site where the
 * plugin is not active: the must-use plugin exactly as the guide prints it, and support-widget.all.js
 * from the release in the folder the guide names. An author's pasted elements keep their attributes
 * (the quick exit's too) and never an onclick; a contributor's lose their tags and keep the plain-HTML
 * copy; a visitor's page loads the one file once, with defer, and every element renders.
 */
import {copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import pkg from '../package.json' with {type: 'json'};
import {deleteWritten, loggedIn, openEditor, pasteIntoNewPost, shownCode, visit} from './block-editor.js';
import {php, postContent, useSite, WP_SCRATCH} from './site.js';

/** The code block the guide gives for the must-use plugin. */
function guidePlugin(): string {
  const guide = readFileSync(new URL('../docs/cms.md', import.meta.url), 'utf8');
  const code = /<!-- allowlist:wordpress -->\s*```php\n([\s\S]*?)\n```/.exec(guide)?.[1];
  if (!code) throw new Error('docs/cms.md has no PHP block after <!-- allowlist:wordpress -->');
  return `${code}\n`;
}

/** The one file, as the release gives it to the editor. */
const ALL_IN_ONE = new URL(`../release/support-widget-${pkg.version}/support-widget.all.js`, import.meta.url);
const MU_PLUGINS = join(WP_SCRATCH, 'site', 'wp-content', 'mu-plugins');
const SCRIPT_PATH = '/wp-content/mu-plugins/support-widget/support-widget.all.js';

/** The four elements as an editor pastes them (the copies in plain HTML as the configurator writes them), plus an onclick and a javascript: address. */
const PASTED = `<support-quick-exit href="https://www.google.com/">
  <div data-support-fallback><p><a href="https://www.google.com/">Lämna sidan snabbt</a></p></div>
</support-quick-exit>
<support-info-panel municipality="Överkalix kommun" heading-level="2" lang="sv"></support-info-panel>
<support-helpline-card name="Stödlinjen" phone="020-100 200" chat-url="javascript:alert(1)" onclick="alert(2)" show-verified verified="2026-11-02" lang="sv">
  <div data-support-fallback>
    <h2>Stödlinjen</h2>
    <p><a href="tel:020100200">Ring 020-100 200</a></p>
    <p><a href="tel:112">Vid akut fara, ring 112</a></p>
  </div>
</support-helpline-card>
<support-action-plan href="/handlingsplan.pdf" file-type="PDF" file-size="1.2 MB" last-updated="2025-03-01" document-lang="sv" lang="sv">
  <div data-support-fallback><p><a href="/handlingsplan.pdf">Handlingsplan (PDF)</a></p></div>
</support-action-plan>`;

const site = useSite();
beforeAll(() => {
  if (!existsSync(ALL_IN_ONE)) throw new Error(`${ALL_IN_ONE.pathname} is missing: run \`npm run release\``);
  php(`deactivate_plugins('support-widget/support-widget.php');`, 'admin');
  mkdirSync(join(MU_PLUGINS, 'support-widget'), {recursive: true});
  copyFileSync(ALL_IN_ONE, join(MU_PLUGINS, 'support-widget', 'support-widget.all.js'));
  writeFileSync(join(MU_PLUGINS, 'support-widget.php'), guidePlugin());
});
afterAll(() => {
  deleteWritten();
  rmSync(join(MU_PLUGINS, 'support-widget.php'), {force: true});
  rmSync(join(MU_PLUGINS, 'support-widget'), {recursive: true, force: true});
});

let authorPost: number;

it('keeps an author’s four elements with every attribute, and never the onclick', async () => {
  ({id: authorPost} = await pasteIntoNewPost(site.browser(), 'author', 'För hand, av author', PASTED));
  const stored = postContent(authorPost);
  expect(stored).toContain('<support-quick-exit href="https://www.google.com/">');
  expect(stored).toContain('<support-info-panel municipality="Överkalix kommun" heading-level="2" lang="sv">');
  expect(stored).toMatch(
    /<support-helpline-card name="Stödlinjen" phone="020-100 200" chat-url="javascript:alert\(1\)" show-verified(="")? verified="2026-11-02" lang="sv">/,
  );
  expect(stored).toContain(
    '<support-action-plan href="/handlingsplan.pdf" file-type="PDF" file-size="1.2 MB" last-updated="2025-03-01" document-lang="sv" lang="sv">',
  );
  expect(stored).not.toContain('onclick');
});

it('gives a visitor the one file once, with defer, and every element renders without a javascript: link', async () => {
  const page = await visit(site.browser(), authorPost);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.reload();
  await page.waitForFunction(() =>
    ['support-quick-exit', 'support-info-panel', 'support-helpline-card', 'support-action-plan'].every(
      (tag) => (document.querySelector(tag) as {rendered?: boolean} | null)?.rendered,
    ),
  );
  expect(requests.filter((path) => path.startsWith('/wp-content/mu-plugins/'))).toEqual([SCRIPT_PATH]);
  const script = await page.evaluate(
    (path) =>
      [...document.scripts].filter((tag) => new URL(tag.src, location.href).pathname === path).map((tag) => tag.defer),
    SCRIPT_PATH,
  );
  expect(script).toEqual([true]);

  const links = await page.evaluate(() =>
    [...document.querySelectorAll('support-helpline-card, support-action-plan, support-quick-exit')].flatMap(
      (element) => [...(element.shadowRoot?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href')),
    ),
  );
  expect(links).toEqual(
    expect.arrayContaining(['https://www.google.com/', 'tel:020100200', 'tel:112', '/handlingsplan.pdf']),
  );
  expect(links.filter((href) => /javascript:|alert/i.test(href ?? ''))).toEqual([]);
  await page.context().close();
});

it('removes a contributor’s element tags and keeps each plain-HTML copy; the editor shows that only when the post is opened again', async () => {
  const {id, shown} = await pasteIntoNewPost(site.browser(), 'contributor', 'För hand, av contributor', PASTED);
  const stored = postContent(id);
  expect(stored).not.toContain('<support-');
  expect(stored).toContain('<a href="https://www.google.com/">Lämna sidan snabbt</a>');
  expect(stored).toContain('<a href="tel:020100200">Ring 020-100 200</a>');
  expect(stored).toContain('<a href="tel:112">Vid akut fara, ring 112</a>');
  expect(stored).toContain('<a href="/handlingsplan.pdf">Handlingsplan (PDF)</a>');
  expect(stored).not.toContain('onclick');

  // What docs/cms.md warns of: saving gives no sign, the block still shows the elements.
  expect(shown).toEqual([PASTED]);
  const page = await loggedIn(site.browser(), 'contributor');
  await openEditor(page, id);
  const reopened = await shownCode(page);
  expect(reopened).toHaveLength(1);
  expect(reopened[0]).not.toContain('<support-');
  expect(reopened[0]).toContain('<a href="tel:020100200">Ring 020-100 200</a>');
  expect(await page.locator('.block-editor-warning').count()).toBe(0);
  await page.context().close();
});
