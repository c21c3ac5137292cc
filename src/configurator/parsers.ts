/// <reference types="vite/client" />
/**
 * Every element's attribute parser, found by file name: src/<name>/<name>.config.ts belongs to
 * <support-name>, and its parser is the export named parse…Config. A new element's parser is
 * picked up without a change here (the unit test fails for an element in the manifest without one).
 */
import {parseHelplineConfig} from '../helpline-card/helpline-card.config.js';
import {readHoursConfig} from '../helpline-card/hours.config.js';
import type {Parser} from './model.js';

const modules = import.meta.glob<Record<string, unknown>>('../*/*.config.ts', {eager: true});

export const PARSERS: Record<string, Parser> = Object.fromEntries(
  Object.entries(modules).flatMap(([path, exports]) => {
    const folder = /^\.\.\/([\w-]+)\//.exec(path)?.[1];
    const parser = Object.entries(exports).find(
      ([name, value]) => /^parse\w*Config$/.test(name) && typeof value === 'function',
    );
    return folder && parser ? [[`support-${folder}`, parser[1] as Parser]] : [];
  }),
);

// The card reads its opening hours in hours.js, loaded only when a card has hours; the
// configurator checks them here as hours.js will.
PARSERS['support-helpline-card'] = (attributes, today) => parseHelplineConfig(attributes, today, readHoursConfig);
