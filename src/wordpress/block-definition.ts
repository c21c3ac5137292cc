/**
 * What a block stores and writes, from an element's spec in the manifest: pure and DOM-free, so
 * save() depends on the block's attributes alone and old posts stay valid when wording changes.
 *
 * Each element attribute is a block attribute read back from the saved tag (`source: 'attribute'`);
 * the plain-HTML copy is the block attribute `fallback`, read back from `[data-support-fallback]`.
 */
import {isBoolean, type Checked, type ElementSpec, type Values} from '../configurator/model.js';
import {FALLBACK_ATTRIBUTE} from '../tags.js';
import type {BlockAttribute, BlockAttributes} from './wp-globals.js';

/** The block attribute that holds the plain-HTML copy. */
export const FALLBACK = 'fallback';

/** The block's name: `support-widget/helpline-card` for <support-helpline-card>. */
export const blockName = (tag: string) => `support-widget/${tag.replace(/^support-/, '')}`;

/** registerBlockType's `attributes`: every element attribute as markup, and the fallback copy. */
export function blockAttributes(spec: ElementSpec): Record<string, BlockAttribute> {
  const attributes: Record<string, BlockAttribute> = {};
  for (const attribute of spec.attributes) {
    // Strings even for numbers: an attribute's text is a string, and a type it fails would drop it.
    attributes[attribute.name] = {
      type: isBoolean(attribute) ? 'boolean' : 'string',
      source: 'attribute',
      selector: spec.tag,
      attribute: attribute.name,
    };
  }
  attributes[FALLBACK] = {type: 'string', source: 'html', selector: `[${FALLBACK_ATTRIBUTE}]`};
  return attributes;
}

/** The element's attributes as the saved tag carries them: a true boolean as `name=""`, empty text left out. */
export function tagAttributes(spec: ElementSpec, attributes: BlockAttributes): Record<string, string> {
  const written: Record<string, string> = {};
  for (const {name} of spec.attributes) {
    const value = attributes[name];
    if (value === true) written[name] = '';
    else if (typeof value === 'string' && value !== '') written[name] = value;
  }
  return written;
}

/** The same as the configurator's checked attributes, for its preview of the real element. */
export function checkedAttributes(spec: ElementSpec, attributes: BlockAttributes): Checked['attributes'] {
  const booleans = new Set(spec.attributes.filter(isBoolean).map((a) => a.name));
  return Object.entries(tagAttributes(spec, attributes)).map(([name, value]) => [
    name,
    booleans.has(name) ? true : value,
  ]);
}

/** The block attributes for what the form accepted: every element attribute, absent ones cleared. */
export function acceptedAttributes(spec: ElementSpec, checked: Checked): BlockAttributes {
  const accepted = new Map(checked.attributes);
  return Object.fromEntries(
    spec.attributes.map((attribute) => {
      const value = accepted.get(attribute.name);
      return [attribute.name, isBoolean(attribute) ? value === true : value];
    }),
  );
}

/** The form's values for a block: what it stores, and the element's default where it stores nothing. */
export function formValues(spec: ElementSpec, attributes: BlockAttributes): Values {
  const values: Values = {};
  for (const attribute of spec.attributes) {
    const value = attributes[attribute.name];
    if (isBoolean(attribute)) values[attribute.name] = value === true;
    else if (typeof value === 'string' && value !== '') values[attribute.name] = value;
    else if (attribute.default) values[attribute.name] = attribute.default;
  }
  return values;
}

/** Whether two sets of block attributes write the same tag. */
export function sameTag(spec: ElementSpec, a: BlockAttributes, b: BlockAttributes): boolean {
  return JSON.stringify(tagAttributes(spec, a)) === JSON.stringify(tagAttributes(spec, b));
}
