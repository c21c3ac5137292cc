/**
 * Keeps a phone number whole and in order: left-to-right isolates stop Arabic or Persian text
 * around it from reordering "020-100 200"; no-break spaces, and a word joiner after each hyphen,
 * keep it on one line. Works inside translated strings, where an element such as <bdi> cannot go.
 */
export function phoneText(display: string): string {
  return `\u2066${display.replace(/ /g, '\u00a0').replace(/-/g, '-\u2060')}\u2069`;
}

/**
 * Isolates text whose direction the surrounding text must not decide (a first-strong isolate,
 * like <bdi>): a language name in its own script, or "PDF" beside a size in Arabic.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
