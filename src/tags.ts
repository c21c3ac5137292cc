/** The tags the embed script defines (src/index.ts); the build's second-copy guard checks each (vite.config.ts). */
export const TAGS = [
  'support-info-panel',
  'support-helpline-card',
  'support-action-plan',
  'support-quick-exit',
] as const;
