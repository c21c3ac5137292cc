import type {Manifest} from './model.js';

/** What the configurator's build puts in (vite.configurator.config.ts). */
declare const __CONFIGURATOR_BUILD__: {
  /** custom-elements.json: the elements and their attributes. */
  manifest: Manifest;
  /** The package's version. */
  version: string;
  /** The SRI hash of the support-widget.js built with it ("sha384-…"). */
  integrity?: string;
};

export const BUILD = __CONFIGURATOR_BUILD__;
