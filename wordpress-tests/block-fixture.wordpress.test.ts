/**
 * Blocks saved by the plugin's first version (fixtures/first-version-blocks.html: the four blocks
 * as its save() wrote them, with a Swedish editor's values and copies) open in today's editor
 * without "This block contains unexpected or invalid content". Keep the fixture as it is forever;
 * a later version that changes save() adds a `deprecated` entry instead.
 */
import {readFileSync} from 'node:fs';
import {expect, it} from 'vitest';
import {blocksState, loggedIn, openEditor} from './block-editor.js';
import {createPost, useSite, type User} from './site.js';

const FIXTURE = new URL('fixtures/first-version-blocks.html', import.meta.url);
const fixture = readFileSync(FIXTURE, 'utf8');
const BLOCKS = ['quick-exit', 'info-panel', 'helpline-card', 'action-plan'].map((name) => [
  `support-widget/${name}`,
  true,
]);

const site = useSite();

/** The fixture as a post `author` saves (kses applies as for that user); returns its id. */
const storeFixture = (author: User) => createPost({title: 'Fixture', content: fixture, author}).id;

it('parses every block of the fixture as valid, and save() writes it back byte for byte', async () => {
  const page = await loggedIn(site.browser(), 'author');
  await openEditor(page);
  const {valid, written} = await page.evaluate((content) => {
    const blocks = window.wp.blocks.parse(content);
    return {valid: blocks.map((block) => [block.name, block.isValid]), written: window.wp.blocks.serialize(blocks)};
  }, fixture);
  expect(valid).toEqual(BLOCKS);
  expect(written).toBe(fixture.trim());
  await page.context().close();
});

it.each([
  ['an administrator saved it, opened by an administrator in Swedish', 'admin', 'admin-sv'],
  ['an author saved it through kses, opened by the author', 'author', 'author'],
] as const)('opens the fixture as %s without a warning', async (_, saver: User, reader: User) => {
  const id = storeFixture(saver);
  const page = await loggedIn(site.browser(), reader);
  await openEditor(page, id);
  const {blocks, warnings} = await blocksState(page);
  expect({blocks, warnings}).toEqual({blocks: BLOCKS, warnings: []});
  await page.context().close();
});
