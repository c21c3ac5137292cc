/**
 * Every tag the widget defines, declared once: the entries define each (src/index.ts,
 * src/define.ts, with the classes in src/classes.ts), and the build's second-copy guard checks
 * each (scripts/build.ts).
 */
export const TAGS = [
  'support-info-panel',
  'support-helpline-card',
  'support-action-plan',
  'support-quick-exit',
] as const;

export type Tag = (typeof TAGS)[number];

/**
 * The attribute that marks a plain-HTML copy of what an element renders (the configurator writes
 * one into each element): a fallback for when the element cannot render, never the editor's own text.
 */
export const FALLBACK_ATTRIBUTE = 'data-support-fallback';
