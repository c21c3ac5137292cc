import {localDigits, type Formats} from './formats.js';

/** Reads a calendar date written as YYYY-MM-DD; undefined for anything else or a day that does not exist. */
export function parseIsoDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date : undefined;
}

/** The machine-readable form for `<time datetime>`, and the fallback below. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * "March 12, 2024", "12 mars 2024": the date in the reader's language from its tables, the same
 * in every time zone, in the Gregorian calendar Swedish documents are dated in.
 */
export function formatDate(date: Date, formats: Pick<Formats, 'months' | 'date' | 'zero'>): string {
  const parts: Record<string, string | undefined> = {
    d: String(date.getUTCDate()),
    m: formats.months[date.getUTCMonth()],
    y: String(date.getUTCFullYear()),
  };
  return localDigits(
    formats.date.replace(/\{([dmy])\}/g, (_, part: string) => parts[part] ?? ''),
    formats.zero,
  );
}
