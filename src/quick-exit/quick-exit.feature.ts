/**
 * What the quick exit's file, `quick-exit.js` (quick-exit.lazy.ts), gives the element: the element
 * and the file both import this, and neither imports the other.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Feature} from '../features/load.js';

/** The element, as its view sees it. */
export type QuickExitHost = ReactiveControllerHost & HTMLElement & {preview?: boolean};

/** One element's quick exit: a controller of the element that renders its button and keeps its state. */
export interface QuickExitView extends ReactiveController {
  render(href: string): unknown;
}

export interface QuickExitFeature extends Feature {
  /** The view of one element; it joins the page's quick exit (quick-exit.page.ts) when it renders. */
  view(host: QuickExitHost): QuickExitView;
}
