/**
 * The configurator's page: a form for every element in the manifest, a live preview with the
 * real elements, the two pieces of code to copy, and code pasted back. Everything on it follows
 * from its state: the values, the preview's language and width, and the editor's language.
 */
import {html, LitElement, nothing, type PropertyDeclarations, type PropertyValues} from 'lit';
import {live} from 'lit/directives/live.js';
import {allLocales} from '../generated/locale-codes.js';
import {checkUrl} from '../lib/url.js';
import {textDirection} from '../lib/locale.js';
import {BUILD} from './build-info.js';
import {CodeOutput} from './code-output.js';
import {ElementPreview, QUICK_EXIT} from './element-preview.js';
import {checkValues, ElementForm} from './element-form.js';
import {checkboxField, textField} from './field.js';
import {isBoolean, writeElement, writeScriptTag, type Checked, type ElementSpec, type Values} from './model.js';
import {PARSERS} from './parsers.js';
import {PasteCode} from './paste-code.js';
import {scriptAddressProblems, viewProblems} from './problems.js';
import type {Snippet} from './snippet.js';
import {TEXTS, type Texts, type UiLanguage} from './texts.js';

const DEFAULT_SCRIPT = '/support-widget/support-widget.js';
/** The widget's languages, Swedish and English first, each named in itself. */
const LANGUAGES = [...allLocales]
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  .map((code) => ({code, name: new Intl.DisplayNames([code], {type: 'language'}).of(code) ?? code}));
function rank(code: string) {
  return code === 'sv' ? 0 : code === 'en' ? 1 : 2;
}
const WIDTHS = ['phone', 'sidebar', 'desktop'] as const;
/** The example's values an editor must check with the service (texts.exampleNotes names them). */
const EXAMPLE_CHECKS: Record<string, string[]> = {'support-helpline-card': ['name', 'phone', 'chat-url']};

interface ElementState {
  spec: ElementSpec;
  included: boolean;
  values: Values;
  checked: Checked;
  preview: ElementPreview;
}

/** A field the code leaves out shows the element's default (heading level 2). */
function defaults(spec: ElementSpec): Values {
  return Object.fromEntries(spec.attributes.flatMap((a) => (a.default && !isBoolean(a) ? [[a.name, a.default]] : [])));
}

export class ConfiguratorApp extends LitElement {
  static override properties: PropertyDeclarations = {
    specs: {attribute: false},
    example: {attribute: false},
    previewFailed: {attribute: false},
    elements: {state: true},
    ui: {state: true},
    pageLang: {state: true},
    width: {state: true},
    scriptSrc: {state: true},
    pin: {state: true},
  };

  /** The elements, from the manifest, in the order the form shows them. */
  specs: readonly ElementSpec[] = [];
  /** The code the form starts from. */
  example?: Snippet;
  /** The widget's script could not load: nothing can be previewed or copied from the preview. */
  previewFailed = false;

  private elements: ElementState[] = [];
  /** The editor's language. */
  private ui: UiLanguage = document.documentElement.lang === 'en' ? 'en' : 'sv';
  /** The page's language: the preview's, and the fallback copies'. */
  private pageLang = 'sv';
  private width: (typeof WIDTHS)[number] = 'desktop';
  private scriptSrc = DEFAULT_SCRIPT;
  private pin = Boolean(BUILD.integrity);

  protected override createRenderRoot() {
    return this;
  }

  /** Takes what a snippet says: its elements with exactly its attributes, the others left out. */
  private apply(snippet: Snippet): void {
    if (snippet.script) this.scriptSrc = snippet.script;
    // Code with the script tag alone leaves the elements as they are.
    if (!snippet.elements.size) return;
    this.elements = this.elements.map((element) => {
      const values = snippet.elements.get(element.spec.tag);
      return {
        ...element,
        included: Boolean(values),
        ...this.withValues(element.spec, {...defaults(element.spec), ...values}),
      };
    });
  }

  /** An element's values, and what its parser makes of them. */
  private withValues(spec: ElementSpec, values: Values) {
    return {values, checked: checkValues(spec, values, PARSERS[spec.tag])};
  }

