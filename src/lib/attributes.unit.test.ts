import {describe, expect, it} from 'vitest';
import {
  readBoolean,
  readDate,
  readFileSize,
  readHeadingLevel,
  readLanguage,
  readLanguageList,
  readPhone,
  readText,
  readUrl,
} from './attributes.js';
import type {Problem} from './problems.js';

/** Runs a reader and returns what it gave and the messages of the problems it reported. */
function read<T>(reader: (problems: Problem[]) => T): {value: T; problems: string[]} {
  const problems: Problem[] = [];
  return {value: reader(problems), problems: problems.map((problem) => problem.message)};
}

/** Runs a reader and returns its problems without their messages: what the configurator reads. */
function found(reader: (problems: Problem[]) => unknown): Omit<Problem, 'message'>[] {
  const problems: Problem[] = [];
  reader(problems);
  return problems.map(({attributes, kind, reason}) => ({attributes, kind, reason}));
}

describe('readText', () => {
  it.each([
    [null, undefined],
    [undefined, undefined],
    ['', undefined],
    ['   ', undefined],
    ['  Rädda Barnen ', 'Rädda Barnen'],
    ['<b>bold</b>', '<b>bold</b>'],
  ])('%j gives %j', (input, text) => {
    expect(read((p) => readText('name', input, p))).toEqual({value: text, problems: []});
  });

  it('reads a number as its digits, as a framework may pass one', () => {
    expect(read((p) => readText('phone', 112, p))).toEqual({value: '112', problems: []});
  });

  it.each([
    [true, 'name: true is not text, so it is left out.'],
    [{name: 'x'}, 'name: an object is not text, so it is left out.'],
    [['a'], 'name: a list is not text, so it is left out.'],
    [Number.NaN, 'name: NaN is not text, so it is left out.'],
    [() => 'x', 'name: a function is not text, so it is left out.'],
  ])('leaves out %j, which is not text, and says so', (input, problem) => {
    expect(read((p) => readText('name', input, p))).toEqual({value: undefined, problems: [problem]});
  });
});

describe('readUrl', () => {
  it('passes a safe link without problems', () => {
    expect(read((p) => readUrl('chat-url', 'https://example.se/chat', p))).toEqual({
      value: 'https://example.se/chat',
      problems: [],
    });
  });

  it('treats a missing value as no link and no problem', () => {
    expect(read((p) => readUrl('chat-url', null, p))).toEqual({value: undefined, problems: []});
  });

  it('drops an unsafe link and names the attribute', () => {
    const {value, problems} = read((p) => readUrl('chat-url', 'javascript:alert(1)', p));
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      'chat-url: "javascript:alert(1)" is not an http, https or relative link, so it is left out.',
    ]);
  });

  it('drops a malformed link', () => {
    const {value, problems} = read((p) => readUrl('info-url', 'https://', p));
    expect(value).toBeUndefined();
    expect(problems[0]).toMatch(/^info-url: .* is not a valid link/);
  });

  it('keeps the console readable when the value is huge', () => {
    const {problems} = read((p) => readUrl('chat-url', `data:${'x'.repeat(10_000)}`, p));
    expect(problems[0]?.length).toBeLessThan(200);
  });
});

describe('readPhone', () => {
  it('builds a link', () => {
    expect(read((p) => readPhone('phone', '020-100 200', p)).value?.href).toBe('tel:020100200');
  });

  it('reports a number without digits', () => {
    const {value, problems} = read((p) => readPhone('phone', 'ring oss', p));
    expect(value).toBeUndefined();
    expect(problems).toEqual(['phone: "ring oss" is not one phone number in digits, so no call link is shown.']);
  });
});

describe('readBoolean', () => {
  it.each([
    [null, false, 0],
    [undefined, false, 0],
    ['', true, 0],
    ['true', true, 0],
    ['TRUE', true, 0],
    ['anonymous', true, 0],
    ['false', false, 0],
    [' False ', false, 0],
    ['no', false, 0],
    ['yes please', false, 1],
    [true, true, 0],
    [false, false, 0],
    [1, false, 1],
    [{}, false, 1],
  ])('%j gives %j with %d problems', (input, value, count) => {
    const result = read((p) => readBoolean('anonymous', input, p));
    expect(result.value).toBe(value);
    expect(result.problems).toHaveLength(count);
  });
});

describe('readHeadingLevel', () => {
  it.each([
    [null, 2, 0],
    ['2', 2, 0],
    ['4', 4, 0],
    [' 6 ', 6, 0],
    ['1', 2, 1],
    ['7', 2, 1],
    ['3.5', 2, 1],
    ['h3', 2, 1],
    [3, 3, 0],
    [9, 2, 1],
    [Number.NaN, 2, 1],
    [[3], 2, 1],
  ])('%j gives %d with %d problems', (input, level, count) => {
    const result = read((p) => readHeadingLevel(input, p));
    expect(result.value).toBe(level);
    expect(result.problems).toHaveLength(count);
  });
});

