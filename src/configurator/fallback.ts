/**
 * The plain-HTML copy of what an element shows, read from its rendered shadow DOM, so the copy
 * can never drift from the element: headings as real h2–h6, paragraphs, lists, links with their
 * addresses, the week's opening hours under their disclosure, text in its language. What only
 * looks or prints (icons, printed addresses), parts, classes and event wiring are left behind, and
 * so is what is true only now (`data-live`: "Open now, closes 16:00"), which a copy would freeze.
 */
import type {FallbackNode} from './model.js';

/** Elements kept as they are, with the attributes that carry meaning. */
const KEPT: Record<string, string[]> = {
  p: [],
  ul: [],
  ol: [],
  li: [],
  details: [],
  summary: [],
  a: ['href', 'hreflang', 'type'],
  time: ['datetime'],
  bdi: ['lang', 'dir'],
  span: ['lang', 'dir'],
};

const BLOCK = /^(div|p|ul|ol|li|details|summary|h[1-6])$/;
const isInline = (node: FallbackNode) => typeof node === 'string' || !BLOCK.test(node.tag);
const isLinkItem = (node: FallbackNode) =>
  typeof node !== 'string' &&
  node.tag === 'li' &&
  node.children
    .filter((child) => typeof child !== 'string' || child.trim())
    .every((child) => typeof child !== 'string' && child.tag === 'a');
const hasText = (nodes: FallbackNode[]) => nodes.some((node) => typeof node !== 'string' || node.trim());

/** Runs of inline nodes wrapped in paragraphs, blocks kept as they are. */
function paragraphs(nodes: FallbackNode[]): FallbackNode[] {
  const result: FallbackNode[] = [];
  let run: FallbackNode[] = [];
  const end = () => {
    result.push(...(hasText(run) ? [{tag: 'p', children: run}] : run));
    run = [];
  };
  for (const node of nodes) {
    if (isInline(node)) run.push(node);
    else {
      end();
      result.push(node);
    }
  }
  end();
  return result;
}

/** A left-to-right isolate (a phone number) or a first-strong one (a name), as phoneText and isolate write them. */
const ISOLATED = /\u2066([^\u2066-\u2069]*)\u2069|\u2068([^\u2066-\u2069]*)\u2069/g;
/** Invisible controls an editor could neither see nor correct in a CMS (U+200C, which Persian words need, stays). */
const INVISIBLE = /[\u061c\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069]/g;

/**
 * Text with its isolates as visible <bdi> markup, and no invisible controls left. A number needs
 * its left-to-right <bdi> only in right-to-left text; in left-to-right text it is in order as it is.
 */
export function visibleText(text: string, rtl: boolean): FallbackNode[] {
  const nodes: FallbackNode[] = [];
  let last = 0;
  for (const match of text.matchAll(ISOLATED)) {
    nodes.push(text.slice(last, match.index));
    const [, ltr, isolated] = match;
    const children = [(ltr ?? isolated ?? '').replace(INVISIBLE, '')];
    if (ltr === undefined) nodes.push({tag: 'bdi', children});
    else nodes.push(rtl ? {tag: 'bdi', attributes: [['dir', 'ltr']], children} : children[0]!);
    last = match.index + match[0].length;
  }
  nodes.push(text.slice(last));
  return nodes
    .map((node) => (typeof node === 'string' ? node.replace(INVISIBLE, '') : node))
    .filter((node) => node !== '');
}

function copy(node: Node, rtl: boolean): FallbackNode[] {
  if (node.nodeType === Node.TEXT_NODE) return visibleText(node.textContent ?? '', rtl);
  if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('data-live'))
    return [];
  if (node.localName === 'slot' || node.localName === 'style' || node.localName === 'svg') return [];
  const children = [...node.childNodes].flatMap((child) => copy(child, rtl));
  const level = node.getAttribute('role') === 'heading' ? node.getAttribute('aria-level') : null;
  if (level) return [{tag: `h${level}`, children}];
  // A list of links alone becomes a paragraph per link: on a page without styles, list items sit
  // so close that each link is too small a target to tap (WCAG 2.5.8); paragraphs keep them apart.
  if (node.localName === 'ul' && children.every(isLinkItem))
    return children.map((item) => ({tag: 'p', children: (item as {children: FallbackNode[]}).children}));
  const kept = KEPT[node.localName];
  // Everything else is only layout: its content is what counts, each row of links and text as a
  // paragraph (a call link beside the hours' disclosure, say).
  if (!kept) return node.localName === 'div' ? paragraphs(children) : children;
  const attributes = kept.flatMap((name): [string, string][] =>
    node.hasAttribute(name) ? [[name, node.getAttribute(name)!]] : [],
  );
  // An empty span is decoration (a printed address is CSS generated content).
  if (node.localName === 'span' && !node.textContent?.trim()) return [];
  if (node.localName === 'span' && attributes.length === 0) return children;
  return [{tag: node.localName, attributes, children}];
}

/**
 * What an element shows of its own once it has rendered in its language (its `rendered` is true):
 * the element in its shadow root that carries the language. Undefined before.
 */
export function renderedContent(element: Element): Element | undefined {
  if (!(element as Element & {rendered?: boolean}).rendered) return undefined;
  return element.shadowRoot?.querySelector('[lang]') ?? undefined;
}

/** The copy of an element that has rendered in its language; undefined while it has not. */
export function fallbackOf(element: Element): FallbackNode[] | undefined {
  const root = renderedContent(element);
  if (!root) return undefined;
  const rtl = getComputedStyle(root).direction === 'rtl';
  // The quick exit's copy is its link alone: Shift, its status and its overlay work only with the script.
  if (element.localName === 'support-quick-exit') {
    const link = root.querySelector('a[part="button"]');
    return link ? copy(link, rtl) : undefined;
  }
  return [...root.childNodes].flatMap((child) => copy(child, rtl));
}
