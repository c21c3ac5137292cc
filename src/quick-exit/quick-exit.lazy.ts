/**
 * The quick exit's look and behaviour, built as `dist/quick-exit.js` (a lazy feature, see
 * scripts/lazy-feature.ts) and loaded only on pages that have a `<support-quick-exit>`. It uses
 * the embed script's Lit and msg(), and carries its own texts in every language.
 */
import {html} from 'lit';
import {msg} from '@lit/localize';
import type {QuickExitModule, QuickExitView, SupportQuickExit} from './quick-exit.js';
import {NO_PRESSES, PRESSES, WINDOW_MS, countShift, livePresses} from './shift-presses.js';

/** Text as written; named `css` so the build minifies it like Lit's css`` (scripts/source-edits.ts). */
const css = String.raw;

const CSS = css`
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
`;

/** Every quick exit on the page, in the order they rendered; the first connected one acts. */
const hosts: SupportQuickExit[] = [];
const first = () => hosts.find((host) => host.isConnected);

/** The Shift presses that count so far (see shift-presses.ts). */
let count = NO_PRESSES;
let expiry: ReturnType<typeof setTimeout> | undefined;

const part = (host: SupportQuickExit, name: string) => host.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);

/**
 * Leaves: the page disappears behind the overlay at once (a modal dialog, so the page behind is
 * inert too), the site hears of it, then the browser replaces this page in its history.
 */
function leave(host: SupportQuickExit): void {
  const link = part(host, 'button') as HTMLAnchorElement;
  (part(host, 'overlay') as HTMLDialogElement).showModal();
  host.dispatchEvent(new CustomEvent('support-quick-exit', {bubbles: true, composed: true, detail: {href: link.href}}));
  location.replace(link.href);
}

function onKey(event: KeyboardEvent): void {
  const host = first();
  if (!host) return;
  const before = count.presses.length;
  const {type, key, ctrlKey, altKey, metaKey} = event;
  count = countShift(count, {type: type as 'keydown' | 'keyup', key, ctrlKey, altKey, metaKey, time: event.timeStamp});
  if (count.presses.length >= PRESSES) {
    count = NO_PRESSES;
    leave(host);
  }
  if (count.presses.length !== before) {
    schedule();
    host.requestUpdate();
  }
}

/** Five seconds after a press, it no longer counts, and the message says so. */
function schedule(): void {
  clearTimeout(expiry);
  const oldest = count.presses[0];
  if (oldest !== undefined)
    expiry = setTimeout(
      () => {
        count = {...count, presses: livePresses(count.presses, performance.now())};
        schedule();
        first()?.requestUpdate();
      },
      oldest + WINDOW_MS - performance.now(),
    );
}

/** Back from the back/forward cache after leaving: the page as it was, with no overlay. */
function onPageShow(event: PageTransitionEvent): void {
  if (!event.persisted) return;
  count = NO_PRESSES;
  for (const host of hosts) {
    (part(host, 'overlay') as HTMLDialogElement | undefined)?.close();
    host.requestUpdate();
  }
}

/**
 * The button sticks to a corner of the window as soon as its place in the page is not fully in
 * view, and returns to it when it is; its place keeps its height, so nothing on the page moves.
 */
const sticking = new IntersectionObserver(
  (entries) => {
    for (const {target, intersectionRatio, boundingClientRect} of entries) {
      // Zero height: the element is hidden (display: none somewhere above it), so no button either.
      stick(target as HTMLElement, intersectionRatio < 1 && boundingClientRect.height > 0);
    }
  },
  {threshold: 1},
);

function stick(place: HTMLElement, stuck: boolean): void {
  const bar = place.firstElementChild as HTMLElement;
  if (stuck === bar.classList.contains('stuck')) return;
  place.style.height = stuck ? `${place.offsetHeight}px` : '';
  bar.classList.toggle('stuck', stuck);
  // Taken off the page, it has already left the top layer (and Chromium throws if asked).
  if ('showPopover' in bar && bar.isConnected) bar.togglePopover(stuck);
}

/** After the browser has moved focus into view: if the stuck button covers it, scroll it clear. */
function onFocusIn(event: FocusEvent): void {
  const focused = event.composedPath()[0];
  requestAnimationFrame(() => {
    const bar = first()?.shadowRoot?.querySelector('.stuck');
    if (!bar || !(focused instanceof Element) || bar.contains(focused)) return;
    const b = bar.getBoundingClientRect();
    const f = focused.getBoundingClientRect();
    if (f.top < b.bottom && f.bottom > b.top && f.left < b.right && f.right > b.left) scrollBy(0, f.top - b.bottom - 8);
  });
}

export {templates} from '../features/texts.js';
export {useHost} from '../features/host.js';

export const quickExit: QuickExitModule['quickExit'] = () => {
  // One listener of each kind for the page, however many elements there are.
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('keyup', onKey, true);
  document.addEventListener('focusin', onFocusIn, true);
  addEventListener('pageshow', onPageShow);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);

  const view: QuickExitView = {
    updated(host) {
      const root = host.shadowRoot!;
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      if (!hosts.includes(host)) hosts.push(host);
      const place = root.querySelector('.place');
      if (place && host === first()) sticking.observe(place);
    },
    removed(host) {
      const at = hosts.indexOf(host);
      if (at < 0) return;
      hosts.splice(at, 1);
      const place = host.shadowRoot!.querySelector<HTMLElement>('.place');
      if (place) {
        sticking.unobserve(place);
        stick(place, false);
      }
      // The next one now acts: rendering it starts watching its place and lets it speak.
      first()?.requestUpdate();
    },
    render(host, href) {
      const left = PRESSES - count.presses.length;
      const status =
        host !== first() || left === PRESSES
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
        leave(host);
      };
      return html`
        <div class="place"><div class="bar" popover="manual">
          <a class="target exit" part="button" href=${href} @click=${onClick}><span>${msg('Leave this page', {desc: 'Quick exit button: goes at once to a neutral site, for a reader who may be watched. Short, a verb.'})}</span></a>
        </div></div>
        <p class="help" part="help">${msg('Or press Shift 3 times. This does not erase your browser history.', {desc: 'Under the quick exit button. Shift is the keyboard key: use the name printed on keyboards in your language. Browser history: the list of visited pages the browser keeps.'})}</p>
        <p class="status" role="status">${status}</p>
        <dialog class="overlay" part="overlay" aria-labelledby="leaving" @cancel=${(event: Event) => event.preventDefault()}>
          <p id="leaving">${msg('Leaving this page', {desc: 'Quick exit: covers the whole page while the browser goes to the neutral site.'})}</p>
        </dialog>
      `;
    },
  };
  return view;
};
