/**
 * DOM helpers that hold on a hostile page. Page markup can stand in for `document`'s own members
 * (`<img name="createElement">`, `<img name="currentScript">`), so these call the prototype's.
 */
import {FALLBACK_ATTRIBUTE} from './tags.js';

/** Creates an element with the prototype's method. */
export function create<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
  return Document.prototype.createElement.call(document, tag) as HTMLElementTagNameMap[K];
}

/** The document's base address, as the browser knows it (`<img name="baseURI">` cannot change it). */
export function baseUri(): string {
  return Object.getOwnPropertyDescriptor(Node.prototype, 'baseURI')!.get!.call(document) as string;
}

/** Whether the page is still being read (a script in `<head>`), as the browser knows it. */
export function pageLoading(): boolean {
  return Object.getOwnPropertyDescriptor(Document.prototype, 'readyState')!.get!.call(document) == 'loading';
}

/** The script element running now, as the browser knows it (not as page markup names it). */
export function currentScript(): unknown {
  return Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')!.get!.call(document);
}

/** Whether every element of the page with this tag holds real content (see `hasContent`). */
export function allHoldContent(tag: string): boolean {
  return [...Document.prototype.getElementsByTagName.call(document, tag)].every((element) =>
    hasContent(element.childNodes),
  );
}

/**
 * Resolves in a task of its own. A message, not a timer: a page (or a test) that stops or
 * slows its timers must not stop the widget from rendering.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Whether nodes hold real content, not just white space. */
export function hasContent(nodes: Iterable<Node>): boolean {
  return [...nodes].some((node) => node instanceof Element || node.textContent?.trim());
}

/** Whether nodes hold content of the editor's own, beside any marked fallback copy. */
export function hasEditorContent(nodes: Iterable<Node>): boolean {
  return hasContent([...nodes].filter((node) => !(node instanceof Element && node.hasAttribute(FALLBACK_ATTRIBUTE))));
}
