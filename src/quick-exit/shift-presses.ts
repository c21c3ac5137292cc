/**
 * The quick exit's keyboard shortcut, GOV.UK's: Shift pressed three times within five seconds.
 * A Shift that is part of a shortcut (Shift+A, Ctrl+Shift) does not count, and any other key
 * starts the count again, so typing capitals never leaves the page by accident.
 */

/** Presses needed, and the time they must fall within. */
export const PRESSES = 3;
export const WINDOW_MS = 5000;

/** What the count needs to know of a keydown; `time` in milliseconds. */
export interface KeyDown {
  key: string;
  time: number;
  repeat?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/**
 * The times of the Shift presses that count after `down`, oldest first: PRESSES of them means
 * leave. A held Shift repeats its keydown, and that is still one press.
 */
export function countShift(presses: readonly number[], down: KeyDown): number[] {
  if (down.key !== 'Shift' || down.ctrlKey || down.altKey || down.metaKey) return [];
  const recent = livePresses(presses, down.time);
  return down.repeat ? recent : [...recent, down.time];
}

/** The presses still inside the window at `now`. */
export function livePresses(presses: readonly number[], now: number): number[] {
  return presses.filter((time) => now - time < WINDOW_MS);
}
