export interface Phone {
  /** The number as the editor wrote it ("020-100 200"), shown to residents. */
  display: string;
  /** A dialable link built from digits only ("tel:020100200"); a leading "+" is kept. */
  href: string;
}

/** E.164: no phone number in the world has more digits. */
const MAX_DIGITS = 15;

/** How people write one number: digits and separators, a "+" only in front. */
const WRITTEN_NUMBER = /^\+?[\d\s().\-/]+$/;

/** A slash between spaces separates two numbers ("114 14 / 112"), as in "08/123 45" it does not. */
const SEVERAL_NUMBERS = /\s\/|\/\s/;

/** "+46 (0)8-…": the trunk 0 in brackets is dialled only inside the country. */
const TRUNK_AFTER_COUNTRY_CODE = /^(\+\d{1,3})\s*\(0\)/;

/**
 * Builds a phone link from what an editor typed; undefined when it is not one phone number.
 * Anything beyond digits and separators (letters, markup, an extension, a second number) is
 * refused rather than dropped: a number with a stray digit would ring a stranger.
 */
export function parsePhone(value: string): Phone | undefined {
  const display = value.trim().replace(/\s+/g, ' ');
  if (!WRITTEN_NUMBER.test(display) || SEVERAL_NUMBERS.test(display)) return undefined;
  const digits = display.replace(TRUNK_AFTER_COUNTRY_CODE, '$1').replace(/\D/g, '');
  if (digits.length === 0 || digits.length > MAX_DIGITS) return undefined;
  const plus = display.startsWith('+') ? '+' : '';
  return {display, href: `tel:${plus}${digits}`};
}

/** The number every element offers when it can offer nothing else; the card's editor may change it. */
export const DEFAULT_EMERGENCY: Phone = {display: '112', href: 'tel:112'};
