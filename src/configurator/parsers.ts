/**
 * Every element's attribute parser, by tag. Written out rather than globbed: the bundler's glob
 * gave its files in a different order from one build to the next, so the configurator's bundle
 * (and the release's hashes) changed between two builds of the same commit. `Record<Tag, …>` makes
 * a new tag without a parser a type error.
 */
import {parseActionPlanConfig} from '../action-plan/action-plan.config.js';
import {parseHelplineConfig} from '../helpline-card/helpline-card.config.js';
import {readHoursConfig} from '../helpline-card/hours.config.js';
import {parseInfoPanelConfig} from '../info-panel/info-panel.config.js';
import {parseQuickExitConfig} from '../quick-exit/quick-exit.config.js';
import type {Tag} from '../tags.js';
import type {Parser} from './model.js';

export const PARSERS: Record<Tag, Parser> & Record<string, Parser | undefined> = {
  'support-info-panel': parseInfoPanelConfig,
  // The card reads its opening hours in hours.js, loaded only when a card has hours; the
  // configurator checks them here as hours.js will.
  'support-helpline-card': (attributes, today) => parseHelplineConfig(attributes, today, readHoursConfig),
  'support-action-plan': parseActionPlanConfig,
  'support-quick-exit': parseQuickExitConfig as Parser,
};
