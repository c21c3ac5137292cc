/**
 * The one localization setup. Lit Localize's runtime mode keeps a single page-wide locale, but
 * each element here speaks its own (a Swedish page may hold an Arabic card), so it runs in
 * reentrant mode: msg() asks `getLocale()` on every call, and an element sets that locale
 * around its own update (see SupportElement).
 */
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import type {LocaleModule} from '@lit/localize';
import {sourceLocale, targetLocales} from './generated/locale-codes.js';
import {builtInLocales} from './built-in-locales.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
export const supportedLocales: readonly Locale[] = [sourceLocale, ...targetLocales];
export {sourceLocale};

/** Loads one locale's module; the embed script loads them from files next to itself. */
export type LocaleLoader = (locale: Locale) => Promise<LocaleModule>;

type Templates = LocaleModule['templates'];

/** Texts that came with a feature's own file (src/features/load.ts), by locale. */
const added = new Map<Locale, Templates>();
const builtIn = () => Object.entries(builtInLocales) as [Locale, LocaleModule][];
const loaded = new Map<Locale, LocaleModule>(builtIn());
const loading = new Map<Locale, Promise<void>>();
let loader: LocaleLoader | undefined;
let renderingLocale: Locale = sourceLocale;
let configured = false;

/**
 * Configures Lit Localize when the first element renders, not on import, so that importing the
 * package's ES entry changes nothing. Lit Localize can be configured once per copy: if the app
 * shares ours and configured it first, msg() stays the app's and the elements show English.
 */
function configure(): void {
  configured = true;
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: () => renderingLocale,
      loadLocaleSync: (locale) => loaded.get(locale as Locale),
    });
  } catch {
    console.warn('support-widget: @lit/localize is already configured, so the elements show English.');
  }
}

export function setLocaleLoader(load: LocaleLoader): void {
  loader = load;
}

export function isLocaleReady(locale: Locale): boolean {
  return locale === sourceLocale || loaded.has(locale);
}

/**
 * Makes `locale`'s catalogue: `templates` and those of the features loaded so far. A new object,
 * so that the built-in catalogues stay as the script brought them.
 */
function catalogue(locale: Locale, templates: Templates): void {
  loaded.set(locale, {templates: {...templates, ...added.get(locale)}});
}

/** Loads a locale once, however many elements ask. Rejects when it cannot be loaded. */
export function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleReady(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = (loader ? loader(locale) : Promise.reject(new Error('no locale loader')))
      .then((module) => catalogue(locale, module.templates))
      .finally(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/** Adds a feature's texts, by locale, to the catalogues loaded now and to those loaded later. */
export function addTemplates(byLocale: Readonly<Record<string, Templates>>): void {
  for (const [locale, templates] of Object.entries(byLocale) as [Locale, Templates][]) {
    added.set(locale, {...added.get(locale), ...templates});
    const module = loaded.get(locale);
    if (module) catalogue(locale, module.templates);
  }
}

/**
 * Forgets every language loaded since the script started, so each browser test starts as a
 * fresh page does.
 * @internal
 */
export function resetLocalesForTests(): void {
  loaded.clear();
  added.clear();
  for (const [locale, module] of builtIn()) loaded.set(locale, module);
  loading.clear();
}

/** Runs `work` (an element's update) with msg() answering in `locale`. */
export function inLocale<T>(locale: Locale, work: () => T): T {
  if (!configured) configure();
  const outer = renderingLocale;
  renderingLocale = locale;
  try {
    return work();
  } finally {
    renderingLocale = outer;
  }
}
