/**
 * The npm package's `define` entry (`import 'support-widget/define'`): defines the three tags
 * with the ES entry's classes. A tag the page already has is left as it is, with one note in the
 * console, so importing this twice, or next to the embed script, breaks nothing. It also exports
 * what the ES entry does, so its types (the tags in HTMLElementTagNameMap) come with it.
 */
import {SupportActionPlan, SupportHelplineCard, SupportInfoPanel, TAGS} from './elements.js';

export * from './elements.js';

const [infoPanel, helplineCard, actionPlan] = TAGS;
const classes = {[infoPanel]: SupportInfoPanel, [helplineCard]: SupportHelplineCard, [actionPlan]: SupportActionPlan};

for (const [tag, element] of Object.entries(classes)) {
  if (customElements.get(tag))
    console.info(`support-widget: <${tag}> is already defined on this page; it is left as it is.`);
  else customElements.define(tag, element);
}
