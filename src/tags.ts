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
