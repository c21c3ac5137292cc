/**
 * What the configurator's pages make of a parser's problems: the one place that reads them. A
 * field shows one sentence per reason, written for editors, and is marked invalid when a problem
 * refuses its value (a problem that only notes something leaves the value in the code).
 */
import {readUrl} from '../lib/attributes.js';
import type {Problem} from '../lib/problems.js';
import {rejects} from './model.js';
import type {Texts} from './texts.js';

export interface ProblemView {
  /** A problem refuses the value: the field is invalid, and the value stays out of the code. */
  refused: boolean;
  /** The words beside the field; undefined when there is nothing to say. */
  message?: string;
}

export function viewProblems(problems: readonly Problem[] = [], texts: Texts): ProblemView {
  const message = [...new Set(problems.map((problem) => texts.problems[problem.reason]))].join(' ');
  return {refused: rejects(problems), ...(message ? {message} : {})};
}

/** The script address's problems: checked as the elements check a link. */
export function scriptAddressProblems(address: string): Problem[] {
  const problems: Problem[] = [];
  readUrl('src', address, problems);
  return problems;
}
