import {localDigits, type Formats} from './formats.js';

/** Byte, kilobyte, megabyte, gigabyte. */
const UNITS = 4;
const FACTOR = 1024;
/** A terabyte: no document a resident downloads is that large, so a bigger size is a typo. */
const LARGEST = FACTOR ** 4;

const WRITTEN_UNITS: Record<string, number> = {
  b: 0,
  byte: 0,
  bytes: 0,
  kb: 1,
  kib: 1,
  mb: 2,
  mib: 2,
  gb: 3,
  gib: 3,
};

/**
 * Reads a size as bytes ("1258291") or as text ("1.2 MB", "1,2 MB", "850 kB").
 * Sizes count in powers of 1024, as file managers show them. A terabyte or more is refused.
 */
export function parseFileSize(value: string): number | undefined {
  const [, number = '', unit = ''] = /^(\d+(?:[.,]\d+)?)\s*([a-z]*)$/i.exec(value.trim()) ?? [];
  if (!number) return undefined;
  const amount = Number(number.replace(',', '.'));
  const power = unit === '' ? 0 : WRITTEN_UNITS[unit.toLowerCase()];
  if (power === undefined) return undefined;
  const bytes = Math.round(amount * FACTOR ** power);
  return bytes < LARGEST ? bytes : undefined;
}

/**
 * "1.2 MB", "1,2 MB", "۱٫۲ MB": a size from the reader's language tables. The unit grows before
 * the number reaches 1000, so a size never needs a thousands separator.
 */
export function formatFileSize(bytes: number, formats: Pick<Formats, 'units' | 'zero' | 'decimal'>): string {
  let power = 0;
  while (power < UNITS - 1 && bytes / FACTOR ** power >= 999.5) power++;
  const amount = bytes / FACTOR ** power;
  const tenths = power >= 2 && amount < 10 ? 10 : 1;
  const number = String(Math.round(amount * tenths) / tenths).replace('.', formats.decimal);
  return `${localDigits(number, formats.zero)}\u00a0${formats.units[power]}`;
}
