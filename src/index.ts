/**
 * The embed script: one file a web editor pastes. It defines the three elements and loads
 * translations that are not built in from `locales/<code>.js` next to itself. A second copy of
 * the script never gets this far: the build wraps it in a guard (see vite.config.ts).
 */
import {setLocaleLoader} from './localization.js';
import {SupportActionPlan} from './action-plan/action-plan.js';
import {SupportHelplineCard} from './helpline-card/helpline-card.js';
import {SupportInfoPanel} from './info-panel/info-panel.js';
import {TAGS} from './tags.js';

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

const [infoPanel, helplineCard, actionPlan] = TAGS;
customElements.define(infoPanel, SupportInfoPanel);
customElements.define(helplineCard, SupportHelplineCard);
customElements.define(actionPlan, SupportActionPlan);
