/**
 * The quick exit's look and behaviour, built as `dist/quick-exit.js` (a lazy feature:
 * src/features/list.json) and loaded only on pages that have a `<support-quick-exit>`: each
 * element's view, here, and the page-wide part they share (quick-exit.page.ts). It uses the embed
 * script's Lit and msg(), and carries its own texts in every language.
 */
import {html, msg, useHost} from '../features/host.js';
import {templates} from '../features/texts.js';
import type {QuickExitFeature, QuickExitHost, QuickExitView} from './quick-exit.feature.js';
import {acting, join, part, pressesLeft, unwatch, type PageExit} from './quick-exit.page.js';
import {PRESSES} from './shift-presses.js';

/** Text as written; named `css` so the build minifies it like Lit's css`` (scripts/source-edits.ts). */
const css = String.raw;

/** The view's look, which each element adopts when this file has arrived. */
const sheet = new CSSStyleSheet();
sheet.replaceSync(css`
.place {
  margin-block-end: 0.5rem;
}
.bar {
  display: flex;
  position: static;
  inset: auto;
  width: auto;
  height: auto;
  margin: 0;
  padding: 0;
  border: 0;
  overflow: visible;
  color: inherit;
  background: none;
}
/* Out of the page's flow, in the top layer where the browser has one, so no overflow or
   transform of the page's columns can clip it or carry it away. */
.bar.stuck {
  position: fixed;
  inset-block-start: 0.5rem;
  inset-inline-end: 0.5rem;
  inset-inline-start: auto;
  z-index: 2147483647;
}
.exit {
  justify-content: center;
  padding: 0.5em 1em;
  border: 2px solid var(--_on-accent);
  border-radius: var(--_radius);
  background: var(--support-quick-exit-color, #a3142b);
  font-weight: 700;
  text-decoration: none;
}
.exit > span {
  color: var(--_on-accent);
}
.exit:hover > span {
  text-decoration: underline;
}
.help {
  margin: 0;
  font-size: 0.875rem;
  line-height: 1.25;
}
.status {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
.overlay {
  position: fixed;
  inset: 0;
  box-sizing: border-box;
  width: 100%;
  max-width: none;
  height: 100%;
  max-height: none;
  margin: 0;
  padding: 2rem;
  border: 0;
  background: Canvas;
  color: CanvasText;
  font-size: 1.25rem;
  outline: none;
}
.overlay::backdrop {
  background: Canvas;
}
@media (forced-colors: active) {
  .exit {
    border-color: LinkText;
  }
}
`);

/**
 * One element's quick exit. It renders the button, its help line, the status screen readers hear
 * and the overlay shown while leaving, and keeps their state: the page-wide part asks it to
 * stick, leave or start again, and never looks inside the element.
 */
class View implements QuickExitView, PageExit {
  place?: HTMLElement;
  /** In preview mode, where it would have gone. */
  private wouldGo = '';

  constructor(readonly host: QuickExitHost) {}

  /** Back on the page (moved, or a single-page app's view shown again): rendering joins again. */
  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    part(this);
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot!;
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    // The element renders its content anew when it first shows it or changes language.
    const place = this.find('.place');
    if (this.place && this.place !== place) unwatch(this.place);
    this.place = place;
    join(this);
  }

  /** What this view rendered, in its element's shadow root: the place, the button or the overlay. */
  private find<E extends HTMLElement>(selector: '.place' | '.exit' | '.overlay'): E | undefined {
    return this.host.shadowRoot?.querySelector<E>(selector) ?? undefined;
  }

  stick(stuck: boolean): void {
    const place = this.place;
    const bar = place?.firstElementChild as HTMLElement | undefined;
    if (!place || !bar || stuck === bar.classList.contains('stuck')) return;
    place.style.height = stuck ? `${place.offsetHeight}px` : '';
    bar.classList.toggle('stuck', stuck);
    // Taken off the page, it has already left the top layer (and Chromium throws if asked).
    if ('showPopover' in bar && bar.isConnected) bar.togglePopover(stuck);
  }

  stuckBar(): HTMLElement | undefined {
    const bar = this.place?.firstElementChild;
    return bar instanceof HTMLElement && bar.classList.contains('stuck') ? bar : undefined;
  }

  /**
   * Leaves: the page disappears behind the overlay at once (a modal dialog, so the page behind is
   * inert too), the site hears of it, then the browser replaces this page in its history.
   */
  leave(): void {
    const {href} = this.find<HTMLAnchorElement>('.exit')!;
    // In preview mode it only says where it would go.
    if (this.host.preview) {
      this.wouldGo = href;
      this.host.requestUpdate();
      return;
    }
    this.find<HTMLDialogElement>('.overlay')!.showModal();
    this.host.dispatchEvent(new CustomEvent('support-quick-exit', {bubbles: true, composed: true, detail: {href}}));
    location.replace(href);
  }

  reset(): void {
    this.find<HTMLDialogElement>('.overlay')?.close();
    this.host.requestUpdate();
  }

  render(href: string): unknown {
    const left = pressesLeft();
    const status =
      this !== acting() || left === PRESSES
        ? ''
        : left === 2
          ? msg('Press Shift 2 more times to leave', {
              desc: 'Quick exit, said by screen readers after the first of three Shift presses that leave the page.',
            })
          : msg('Press Shift 1 more time to leave', {
              desc: 'Quick exit, said by screen readers after the second of three Shift presses that leave the page.',
            });
    const onClick = (event: Event) => {
      event.preventDefault();
      this.leave();
    };
    return html`
      <div class="place"><div class="bar" popover="manual">
        <a class="target exit" part="button" href=${href} @click=${onClick}><span>${msg('Leave this page', {desc: 'Quick exit button: goes at once to a neutral site, for a reader who may be watched. Short, a verb.'})}</span></a>
      </div></div>
      <p class="help" part="help">${msg('Or press Shift 3 times. This does not erase your browser history.', {desc: 'Under the quick exit button. Shift is the keyboard key: use the name printed on keyboards in your language. Browser history: the list of visited pages the browser keeps.'})}</p>
      <p class="status" role="status">${status}</p>
      ${this.wouldGo ? html`<p class="help" role="status">Would go to ${this.wouldGo}</p>` : ''}
      <dialog class="overlay" part="overlay" aria-labelledby="leaving" @cancel=${(event: Event) => event.preventDefault()}>
        <p id="leaving">${msg('Leaving this page', {desc: 'Quick exit: covers the whole page while the browser goes to the neutral site.'})}</p>
      </dialog>
    `;
  }
}

export default {templates, useHost, view: (host) => new View(host)} satisfies QuickExitFeature;