describe('language attributes', () => {
  it('reads a list in the editor’s order, once each', () => {
    expect(read((p) => readLanguageList('languages', 'sv en, ar  sv', p))).toEqual({
      value: ['sv', 'en', 'ar'],
      problems: [],
    });
  });

  it('drops what is not a language code and says so', () => {
    const {value, problems} = read((p) => readLanguageList('languages', 'sv <script> en', p));
    expect(value).toEqual(['sv', 'en']);
    expect(problems).toEqual(['languages: "<script>" is not a language code such as "sv" or "ar".']);
  });

  it('reads at most 50 codes, with one problem for the rest', () => {
    const codes = Array.from({length: 20_000}, (_, i) => (i % 2 ? 'sv' : 'en')).join(' ');
    const {value, problems} = read((p) => readLanguageList('languages', codes, p));
    expect(value).toEqual(['en', 'sv']);
    expect(problems).toEqual(['languages: only the first 50 of 20000 language codes are shown.']);
    const many = Array.from(
      {length: 60},
      (_, i) => `x${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
    );
    expect(read((p) => readLanguageList('languages', many.join(' '), p)).value).toHaveLength(50);
  });

  it('reads one language', () => {
    expect(read((p) => readLanguage('document-lang', 'sv-se', p)).value).toBe('sv-SE');
    expect(read((p) => readLanguage('document-lang', 'swedish!', p)).problems).toHaveLength(1);
  });
});

describe('readFileSize and readDate', () => {
  it('read valid values without problems', () => {
    expect(read((p) => readFileSize('file-size', '1.2 MB', p))).toEqual({value: 1258291, problems: []});
    expect(read((p) => readDate('last-updated', '2024-03-12', p)).value?.toISOString()).toBe(
      '2024-03-12T00:00:00.000Z',
    );
  });

  it('report invalid values', () => {
    expect(read((p) => readFileSize('file-size', 'big', p)).problems[0]).toMatch(/^file-size: "big"/);
    expect(read((p) => readDate('last-updated', '12/3/2024', p)).problems[0]).toMatch(/^last-updated: "12\/3\/2024"/);
  });
});

describe('problems as data', () => {
  it.each([
    ['text that is not text', (p: Problem[]) => readText('name', {}, p), 'name', 'notText'],
    ['an unsafe link', (p: Problem[]) => readUrl('chat-url', 'javascript:alert(1)', p), 'chat-url', 'link'],
    ['a malformed link', (p: Problem[]) => readUrl('info-url', 'https://', p), 'info-url', 'badLink'],
    [
      'a host name without https://',
      (p: Problem[]) => readUrl('chat-url', 'www.raddabarnen.se/oroschatten', p),
      'chat-url',
      'hostWithoutScheme',
    ],
    ['a phone number with words', (p: Problem[]) => readPhone('phone', 'ring oss', p), 'phone', 'phone'],
    ['a word for a boolean', (p: Problem[]) => readBoolean('anonymous', 'maybe', p), 'anonymous', 'boolean'],
    ['heading level 7', (p: Problem[]) => readHeadingLevel('7', p), 'heading-level', 'headingLevel'],
    ['a bad language code', (p: Problem[]) => readLanguageList('languages', 'sv !', p), 'languages', 'language'],
    ['a bad document language', (p: Problem[]) => readLanguage('document-lang', '!', p), 'document-lang', 'language'],
    ['a size in words', (p: Problem[]) => readFileSize('file-size', 'big', p), 'file-size', 'size'],
    ['a date in words', (p: Problem[]) => readDate('last-updated', 'igår', p), 'last-updated', 'date'],
  ] as const)('%s is refused, naming the attribute and the reason', (_, reader, attribute, reason) => {
    expect(found(reader)).toEqual([{attributes: [attribute], kind: 'refused', reason}]);
  });

  it('a host name without https:// is told the fix', () => {
    const problems: Problem[] = [];
    expect(readUrl('chat-url', 'www.raddabarnen.se/oroschatten', problems)).toBeUndefined();
    expect(problems.map((problem) => problem.message)).toEqual([
      'chat-url: "www.raddabarnen.se/oroschatten" has no https://, so it is left out; start the address with https://.',
    ]);
  });

  it('too many languages is one refusal of its own', () => {
    const codes = Array.from({length: 60}, () => 'sv').join(' ');
    expect(found((p) => readLanguageList('languages', codes, p))).toEqual([
      {attributes: ['languages'], kind: 'refused', reason: 'tooManyLanguages'},
    ]);
  });

  it('a value that quotes another message is judged by what the reader found, not by its words', () => {
    const problems: Problem[] = [];
    readUrl('chat-url', 'javascript:alert(1)//has no name', problems);
    readHeadingLevel('7 has no name, more than 12 months ago', problems);
    expect(problems.map((problem) => [problem.kind, problem.reason])).toEqual([
      ['refused', 'link'],
      ['refused', 'headingLevel'],
    ]);
  });
});
