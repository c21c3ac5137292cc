// ESLint for the whole repository; `npm run lint` runs it with --max-warnings 0.
import {defineConfig} from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default defineConfig(
  {ignores: ['dist/', 'release/', 'src/generated/', 'test-results/', '.wordpress/']},
  js.configs.recommended,
  {
    // TypeScript, with type information from the three tsconfigs (TypeScript 6.0: see README).
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname}},
  },
  {
    // The embed script, its browser tests and the pages end-to-end tests load.
    files: ['src/**/*.ts', 'test/browser.ts', 'e2e/pages/**/*.js', 'e2e/react/**/*.js'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    languageOptions: {globals: globals.browser},
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Lit calls listeners bound in templates (`@click=${this.onClick}`) with the element as `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.browser.test.ts', 'test/browser.ts'],
    rules: {
      // Chai's property assertions (`expect(x).to.be.true`, `.to.exist`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      // @open-wc/semantic-dom-diff types every chai `.equal` as a promise; only its `.dom`/`.shadowDom` forms are.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {allowForKnownSafeCalls: [{from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal'}]},
      ],
    },
  },
  {
    // Node: scripts, configs, unit and end-to-end tests. The benchmark also holds functions it runs in the page.
    files: ['**/*.mjs', '*.config.*', 'scripts/**', 'e2e/*.ts', 'test/*.ts', '**/*.unit.test.ts'],
    languageOptions: {globals: globals.node},
  },
  {files: ['bench/**'], languageOptions: {globals: {...globals.node, ...globals.browser}}},
  ...layers(),
);

/**
 * The layers of src/, kept by lint: an import may point down, never up.
 * 1. `lib/`: pure functions, no DOM, no Lit, no texts; they import only each other.
 * 2. `localized/`: formatting in the language an element renders in (msg()); lib/ below it.
 * 3. `*.config.ts`: the pure attribute parsers; lib/ below them.
 * 4. The elements, their base class, controllers and features.
 * 5. `configurator/`: reuses layers 1-3 (the parsers), never an element class; the preview uses
 *    the elements through the DOM.
 * 6. `wordpress/`: the plugin's editor side, built on the configurator's parts, with the same limits.
 */
function layers() {
  const rule = (files, patterns, ignores = []) => ({
    files,
    ignores: ['**/*.test.ts', ...ignores],
    rules: {'no-restricted-imports': ['error', {patterns}]},
  });
  const lit = {regex: '^(lit|@lit/)', message: 'Pure code renders nothing: no Lit here.'};
  const elements = '(action-plan|helpline-card|info-panel|quick-exit)';
  // One list of patterns a file: a later config's list replaces an earlier one's, so the widget-wide
  // rule comes first and each lower layer repeats it in its own.
  const noConfigurator = {regex: '(^|/)configurator/', message: 'The widget never imports the configurator.'};
  return [
    rule(['src/**'], [noConfigurator], ['src/configurator/**', 'src/wordpress/**']),
    rule(['src/lib/**'], [lit, {regex: '^\\.\\./', message: 'src/lib/ is the bottom layer: it imports only itself.'}]),
    rule(
      ['src/localized/**'],
      [
        {regex: '^(lit$|lit/)', message: 'Localized formatting gives text, not templates.'},
        {regex: '^\\.\\./(?!lib/|localization\\.js$)', message: 'src/localized/ builds on src/lib/ only.'},
      ],
    ),
    rule(
      ['src/*/*.config.ts'],
      [lit, {regex: '^\\.\\./(?!lib/)|^\\./(?!.*\\.config\\.js$)', message: 'A parser imports lib/ and parsers only.'}],
    ),
    rule(
      ['src/configurator/**', 'src/wordpress/**'],
      [
        {
          regex: `^\\.\\./(${elements}/(?!.*\\.config\\.js$)|support-element|index|elements|define|classes|controllers/|features/|dom)`,
          message: 'The configurator reuses the parsers, never an element: it uses the elements through the DOM.',
        },
      ],
    ),
  ];
}
