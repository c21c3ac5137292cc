import {describe, expect, it} from 'vitest';
import {countShift, livePresses, type KeyDown} from './shift-presses.js';

const shift = (time: number, more: Partial<KeyDown> = {}): KeyDown => ({key: 'Shift', time, ...more});

/** The presses that count after a sequence of keydowns, from none. */
const after = (...downs: KeyDown[]) => downs.reduce<number[]>((presses, down) => countShift(presses, down), []);

describe('countShift', () => {
  it('counts three Shift presses within five seconds', () => {
    expect(after(shift(0))).toEqual([0]);
    expect(after(shift(0), shift(1000))).toEqual([0, 1000]);
    expect(after(shift(0), shift(1000), shift(4999))).toHaveLength(3);
  });

  it('does not count a press that is five seconds or more older than the latest', () => {
    expect(after(shift(0), shift(1000), shift(5000))).toEqual([1000, 5000]);
  });

  it('leaves at a fourth press when the last three fall within the window', () => {
    const three = after(shift(0), shift(3000), shift(6000));
    expect(three).toEqual([3000, 6000]);
    expect(countShift(three, shift(7000))).toEqual([3000, 6000, 7000]);
  });

  it('starts again after any other key, so a Shift held for a capital letter does not count', () => {
    // Shift+A: Shift goes down, then A with Shift held.
    expect(after(shift(0), {key: 'A', time: 100})).toEqual([]);
    expect(after(shift(0), shift(500), {key: 'a', time: 900}, shift(1000))).toEqual([1000]);
    expect(after(shift(0), {key: 'Tab', time: 100}, shift(200), shift(300))).toEqual([200, 300]);
  });

  it('does not count Shift pressed with Ctrl, Alt or Meta held', () => {
    expect(after(shift(0), shift(100), shift(200, {ctrlKey: true}))).toEqual([]);
    expect(after(shift(0, {altKey: true}))).toEqual([]);
    expect(after(shift(0, {metaKey: true}))).toEqual([]);
  });

  it('counts a held Shift once, however often its keydown repeats', () => {
    expect(after(shift(0), shift(30, {repeat: true}), shift(60, {repeat: true}))).toEqual([0]);
  });

  it('forgets every press five seconds after it', () => {
    expect(livePresses([0, 2000], 4999)).toEqual([0, 2000]);
    expect(livePresses([0, 2000], 5000)).toEqual([2000]);
    expect(livePresses([0, 2000], 7000)).toEqual([]);
  });
});
