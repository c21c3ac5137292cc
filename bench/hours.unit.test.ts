import {describe, expect, it} from 'vitest';
import {MAX_RULES, MAX_SESSIONS, parseOpeningHours} from '../src/lib/opening-hours.js';
import {LARGEST_HOURS} from './hours.mjs';

describe('the hours the bench measures', () => {
  it('are the largest a card reads: every rule there may be, each with every session', () => {
    const parsed = parseOpeningHours(LARGEST_HOURS);
    expect(parsed.ok).toBe(true);
    const rules = parsed.ok ? parsed.schedule.rules : [];
    expect(rules).toHaveLength(MAX_RULES);
    expect(rules.every((rule) => rule.spans.length === MAX_SESSIONS)).toBe(true);
    // One more of either is refused.
    expect(parseOpeningHours(`${LARGEST_HOURS}; PH off`).ok).toBe(false);
    expect(parseOpeningHours(`${LARGEST_HOURS},23:50-23:55`).ok).toBe(false);
  });
});
