import type {ReactiveController, ReactiveElement} from 'lit';
import {matchLocale} from '../lib/locale.js';
import {isLocaleReady, loadLocale, sourceLocale, supportedLocales, type Locale} from '../localization.js';

/**
 * How long an element holds its place invisibly while its language (or a file such as hours.js)
 * loads. After that it shows what it can (its fallback content, else the source language, or
 * itself without what has not arrived), so a slow or stuck file never leaves a resident with
 * nothing to tap; in the usual case the file arrives well before.
 */
export const LOCALE_WAIT_MS = 500;

/**
 * Whether an element is ready to show itself:
 * - `pending`: its first language, or a file it holds for, has not arrived, for less than LOCALE_WAIT_MS;
 * - `late`: LOCALE_WAIT_MS passed before its first language arrived;
 * - `ready`: it has its language, and the files it held for have arrived or are no longer waited for.
 */
export type Readiness = 'pending' | 'late' | 'ready';

/** Gives an element its language and tells when it is ready for its first render. */
export interface ReadinessController extends ReactiveController {
  /** The language the element shows: its own once it has arrived, until then the source language. */
  readonly locale: Locale;
  /** Whether the element is ready to show itself, as of now. */
  readonly state: Readiness;
  /**
   * The first render also waits for `file` (a feature's file), the way it waits for its language:
   * invisible in its place for up to LOCALE_WAIT_MS, then shown with or without it. Either way,
   * the element renders again when the file has arrived or failed.
   */
  hold(file: Promise<unknown>): void;
}

/** Each connected element's way to follow its `lang`, so one observer can tell them all when a `lang` changes. */
const connected = new Set<() => void>();
let langObserver: MutationObserver | undefined;

/**
 * The `lang` in force for a node: its own, else the nearest ancestor's, crossing shadow roots; up
 * to the document, whose own members (`parentNode`) page markup can stand in for.
 */
function inheritedLang(node: Node): string | undefined {
  for (
    let current: Node | undefined = node;
    current && !(current instanceof Document);
    current = current.parentNode ?? (current as ShadowRoot).host
  ) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang')!;
  }
  return undefined;
}

/**
 * The controller of `host`'s language: its own `lang`, the nearest ancestor's or the page's,
 * followed when it changes, loaded when needed. `report` tells the editor about a language that
 * could not be loaded.
 */
export function readinessController(host: ReactiveElement, report: (problem: string) => void): ReadinessController {
  let locale: Locale | undefined;
  /** Set once LOCALE_WAIT_MS has passed while waiting. */
  let waited = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Files the first render waits for besides the language (see `hold`). */
  const holds = new Set<Promise<unknown>>();

  const startWait = () =>
    (timer ??= setTimeout(() => {
      waited = true;
      host.requestUpdate();
    }, LOCALE_WAIT_MS));

  const show = (next: Locale) => {
    locale = next;
    if (!holds.size) clearTimeout(timer);
    host.requestUpdate();
  };

  /**
   * Moves to the language asked for. An unsupported language keeps the current one (a page
   * switched to German keeps its Swedish card); before any, it is the source language.
   */
  const sync = (): void => {
    const wanted = matchLocale(inheritedLang(host), supportedLocales) ?? locale ?? sourceLocale;
    if (wanted === locale) return;
    if (isLocaleReady(wanted)) {
      show(wanted);
      return;
    }
    if (!locale) startWait();
    loadLocale(wanted).then(sync, () => {
      report(`lang: the "${wanted}" translation could not be loaded; the text stays in ${locale ?? sourceLocale}.`);
      if (!locale) show(sourceLocale);
    });
  };

  const controller: ReadinessController = {
    get locale() {
      return locale ?? sourceLocale;
    },
    get state() {
      if (locale && (waited || !holds.size)) return 'ready';
      return waited ? 'late' : 'pending';
    },
    hostConnected() {
      connected.add(sync);
      langObserver ??= new MutationObserver(() => connected.forEach((follow) => follow()));
      // Observing again with the same options is a no-op; `lang` changes anywhere in the page arrive.
      langObserver.observe(document, {subtree: true, attributeFilter: ['lang']});
      sync();
    },
    hostDisconnected() {
      connected.delete(sync);
    },
    hold(file) {
      if (holds.has(file)) return;
      // Only the first render waits: an element once shown never turns invisible again.
      if (!host.hasUpdated && !waited) {
        holds.add(file);
        startWait();
      }
      const done = () => {
        holds.delete(file);
        host.requestUpdate();
      };
      file.then(done, done);
    },
  };
  host.addController(controller);
  return controller;
}
