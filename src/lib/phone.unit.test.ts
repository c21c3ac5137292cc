import {describe, expect, it} from 'vitest';
import {parsePhone} from './phone.js';

describe('parsePhone', () => {
  it.each([
    ['020-100 200', {display: '020-100 200', href: 'tel:020100200'}],
    ['114 14', {display: '114 14', href: 'tel:11414'}],
    ['112', {display: '112', href: 'tel:112'}],
    ['+46 20 100 200', {display: '+46 20 100 200', href: 'tel:+4620100200'}],
    ['  020 - 100  200 ', {display: '020 - 100 200', href: 'tel:020100200'}],
    ['(0926) 140 00', {display: '(0926) 140 00', href: 'tel:092614000'}],
  ])('%j', (input, phone) => {
    expect(parsePhone(input)).toEqual(phone);
  });

  it('keeps a plus only at the start', () => {
    expect(parsePhone('020+100')?.href).toBe('tel:020100');
  });

  it('builds the link from digits only, whatever else is typed', () => {
    expect(parsePhone('112"><script>alert(1)</script>')?.href).toBe('tel:1121');
    expect(parsePhone('javascript:alert(112)')?.href).toBe('tel:112');
  });

  it.each(['', '   ', 'ring oss', '+', '-- --', '1'.repeat(18)])('gives no link for %j', (input) => {
    expect(parsePhone(input)).toBeUndefined();
  });
});
