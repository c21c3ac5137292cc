/**
 * Every translation, for `support-widget.all.js`: the build puts this module in the place of
 * built-in-locales.ts (scripts/build.ts), so that script loads no language file. Typed by the
 * generated locale list, so a new language cannot be left out.
 */
import type {LocaleModule} from '@lit/localize';
import type {targetLocales} from './generated/locale-codes.js';
import {templates as ar} from './generated/locales/ar.js';
import {templates as fa} from './generated/locales/fa.js';
import {templates as fi} from './generated/locales/fi.js';
import {templates as so} from './generated/locales/so.js';
import {templates as sv} from './generated/locales/sv.js';
import {templates as uk} from './generated/locales/uk.js';

export const builtInLocales: Readonly<Record<(typeof targetLocales)[number], LocaleModule>> = {
  sv: {templates: sv},
  fi: {templates: fi},
  ar: {templates: ar},
  fa: {templates: fa},
  so: {templates: so},
  uk: {templates: uk},
};
