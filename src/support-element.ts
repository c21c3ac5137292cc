import {LitElement, html, nothing, type PropertyValues} from 'lit';
import type {Parsed} from './lib/attributes.js';
import {DEFAULT_EMERGENCY, type Phone} from './lib/phone.js';
import {textDirection} from './lib/locale.js';
import {hasContent} from './dom.js';
import {inLocale, type Locale} from './localization.js';
import {readinessController} from './controllers/readiness.js';
import {firstRender} from './controllers/first-render.js';

/** An element logs at most this many problems: one pasted mistake must not flood the console. */
export const MAX_WARNINGS = 5;

/**
 * What the four elements share: they read their attributes into a config, reporting each problem
 * once; they render in the language of their own `lang`, the nearest ancestor's or the page's,
 * and follow it when it changes (readinessController); until they can, they show their fallback
 * or hold their place (firstRender).
 */
export abstract class SupportElement<Config> extends LitElement {
  /** What the attributes say, read before every render. */
  protected config!: Config;

  /** The element's language, and whether it is ready to show itself (`readiness.hold` a file to wait for it). */
  protected readonly readiness = readinessController(this, (problem) => this.report(problem));
  private readonly firstRender = firstRender(this, this.readiness, () => this.fallbackEmergency());
  private readonly reported = new Set<string>();

  /**
   * True once the element shows its own content in its language; it stays true while a new
   * language loads. False while the element waits for its language or a file it needs, while it
   * shows its fallback content (or itself in English) because they are late, and after a failure.
   * @readonly
   */
  get rendered(): boolean {
    return this.firstRender.state === 'ready';
  }

  /**
   * Whether the element's children are fallback content for when it cannot render (true for
   * the card and the download), rather than content it shows (the info panel's own text).
   */
  protected get childrenAreFallback(): boolean {
    return true;
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

  /** The number the emergency line calls when the element cannot be shown. */
  protected fallbackEmergency(): Phone {
    return DEFAULT_EMERGENCY;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.firstRender.scheduleUpdate(() => super.scheduleUpdate());
  }

  protected override performUpdate(): void {
    this.firstRender.performUpdate(() => super.performUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const {config, problems} = this.parseConfig();
    this.config = config;
    this.report(...problems.map((problem) => problem.message));
  }

  protected override update(changed: PropertyValues): void {
    // msg() answers in the element's language for the whole update, not only in render().
    inLocale(this.readiness.locale, () => super.update(changed));
  }

  protected override render(): unknown {
    const {state} = this.firstRender;
    const {locale} = this.readiness;
    if (!state) return nothing;
    if (state === 'late' && this.childrenAreFallback && hasContent(this.childNodes)) return html`<slot></slot>`;
    // Pending, it takes its place invisibly (hidden from assistive technology too); late, it shows
    // itself in the source language; ready, in its own (its class `root` is a styling hook).
    return html`<div class=${state === 'ready' ? 'root' : state} lang=${locale} dir=${textDirection(locale)}>${this.renderContent(locale)}</div>`;
  }

  /** Reads the attributes with a pure parser; never throws. */
  protected abstract parseConfig(): Parsed<Config>;

  /** The element's content in `locale`, the language msg() answers in during this render. */
  protected abstract renderContent(locale: Locale): unknown;
}
