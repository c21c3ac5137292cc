/**
 * Inside a feature's own file (`hours.js`, `quick-exit.js`), the build makes `lit` and
 * `@lit/localize` this module (scripts/lazy-feature.ts): the file renders with the embed script's
 * Lit and speaks through its translations, which it hands over with `useHost` when it arrives.
 * In tests and in the npm package, the features import the real modules and this stays unused.
 */
import type {html as litHtml} from 'lit';
import type {msg as litMsg} from '@lit/localize';
export {str} from '@lit/localize/internal/str-tag.js';

export let html: typeof litHtml;
export let msg: typeof litMsg;

export function useHost(host: {html: typeof litHtml; msg: typeof litMsg}): void {
  ({html, msg} = host);
}
