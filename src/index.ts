/**
 * The embed script: one file a web editor pastes. It defines the three elements once and loads
 * translations that are not built in from `locales/<code>.js` next to itself.
 */
import {defineOnce} from './define.js';
import {setLocaleLoader} from './localization.js';
import {SupportActionPlan} from './action-plan/action-plan.js';
import {SupportHelplineCard} from './helpline-card/helpline-card.js';
import {SupportInfoPanel} from './info-panel/info-panel.js';

/**
 * Where this script came from. `currentScript` is set for classic scripts (with or without
 * defer); a module script has none, so look for the script tag by its file name.
 */
function scriptUrl(): string {
  const script = (document.currentScript ??
    [...document.querySelectorAll<HTMLScriptElement>('script[src*="support-widget"]')].pop()) as HTMLScriptElement | undefined;
  return script?.src || document.baseURI;
}

const localesUrl = new URL('locales/', scriptUrl());
setLocaleLoader((locale) => import(/* @vite-ignore */ new URL(`${locale}.js`, localesUrl).href));

defineOnce('support-info-panel', SupportInfoPanel);
defineOnce('support-helpline-card', SupportHelplineCard);
defineOnce('support-action-plan', SupportActionPlan);
