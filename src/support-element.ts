import {LitElement, html, nothing, type PropertyValues, type PropertyDeclarations} from 'lit';
import {msg, str} from '@lit/localize';
import {readBoolean, type Parsed} from './lib/attributes.js';
import {DEFAULT_EMERGENCY, type Phone} from './lib/phone.js';
import {phoneText} from './lib/bidi.js';
import {matchLocale, textDirection} from './lib/locale.js';
import {inLocale, isLocaleReady, loadLocale, sourceLocale, supportedLocales, type Locale} from './localization.js';

/**
 * How long an element holds its place invisibly while its language (or a file such as hours.js)
 * loads. After that it shows what it can (its fallback content, else the source language, or
 * itself without what has not arrived), so a slow or stuck file never leaves a resident with
 * nothing to tap; in the usual case the file arrives well before.
 */
export const LOCALE_WAIT_MS = 500;

/** An element logs at most this many problems: one pasted mistake must not flood the console. */
export const MAX_WARNINGS = 5;

/**
 * Attribute converters for the typed properties. Attributes arrive as text; a value the element
 * cannot read is kept as it is, so that the element can say so in its warning.
 */
export function booleanProperty(name: string) {
  return {
    fromAttribute(value: string | null): boolean | string {
      const problems: string[] = [];
      const flag = readBoolean(name, value, problems);
      return problems.length ? (value as string) : flag;
    },
  };
}
export const numberProperty = {
  fromAttribute: (value: string | null): number | string | undefined =>
    value?.trim() && Number.isFinite(Number(value)) ? Number(value) : (value ?? undefined),
};

/**
 * A link's address for paper: printed after its text, absolute, since a reader cannot follow a
 * relative one. Generated content, so it is no part of the link's text on screen.
 */
export function printedAddress(href: string) {
  return html`<span class="address" data-address=${new URL(href, baseUri.call(document)).href}></span>`;
}

// Page markup can stand in for any member of `document` (<img name="baseURI">): the prototype's.
const baseUri = Object.getOwnPropertyDescriptor(Node.prototype, 'baseURI')!.get as (this: Node) => string;

/** The emergency line's words, shared by the card and the failure fallback. */
export function emergencyText(phone: Phone): string {
  return msg(str`In an emergency, call ${phoneText(phone.display)}`, {
    desc: 'Followed by the emergency number, 112 in Sweden.',
  });
}

/** Creates an element with the prototype's method: page markup can shadow `document.createElement`. */
function create<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
  return Document.prototype.createElement.call(document, tag) as HTMLElementTagNameMap[K];
}

/**
 * Resolves in a task of its own. A message, not a timer: a page (or a test) that stops or
 * slows its timers must not stop the widget from rendering.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Every connected element, so one observer can tell them all when a `lang` changes. */
const connected = new Set<SupportElement<unknown>>();
let langObserver: MutationObserver | undefined;

function watchLang(element: SupportElement<unknown>): void {
  connected.add(element);
  langObserver ??= new MutationObserver(() => connected.forEach((e) => e.syncLocale()));
  // Observing again with the same options is a no-op; `lang` changes anywhere in the page arrive.
  langObserver.observe(document, {subtree: true, attributeFilter: ['lang']});
}

/** The `lang` in force for a node: its own, else the nearest ancestor's, crossing shadow roots. */
function inheritedLang(node: Node): string | undefined {
  // Up to the document, whose own members (`parentNode`) page markup can stand in for.
  for (let current: Node | null = node; current && !(current instanceof Document);) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang')!;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return undefined;
}

/** Whether nodes hold real content, not just white space. */
export function hasContent(nodes: Iterable<Node>): boolean {
  return [...nodes].some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
}

/**
 * The attribute that marks a plain-HTML copy of what an element renders (the configurator writes
 * one into each element): a fallback for when the element cannot render, never the editor's own text.
 */
const FALLBACK_MARK = 'data-support-fallback';

/** Whether nodes hold content of the editor's own, beside any marked fallback copy. */
export function hasEditorContent(nodes: Iterable<Node>): boolean {
  return hasContent([...nodes].filter((node) => !(node instanceof Element && node.hasAttribute(FALLBACK_MARK))));
}

/**
 * What the three elements share: they read their attributes into a config, reporting each
 * problem once; they render in the language of their own `lang`, the nearest ancestor's or the
 * page's, and follow it when it changes.
 */
export abstract class SupportElement<Config> extends LitElement {
  static override properties: PropertyDeclarations = {locale: {state: true}, waitedForLocale: {state: true}};

  /** The language the element shows; undefined until its first language is ready. */
  protected locale?: Locale;

  /** What the attributes say, read before every render. */
  protected config!: Config;

  /**
   * Whether the element's children are fallback content for when it cannot render (true for
   * the card and the download), rather than content it shows (the info panel's own text).
   */
  protected get childrenAreFallback(): boolean {
    return true;
  }

  /** Set once the first language has taken longer than LOCALE_WAIT_MS to arrive. */
  private waitedForLocale = false;
  private waitTimer?: ReturnType<typeof setTimeout>;
  /** Files the first render waits for besides the language (see `hold`). */
  private readonly holds = new Set<Promise<unknown>>();

  private readonly reported = new Set<string>();
  private failed = false;
  /** Shows the element's children (its fallback) until it renders its own content: see createRenderRoot. */
  private pendingSlot?: HTMLSlotElement;

