#!/usr/bin/env node
/**
 * Writes the README's element tables from the elements' JSDoc, through the manifest the analyzer
 * makes of it (custom-elements-manifest.config.mjs). Each table set sits between markers:
 * `<!-- api:<tag>:start -->` ... `<!-- api:<tag>:end -->` for an element's attributes, events,
 * slots and parts, and `<!-- api:css-properties:start -->` ... `end -->` for the custom properties
 * of all elements. The prose around the markers is the README's own. Run `npm run docs`.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {cli} from '@custom-elements-manifest/analyzer/cli.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README = `${ROOT}README.md`;

/** The manifest as `cem analyze` would write it, made in memory from the current source. */
export function analyze() {
  return cli({argv: ['analyze', '--quiet'], cwd: ROOT, noWrite: true});
}

/** Table cell text: one line, pipes escaped. */
const cell = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${text}\`` : '');

function table(headings, rows) {
  if (!rows.length) return [];
  return [
    `| ${headings.join(' | ')} |`,
    `|${headings.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ];
}

function elementTables(element) {
  return [
    ...table(
      ['attribute', 'property', 'type', 'default', 'description'],
      (element.attributes ?? []).map((a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        code(a.default),
        a.description,
      ]),
    ),
    ...table(
      ['event', 'description'],
      (element.events ?? []).map((e) => [code(e.name), e.description]),
    ),
    ...table(
      ['slot', 'description'],
      (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]),
    ),
    ...table(
      ['part', 'description'],
      (element.cssParts ?? []).map((p) => [code(p.name), p.description]),
    ),
  ];
}

/** One table for every element's custom properties: most of them theme all three. */
function cssPropertiesTable(elements) {
  const byName = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) {
      const seen = byName.get(property.name) ?? {...property, tags: []};
      seen.tags.push(element.tagName);
      byName.set(property.name, seen);
    }
  }
  return table(
    ['property', 'default', 'description', 'elements'],
    [...byName.values()].map((p) => [
      code(p.name),
      code(p.default),
      p.description,
      p.tags.map((tag) => code(`<${tag}>`)).join(', '),
    ]),
  );
}

/** The README with every marked block rewritten from `manifest`; throws on a marker with no element. */
export function writeTables(readme, manifest) {
  // Sorted by tag: the analyzer's module order can differ from run to run.
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  return readme.replace(/(<!-- api:([\w-]+):start -->\n)[\s\S]*?(<!-- api:\2:end -->)/g, (_, start, name, end) => {
    const element = elements.find((e) => e.tagName === name);
    if (name !== 'css-properties' && !element)
      throw new Error(`README.md marks api:${name}, which is no element in the manifest.`);
    const lines = element ? elementTables(element) : cssPropertiesTable(elements);
    return `${start}\n${lines.join('\n')}\n${end}`;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync(README, 'utf8');
  const written = writeTables(readme, await analyze());
  writeFileSync(README, written);
  console.log(written === readme ? 'README.md is up to date.' : 'README.md: element tables rewritten.');
}
