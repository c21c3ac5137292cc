/**
 * A form field as the configurator writes every one: a label, a hint, the control and its
 * problems beside it, tied together for assistive technology (`aria-describedby` names the hint,
 * and the problems while there are any; `aria-invalid` while a problem refuses the value).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {live} from 'lit/directives/live.js';
import type {ProblemView} from './problems.js';

export interface FieldOptions<V> {
  id: string;
  label: unknown;
  hint: unknown;
  value: V;
  /** Leave out for a field that is never wrong. */
  problems?: ProblemView;
  onChange: (value: V) => void;
}

const describedBy = (id: string, problems?: ProblemView) =>
  problems?.message ? `${id}-hint ${id}-error` : `${id}-hint`;
const invalid = (problems?: ProblemView) => ifDefined(problems?.refused ? 'true' : undefined);

function problemText(id: string, problems?: ProblemView) {
  if (!problems) return nothing;
  return html`<p class="error" id="${id}-error" ?hidden=${!problems.message}>${problems.message}</p>`;
}

/** A one-line text field, or several lines with `multiline`. */
export function textField(options: FieldOptions<string>, multiline = false): TemplateResult {
  const {id, label, hint, value, problems, onChange} = options;
  const onInput = (event: Event) => onChange((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = multiline
    ? html`<textarea id=${id} rows="5" .value=${live(value)} aria-describedby=${describedBy(id, problems)}
        aria-invalid=${invalid(problems)} @input=${onInput}></textarea>`
    : html`<input type="text" id=${id} autocomplete="off" spellcheck="false" .value=${live(value)}
        aria-describedby=${describedBy(id, problems)} aria-invalid=${invalid(problems)} @input=${onInput}>`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <p class="hint" id="${id}-hint">${hint}</p>
    ${control} ${problemText(id, problems)}
  </div>`;
}

/** A checkbox, with its label beside it. */
export function checkboxField(options: FieldOptions<boolean>): TemplateResult {
  const {id, label, hint, value, problems, onChange} = options;
  return html`<div class="field check">
    <input type="checkbox" id=${id} .checked=${live(value)} aria-describedby=${describedBy(id, problems)}
      aria-invalid=${invalid(problems)} @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}>
    <label for=${id}>${label}</label>
    <p class="hint" id="${id}-hint">${hint}</p>
    ${problemText(id, problems)}
  </div>`;
}
