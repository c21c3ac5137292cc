// Prettier: the code's own style (`import {x} from 'y'`), lines up to 120 characters.
export default {
  singleQuote: true,
  bracketSpacing: false,
  trailingComma: 'all',
  printWidth: 120,
  // Lit's html`` and css`` templates are left as written: white space in them is content (no
  // space inside a link's text) and the build minifies the CSS.
  embeddedLanguageFormatting: 'off',
};
