import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['dist/', 'lib/', 'src/i18n/generated/', 'src/studio/generated/', 'node_modules/', 'wordpress/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    plugins: {lit, 'lit-a11y': litA11y},
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      // A Lit directive's render() declares its arguments for the types; update() uses them.
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    // The layers (docs/architecture.md): core has no DOM and no Node; the element
    // never reaches the command-line tool, nor the tool the element.
    files: ['src/core/**/*.ts'],
    languageOptions: {globals: {}},
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {group: ['node:*'], message: 'core/ runs in browsers and Node alike: no Node modules.'},
            {group: ['lit', 'lit/*', '**/element/*', '**/cli/*', '**/studio/*'], message: 'core/ imports only core/ and i18n/.'},
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'HTMLElement', 'customElements', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['src/element/**/*.ts', 'src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {group: ['node:*'], message: 'The element and its messages run in browsers: no Node modules.'},
            {group: ['**/cli/*', '**/studio/*'], message: 'The element does not import the command-line tool or the studio.'},
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {patterns: [{group: ['**/element/*', '**/studio/*', 'lit', 'lit/*'], message: 'The command-line tool does not import the element or the studio.'}]},
      ],
    },
  },
  {
    // Build scripts and tests run in Node; demo and bench pages in the browser.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {globals: {...globals.browser, ...globals.node}},
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  }
);
