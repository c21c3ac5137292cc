/**
 * The quick exit's page-wide part, one for however many elements: the Shift presses that leave
 * (shift-presses.ts), which element acts (the first on the page, of those that have rendered),
 * and the observer that sticks the acting one's button to the window's corner. Each element's view
 * (quick-exit.lazy.ts) joins when it renders and parts when it leaves the page; this module knows
 * the views only as `PageExit`, never their elements' insides.
 */
import {NO_PRESSES, PRESSES, WINDOW_MS, countShift, livePresses} from './shift-presses.js';

/** What the page needs of each element's view. */
export interface PageExit {
  readonly host: HTMLElement & {requestUpdate(): void};
  /** Where the button sits in the page, once rendered; watched while this one acts. */
  readonly place?: HTMLElement;
  /** Moves the button to the window's corner, or back to its place. */
  stick(stuck: boolean): void;
  /** The button while it is stuck to the corner. */
  stuckBar(): HTMLElement | undefined;
  leave(): void;
  /** Back from the back/forward cache after leaving: as it was before. */
  reset(): void;
}

/** Every view on the page, in the order they rendered. */
const views: PageExit[] = [];

/** The Shift presses that count so far. */
let count = NO_PRESSES;
let expiry: ReturnType<typeof setTimeout> | undefined;
let listening = false;

/** The view that acts and speaks: the first whose element is on the page. */
export const acting = (): PageExit | undefined => views.find((view) => view.host.isConnected);

/** Shift presses still needed to leave. */
export const pressesLeft = (): number => PRESSES - count.presses.length;

/** A view has rendered: it counts (again), and if it acts, its place is watched. */
export function join(view: PageExit): void {
  if (!listening) listen();
  if (!views.includes(view)) views.push(view);
  if (view.place && view === acting()) sticking.observe(view.place);
}

/** A view's element left the page: it lets go of its corner, and the next one takes over. */
export function part(view: PageExit): void {
  const at = views.indexOf(view);
  if (at < 0) return;
  views.splice(at, 1);
  if (view.place) sticking.unobserve(view.place);
  view.stick(false);
  // Rendering the next one starts watching its place and lets it speak.
  acting()?.host.requestUpdate();
}

/** A place that no longer holds the button (its element rendered it anew). */
export function unwatch(place: HTMLElement): void {
  sticking.unobserve(place);
}

/** One listener of each kind for the page, however many elements there are. */
function listen(): void {
  listening = true;
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('keyup', onKey, true);
  document.addEventListener('focusin', onFocusIn, true);
  addEventListener('pageshow', onPageShow);
}

function onKey(event: KeyboardEvent): void {
  const view = acting();
  if (!view) return;
  const before = count.presses.length;
  const {type, key, ctrlKey, altKey, metaKey} = event;
  count = countShift(count, {type: type as 'keydown' | 'keyup', key, ctrlKey, altKey, metaKey, time: event.timeStamp});
  if (count.presses.length >= PRESSES) {
    count = NO_PRESSES;
    view.leave();
  }
  if (count.presses.length !== before) {
    schedule();
    view.host.requestUpdate();
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
        acting()?.host.requestUpdate();
      },
      oldest + WINDOW_MS - performance.now(),
    );
}

/** Back from the back/forward cache after leaving: the page as it was, with no overlay. */
function onPageShow(event: PageTransitionEvent): void {
  if (!event.persisted) return;
  count = NO_PRESSES;
  for (const view of views) view.reset();
}

/**
 * The button sticks to a corner of the window as soon as its place in the page is not fully in
 * view, and returns to it when it is; its place keeps its height, so nothing on the page moves.
 */
const sticking = new IntersectionObserver(
  (entries) => {
    for (const {target, intersectionRatio, boundingClientRect} of entries) {
      // Zero height: the element is hidden (display: none somewhere above it), so no button either.
      views.find((view) => view.place === target)?.stick(intersectionRatio < 1 && boundingClientRect.height > 0);
    }
  },
  {threshold: 1},
);

/** After the browser has moved focus into view: if the stuck button covers it, scroll it clear. */
function onFocusIn(event: FocusEvent): void {
  const focused = event.composedPath()[0];
  requestAnimationFrame(() => {
    const bar = acting()?.stuckBar();
    if (!bar || !(focused instanceof Element) || bar.contains(focused)) return;
    const b = bar.getBoundingClientRect();
    const f = focused.getBoundingClientRect();
    if (f.top < b.bottom && f.bottom > b.top && f.left < b.right && f.right > b.left) scrollBy(0, f.top - b.bottom - 8);
  });
}
