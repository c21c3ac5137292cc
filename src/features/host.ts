/**
 * Lit as a feature's own file (`hours.js`, `quick-exit.js`) has it: the embed script's `html` and
 * `msg`, handed over with `useHost` when the file arrives (./load.ts), so that the file renders
 * with the script's Lit and speaks through its translations. A feature's modules import `html`
 * and `msg` from here, never from `lit`; shared modules may import `msg` and `str` from
 * `@lit/localize`, which the build points here. The build fails on any other Lit import in a
 * feature (scripts/lazy-feature.ts). In tests and the npm package the same hand-over gives the
 * real ones.
 */
import type {html as litHtml} from 'lit';
import type {msg as litMsg} from '@lit/localize';
export {str} from '@lit/localize/internal/str-tag.js';

export let html: typeof litHtml;
export let msg: typeof litMsg;

export function useHost(host: {html: typeof litHtml; msg: typeof litMsg}): void {
  ({html, msg} = host);
}
