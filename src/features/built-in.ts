/**
 * The features inside the embed script: none, so that each stays a file of its own, loaded only
 * by an element that needs it. The all-in-one script puts all-features.ts in this module's place
 * (scripts/build.ts), as it does all-locales.ts for built-in-locales.ts.
 */
import type {FeatureFile} from './load.js';

export const builtInFeatures: Partial<Record<FeatureFile, unknown>> = {};
