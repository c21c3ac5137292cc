/** Helpers for the browser tests (web-test-runner, Chromium). */
import {expect} from '@open-wc/testing';
import {setFeatureLoader} from '../src/features/load.js';
import FEATURES from '../src/features/list.json' with {type: 'json'};

// The embed script imports each feature's file from next to itself; here, its source.
setFeatureLoader((file) => import(`../${FEATURES[file].entry}`) as Promise<{default: unknown}>);

/** Collects console.warn calls instead of printing them, so tests can assert on them quietly. */
export function captureWarnings(): {messages: string[]; restore: () => void} {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void messages.push(args.join(' '));
  return {messages, restore: () => void (console.warn = original)};
}

/** The element's shadow root, which every test here expects to exist. */
export function shadow(element: Element): ShadowRoot {
  expect(element.shadowRoot, `${element.localName} has a shadow root`).to.exist;
  return element.shadowRoot!;
}

/** Text as a reader sees it: white space folded, bidi isolates and no-break spaces made plain. */
export function visibleText(node: Element | ShadowRoot): string {
  const text =
    node instanceof ShadowRoot
      ? [...node.children].map((c) => (c as HTMLElement).innerText).join(' ')
      : (node as HTMLElement).innerText;
  return text
    .replace(/[\u2060\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One of the widget's elements, as a page sees it. */
type Widget = Element & {rendered?: boolean; updateComplete?: Promise<unknown>};

/**
 * What an element shows of its own once it has rendered (its `rendered` is true): the element in
 * its shadow root that carries its language. Null before.
 */
export function renderedContent(element: Element): HTMLElement | null {
  return (element as Widget).rendered ? element.shadowRoot!.querySelector<HTMLElement>('[lang]') : null;
}

/** Waits until an element has rendered in `lang` (languages may load on demand). */
export async function renderedIn(element: Element, lang: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (renderedContent(element)?.getAttribute('lang') !== lang) {
    if (Date.now() > deadline) throw new Error(`${element.localName} did not render in ${lang}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await (element as Widget).updateComplete;
}

/**
 * Resolves once the widget has seen the next `lang` change in the page: its observer was created
 * before this one, and the browser tells observers in the order they were created.
 */
export function nextLangChangeSeen(): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(document.documentElement, {subtree: true, attributeFilter: ['lang']});
  });
}

/** Real key presses, as the keyboard sends them (trusted events), through the test runner's browser. */
export {sendKeys} from '@web/test-runner-commands';
