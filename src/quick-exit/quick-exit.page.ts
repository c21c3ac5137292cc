/**
 * The quick exit's page-wide part, one for however many elements: the Shift presses that leave
 * (shift-presses.ts), which element acts, and the watch that sticks the acting one's button to the
 * window's corner. Each element's view (quick-exit.lazy.ts) joins when it renders and parts when it
 * leaves the page; this module knows the views only as `PageExit`, never their elements' insides.
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

// Taken when this file arrives: page markup may stand in for `document`'s members (<img name=…>).
const listen = EventTarget.prototype.addEventListener;
const compare = Node.prototype.compareDocumentPosition;
const pointed = Document.prototype.elementFromPoint;

/** Every view on the page. */
const views: PageExit[] = [];

/** The Shift presses that count so far, and whether the last ones ran out of time unused. */
let count = NO_PRESSES;
let expired = false;
let expiry: ReturnType<typeof setTimeout> | undefined;
let listening = false;
/** The view that acted last time it was asked: its place is the one watched. */
let current: PageExit | undefined;

/**
 * The view that acts and speaks: the first visible one in the page's order (a copy in a hidden
 * mobile menu does not act), else the first on the page.
 */
export function acting(): PageExit | undefined {
  const connected = views
    .filter((view) => view.host.isConnected)
    .sort((a, b) => (compare.call(a.host, b.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return connected.find((view) => view.host.checkVisibility({visibilityProperty: true})) ?? connected[0];
}

/** Shift presses still needed to leave. */
export const pressesLeft = (): number => PRESSES - count.presses.length;

/** Whether the presses made ran out of time before the third: the status says the count started again. */
export const countExpired = (): boolean => expired;

/** A view has rendered: it counts (again), and the acting one is looked for anew. */
export function join(view: PageExit): void {
  if (!listening) listen_();
  if (!views.includes(view)) {
    views.push(view);
    shownOrHidden.observe(view.host);
  }
  if (view.place && view === current) sticking.observe(view.place);
  reconsider();
}

/** A view's element left the page: it lets go of its corner, and the next one takes over. */
export function part(view: PageExit): void {
  const at = views.indexOf(view);
  if (at < 0) return;
  views.splice(at, 1);
  shownOrHidden.unobserve(view.host);
  if (view.place) sticking.unobserve(view.place);
  view.stick(false);
  reconsider();
}

/** A place that no longer holds the button (its element rendered it anew). */
export function unwatch(place: HTMLElement): void {
  sticking.unobserve(place);
}

/** Which view acts may have changed: the new one's place is watched, and both render their status. */
function reconsider(): void {
  const next = acting();
  if (next === current) return;
  const previous = current;
  current = next;
  if (previous?.place) sticking.unobserve(previous.place);
  previous?.stick(false);
  previous?.host.requestUpdate();
  if (next?.place) sticking.observe(next.place);
  next?.host.requestUpdate();
}

/** One listener of each kind for the page, however many elements there are (keys: ./quick-exit.ts). */
function listen_(): void {
  listening = true;
  listen.call(window, 'focusin', onFocusIn as EventListener, true);
  listen.call(window, 'pageshow', onPageShow as EventListener);
  // A fixed header may come over the place as the page scrolls, with the place still in view.
  listen.call(window, 'scroll', onScroll, {capture: true, passive: true});
  listen.call(window, 'resize', onScroll);
}

/** A key or click the resident made (trusted, seen from the start on `window`). */
export function onInput(event: KeyboardEvent | MouseEvent): void {
  reconsider();
  const view = current;
  if (!view) return;
  const before = count.presses.length;
  // A click with Shift down (selecting text) counts as another key: the Shift is not a press.
  if (!('key' in event) && !event.shiftKey) return;
  const {type, ctrlKey, altKey, metaKey} = event;
  const key = 'key' in event ? event.key : 'click';
  count = countShift(count, {
    type: type === 'keyup' ? 'keyup' : 'keydown',
    key,
    ctrlKey,
    altKey,
    metaKey,
    time: event.timeStamp,
  });
  if (count.presses.length >= PRESSES) {
    count = NO_PRESSES;
    view.leave();
  }
  if (count.presses.length !== before || expired) {
    expired = false;
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
        expired = count.presses.length === 0;
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
  expired = false;
  for (const view of views) view.reset();
}

/** A copy shown or hidden (a menu opened, a breakpoint crossed) changes size: which acts may change. */
const shownOrHidden = new ResizeObserver(reconsider);

/**
 * Whether the whole place is in view and uncovered: what the page shows at its corners is the
 * element itself, not a fixed or sticky header over it.
 */
function inView(view: PageExit, ratio: number): boolean {
  const box = view.place?.getBoundingClientRect();
  // Zero height: the element is hidden (display: none above it), so there is no button to stick.
  if (!box || box.height === 0) return true;
  if (ratio < 1) return false;
  const root = view.host.getRootNode() as Document | ShadowRoot;
  const at = (x: number, y: number) =>
    root instanceof ShadowRoot ? root.elementFromPoint(x, y) : pointed.call(document, x, y);
  return [
    [box.left + 1, box.top + 1],
    [box.right - 1, box.top + 1],
    [box.left + 1, box.bottom - 1],
    [box.right - 1, box.bottom - 1],
  ].every(([x, y]) => {
    const hit = at(x!, y!);
    return !hit || hit === view.host || view.host.contains(hit);
  });
}

/** The last ratio the observer gave for the acting place. */
let ratio = 1;

/**
 * The button sticks to a corner of the window as soon as its place in the page is not fully in
 * view, or is covered, and returns to it when it is not; its place keeps its height, so nothing on
 * the page moves.
 */
const sticking = new IntersectionObserver(
  (entries) => {
    for (const {target, intersectionRatio} of entries) {
      if (current?.place !== target) continue;
      ratio = intersectionRatio;
      current.stick(!inView(current, ratio));
    }
  },
  {threshold: 1},
);

let frame = 0;
/** Once a frame while the page scrolls or resizes: a copy may have come into view, or a header over it. */
function onScroll(): void {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    reconsider();
    if (current?.place) current.stick(!inView(current, ratio));
  });
}

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
