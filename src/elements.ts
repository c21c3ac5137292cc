/**
 * The npm package's ES module entry (`import {SupportHelplineCard} from 'support-widget'`): the
 * element classes, for apps that bundle their own code. Importing it defines no tag and leaves
 * Lit Localize alone; `support-widget/define` defines the tags. Languages other than English
 * and Swedish are chunks the app's bundler splits off and loads when an element needs one.
 */
import type {LocaleModule} from '@lit/localize';
import {setLocaleLoader, type Locale} from './localization.js';
import {setFeatureLoader} from './features/load.js';

export {SupportActionPlan, type SupportDownloadDetail} from './action-plan/action-plan.js';
export {SupportHelplineCard, type ContactChannel, type SupportContactDetail} from './helpline-card/helpline-card.js';
export {SupportInfoPanel} from './info-panel/info-panel.js';
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
// The opening hours are a chunk of their own too, loaded by a card that shows hours.
setFeatureLoader(() => import('./helpline-card/hours.lazy.js'));
