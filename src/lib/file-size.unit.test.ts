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
  it.each([
    [1258291, 'en', '1.2 MB'],
    [1258291, 'sv', '1,2 MB'],
    [512, 'en', '512 byte'],
    [870400, 'en', '850 kB'],
    [26214400, 'en', '25 MB'],
    [3221225472, 'en', '3 GB'],
  ])('%d bytes in %s is %j', (bytes, locale, text) => {
    expect(formatFileSize(bytes, locale)).toBe(text);
  });

  it('reads a written size back as the same text', () => {
    expect(formatFileSize(parseFileSize('1.2 MB')!, 'en')).toBe('1.2 MB');
  });
});
