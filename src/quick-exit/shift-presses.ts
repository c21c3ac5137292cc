/**
 * The quick exit's keyboard shortcut, GOV.UK's: Shift pressed three times within five seconds.
 * A press counts when Shift comes up with no other key pressed while it was down, so the Shift of
 * a shortcut (Shift+A, Ctrl+Shift) never counts; any other key starts the count again. Typing
 * capitals therefore never leaves the page by accident.
 */

/** Presses needed, and the time they must fall within. */
export const PRESSES = 3;
export const WINDOW_MS = 5000;

/** What the count needs to know of a keydown or keyup; `time` in milliseconds. */
export interface Key {
  type: 'keydown' | 'keyup';
  key: string;
  time: number;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

export interface ShiftCount {
  /** Times of the presses that count, oldest first: PRESSES of them means leave. */
  presses: number[];
  /** Shift is down on its own, so far: when it comes up, that is a press. */
  clean: boolean;
}

export const NO_PRESSES: ShiftCount = {presses: [], clean: false};

export function countShift(count: ShiftCount, key: Key): ShiftCount {
  const alone = key.key === 'Shift' && !key.ctrlKey && !key.altKey && !key.metaKey;
  if (key.type === 'keydown') {
    if (!alone) return NO_PRESSES;
    // A held Shift repeats its keydown: still the same press.
    return {presses: count.presses, clean: true};
  }
  if (key.key !== 'Shift' || !count.clean) return {presses: count.presses, clean: false};
  return {presses: [...livePresses(count.presses, key.time), key.time], clean: false};
}

/** The presses still inside the window at `now`. */
export function livePresses(presses: readonly number[], now: number): number[] {
  return presses.filter((time) => now - time < WINDOW_MS);
}
