import {describe, expect, it} from 'vitest';
import {checkUrl, fileTypeFromUrl, runningFile} from './url.js';

describe('checkUrl', () => {
  it.each([
    ['https://www.raddabarnen.se/oroschatten', 'https://www.raddabarnen.se/oroschatten'],
    ['http://example.se/a?b=c#d', 'http://example.se/a?b=c#d'],
    ['HTTPS://EXAMPLE.SE/', 'HTTPS://EXAMPLE.SE/'],
    ['  /socialtjanst  ', '/socialtjanst'],
    ['handlingsplan.pdf', 'handlingsplan.pdf'],
    ['../docs/plan.pdf', '../docs/plan.pdf'],
    ['//cdn.example.se/plan.pdf', '//cdn.example.se/plan.pdf'],
    ['?page=2', '?page=2'],
    ['#chatt', '#chatt'],
    ['dokument/plan.pdf', 'dokument/plan.pdf'],
    ['/chatt', '/chatt'],
    ['../x', '../x'],
    ['plan.se.pdf', 'plan.se.pdf'],
    ['/www.example.se', '/www.example.se'],
  ])('accepts %j', (input, url) => {
    expect(checkUrl(input)).toEqual({ok: true, url});
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'tel:112',
    'mailto:a@example.se',
    'blob:https://example.se/uuid',
  ])('refuses the scheme of %j', (input) => {
    expect(checkUrl(input)).toEqual({ok: false, reason: 'scheme'});
  });

  // Typed without https://, these would become links to pages on the editor's own site.
  it.each([
    'www.raddabarnen.se/oroschatten',
    'WWW.raddabarnen.se',
    'raddabarnen.se/oroschatten',
    'raddabarnen.se',
    'raddabarnen.SE?chatt=1',
    'kommun.nu#stod',
    'example.com/a/b',
    'www.example',
  ])('refuses the host name without a scheme %j', (input) => {
    expect(checkUrl(input)).toEqual({ok: false, reason: 'host'});
  });

  // "https:" and "http:" alone are a link on a page of the same scheme and none on the other.
  it.each(['https://', 'https:', 'http:', 'https://[::1'])('refuses malformed %j', (input) => {
    expect(checkUrl(input)).toEqual({ok: false, reason: 'malformed'});
  });
});

describe('fileTypeFromUrl', () => {
  it.each([
    ['handlingsplan.pdf', 'PDF'],
    ['https://example.se/a/Plan.Docx?download=1#p2', 'DOCX'],
    ['/files/plan.odt#page=3', 'ODT'],
    ['https://example.se/plan', undefined],
    ['https://example.se/plan.pdf/', undefined],
    ['https://example.se/archive.tar.gz', 'GZ'],
    ['https://example.se/v1.0/plan', undefined],
    ['https://example.se/file.toolongext', undefined],
  ])('%j gives %j', (url, type) => {
    expect(fileTypeFromUrl(url)).toBe(type);
  });
});

describe('runningFile', () => {
  it.each([
    // V8, at the top level of a classic script and inside a function.
    [
      'Error\n    at https://cdn.example.se/npm/support-widget@0.1.0/dist/support-widget.js:1:1234',
      'https://cdn.example.se/npm/support-widget@0.1.0/dist/support-widget.js',
    ],
    [
      'Error\n    at load (https://kommun.se/npm/support-widget%400.1.0/dist/support-widget.js:2:5)\n    at https://kommun.se/x.js:9:9',
      'https://kommun.se/npm/support-widget%400.1.0/dist/support-widget.js',
    ],
    [
      'Error\n    at http://127.0.0.1:8000/support-widget/support-widget.js?v=3:1:20',
      'http://127.0.0.1:8000/support-widget/support-widget.js?v=3',
    ],
    [
      'Error\n    at https://kommun.se/download/18.4a5b/1700000000/support-widget:1:99',
      'https://kommun.se/download/18.4a5b/1700000000/support-widget',
    ],
    // Firefox and Safari.
    [
      '@https://cdn.example.se/npm/support-widget@0.1.0/dist/support-widget.js:1:1234\n',
      'https://cdn.example.se/npm/support-widget@0.1.0/dist/support-widget.js',
    ],
    ['scriptUrl@http://[::1]:8080/a/support-widget.js:1:5', 'http://[::1]:8080/a/support-widget.js'],
  ])('%j names %j', (stack, file) => {
    expect(runningFile(stack)).toBe(file);
  });

  it.each(['', 'Error', 'Error\n    at <anonymous>:1:1', 'Error\n    at file:///x.js:1:1'])(
    '%j names no file',
    (stack) => {
      expect(runningFile(stack)).toBeUndefined();
    },
  );
});
