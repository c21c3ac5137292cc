export interface Phone {
  /** The number as the editor wrote it ("020-100 200"), shown to residents. */
  display: string;
  /** A dialable link built from digits only ("tel:020100200"); a leading "+" is kept. */
  href: string;
}

/** Enough for any international number (E.164 allows 15 digits) plus a trunk prefix. */
const MAX_DIGITS = 17;

/** How people write numbers: digits and separators, a "+" only in front. */
const WRITTEN_NUMBER = /^\+?[\d\s().\-/]+$/;

/**
 * Builds a phone link from what an editor typed; undefined when it is not a phone number.
 * Anything beyond digits and separators (letters, markup, an extension) is refused rather than
 * dropped: a number with a stray digit would ring a stranger.
 */
export function parsePhone(value: string): Phone | undefined {
  const display = value.trim().replace(/\s+/g, ' ');
  if (!WRITTEN_NUMBER.test(display)) return undefined;
  const digits = display.replace(/\D/g, '');
  if (digits.length === 0 || digits.length > MAX_DIGITS) return undefined;
  const plus = display.startsWith('+') ? '+' : '';
  return {display, href: `tel:${plus}${digits}`};
}
