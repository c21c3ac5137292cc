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

  it.each([
    '',
    '   ',
    'ring oss',
    '+',
    '-- --',
    '1'.repeat(18),
    '020+100',
    '020-100 200 ext 5',
    '112"><script>alert(1)</script>',
    'javascript:alert(112)',
    'tel:112',
  ])('gives no link for %j', (input) => {
    expect(parsePhone(input)).toBeUndefined();
  });
});
