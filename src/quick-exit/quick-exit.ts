import {css, html, nothing, type PropertyDeclarations, type PropertyValues} from 'lit';
import {SupportElement} from '../support-element.js';
import {sharedStyles} from '../shared.styles.js';
import {parseQuickExitConfig, type QuickExitConfig} from './quick-exit.config.js';
import {feature} from '../features/load.js';
import type {QuickExitFeature, QuickExitView} from './quick-exit.feature.js';

/** The quick exit's look and behaviour, loaded by the first element; without it, the fallback link shows. */
const quickExit = feature<QuickExitFeature>('quick-exit.js', 'support-quick-exit', 'only the fallback link shows');

/** Taken when the script runs: page markup or a script may stand in for `addEventListener` later. */
const addListener = EventTarget.prototype.addEventListener;
let listening = false;

/**
 * Listens for Shift on `window`, in the capture phase, from when the script runs (index.ts calls
 * this at once): a key listener the page adds later runs after this one and cannot stop it. Only
 * what the resident did counts (trusted events), and a click counts too, since a Shift held for
 * it (selecting text) is not a press. `quick-exit.js` counts them once it has arrived.
 */
export function listenForShift(): void {
  if (listening) return;
  listening = true;
  for (const type of ['keydown', 'keyup', 'mousedown'])
    addListener.call(
      window,
      type,
      (event) => {
        if (event.isTrusted) quickExit.module?.onInput(event as KeyboardEvent | MouseEvent);
      },
      true,
    );
}

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
  static override properties: PropertyDeclarations = {href: {}, preview: {attribute: false, type: Boolean}};

  // The button and its help line take this much room (QuickExitView): kept from the start,
  // so nothing on the page moves when quick-exit.js arrives.
  static override styles = [sharedStyles, css`:host{min-height:5.75rem}`];

  /**
   * The neutral page to go to: http, https or relative. Missing or not a safe link:
   * `https://www.google.com/` (see the README for why).
   */
  href?: string;

  /**
   * For a page that shows the quick exit without leaving (the configurator's preview): a click or
   * Shift three times says where it would go, and stays. A property only: no attribute or markup
   * can turn leaving off.
   */
  preview = false;

  /** The element's button and its state, once `quick-exit.js` has arrived: a controller. */
  private view?: QuickExitView;

  override connectedCallback(): void {
    super.connectedCallback();
    // The ES entry has no script start: the first element listens (the embed script did already).
    listenForShift();
    // Loaded once, however many elements ask; each renders again when it has arrived or failed.
    void quickExit.load().then(() => this.requestUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (quickExit.module && !this.view) this.addController((this.view = quickExit.module.view(this)));
    super.willUpdate(changed);
  }

  protected parseConfig() {
    return parseQuickExitConfig(this, {url: location.href, base: this.baseURI});
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
