import {readUrl, type Attribute, type Parsed} from '../lib/attributes.js';
import type {Problem} from '../lib/problems.js';

/**
 * Where the quick exit goes when the editor names no page, or one that is not a safe link: a
 * search engine's front page. It looks like any everyday page on a shared screen, loads fast,
 * and reads the same in every language the widget speaks (a weather page would be one country's).
 */
export const DEFAULT_EXIT = 'https://www.google.com/';

export interface QuickExitConfig {
  href: string;
}

export function parseQuickExitConfig(attributes: {href?: Attribute}): Parsed<QuickExitConfig> {
  const problems: Problem[] = [];
  const href = readUrl('href', attributes.href, problems);
  return {config: {href: href ?? DEFAULT_EXIT}, problems};
}
