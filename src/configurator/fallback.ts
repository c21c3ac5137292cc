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

function copy(node: Node): FallbackNode[] {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ? [node.textContent] : [];
  if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('data-live'))
    return [];
  if (node.localName === 'slot' || node.localName === 'style' || node.localName === 'svg') return [];
  const children = [...node.childNodes].flatMap(copy);
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
  const content = renderedContent(element);
  return content ? [...content.childNodes].flatMap(copy) : undefined;
}
