/**
 * Reads code an editor pastes back (or the example in the page) into the form's values. It reads
 * a parsed, inert document or fragment: nothing in it runs or loads.
 */
import {readBoolean} from '../lib/attributes.js';
import {isBoolean, type ElementSpec, type Values} from './model.js';

export interface Snippet {
  /** The script's address, if the code holds the site-wide part. */
  script?: string;
  /** The values of each element the code holds, by tag. */
  elements: Map<string, Values>;
}

export function readSnippet(root: ParentNode, specs: readonly ElementSpec[]): Snippet {
  const elements = new Map<string, Values>();
  // In the code's order, the first of each tag.
  for (const element of root.querySelectorAll(specs.map((spec) => spec.tag).join(','))) {
    const spec = specs.find((s) => s.tag === element.localName)!;
    if (elements.has(spec.tag)) continue;
    const values: Values = {};
    for (const attribute of spec.attributes) {
      const value = element.getAttribute(attribute.name);
      if (value === null) continue;
      // With the elements' own reader: a word it cannot read ("maybe") is false there, so unticked here.
      values[attribute.name] = isBoolean(attribute) ? readBoolean(attribute.name, value, []) : value;
    }
    elements.set(spec.tag, values);
  }
  const script = root.querySelector('script[src*="support-widget"]')?.getAttribute('src') ?? undefined;
  return {...(script ? {script} : {}), elements};
}
