import {describe, expect, it} from 'vitest';
import {NO_PRESSES, countShift, livePresses, type Key} from './shift-presses.js';

const down = (key: string, time: number, more: Partial<Key> = {}): Key => ({type: 'keydown', key, time, ...more});
const up = (key: string, time: number): Key => ({type: 'keyup', key, time});
/** Shift pressed and released on its own at `time`. */
const shift = (time: number): Key[] => [down('Shift', time), up('Shift', time + 50)];

/** The times of the presses that count after a sequence of keys, from none. */
const after = (...keys: (Key | Key[])[]) => keys.flat().reduce(countShift, NO_PRESSES).presses;

describe('countShift', () => {
  it('counts each Shift pressed on its own, when it comes up', () => {
    expect(after(down('Shift', 0))).toEqual([]);
    expect(after(shift(0))).toEqual([50]);
    expect(after(shift(0), shift(1000))).toEqual([50, 1050]);
    expect(after(shift(0), shift(1000), shift(4900))).toEqual([50, 1050, 4950]);
  });

  it('does not count a press five seconds or more older than the latest', () => {
    expect(after(shift(0), shift(1000), shift(5000))).toEqual([1050, 5050]);
  });

  it('reaches three at a fourth press when the last three fall within five seconds', () => {
    expect(after(shift(0), shift(3000), shift(6000))).toEqual([3050, 6050]);
    expect(after(shift(0), shift(3000), shift(6000), shift(7000))).toEqual([3050, 6050, 7050]);
  });

  it('does not count the Shift of a shortcut, and starts again', () => {
    // Shift, Shift, then Shift+A: Shift down, A down and up, Shift up.
    const shiftA = [down('Shift', 1000), down('A', 1100), up('A', 1150), up('Shift', 1200)];
    expect(after(shift(0), shift(500), shiftA)).toEqual([]);
    expect(after(shift(0), shift(500), shiftA, shift(1500))).toEqual([1550]);
  });

  it('starts again after any other key between presses', () => {
    expect(after(shift(0), down('Tab', 100), up('Tab', 150), shift(200), shift(300))).toEqual([250, 350]);
  });

  it('does not count Shift with Ctrl, Alt or Meta held', () => {
    for (const held of [{ctrlKey: true}, {altKey: true}, {metaKey: true}]) {
      expect(after(shift(0), down('Shift', 100, held), up('Shift', 150))).toEqual([]);
    }
  });

  it('counts a held Shift once, however often its keydown repeats', () => {
    expect(after(down('Shift', 0), down('Shift', 30), down('Shift', 60), up('Shift', 90))).toEqual([90]);
  });

  it('forgets every press five seconds after it', () => {
    expect(livePresses([0, 2000], 4999)).toEqual([0, 2000]);
    expect(livePresses([0, 2000], 5000)).toEqual([2000]);
    expect(livePresses([0, 2000], 7000)).toEqual([]);
  });
});
