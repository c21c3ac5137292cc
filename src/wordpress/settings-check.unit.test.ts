import {expect, it} from 'vitest';
import {problemMessages} from './settings-check.js';

it('accepts a whole http or https address, and an empty field', () => {
  expect(problemMessages('https://www.smhi.se/', 'en')).toBeUndefined();
  expect(problemMessages('http://example.se/vader', 'sv')).toBeUndefined();
  expect(problemMessages('  ', 'sv')).toBeUndefined();
});

it('says what the quick exit’s own parser says about an address it refuses, in the editor’s language', () => {
  expect(problemMessages('www.smhi.se', 'en')).toBe(
    'The address has no https:// and would be a broken link. Start the address with https://.',
  );
  expect(problemMessages('https://exa mple.se/', 'sv')).toBe('Det här är ingen fungerande länk. Kontrollera adressen.');
});

it('asks for a whole https address for a scheme the element refuses', () => {
  expect(problemMessages('javascript:alert(1)', 'en')).toBe('Write the whole address, starting with https://.');
});

it('asks for a whole address where the element would take a link within the site', () => {
  expect(problemMessages('/vader', 'sv')).toBe('Skriv hela adressen, som börjar med https://.');
});
