/**
 * Features in files of their own next to the embed script, listed once in ./list.json: each
 * file in dist/ and the module it is built from (scripts/lazy-feature.ts). The build, the release,
 * the ES entry's loader and the tests read that list. A feature is loaded once, only when an
 * element needs it: its file brings its texts in every language, added to the catalogues, and is
 * handed the script's Lit and msg() (./host.ts). Each element holds its feature as a handle.
 */
import {html} from 'lit';
import {msg} from '@lit/localize';
import type {LocaleModule} from '@lit/localize';
import {addTemplates} from '../localization.js';
import {builtInFeatures} from './built-in.js';
import type {useHost} from './host.js';

/** A feature's file, as ./list.json names it: `hours.js`, `quick-exit.js`. */
export type FeatureFile = keyof typeof import('./list.json');

/** What every feature's file exports as its default, beside its own parts. */
export interface Feature {
  templates: Record<string, LocaleModule['templates']>;
  useHost: typeof useHost;
}

/** Imports a feature's file: the embed script from next to itself, the ES entry as a chunk. */
export type FeatureLoader = (file: FeatureFile) => Promise<{default: unknown}>;

let loader: FeatureLoader;

export function setFeatureLoader(load: FeatureLoader): void {
  loader = load;
}

/** A feature as its elements see it. */
export interface FeatureHandle<F extends Feature> {
  /** Undefined until an element asks for it; then `loading`, and `ready` or `failed`. */
  readonly state?: 'loading' | 'ready' | 'failed';
  /** The feature, once it is ready. */
  readonly module?: F;
  /** Loads the file, once for every element; resolves when it is ready or has failed. */
  load(): Promise<void>;
}

/**
 * The feature in `file`, for the elements of `tag`, loaded at the first `load()`. If it cannot
 * be (a missing file, a loader that throws), the console says once: "<tag> file could not be
 * loaded, so `fallback`."
 */
export function feature<F extends Feature>(file: FeatureFile, tag: string, fallback: string): FeatureHandle<F> {
  let loading: Promise<void> | undefined;
  const handle: {-readonly [K in keyof FeatureHandle<F>]: FeatureHandle<F>[K]} = {
    load() {
      if (loading) return loading;
      handle.state = 'loading';
      // A feature inside the script needs no file. A loader that throws, or none, fails the same way as a missing file.
      const inside = builtInFeatures[file];
      const arrived = inside ? Promise.resolve({default: inside}) : Promise.resolve(file).then(loader);
      return (loading = (arrived as Promise<{default: F}>)
        .then(({default: loaded}) => {
          addTemplates(loaded.templates);
          loaded.useHost({html, msg});
          handle.module = loaded;
          handle.state = 'ready';
        })
        .catch(() => {
          handle.state = 'failed';
          console.warn(`<${tag}> ${file} could not be loaded, so ${fallback}.`);
        }));
    },
  };
  return handle;
}