  /**
   * An element that already holds content when it starts (its fallback, read before a deferred
   * script ran) keeps showing it until it renders its own content (also while its language
   * loads), and each of its updates meanwhile runs in a task of its own: a page with several
   * elements never blocks for all their renders at once, and nothing on it goes blank. An element
   * still empty (a script in `<head>` meets it before its children) renders at once, before the
   * first paint, as it always has.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (hasContent(this.childNodes)) {
      this.pendingSlot = root.appendChild(create('slot'));
      // Keeps the fallback's margins inside the element, where its own render starts: the element
      // does not move when it takes over. (A style property, which a strict CSP allows.)
      this.pendingSlot.style.display = 'flow-root';
    }
    return root;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.pendingSlot ? nextTask().then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
    this.syncLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /**
   * @internal
   * Moves to the language asked for. An unsupported language keeps the current one (a page
   * switched to German keeps its Swedish card); before any, it is the source language.
   */
  syncLocale(): void {
    const wanted = matchLocale(inheritedLang(this), supportedLocales) ?? this.locale ?? sourceLocale;
    if (wanted === this.locale) return;
    if (isLocaleReady(wanted)) {
      this.show(wanted);
      return;
    }
    if (!this.locale) this.startWait();
    loadLocale(wanted).then(
      () => this.syncLocale(),
      () => {
        this.report(
          `lang: the "${wanted}" translation could not be loaded; the text stays in ${this.locale ?? sourceLocale}.`,
        );
        if (!this.locale) this.show(sourceLocale);
      },
    );
  }

  private startWait(): void {
    this.waitTimer ??= setTimeout(() => (this.waitedForLocale = true), LOCALE_WAIT_MS);
  }

  private show(locale: Locale): void {
    this.locale = locale;
    if (this.holds.size === 0) clearTimeout(this.waitTimer);
  }

  /**
   * The first render also waits for `file` (a feature's file), the way it waits for its language:
   * invisible in its place for up to LOCALE_WAIT_MS, then shown with or without it. Either way,
   * the element renders again when the file has arrived or failed.
   */
  protected hold(file: Promise<unknown>): void {
    if (this.holds.has(file)) return;
    // Only the first render waits: an element once shown never turns invisible again.
    if (!this.hasUpdated && !this.waitedForLocale) {
      this.holds.add(file);
      this.startWait();
    }
    const done = () => {
      this.holds.delete(file);
      this.requestUpdate();
    };
    file.then(done, done);
  }

  /**
   * Logs each problem once per element, naming the element, so editors can find the mistake;
   * at most MAX_WARNINGS in all.
   */
  protected report(...problems: string[]): void {
    for (const problem of problems) {
      if (this.reported.has(problem) || this.reported.size >= MAX_WARNINGS) continue;
      this.reported.add(problem);
      console.warn(`<${this.localName}> ${problem}`);
    }
  }

  /**
   * Whatever breaks an update (a bug, or page markup that shadows a global Lit needs, such as
   * `<img name="createComment">`), the resident still sees a way to get help: the element's
   * fallback content, else the emergency number. It stays that way: a half-made render cannot be
   * trusted to update.
   */
  protected override performUpdate(): void {
    if (this.failed) return;
    try {
      super.performUpdate();
    } catch (error) {
      this.failed = true;
      console.error(`<${this.localName}> could not be shown, so its fallback is shown instead.`, error);
      this.renderRoot.replaceChildren(hasContent(this.childNodes) ? create('slot') : this.emergencyLine());
    }
  }

  /** "In an emergency, call 112", built without Lit, which has just failed. */
  private emergencyLine(): HTMLElement {
    const phone = this.fallbackEmergency();
    const line = create('p');
    const link = line.appendChild(create('a'));
    link.href = phone.href;
    link.textContent = inLocale(this.locale ?? sourceLocale, () => emergencyText(phone));
    return line;
  }

  /** The number the emergency line calls. */
  protected fallbackEmergency(): Phone {
    return DEFAULT_EMERGENCY;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const {config, problems} = this.parseConfig();
    this.config = config;
    this.report(...problems);
  }

  /** Waiting for its language or a feature's file, for at most LOCALE_WAIT_MS. */
  private get waiting(): boolean {
    return (!this.locale || this.holds.size > 0) && !this.waitedForLocale;
  }

  protected override update(changed: PropertyValues): void {
    // The render replaces the fallback in the same task: no frame shows both or neither. While
    // the element waits, its fallback stays.
    if (!this.waiting) {
      this.pendingSlot?.remove();
      this.pendingSlot = undefined;
    }
    inLocale(this.locale ?? sourceLocale, () => super.update(changed));
  }

  protected override render(): unknown {
    if (this.waiting) {
      // While its language loads, an element showing its fallback goes on showing it. One without
      // already takes its place, laid out in the source language but invisible (and hidden from
      // assistive technology), so the page does not jump when the text arrives.
      const locale = this.locale ?? sourceLocale;
      return this.pendingSlot ? nothing : html`<div class="pending" lang=${locale}>${this.renderContent(locale)}</div>`;
    }
    // Waited long enough: without its language, its fallback, else itself in the source language;
    // with it, itself, with or without the file it waits for.
    if (!this.locale) {
      return this.childrenAreFallback && hasContent(this.childNodes)
        ? html`<slot></slot>`
        : html`<div class="interim" lang=${sourceLocale} dir=${textDirection(sourceLocale)}>${this.renderContent(sourceLocale)}</div>`;
    }
    return html`<div class="root" lang=${this.locale} dir=${textDirection(this.locale)}>${this.renderContent(this.locale)}</div>`;
  }

  /** Reads the attributes with a pure parser; never throws. */
  protected abstract parseConfig(): Parsed<Config>;

  /** The element's content in `locale`, the language msg() answers in during this render. */
  protected abstract renderContent(locale: Locale): unknown;
}
