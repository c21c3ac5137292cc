import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';

/** The plugin's PHP files, as they go in its zip. */
const php = ['wordpress/support-widget.php', ...readdirSync('wordpress/includes').map((f) => `wordpress/includes/${f}`)]
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

/** Every call of WordPress's translation functions: [text, text domain]. */
const calls = [
  ...php.matchAll(/\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'([^']*)'/g),
].map(([, text, domain]) => [text!.replace(/\\'/g, "'"), domain] as const);

/** The Swedish translation: msgid => msgstr (each on one line, as the file is written). */
const swedish = new Map(
  [
    ...readFileSync('wordpress/languages/support-widget-sv_SE.po', 'utf8').matchAll(/^msgid "(.*)"\nmsgstr "(.*)"$/gm),
  ].map(([, id, text]) => [JSON.parse(`"${id}"`) as string, JSON.parse(`"${text}"`) as string]),
);

describe("the WordPress plugin's texts", () => {
  it('are all in the text domain support-widget', () => {
    expect(calls.length).toBeGreaterThan(20);
    expect(calls.filter(([, domain]) => domain !== 'support-widget')).toEqual([]);
  });

  it('are all translated into Swedish', () => {
    const untranslated = calls.map(([text]) => text).filter((text) => !swedish.get(text));
    expect(untranslated).toEqual([]);
  });

  it('keep their placeholders in Swedish', () => {
    for (const [text, translation] of swedish)
      expect(translation.match(/%\d?\$?s/g) ?? [], text).toEqual(text.match(/%\d?\$?s/g) ?? []);
  });
});
