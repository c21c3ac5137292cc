/**
 * Every language's templates, for a feature's own file: there the build keeps only the feature's
 * texts (scripts/lazy-feature.ts), and the embed script adds them to its catalogues when the file
 * arrives (src/features/load.ts). In tests every text is here, the same as the script's own.
 */
import type {LocaleModule} from '@lit/localize';
import {templates as ar} from '../generated/locales/ar.js';
import {templates as fa} from '../generated/locales/fa.js';
import {templates as fi} from '../generated/locales/fi.js';
import {templates as so} from '../generated/locales/so.js';
import {templates as sv} from '../generated/locales/sv.js';
import {templates as uk} from '../generated/locales/uk.js';

export const templates: Record<string, LocaleModule['templates']> = {sv, fi, ar, fa, so, uk};
