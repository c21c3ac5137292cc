import {describe, expect, it} from 'vitest';
import {isolate, phoneText} from './bidi.js';

describe('phoneText', () => {
  it('isolates the number left to right and keeps it on one line', () => {
    expect(phoneText('020-100 200')).toBe('\u2066020-\u2060100\u00a0200\u2069');
  });

  it('reads the same once the invisible characters are removed', () => {
    expect(
      phoneText('+46 20-100 200')
        .replace(/[\u2060\u2066-\u2069]/g, '')
        .replace(/\u00a0/g, ' '),
    ).toBe('+46 20-100 200');
  });
});

describe('isolate', () => {
  it('wraps text in a first-strong isolate', () => {
    expect(isolate('PDF')).toBe('\u2068PDF\u2069');
  });
});
