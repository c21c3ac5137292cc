/** The quick exit address's problems in the settings page's words: pure, for settings.ts and its test. */
import {viewProblems} from '../configurator/problems.js';
import {TEXTS, type UiLanguage} from '../configurator/texts.js';
import {parseQuickExitConfig} from '../quick-exit/quick-exit.config.js';
import {BLOCK_TEXTS} from './texts.js';

/** What is wrong with `address` for the site-wide quick exit; undefined when nothing (an empty field is fine). */
export function problemMessages(address: string, language: UiLanguage): string | undefined {
  const href = address.trim();
  if (!href) return undefined;
  const {problems} = parseQuickExitConfig({href});
  // The element also takes a link within the site (and says so); the setting keeps only a whole
  // http(s) address, so that is what it asks for.
  const absolute = /^https?:\/\/[^/]/i.test(href);
  if (!absolute && problems.every((problem) => problem.reason === 'link')) return BLOCK_TEXTS[language].absoluteAddress;
  return viewProblems(problems, TEXTS[language], 'href').message;
}
