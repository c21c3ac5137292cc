/// <reference types="vite/client" />
/**
 * The npm package's ES module entry (`import {SupportHelplineCard} from 'support-widget'`): the
 * element classes, for apps that bundle their own code. Importing it defines no tag and leaves
 * Lit Localize alone; `support-widget/define` defines the tags. Languages other than English
 * and Swedish, and the features (features/list.json), are chunks the app's bundler splits off and
 * loads when an element needs one.
 */
import type {LocaleModule} from '@lit/localize';
import {setLocaleLoader, type Locale} from './localization.js';
import {setFeatureLoader} from './features/load.js';
import FEATURES from './features/list.json' with {type: 'json'};

export {SupportActionPlan, type SupportDownloadDetail} from './action-plan/action-plan.js';
export {SupportHelplineCard, type ContactChannel, type SupportContactDetail} from './helpline-card/helpline-card.js';
export {SupportInfoPanel} from './info-panel/info-panel.js';
export {SupportQuickExit} from './quick-exit/quick-exit.js';
export {TAGS} from './tags.js';

const chunks: Record<Exclude<Locale, 'en' | 'sv'>, () => Promise<LocaleModule>> = {
  fi: () => import('./generated/locales/fi.js'),
  ar: () => import('./generated/locales/ar.js'),
  fa: () => import('./generated/locales/fa.js'),
  so: () => import('./generated/locales/so.js'),
  uk: () => import('./generated/locales/uk.js'),
};
// Only this module's own state: what loadLocale() calls when an element needs a language.
setLocaleLoader((locale) => chunks[locale as keyof typeof chunks]());

/** Every feature's module, by its path from here; the list names each feature's. */
const features = import.meta.glob<{default: unknown}>('./*/*.lazy.ts');
setFeatureLoader((file) => features[FEATURES[file].entry.replace(/^src\//, './')]!());
