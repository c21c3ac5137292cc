/**
 * What the configurator's pages make of a parser's problems: the one place that reads them. A
 * field shows one message per kind of problem, written for editors, and is marked invalid when a
 * problem refuses its value (a problem that only notes something leaves the value in the code).
 */
import {html, type TemplateResult} from 'lit';
import {checkUrl} from '../lib/url.js';
import {problemKind, rejects} from './model.js';
import type {Texts} from './texts.js';

export interface ProblemView {
  /** A problem refuses the value: the field is invalid, and the value stays out of the code. */
  refused: boolean;
  /** The words beside the field; undefined when there is nothing to say. */
  message?: TemplateResult;
}

export function viewProblems(problems: readonly string[] = [], texts: Texts): ProblemView {
  const messages = new Map<string, TemplateResult>();
  for (const problem of problems) {
    const kind = problemKind(problem);
    // A problem with no words here is shown as the element says it, in English.
    if (!messages.has(kind ?? problem))
      messages.set(
        kind ?? problem,
        kind ? html`${texts.problems[kind]}` : html`${texts.unknownProblem} <span lang="en">${problem}</span>`,
      );
  }
  const parts = [...messages.values()];
  return {
    refused: rejects(problems),
    ...(parts.length ? {message: html`${parts.map((part, i) => (i ? html` ${part}` : part))}`} : {}),
  };
}

/** The script address's problems, written as a parser writes an attribute's, so they read the same. */
export function scriptAddressProblems(address: string): string[] {
  const verdict = checkUrl(address);
  if (verdict.ok) return [];
  return [`src: ${verdict.reason === 'scheme' ? 'is not an http, https or relative link' : 'is not a valid link'}`];
}
