/**
 * Code pasted back into the form: an editor pastes what a page holds, and the form is filled in
 * from it. The code is read in an inert document: nothing in it runs, loads or becomes an element
 * of this page.
 *
 * @fires snippet-paste - the pasted code holds the widget's code; detail: what it says (a Snippet)
 */
import {html, LitElement, type PropertyDeclarations, type PropertyValues} from 'lit';
import {live} from 'lit/directives/live.js';
import type {ElementSpec} from './model.js';
import {readSnippet, type Snippet} from './snippet.js';
import {Announcement} from './status.js';
import {TEXTS, type UiLanguage} from './texts.js';

export class PasteCode extends LitElement {
  static override properties: PropertyDeclarations = {
    specs: {attribute: false},
    language: {},
    code: {state: true},
  };

  /** The elements whose code is read. */
  specs: readonly ElementSpec[] = [];
  /** The editor's language. */
  language: UiLanguage = 'sv';

  private code = '';
  private readonly status = new Announcement(this);

  protected override createRenderRoot() {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.get('language')) this.status.clear();
  }

  private fill(): void {
    const texts = TEXTS[this.language];
    const snippet = readSnippet(new DOMParser().parseFromString(this.code, 'text/html'), this.specs);
    if (!snippet.elements.size && !snippet.script) {
      this.status.say(texts.pasteEmpty);
      return;
    }
    this.dispatchEvent(new CustomEvent<Snippet>('snippet-paste', {detail: snippet}));
    // Taken into the form: the form is what holds it now.
    this.code = '';
    this.status.say(texts.pasted(snippet.elements.size));
  }

  protected override render() {
    const texts = TEXTS[this.language];
    return html`<section aria-labelledby="paste-heading" id="paste-section">
      <h2 id="paste-heading">${texts.pasteHeading}</h2>
      <div class="field">
        <label for="paste">${texts.pasteLabel}</label>
        <p class="hint" id="paste-hint">${texts.pasteHint}</p>
        <textarea id="paste" rows="6" aria-describedby="paste-hint" spellcheck="false" .value=${live(this.code)}
          @input=${(event: Event) => (this.code = (event.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      <div class="copy">
        <button type="button" @click=${this.fill}>${texts.pasteButton}</button>
        <p role="status" class="status">${this.status.message}</p>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'configurator-paste': PasteCode;
  }
}
