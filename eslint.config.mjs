import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'out/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // The core is pure: Apps Script services are reached only through src/gas adapters.
      'no-restricted-globals': [
        'error',
        ...[
          'SpreadsheetApp',
          'MailApp',
          'GmailApp',
          'PropertiesService',
          'LockService',
          'ScriptApp',
          'HtmlService',
          'Utilities',
          'Session',
          'CacheService',
        ].map((name) => ({ name, message: 'src/core is pure; use a port from src/app/ports.ts.' })),
      ],
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
);
