/**
 * Every feature, for `support-widget.all.js`: the build puts this module in the place of
 * built-in.ts (scripts/build.ts), so that the one file loads nothing from next to itself and its
 * `integrity` hash covers all the code that runs. Typed by the list, so a new feature cannot be
 * left out.
 */
import hours from '../helpline-card/hours.lazy.js';
import quickExit from '../quick-exit/quick-exit.lazy.js';
import type {FeatureFile} from './load.js';

export const builtInFeatures: Record<FeatureFile, unknown> = {'hours.js': hours, 'quick-exit.js': quickExit};
