// ESLint for the whole repository; `npm run lint` runs it with --max-warnings 0.
import {defineConfig} from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default defineConfig(
  {ignores: ['dist/', 'release/', 'src/generated/', 'test-results/']},
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
);
