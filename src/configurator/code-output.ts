/**
 * One piece of code to copy: its heading and hint, the controls that shape it, the code, and a
 * Copy button whose result a `role=status` region announces. Where the clipboard cannot be
 * written, the code is selected instead, for Ctrl+C.
 */
import {html, LitElement, nothing, type PropertyDeclarations, type PropertyValues} from 'lit';
import {Announcement} from './status.js';
import {TEXTS, type UiLanguage} from './texts.js';

export class CodeOutput extends LitElement {
  static override properties: PropertyDeclarations = {
    heading: {},
    hint: {},
    code: {},
    controls: {attribute: false},
    language: {},
  };

  heading = '';
  hint = '';
  /** The code; undefined while it cannot be written yet (the Copy button waits). */
  code?: string;
  /** Fields that shape the code, shown between the hint and the code. */
  controls?: unknown;
  /** The editor's language. */
  language: UiLanguage = 'sv';

  private readonly status = new Announcement(this);

  protected override createRenderRoot() {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // What was said in the other language is not said again.
    if (changed.get('language')) this.status.clear();
  }

  private async copy(): Promise<void> {
    const texts = TEXTS[this.language];
    try {
      await navigator.clipboard.writeText(this.code ?? '');
      this.status.say(texts.copied(this.heading));
    } catch {
      const range = document.createRange();
      range.selectNodeContents(this.querySelector('pre')!);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      this.status.say(texts.copyFailed);
    }
  }

  protected override render() {
    const texts = TEXTS[this.language];
    return html`<h3>${this.heading}</h3>
      <p class="hint">${this.hint}</p>
      ${this.controls ?? nothing}
      <pre><code>${this.code ?? texts.waiting}</code></pre>
      <div class="copy">
        <button type="button" ?disabled=${this.code === undefined} @click=${this.copy}>${texts.copy}<span class="visually-hidden">: ${this.heading}</span></button>
        <p role="status" class="status">${this.status.message}</p>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'configurator-output': CodeOutput;
  }
}
