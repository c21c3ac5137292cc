/**
 * Issue #20, test 2: the configurator's page part pasted into a Custom HTML block, with an added
 * `onclick` and a `javascript:` chat address. An author (who has the plugin's capability by
 * default) keeps the elements, never the handler, and visitors never get the address as a link;
 * a contributor's elements lose their tags and keep the plain-HTML copy, until an administrator
 * gives contributors the capability.
 */
import type {Page} from 'playwright-core';
import {afterAll, expect, it} from 'vitest';
import {deleteWritten, loggedIn, pasteIntoNewPost, visit} from './block-editor.js';
import {saveSettings} from './settings-form.js';
import {postContent, useSite, type User} from './site.js';

const PASTED = `<support-helpline-card
  name="Orostelefonen"
  phone="020-100 200"
  chat-url="javascript:alert(1)" onclick="alert(2)">
  <div data-support-fallback>
    <h2>Orostelefonen</h2>
    <p><a href="tel:020100200">Ring 020-100 200</a></p>
    <p><a href="tel:112">Vid akut fara, ring 112</a></p>
  </div>
</support-helpline-card>`;

const site = useSite();
afterAll(async () => {
  await setContributorsMayWrite(false);
  deleteWritten();
});

/** Writes a post holding PASTED in a Custom HTML block, as `user`, and publishes or submits it; returns its id. */
async function pasteAndSave(user: User): Promise<number> {
  const {id} = await pasteIntoNewPost(site.browser(), user, `Klistrat av ${user}`, PASTED);
  return id;
}

/** Ticks or unticks contributors on Settings → Support resources, as an administrator does. */
async function setContributorsMayWrite(allowed: boolean): Promise<void> {
  const page = await loggedIn(site.browser(), 'admin');
  await saveSettings(page, () => page.setChecked('#support-widget-role-contributor', allowed));
  await page.context().close();
}

/** Every link's address in the card and its copy, as written and as the browser resolves it. */
const linksOf = (page: Page) =>
  page.evaluate(() => {
    const card = document.querySelector('support-helpline-card')!;
    const links = [...card.querySelectorAll('a'), ...(card.shadowRoot?.querySelectorAll('a') ?? [])];
    return links.flatMap((link) => [link.getAttribute('href') ?? '', link.href]);
  });

it('keeps an author’s elements and attributes, never the onclick, and never makes the javascript: address a link', async () => {
  const id = await pasteAndSave('author');
  const stored = postContent(id);
  expect(stored).toMatch(
    /<support-helpline-card\s+name="Orostelefonen"\s+phone="020-100 200"\s+chat-url="javascript:alert\(1\)"/,
  );
  expect(stored).not.toContain('onclick');

  const page = await visit(site.browser(), id);
  await page.waitForFunction(() => (document.querySelector('support-helpline-card') as {rendered?: boolean}).rendered);
  const links = await linksOf(page);
  expect(links).toContain('tel:020100200');
  expect(links.filter((href) => /javascript:|alert/i.test(href))).toEqual([]);
  await page.context().close();
});

it('removes a contributor’s element tags and keeps the plain-HTML copy, until contributors get the capability', async () => {
  const before = postContent(await pasteAndSave('contributor'));
  expect(before).not.toContain('<support-helpline-card');
  expect(before).toContain('<a href="tel:020100200">Ring 020-100 200</a>');
  expect(before).toContain('<a href="tel:112">Vid akut fara, ring 112</a>');
  expect(before).not.toContain('onclick');

  await setContributorsMayWrite(true);
  const after = postContent(await pasteAndSave('contributor'));
  expect(after).toMatch(/<support-helpline-card\s+name="Orostelefonen"\s+phone="020-100 200"/);
  expect(after).not.toContain('onclick');
});
