/**
 * The form for one element: a field for each attribute in the manifest, labelled and explained
 * in the editor's language (an attribute this file has no words for shows its name and its JSDoc),
 * each checked by the element's own parser, with its problems beside it. The configurator's page
 * puts one in each element's fieldset; a block editor can use it for one block.
 *
 * It shows `values` and says when an editor changes one; it keeps them too, so it also works on
 * its own.
 *
 * @fires values-change - an editor changed a field; detail: all the values, the new one included
 */
import {html, LitElement, nothing, type PropertyDeclarations} from 'lit';
import {stockholmWallClock} from '../lib/stockholm-time.js';
import {checkboxField, textField} from './field.js';
import {
  checkElement,
  isBoolean,
  type AttributeSpec,
  type Checked,
  type ElementSpec,
  type Parser,
  type Value,
  type Values,
} from './model.js';
import {viewProblems, type ProblemView} from './problems.js';
import {TEXTS, type Texts, type UiLanguage} from './texts.js';

/** The card's `emergency-phone="none"`, as a checkbox. */
const NO_EMERGENCY = {attribute: 'emergency-phone', keyword: 'none'};

/** Fields written as several sentences get a text area. */
const MULTILINE = new Set(['description']);

/** Checks an element's values with its parser, as of today in Stockholm (the card's `verified`). */
export function checkValues(spec: ElementSpec, values: Values, parse?: Parser): Checked {
  return checkElement(spec, values, parse, stockholmWallClock(Date.now()));
}

export class ElementForm extends LitElement {
  static override properties: PropertyDeclarations = {
    spec: {attribute: false},
    values: {attribute: false},
    parse: {attribute: false},
    language: {},
  };

  /** The element, from the manifest. */
  spec?: ElementSpec;
  /** Each field's value, by attribute name. */
  values: Values = {};
  /** The element's attribute parser; without one, every value is taken as it is. */
  parse?: Parser;
  /** The editor's language. */
  language: UiLanguage = 'sv';

  private checked: Checked = {attributes: [], problems: {}};

  /** In the page's DOM, so the page's styles and ids reach the fields. */
  protected override createRenderRoot() {
    return this;
  }

  protected override willUpdate(): void {
    if (this.spec) this.checked = checkValues(this.spec, this.values, this.parse);
  }

  private change(name: string, value: Value): void {
    this.values = {...this.values, [name]: value};
    this.dispatchEvent(new CustomEvent<Values>('values-change', {detail: this.values}));
  }

  private field(tag: string, attribute: AttributeSpec, texts: Texts) {
    const text = texts.attributes[tag]?.[attribute.name];
    const value = this.values[attribute.name];
    const options = {
      id: `${tag}--${attribute.name}`,
      label: text?.label ?? html`<code>${attribute.name}</code>`,
      hint: text
        ? text.hint
        : html`${texts.undocumented} <span lang="en">${attribute.description.replace(/\s+/g, ' ')}</span>`,
      problems: viewProblems(this.checked.problems[attribute.name], texts, attribute.name),
    };
    if (attribute.name === NO_EMERGENCY.attribute) return this.emergencyField(tag, options, texts);
    return isBoolean(attribute)
      ? checkboxField({...options, value: value === true, onChange: (v) => this.change(attribute.name, v)})
      : textField(
          {...options, value: typeof value === 'string' ? value : '', onChange: (v) => this.change(attribute.name, v)},
          MULTILINE.has(attribute.name),
        );
  }

  /** The emergency number, or a checkbox for none: editors need not know the keyword `none`. */
  private emergencyField(
    tag: string,
    options: {id: string; label: unknown; hint: unknown; problems: ProblemView},
    texts: Texts,
  ) {
    const {attribute, keyword} = NO_EMERGENCY;
    const value = this.values[attribute];
    const none = typeof value === 'string' && value.trim().toLowerCase() === keyword;
    return html`${checkboxField({
      id: `${tag}--no-emergency`,
      label: texts.noEmergency,
      hint: texts.noEmergencyHint,
      value: none,
      onChange: (checked) => this.change(attribute, checked ? keyword : ''),
    })}
    ${none ? nothing : textField({...options, value: typeof value === 'string' ? value : '', onChange: (v) => this.change(attribute, v)})}`;
  }

  protected override render() {
    if (!this.spec) return nothing;
    const texts = TEXTS[this.language];
    // Problems about the element as a whole, not one field.
    const general = viewProblems(this.checked.problems[''], texts);
    return html`${general.message ? html`<p class="error">${general.message}</p>` : nothing}
      <div class="fields">${this.spec.attributes.map((attribute) => this.field(this.spec!.tag, attribute, texts))}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'configurator-element-form': ElementForm;
  }
}
