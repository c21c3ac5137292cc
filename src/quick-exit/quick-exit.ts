import {css, html, nothing, type PropertyDeclarations, type PropertyValues} from 'lit';
import {SupportElement} from '../support-element.js';
import {sharedStyles} from '../shared.styles.js';
import {parseQuickExitConfig, type QuickExitConfig} from './quick-exit.config.js';
import {feature} from '../features/load.js';
import type {QuickExitFeature, QuickExitView} from './quick-exit.feature.js';

/** The quick exit's look and behaviour, loaded by the first element; without it, the fallback link shows. */
const quickExit = feature<QuickExitFeature>('quick-exit.js', 'support-quick-exit', 'only the fallback link shows');

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
  static override properties: PropertyDeclarations = {href: {}, preview: {attribute: false}};

  // The button and its help line take this much room (QuickExitView): kept from the start,
  // so nothing on the page moves when quick-exit.js arrives.
  static override styles = [sharedStyles, css`:host{min-height:5.75rem}`];

  /**
   * The neutral page to go to: http, https or relative. Missing or not a safe link:
   * `https://www.google.com/` (see the README for why).
   */
  href?: string;

  /**
   * Set from JavaScript only (never an attribute, so never in a page's code): a click or Shift
   * three times says where it would go, and stays. For previews such as the configurator's.
   */
  preview = false;

  /** The element's button and its state, once `quick-exit.js` has arrived: a controller. */
  private view?: QuickExitView;

  override connectedCallback(): void {
    super.connectedCallback();
    // Loaded once, however many elements ask; each renders again when it has arrived or failed.
    void quickExit.load().then(() => this.requestUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (quickExit.module && !this.view) this.addController((this.view = quickExit.module.view(this)));
    super.willUpdate(changed);
  }

  protected parseConfig() {
    return parseQuickExitConfig(this);
  }

  protected renderContent() {
    if (this.view) return this.view.render(this.config.href);
    return quickExit.state == 'failed' ? html`<slot></slot>` : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'support-quick-exit': SupportQuickExit;
  }
}
