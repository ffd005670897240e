import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['dist/', 'lib/', 'src/generated/', 'src/cli/generated/', 'node_modules/', 'wordpress/']},
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
