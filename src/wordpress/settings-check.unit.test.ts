import {expect, it} from 'vitest';
import {problemMessages} from './settings-check.js';

it('accepts a whole http or https address, and an empty field', () => {
  expect(problemMessages('https://www.smhi.se/', 'en')).toBeUndefined();
  expect(problemMessages('http://example.se/vader', 'sv')).toBeUndefined();
  expect(problemMessages('  ', 'sv')).toBeUndefined();
});

it('says what the quick exit’s own parser says about an address it refuses, in the editor’s language', () => {
  expect(problemMessages('javascript:alert(1)', 'sv')).toBe(
    'Länken kan inte användas. Skriv en adress som börjar med https:// eller /.',
  );
  expect(problemMessages('javascript:alert(1)', 'en')).toBe(
    'This link cannot be used. Write an address that starts with https:// or /.',
  );
  expect(problemMessages('www.smhi.se', 'en')).toMatch(/has no https:\/\//);
});

it('asks for a whole address where the element would take a link within the site', () => {
  expect(problemMessages('/vader', 'sv')).toBe('Skriv hela adressen, som börjar med https://.');
});
