/**
 * Features in files of their own next to the embed script (`hours.js`, `quick-exit.js`; see
 * scripts/lazy-feature.ts): loaded once, only by an element that needs one. Each file brings its
 * texts in every language, added to the catalogues, and is handed the script's Lit and msg().
 */
import {html} from 'lit';
import {msg} from '@lit/localize';
import type {LocaleModule} from '@lit/localize';
import {addTemplates} from '../localization.js';
import type {useHost} from './host.js';

/** What every feature's file exports, beside its own functions. */
export interface Feature {
  templates: Record<string, LocaleModule['templates']>;
  useHost: typeof useHost;
}

/** Imports a feature's file by its name; the embed script imports it from next to itself. */
export type FeatureLoader = (file: string) => Promise<unknown>;

let loader: FeatureLoader;

export function setFeatureLoader(load: FeatureLoader): void {
  loader = load;
}

/**
 * The feature in `file`, its texts added to the catalogues. Rejects when it cannot be loaded.
 * Call it once per file: each feature's element keeps the promise for all its copies.
 */
export function loadFeature<M>(file: string): Promise<M & Feature> {
  // A loader that throws, or none, rejects too.
  return Promise.resolve(file)
    .then((name) => loader(name))
    .then((module) => {
      const feature = module as M & Feature;
      addTemplates(feature.templates);
      feature.useHost({html, msg});
      return feature;
    });
}
