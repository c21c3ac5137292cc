/**
 * What the configurator's pages make of a parser's problems: the one place that reads them. A
 * field shows one sentence per reason, written for editors, and is marked invalid when a problem
 * refuses its value (a problem that only notes something leaves the value in the code).
 */
import {readUrl} from '../lib/attributes.js';
import type {Problem, ProblemReason} from '../lib/problems.js';
import {rejects} from './model.js';
import type {Texts} from './texts.js';

export interface ProblemView {
  /** A problem refuses the value: the field is invalid, and the value stays out of the code. */
  refused: boolean;
  /** The words beside the field; undefined when there is nothing to say. */
  message?: string;
}

/** A reason whose words for editors already say what another's do: only the first is shown. */
const SAYS_ALSO: Partial<Record<ProblemReason, ProblemReason>> = {emergency: 'phone'};

/** `attribute`'s own problems come first, then those it shares with other fields ("no way to reach it"). */
export function viewProblems(problems: readonly Problem[] = [], texts: Texts, attribute?: string): ProblemView {
  const own = (problem: Problem) => (problem.attributes.length === 1 && problem.attributes[0] === attribute ? 0 : 1);
  const reasons = new Set([...problems].sort((a, b) => own(a) - own(b)).map((problem) => problem.reason));
  for (const reason of reasons) if (SAYS_ALSO[reason]) reasons.delete(SAYS_ALSO[reason]);
  const message = [...reasons].map((reason) => texts.problems[reason]).join(' ');
  return {refused: rejects(problems), ...(message ? {message} : {})};
}

/** The script address's problems: checked as the elements check a link. */
export function scriptAddressProblems(address: string): Problem[] {
  const problems: Problem[] = [];
  readUrl('src', address, problems);
  return problems;
}
