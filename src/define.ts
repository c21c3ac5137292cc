/**
 * The npm package's `define` entry (`import 'support-widget/define'`): defines every tag (tags.ts)
 * with the ES entry's classes. A tag the page already has is left as it is, with one note in the
 * console, so importing this twice, or next to the embed script, breaks nothing. It also exports
 * what the ES entry does, so its types (the tags in HTMLElementTagNameMap) come with it.
 */
import {CLASSES} from './classes.js';
import {TAGS} from './tags.js';

export * from './elements.js';

/** Defines `tag` as `element`, unless the page already has it: then it says so once, and leaves it. */
function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (customElements.get(tag))
    console.info(`support-widget: <${tag}> is already defined on this page; it is left as it is.`);
  else customElements.define(tag, element);
}

TAGS.forEach((tag, i) => defineOnce(tag, CLASSES[i]!));
