import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

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
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', Buffer: 'readonly', URL: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', document: 'readonly', window: 'readonly',
        location: 'readonly', history: 'readonly', customElements: 'readonly', performance: 'readonly',
        requestAnimationFrame: 'readonly', navigator: 'readonly', fetch: 'readonly', TextDecoder: 'readonly',
        URLSearchParams: 'readonly', Intl: 'readonly', HTMLElement: 'readonly', AbortController: 'readonly',
      },
    },
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
