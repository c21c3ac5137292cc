/**
 * Each tag's element class, in the order of the list of tags (tags.ts), for the entries that
 * define them (src/index.ts, src/define.ts). Typed by that list: a class in the wrong place, or
 * a tag without one, fails the type check.
 */
import {SupportActionPlan} from './action-plan/action-plan.js';
import {SupportHelplineCard} from './helpline-card/helpline-card.js';
import {SupportInfoPanel} from './info-panel/info-panel.js';
import {SupportQuickExit} from './quick-exit/quick-exit.js';
import type {TAGS} from './tags.js';

/** For each tag of a list, in its place, the class that HTMLElementTagNameMap gives it. */
type ClassesOf<Tags extends readonly (keyof HTMLElementTagNameMap)[]> = {
  readonly [I in keyof Tags]: new () => HTMLElementTagNameMap[Tags[I] & keyof HTMLElementTagNameMap];
};

export const CLASSES: ClassesOf<typeof TAGS> = [
  SupportInfoPanel,
  SupportHelplineCard,
  SupportActionPlan,
  SupportQuickExit,
];
