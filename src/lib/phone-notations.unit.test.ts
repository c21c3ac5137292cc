import {describe, expect, it} from 'vitest';
import {parsePhone} from './phone.js';

/** Swedish numbers the way editors and service pages write them, and the link a phone dials. */
describe('parsePhone: common Swedish notations', () => {
  it.each([
    ['020-100 200', 'tel:020100200'],
    ['08-123 456 78', 'tel:0812345678'],
    ['+46 8 123 456 78', 'tel:+46812345678'],
    // "(0)" is the trunk prefix dialled at home only: from a foreign SIM it must not be dialled.
    ['+46 (0)8-123 456 78', 'tel:+46812345678'],
    ['+46 (0)20-100 200', 'tel:+4620100200'],
    ['+46(0)771-22 00 40', 'tel:+46771220040'],
    ['0771-22 00 40', 'tel:0771220040'],
    ['114 14', 'tel:11414'],
    ['112', 'tel:112'],
    ['0926-140 00', 'tel:092614000'],
    ['+358 9 123 4567', 'tel:+35891234567'],
  ])('%j dials %s and shows the number as written', (written, href) => {
    expect(parsePhone(written)).toEqual({display: written, href});
  });

  it.each([
    // Two numbers in one attribute: dialling their digits together rings neither.
    '114 14 / 112',
    '020-100 200, 08-123 456 78',
    '020-100 200 eller 112',
    // More digits than E.164 allows (15) is not one phone number.
    '1234 567 890 123 456',
    '+46 8 123 456 789 012 34',
  ])('gives no call link for %j', (written) => {
    expect(parsePhone(written)).toBeUndefined();
  });

  it('a 15-digit international number is still a number', () => {
    expect(parsePhone('+123 456 789 012 345')).toEqual({display: '+123 456 789 012 345', href: 'tel:+123456789012345'});
  });
});
