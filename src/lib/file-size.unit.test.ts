import {describe, expect, it} from 'vitest';
import {formatFileSize, parseFileSize} from './file-size.js';

describe('parseFileSize', () => {
  it.each([
    ['1258291', 1258291],
    ['0', 0],
    ['1.2 MB', 1258291],
    ['1,2 MB', 1258291],
    ['1.2MB', 1258291],
    ['850 kB', 870400],
    ['850 KB', 870400],
    ['2 GB', 2147483648],
    ['3 MiB', 3145728],
    ['512 B', 512],
    ['512 bytes', 512],
    ['1023 GB', 1098437885952],
  ])('%j is %d bytes', (input, bytes) => {
    expect(parseFileSize(input)).toBe(bytes);
  });

  it.each([
    '',
    'large',
    '-5',
    '1.2.3 MB',
    '12 parsecs',
    '1e9',
    'MB',
    '1 000 kB',
    '<b>1</b>',
    '1024 GB',
    `${'9'.repeat(400)} MB`,
  ])('refuses %j', (input) => {
    expect(parseFileSize(input)).toBeUndefined();
  });
});

describe('formatFileSize', () => {
  /** A made-up language: its own unit words, decimal separator and digits (Persian, zero U+06F0). */
  const table = {units: ['b', 'k', 'M', 'G'], decimal: '٫', zero: 0x6f0};
  const latin = {...table, decimal: ',', zero: 0x30};

  it.each([
    [0, '0\u00a0b'],
    [512, '512\u00a0b'],
    [999, '999\u00a0b'],
    // The unit grows before the number has four digits, so no language needs a thousands separator.
    [1000, '1\u00a0k'],
    [870400, '850\u00a0k'],
    [1022976, '999\u00a0k'],
    [1048575, '1\u00a0M'],
    [1258291, '1,2\u00a0M'],
    [10380902, '9,9\u00a0M'],
    [10443817, '10\u00a0M'],
    [26214400, '25\u00a0M'],
    [3221225472, '3\u00a0G'],
    [3328599654, '3,1\u00a0G'],
  ])('%d bytes is %j', (bytes, text) => {
    expect(formatFileSize(bytes, latin)).toBe(text);
  });

  it('writes the number with the language’s digits and decimal separator', () => {
    expect(formatFileSize(1258291, table)).toBe('۱٫۲\u00a0M');
    expect(formatFileSize(870400, table)).toBe('۸۵۰\u00a0k');
  });

  it('reads a written size back as the same text', () => {
    expect(formatFileSize(parseFileSize('1,2 MB')!, latin)).toBe('1,2\u00a0M');
  });
});
