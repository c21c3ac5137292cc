import {css, html, nothing, type PropertyDeclarations} from 'lit';
import {SupportElement} from '../support-element.js';
import {sharedStyles} from '../shared.styles.js';
import {parseQuickExitConfig, type QuickExitConfig} from './quick-exit.config.js';
import {loadFeature} from '../features/load.js';

/** What `quick-exit.js`, loaded on demand, gives the element: its look and its behaviour. */
export interface QuickExitView {
  render(host: SupportQuickExit, href: string): unknown;
  updated(host: SupportQuickExit): void;
  /** The element left the page: it no longer acts, and the next one takes over. */
  removed(host: SupportQuickExit): void;
}

/** What `quick-exit.js` exports. */
export interface QuickExitModule {
  quickExit(): QuickExitView;
}

let view: Promise<QuickExitView> | undefined;

/**
 * A button that leaves the page at once for a neutral one, for a resident who may be watched:
 * it stays in view, and Shift pressed three times within five seconds does the same. It leaves
 * with `location.replace`, so Back goes to the page before this one; the browser's history is
 * not erased, and the element says so. Its code loads from `quick-exit.js` next to the script,
 * only when the element is on the page.
 *
 * @tagname support-quick-exit
 * @summary A quick exit to a neutral page: a button that stays in view, or Shift three times.
 *
 * @slot - Fallback content, a plain link to the same page: shown without JavaScript, or if
 *   `quick-exit.js` cannot be loaded; hidden otherwise.
 *
 * @fires support-quick-exit - The resident is leaving, by the button or by Shift, just before the
 *   browser goes. `detail: {href}`. A site may count it; it cannot stop the exit.
 *
 * @csspart button - The exit button.
 * @csspart help - The line under the button about Shift and browser history.
 * @csspart overlay - What covers the page while the browser leaves.
 *
 * @cssprop [--support-quick-exit-color=#a3142b] - The exit button's background.
 * @cssprop [--support-on-accent-color=#fff] - Text on the exit button.
 * @cssprop [--support-focus-color=currentColor] - The focus outline: the colour of the text on the page.
 * @cssprop [--support-radius=0.5rem] - Corner radius of the button.
 * @cssprop [--support-gap=1.5rem] - Space below the element when another element follows it.
 */
export class SupportQuickExit extends SupportElement<QuickExitConfig> {
  static override properties: PropertyDeclarations = {href: {}, view: {state: true}};

  // The button and its help line take this much room (quick-exit.lazy.ts): kept from the start,
  // so nothing on the page moves when quick-exit.js arrives.
  static override styles = [sharedStyles, css`:host{min-height:5.75rem}`];

  /**
   * The neutral page to go to: http, https or relative. Missing or not a safe link:
   * `https://www.google.com/` (see the README for why).
   */
  href?: string;

  /** Undefined while `quick-exit.js` loads; null if it could not be loaded. */
  private view?: QuickExitView | null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Loaded once, however many elements ask.
    (view ??= loadFeature<QuickExitModule>('quick-exit.js').then((module) => module.quickExit())).then(
      (loaded) => (this.view = loaded),
      () => {
        this.report('quick-exit.js could not be loaded, so only the fallback link shows.');
        this.view = null;
      },
    );
    // Back on the page (moved, or a single-page app's view shown again): rendering counts it again.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.view?.removed(this);
  }

  protected parseConfig() {
    return parseQuickExitConfig(this);
  }

  protected override updated(): void {
    this.view?.updated(this);
  }

  protected renderContent() {
    if (this.view) return this.view.render(this, this.config.href);
    return this.view === null ? html`<slot></slot>` : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'support-quick-exit': SupportQuickExit;
  }
}
