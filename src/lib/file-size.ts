const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
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

/** "1.2 MB", "1,2 MB", "١٫٢ ميغابايت": a size in the reader's number format. */
export function formatFileSize(bytes: number, locale: string): string {
  let power = 0;
  while (power < UNITS.length - 1 && bytes >= FACTOR ** (power + 1)) power++;
  const amount = bytes / FACTOR ** power;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[power],
    unitDisplay: 'short',
    maximumFractionDigits: power >= 2 && amount < 10 ? 1 : 0,
  }).format(amount);
}
