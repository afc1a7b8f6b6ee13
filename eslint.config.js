import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const src = './src';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'src/core/dist/**',
      'node_modules/**',
      'tmp/**',
      'coverage/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: `${src}/core`,
              from: [`${src}/zendesk`, `${src}/ui`, `${src}/demo`],
              message: 'The core is pure: it imports nothing outside src/core.',
            },
            {
              target: `${src}/zendesk`,
              from: [`${src}/ui`, `${src}/demo`],
              message: 'The adapter sits below the UI.',
            },
            {
              target: `${src}/ui`,
              from: [`${src}/demo`],
              message: 'Demo code never reaches the app bundle.',
            },
            {
              target: `${src}/ui/locations/ticket-sidebar`,
              from: `${src}/ui/locations/nav-bar`,
              message: 'Locations never import each other.',
            },
            {
              target: `${src}/ui/locations/nav-bar`,
              from: `${src}/ui/locations/ticket-sidebar`,
              message: 'Locations never import each other.',
            },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Customer text is text: never render it as HTML.',
        },
        {
          selector: 'TSEnumDeclaration',
          message: 'Use an `as const` array and a derived union.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-console': 'error' },
  },
  {
    // The UI reaches the core and the adapter only through their public faces (each area's
    // index.ts), so either can change inside without the UI knowing.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/*/*'],
              message: 'Import the core through its area: src/core/<area> (its index.ts).',
            },
            {
              group: [
                '**/zendesk/*',
                '!**/zendesk/ticket',
                '!**/zendesk/search',
                '!**/zendesk/settings',
              ],
              message:
                'Import the adapter through src/zendesk or its ticket, search and settings areas.',
            },
            {
              group: ['**/zendesk/*/*'],
              message:
                'Import the adapter through src/zendesk or its ticket, search and settings areas.',
            },
          ],
        },
      ],
    },
  },
  {
    // The core ships as an ES module package (src/core/package.json): Node resolves only
    // relative imports that name the built file.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` array and a derived union.' },
        {
          selector:
            ':matches(ImportDeclaration, ExportNamedDeclaration, ExportAllDeclaration) > Literal.source[value=/^\\.{1,2}\\/(?!.*\\.js$)/]',
          message: "Relative imports in the core name the built file: './types.js'.",
        },
      ],
    },
  },
  {
    // Every word a person reads comes from translations/: no literal text in the app's JSX.
    files: ['src/ui/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Customer text is text: never render it as HTML.',
        },
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` array and a derived union.' },
        {
          selector: 'JSXText[value=/\\p{L}/u]',
          message: 'User-visible text comes from translations/ through t().',
        },
        {
          selector:
            'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt|label)$/] > Literal[value=/\\p{L}/u]',
          message: 'User-visible text comes from translations/ through t().',
        },
      ],
    },
  },
);