  private change(tag: string, change: Partial<ElementState>): void {
    this.elements = this.elements.map((element) => (element.spec.tag === tag ? {...element, ...change} : element));
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('specs')) {
      for (const {preview} of this.elements) {
        preview.hostDisconnected();
        this.removeController(preview);
      }
      this.elements = this.specs.map((spec) => ({
        spec,
        included: true,
        ...this.withValues(spec, defaults(spec)),
        preview: new ElementPreview(this, spec),
      }));
    }
    if (changed.has('example') && this.example) this.apply(this.example);
    if (changed.has('ui')) {
      document.documentElement.lang = this.ui;
      document.title = `${TEXTS[this.ui].title} – support-widget`;
    }
    for (const {preview, included, checked} of this.elements) preview.show(included, checked.attributes);
  }

  private scriptAddress(): string {
    return checkUrl(this.scriptSrc).ok && this.scriptSrc.trim() ? this.scriptSrc.trim() : DEFAULT_SCRIPT;
  }

  /** The quick exit first, as the README says: the first thing a keyboard or screen reader reaches. */
  private inPageOrder(): ElementState[] {
    const first = (element: ElementState) => (element.spec.tag === QUICK_EXIT ? 0 : 1);
    return [...this.elements].sort((a, b) => first(a) - first(b));
  }

  /** The page part, once every element shows the page's language; undefined until then. */
  private pageCode(): string | undefined {
    const parts: string[] = [];
    for (const {spec, included, checked, preview} of this.inPageOrder()) {
      if (!included) continue;
      if (preview.copy?.lang !== this.pageLang) return undefined;
      parts.push(writeElement(spec.tag, checked.attributes, preview.copy.nodes));
    }
    return parts.join('\n\n');
  }

  /** A field its note names still holds the example's value: the editor has not checked it yet. */
  private showsExample(tag: string, values: Values): boolean {
    const example = this.example?.elements.get(tag);
    return (EXAMPLE_CHECKS[tag] ?? []).some((name) => example?.[name] && values[name] === example[name]);
  }

  private renderElement({spec, included, values}: ElementState, texts: Texts) {
    const {tag} = spec;
    const note = texts.exampleNotes[tag];
    return html`<fieldset class="element">
      <legend>${texts.elements[tag] ?? tag}</legend>
      ${note && included && this.showsExample(tag, values) ? html`<p class="example-note" id="${tag}--example">${note}</p>` : nothing}
      <div class="field check">
        <input type="checkbox" id="${tag}--include" .checked=${live(included)}
          @change=${(event: Event) => this.change(tag, {included: (event.target as HTMLInputElement).checked})}>
        <label for="${tag}--include">${texts.include}</label>
      </div>
      <configurator-element-form ?hidden=${!included} .spec=${spec} .values=${values} .parse=${PARSERS[tag]}
        language=${this.ui} @values-change=${(event: CustomEvent<Values>) => this.change(tag, this.withValues(spec, event.detail))}>
      </configurator-element-form>
    </fieldset>`;
  }

  private renderPreview(texts: Texts) {
    return html`<section aria-labelledby="preview-heading" class="preview-section">
      <h2 id="preview-heading">${texts.previewHeading}</h2>
      <div class="controls">
        <div class="field">
          <label for="preview-lang">${texts.previewLanguage}</label>
          <p class="hint" id="preview-lang-hint">${texts.previewLanguageHint}</p>
          <select id="preview-lang" aria-describedby="preview-lang-hint"
            @change=${(event: Event) => (this.pageLang = (event.target as HTMLSelectElement).value)}>
            ${LANGUAGES.map(({code, name}) => html`<option value=${code} lang=${code} ?selected=${code === this.pageLang}>${name}</option>`)}
          </select>
        </div>
        <fieldset class="widths">
          <legend>${texts.previewWidth}</legend>
          ${WIDTHS.map(
            (width) => html`<span class="radio">
              <input type="radio" name="width" id="width-${width}" value=${width} .checked=${live(this.width === width)}
                @change=${() => (this.width = width)}>
              <label for="width-${width}">${texts.widths[width]}</label>
            </span>`,
          )}
        </fieldset>
      </div>
      <div class="preview width-${this.width}" lang=${this.pageLang} dir=${textDirection(this.pageLang)}>
        ${
          this.previewFailed
            ? html`<p class="error">${texts.previewFailed}</p>`
            : this.inPageOrder().map(({preview}) => preview.element)
        }
      </div>
    </section>`;
  }

  private renderSiteControls(texts: Texts) {
    return html`${textField({
      id: 'script-src',
      label: texts.scriptAddress,
      hint: texts.scriptAddressHint,
      value: this.scriptSrc,
      problems: viewProblems(scriptAddressProblems(this.scriptSrc), texts),
      onChange: (value) => (this.scriptSrc = value),
    })}
    ${
      BUILD.integrity
        ? checkboxField({
            id: 'pin',
            label: texts.pin(BUILD.version),
            hint: texts.pinHint,
            value: this.pin,
            onChange: (value) => (this.pin = value),
          })
        : nothing
    }`;
  }

  protected override render() {
    const texts = TEXTS[this.ui];
    const other: UiLanguage = this.ui === 'sv' ? 'en' : 'sv';
    return html`<div class="top">
        <h1>${texts.title}</h1>
        <button type="button" lang=${other} class="switch" @click=${() => (this.ui = other)}>${texts.otherLanguage}</button>
      </div>
      <p class="intro">${texts.intro}</p>
      <div class="layout">
        <section aria-labelledby="form-heading" class="form">
          <h2 id="form-heading">${texts.formHeading}</h2>
          ${this.elements.map((element) => this.renderElement(element, texts))}
        </section>
        ${this.renderPreview(texts)}
      </div>
      <section aria-labelledby="output-heading">
        <h2 id="output-heading">${texts.outputHeading}</h2>
        <div class="outputs">
          <configurator-output class="output" id="site-part" language=${this.ui} .heading=${texts.siteHeading}
            .hint=${texts.siteHint} .controls=${this.renderSiteControls(texts)}
            .code=${writeScriptTag(this.scriptAddress(), this.pin ? BUILD.integrity : undefined)}></configurator-output>
          <configurator-output class="output" id="page-part" language=${this.ui} .heading=${texts.pageHeading}
            .hint=${texts.pageHint} .code=${this.previewFailed ? texts.previewFailed : this.pageCode()}></configurator-output>
        </div>
      </section>
      <configurator-paste language=${this.ui} .specs=${this.specs}
        @snippet-paste=${(event: CustomEvent<Snippet>) => this.apply(event.detail)}></configurator-paste>`;
  }
}

/** Defines the app and the elements it renders, each once. */
export function defineConfigurator(): void {
  const elements: Record<string, CustomElementConstructor> = {
    'configurator-app': ConfiguratorApp,
    'configurator-element-form': ElementForm,
    'configurator-output': CodeOutput,
    'configurator-paste': PasteCode,
  };
  for (const [tag, element] of Object.entries(elements))
    if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'configurator-app': ConfiguratorApp;
  }
}
