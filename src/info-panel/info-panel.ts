import {css, html, nothing, type PropertyDeclarations} from 'lit';
import {msg, str} from '@lit/localize';
import {SupportElement} from '../support-element.js';
import {hasEditorContent} from '../dom.js';
import {numberProperty} from '../properties.js';
import {sharedStyles} from '../shared.styles.js';
import {parseInfoPanelConfig, type InfoPanelConfig} from './info-panel.config.js';
import {isolate} from '../lib/bidi.js';

/**
 * Explains violent extremism, why prevention matters and how the municipality works on it,
 * in the reader's language. Content the editor puts inside the element replaces the built-in text.
 *
 * @tagname support-info-panel
 * @summary What violent extremism is and how the municipality prevents it.
 *
 * @slot - The editor's own text, shown instead of the built-in explanation. A copy of the built-in
 * text wrapped in `<div data-support-fallback>` is not the editor's: it shows only if the panel cannot render.
 * @csspart heading - The panel's heading.
 *
 * @cssprop [--support-heading-size=1.375em] - Heading size.
 * @cssprop [--support-gap=1.5rem] - Space below the element when another element follows it.
 */
export class SupportInfoPanel extends SupportElement<InfoPanelConfig> {
  static override properties: PropertyDeclarations = {
    municipality: {},
    coordinator: {},
    heading: {},
    headingLevel: {attribute: 'heading-level', converter: numberProperty},
    hasEditorContent: {state: true},
  };

  static override styles = [
    sharedStyles,
    css`
      .text > :last-child {
        margin-bottom: 0;
      }
      /* A marked copy of the built-in text, shown only when the panel cannot render. */
      .text ::slotted([data-support-fallback]) {
        display: none;
      }
    `,
  ];

  /** The municipality's name ("Överkalix kommun"), used in the built-in text. */
  municipality?: string;
  /** Who coordinates the work ("den brottsförebyggande arbetsgruppen"). */
  coordinator?: string;
  /** The heading; default a translated "Violent extremism". Make it differ from your page's `h1`. */
  heading?: string;
  /** 2 to 6, so the panel fits the page's heading outline. */
  headingLevel = 2;

  /** Whether the editor put content of their own inside the element (a marked fallback copy is not). */
  private hasEditorContent = false;

  /** The editor's content is what the panel shows; only a marked copy of its text is a fallback. */
  protected override get childrenAreFallback(): boolean {
    return !this.hasEditorContent;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasEditorContent = hasEditorContent(this.childNodes);
  }

  protected parseConfig() {
    return parseInfoPanelConfig(this);
  }

  private onSlotChange(event: Event): void {
    this.hasEditorContent = hasEditorContent((event.target as HTMLSlotElement).assignedNodes());
  }

  private renderBuiltInText() {
    const {municipality, coordinator} = this.config;
    return html`
      <p>${msg('Violent extremism is an umbrella term for movements, ideologies and groups that reject democracy and use or encourage violence to reach ideological goals.', {desc: 'Info panel, paragraph 1: what violent extremism is.'})}</p>
      <p>${msg('Preventing it keeps anti-democratic forces from taking hold in society. That needs people and organisations who work on the issue to cooperate over the long term.', {desc: 'Info panel, paragraph 2: why prevention matters.'})}</p>
      <p>
        ${
          municipality
            ? msg(str`${isolate(municipality)} does this through the social and educational work it already has.`, {
                desc: 'Info panel, paragraph 3, first sentence, with the municipality’s name (for example “Överkalix kommun”).',
              })
            : msg('Your municipality does this through the social and educational work it already has.', {
                desc: 'Info panel, paragraph 3, first sentence, when the municipality’s name is not given.',
              })
        }
        ${msg('Staff who already help people stay out of groups that can lead to exclusion, or to harming themselves or others, bring their knowledge to it.', {desc: 'Info panel, paragraph 3, second sentence.'})}
        ${
          coordinator
            ? msg(str`The work is coordinated by ${isolate(coordinator)}.`, {
                desc: 'Info panel, end of paragraph 3. The value is a group’s name in the editor’s language.',
              })
            : nothing
        }
      </p>
    `;
  }

  protected renderContent() {
    const {heading, headingLevel} = this.config;
    return html`
      <div class="heading" part="heading" role="heading" aria-level=${headingLevel}
        >${heading ?? msg('Violent extremism', {desc: 'Default heading of the info panel.'})}</div>
      <div class="text">
        <slot @slotchange=${this.onSlotChange}></slot>
        ${this.hasEditorContent ? nothing : this.renderBuiltInText()}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'support-info-panel': SupportInfoPanel;
  }
}
