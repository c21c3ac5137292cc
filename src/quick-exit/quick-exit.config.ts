import {readUrl, type Attribute, type Parsed} from '../lib/attributes.js';
import {refused, type Problem} from '../lib/problems.js';

/**
 * Where the quick exit goes when the editor names no page, or one that is not a safe link: a
 * search engine's front page. It looks like any everyday page on a shared screen, loads fast,
 * and reads the same in every language the widget speaks (a weather page would be one country's).
 */
export const DEFAULT_EXIT = 'https://www.google.com/';

export interface QuickExitConfig {
  href: string;
}

/** The page the element is on: its address, and the base its relative links resolve against. */
export interface Here {
  url: string;
  base: string;
}

/** An address without its query and fragment: the same document, whatever those say. */
const documentOf = (url: URL) => url.origin + url.pathname;

/**
 * Whether `href` leads back to this page or its folder (`#`, `?`, `.`, the page's own address):
 * leaving would reload the sensitive page behind the overlay.
 */
function staysHere(href: string, here: Here): boolean {
  if (/^\.\/?(?:[?#]|$)/.test(href)) return true;
  try {
    return documentOf(new URL(href, here.base)) === documentOf(new URL(here.url));
  } catch {
    return false;
  }
}

export function parseQuickExitConfig(attributes: {href?: Attribute}, here?: Here): Parsed<QuickExitConfig> {
  const problems: Problem[] = [];
  let href = readUrl('href', attributes.href, problems);
  if (href !== undefined && here && staysHere(href, here)) {
    problems.push(refused('href', 'samePage', `${JSON.stringify(href)} leads back to this page, so it is left out.`));
    href = undefined;
  }
  return {config: {href: href ?? DEFAULT_EXIT}, problems};
}
