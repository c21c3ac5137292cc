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
const loads = new Map<string, Promise<unknown>>();

export function setFeatureLoader(load: FeatureLoader): void {
  loader = load;
}

/** The feature in `file`, loaded once however many elements ask. Rejects when it cannot be loaded. */
export function loadFeature<M>(file: string): Promise<M & Feature> {
  let load = loads.get(file);
  if (!load) {
    // A loader that throws, or none, rejects too.
    load = Promise.resolve(file)
      .then((name) => loader(name))
      .then((module) => {
        const feature = module as Feature;
        addTemplates(feature.templates);
        feature.useHost({html, msg});
        return feature;
      });
    loads.set(file, load);
  }
  return load as Promise<M & Feature>;
}
