/**
 * The translations inside the embed script: Swedish, what Swedish municipal pages need first, with
 * no wait. The build makes a `locales/<code>.js` file for every other language (scripts/build.ts),
 * and its all-languages script puts all-locales.ts in this module's place.
 */
import type {LocaleModule} from '@lit/localize';
import {templates as sv} from './generated/locales/sv.js';

export const builtInLocales: Readonly<Record<string, LocaleModule>> = {sv: {templates: sv}};
