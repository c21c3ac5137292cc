export interface Phone {
  /** The number as the editor wrote it ("020-100 200"), shown to residents. */
  display: string;
  /** A dialable link built from digits only ("tel:020100200"); a leading "+" is kept. */
  href: string;
}

/** Enough for any international number (E.164 allows 15 digits) plus a trunk prefix. */
const MAX_DIGITS = 17;

/** Builds a phone link from what an editor typed; undefined when there is nothing to dial. */
export function parsePhone(value: string): Phone | undefined {
  const display = value.trim().replace(/\s+/g, ' ');
  const digits = display.replace(/\D/g, '');
  if (digits.length === 0 || digits.length > MAX_DIGITS) return undefined;
  const plus = display.startsWith('+') ? '+' : '';
  return {display, href: `tel:${plus}${digits}`};
}
