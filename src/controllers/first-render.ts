import type {ReactiveController, ReactiveElement} from 'lit';
import {create, hasContent, nextTask} from '../dom.js';
import type {Phone} from '../lib/phone.js';
import {inLocale} from '../localization.js';
import {emergencyText} from '../shared-templates.js';
import type {Readiness, ReadinessController} from './readiness.js';

/**
 * What an element shows:
 * - `pending`: it waits (see Readiness): it goes on showing the fallback it started with, else it
 *   takes its place, laid out but invisible, so the page does not jump when it renders;
 * - `late`: its language is late: its fallback content, else itself in the source language;
 * - `ready`: itself in its language (with or without a file it waited for in vain);
 * - `failed`: an update broke: its fallback content, else the emergency line, for good.
 */
export type Shown = Readiness | 'failed';

/**
 * The first render, and what an element shows until it has one. An element that already holds
 * content when it starts (its fallback, read before a deferred script ran) keeps showing it until
 * it renders its own content (also while its language loads), and each of its updates meanwhile
 * runs in a task of its own: a page with several elements never blocks for all their renders at
 * once, and nothing on it goes blank. An element still empty (a script in `<head>` meets it
 * before its children) renders at once, before the first paint.
 */
export interface FirstRender extends ReactiveController {
  /**
   * What the element shows since its last update; undefined before the first, and while it waits
   * with the fallback it started with still on screen (it shows nothing of its own).
   */
  readonly state: Shown | undefined;
  /** The element's `scheduleUpdate`: in a task of its own while it shows the fallback it started with. */
  scheduleUpdate(update: () => void | Promise<unknown>): void | Promise<unknown>;
  /**
   * The element's `performUpdate`. Whatever breaks it (a bug, or page markup that shadows a global
   * Lit needs, such as `<img name="createComment">`), the resident still sees a way to get help:
   * the element's fallback content, else the emergency number. It stays that way: a half-made
   * render cannot be trusted to update.
   */
  performUpdate(update: () => void): void;
}

/**
 * The first-render controller of `host`, which waits as long as `readiness` says; `emergency`
 * gives the number its emergency line calls.
 */
export function firstRender(
  host: ReactiveElement,
  readiness: ReadinessController,
  emergency: () => Phone,
): FirstRender {
  let shown: Shown | undefined;
  let started = false;
  /** Shows the element's children (its fallback) until it renders its own content. */
  let slot: HTMLSlotElement | undefined;
  const controller: FirstRender = {
    get state() {
      return shown;
    },
    // The render root is new and empty the first time.
    hostConnected() {
      if (started) return;
      started = true;
      if (hasContent(host.childNodes)) {
        slot = host.renderRoot.appendChild(create('slot'));
        // Keeps the fallback's margins inside the element, where its own render starts: the
        // element does not move when it takes over. (A style property, which a strict CSP allows.)
        slot.style.display = 'flow-root';
      }
    },
    // Before each render: what it shows. Its render replaces the fallback in the same task, so no
    // frame shows both or neither.
    hostUpdate() {
      shown = readiness.state;
      if (shown === 'pending' && slot) shown = undefined;
      else {
        slot?.remove();
        slot = undefined;
      }
    },
    scheduleUpdate(update) {
      return slot ? nextTask().then(update) : update();
    },
    performUpdate(update) {
      if (shown === 'failed') return;
      try {
        update();
      } catch (error) {
        shown = 'failed';
        console.error(`<${host.localName}> could not be shown, so its fallback is shown instead.`, error);
        host.renderRoot.replaceChildren(hasContent(host.childNodes) ? create('slot') : emergencyLine());
      }
    },
  };

  /** "In an emergency, call 112", built without Lit, which has just failed. */
  const emergencyLine = (): HTMLElement => {
    const phone = emergency();
    const line = create('p');
    const link = line.appendChild(create('a'));
    link.href = phone.href;
    link.textContent = inLocale(readiness.locale, () => emergencyText(phone));
    return line;
  };

  host.addController(controller);
  return controller;
}
