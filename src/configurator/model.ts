/**
 * What the configurator knows about the elements, and how it checks and writes them: pure and
 * DOM-free. The elements and their attributes come from custom-elements.json (the manifest the
 * build writes from the JSDoc); the checks are the widget's own attribute parsers.
 */
import type {Parsed} from '../lib/attributes.js';
import type {Problem} from '../lib/problems.js';
import type {CalendarDate} from '../lib/stockholm-time.js';
import {FALLBACK_ATTRIBUTE} from '../tags.js';

export interface AttributeSpec {
  /** The attribute's name ("chat-url"). */
  name: string;
  /** Its property's name ("chatUrl"), which the parsers read. */
  field: string;
  /** "boolean", "number", "string | undefined", ... as declared. */
  type: string;
  /** The default as the manifest writes it ("false", "2"), if the attribute has one. */
  default?: string;
  description: string;
}

export interface ElementSpec {
  tag: string;
  attributes: AttributeSpec[];
}

/** The part of custom-elements.json the configurator reads. */
export interface Manifest {
  modules: {
    declarations?: {
      tagName?: string;
      attributes?: {name: string; fieldName?: string; type?: {text: string}; default?: string; description?: string}[];
    }[];
  }[];
}

/** The elements in the manifest, in the order `order` gives (tags it does not name come last). */
export function readManifest(manifest: Manifest, order: readonly string[] = []): ElementSpec[] {
  const elements = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((declaration) =>
      declaration.tagName
        ? [
            {
              tag: declaration.tagName,
              attributes: (declaration.attributes ?? []).map((a) => ({
                name: a.name,
                field: a.fieldName ?? a.name,
                type: a.type?.text ?? 'string',
                ...(a.default === undefined ? {} : {default: a.default}),
                description: a.description ?? '',
              })),
            },
          ]
        : [],
    ),
  );
  const rank = (tag: string) => (order.includes(tag) ? order.indexOf(tag) : order.length);
  return elements.sort((a, b) => rank(a.tag) - rank(b.tag));
}

/** A field's value: text, or a checkbox's state for a boolean attribute. */
export type Value = string | boolean;
export type Values = Record<string, Value>;

export const isBoolean = (attribute: AttributeSpec) => attribute.type === 'boolean';

/** A field left as the element would behave without the attribute: empty, unticked or the default. */
export function isDefault(attribute: AttributeSpec, value: Value | undefined): boolean {
  if (typeof value === 'boolean') return !value;
  const text = value?.trim() ?? '';
  return text === '' || text === attribute.default;
}

/**
 * An element's attribute parser, as src/<element>/<element>.config.ts exports it; `today` (in
 * Stockholm) lets the card tell whether `verified` is too old.
 */
export type Parser = (attributes: Record<string, unknown>, today?: CalendarDate) => Parsed<unknown>;

/**
 * Whether a field's problems keep its value out of the code: any value the element refuses does,
 * whatever its text; a problem only noted (such as an old `verified`) is shown and the value written.
 */
export function rejects(problems: readonly Problem[] = []): boolean {
  return problems.some((problem) => problem.kind === 'refused');
}

export interface Checked {
  /** The attributes to write, in the manifest's order: valid and different from the default. */
  attributes: [name: string, value: string | true][];
  /** Each field's problems, by attribute name; problems naming no attribute in the form come under "". */
  problems: Record<string, Problem[]>;
}

/**
 * Checks an element's fields with the element's own parser, so the configurator accepts exactly
 * what the element accepts. A field with any problem is left out of the snippet entirely.
 */
export function checkElement(spec: ElementSpec, values: Values, parse?: Parser, today?: CalendarDate): Checked {
  const given = spec.attributes.filter((a) => !isDefault(a, values[a.name]));
  const input = Object.fromEntries(
    given.map((a) => {
      const value = values[a.name]!;
      return [a.field, typeof value === 'boolean' ? '' : value.trim()];
    }),
  );
  const problems: Record<string, Problem[]> = {};
  const names = new Set(spec.attributes.map((a) => a.name));
  for (const problem of parse?.(input, today).problems ?? []) {
    // Beside each field it is about ("phone" and "chat-url" for a card nobody can reach).
    const about = problem.attributes.filter((name) => names.has(name));
    for (const name of about.length ? about : ['']) (problems[name] ??= []).push(problem);
  }
  return {
    attributes: given
      .filter((a) => !rejects(problems[a.name]))
      .map((a) => {
        const value = values[a.name]!;
        return [a.name, typeof value === 'boolean' ? true : value.trim()];
      }),
    problems,
  };
}

// ---------------------------------------------------------------------------------------------
// Writing HTML

/** A node of a fallback copy: an element with its attributes and children, or text. */
export type FallbackNode = string | {tag: string; attributes?: [string, string | true][]; children: FallbackNode[]};

/** Elements that start their own line in the written HTML; the rest stay inside their line. */
const BLOCKS = new Set(['div', 'p', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'h5', 'h6']);

export const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function attributeList(attributes: readonly (readonly [string, string | true])[]): string[] {
  return attributes.map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`));
}

function inline(node: FallbackNode): string {
  if (typeof node === 'string') return escapeText(node);
  const open = [node.tag, ...attributeList(node.attributes ?? [])].join(' ');
  const content = node.children.map(inline).join('');
  // Space at the edges goes outside the element: a link's text starts and ends with a word.
  const before = /^\s/.test(content) ? ' ' : '';
  const after = /\s$/.test(content) ? ' ' : '';
  return `${before}<${open}>${content.trim()}</${node.tag}>${after}`;
}

/** Writes nodes as indented HTML, one block element per line, text collapsed to single spaces. */
export function writeNodes(nodes: readonly FallbackNode[], indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) lines.push(indent + text);
    line = '';
  };
  for (const node of nodes) {
    if (typeof node !== 'string' && BLOCKS.has(node.tag)) {
      flush();
      const open = [node.tag, ...attributeList(node.attributes ?? [])].join(' ');
      const hasBlocks = node.children.some((child) => typeof child !== 'string' && BLOCKS.has(child.tag));
      if (hasBlocks) {
        lines.push(`${indent}<${open}>`, ...writeNodes(node.children, `${indent}  `), `${indent}</${node.tag}>`);
      } else {
        const content = node.children.map(inline).join('').replace(/\s+/g, ' ').trim();
        lines.push(`${indent}<${open}>${content}</${node.tag}>`);
      }
    } else {
      line += inline(node);
    }
  }
  flush();
  return lines;
}

/** One element of the page part: its attributes, one per line, and its marked fallback copy. */
export function writeElement(
  tag: string,
  attributes: Checked['attributes'],
  fallback: readonly FallbackNode[],
): string {
  const open = attributes.length
    ? `<${tag}\n${attributeList(attributes)
        .map((a) => `  ${a}`)
        .join('\n')}>`
    : `<${tag}>`;
  const copy = fallback.length
    ? writeNodes([{tag: 'div', attributes: [[FALLBACK_ATTRIBUTE, true]], children: [...fallback]}], '  ')
    : [];
  return [open, ...copy, `</${tag}>`].join('\n');
}

/** The site-wide part: the script tag, with `integrity` when the address is pinned to this build. */
export function writeScriptTag(src: string, integrity?: string): string {
  const attributes: [string, string | true][] = [['src', src]];
  if (integrity) attributes.push(['integrity', integrity], ['crossorigin', 'anonymous']);
  attributes.push(['defer', true]);
  return `<script ${attributeList(attributes).join(' ')}></script>`;
}
