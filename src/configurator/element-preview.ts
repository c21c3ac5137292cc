/**
 * One element in the preview, as a page shows it, and the plain-HTML copy of what it shows. The
 * element is the real one, made through the DOM by its tag (the configurator imports no element
 * class), with exactly the attributes the code will have. The copy follows what it renders, after
 * an attribute changes or when a language or a feature file arrives, and the host renders again.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {fallbackOf, renderedContent} from './fallback.js';
import type {Checked, ElementSpec, FallbackNode} from './model.js';

/** The quick exit: first in the page part, and shown in preview mode. */
export const QUICK_EXIT = 'support-quick-exit';

export interface FallbackCopy {
  /** The language the element rendered in. */
  lang: string;
  nodes: FallbackNode[];
}

export class ElementPreview implements ReactiveController {
  /** The real element, for the host to render where the preview is. */
  readonly element: HTMLElement;
  /** What the element shows, as plain HTML; undefined until it has rendered. */
  copy: FallbackCopy | undefined;

  private readonly observer = new MutationObserver(() => this.read());
  private connected = false;
  private copied = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly spec: ElementSpec,
  ) {
    this.element = document.createElement(spec.tag);
    // The quick exit shows where it would go instead of leaving the configurator (a property, never in the code).
    if (spec.tag === QUICK_EXIT) Object.assign(this.element, {preview: true});
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    void this.watch();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.observer.disconnect();
  }

  /** Shows the element with exactly these attributes, or hides it when it is left out of the code. */
  show(included: boolean, attributes: Checked['attributes']): void {
    this.element.hidden = !included;
    const wanted = new Map(attributes);
    for (const {name} of this.spec.attributes) {
      const value = wanted.get(name);
      const text = value === true ? '' : value;
      if (text === undefined) this.element.removeAttribute(name);
      else if (this.element.getAttribute(name) !== text) this.element.setAttribute(name, text);
    }
  }

  /** Once the tag is defined and the host has put the element in the page, every change it renders is seen. */
  private async watch(): Promise<void> {
    await customElements.whenDefined(this.spec.tag);
    await this.host.updateComplete;
    const root = this.element.shadowRoot;
    if (!this.connected || !root) return;
    this.observer.observe(root, {subtree: true, childList: true, characterData: true, attributes: true});
    this.read();
  }

  private read(): void {
    const lang = renderedContent(this.element)?.getAttribute('lang');
    const nodes = fallbackOf(this.element);
    const copy = lang && nodes ? {lang, nodes} : undefined;
    // The host renders again only when the copy has changed.
    const key = JSON.stringify(copy ?? null);
    if (key === this.copied) return;
    this.copied = key;
    this.copy = copy;
    this.host.requestUpdate();
  }
}
