// ESLint: Next's recommended rules (core web vitals, TypeScript) plus the architecture of README's "How the pieces fit",
// written as rules so a pull request that breaks a layer fails `npm run lint` (and so `npm test`).
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';
import kantelpunt from './eslint/rules/index.mjs';

// The database objects our code calls `.update()`/`.delete()` on: the client (`db`) and a transaction (`tx`).
const drizzleObjectName = ['db', 'tx'];

// The data access layer: lib/dal (shared) and each feature folder's own `dal/` (lib/member-import/dal,
// lib/member-export/dal). Every rule about the DAL holds for all of them, so a feature keeps its queries beside
// its domain code without escaping the layer's rules.
const dataAccess = ['./lib/dal/**', './lib/*/dal/**'];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ['.data/**', '.test-results/**', 'playwright-report/**', 'test-results/**', 'bench/minimal-page/**', 'db/migrations/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-unused-expressions': 'error',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { drizzle },
    rules: {
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName }],
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName }],
    },
  },
  // Layers. `import/no-restricted-paths` also sees `import type`, so a type cannot sneak a layer in either.
  {
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: ['./app', './components'],
              from: './db',
              message: 'Pages and components reach the database through lib/dal; take types from lib/domain or the DAL.',
            },
            { target: './components', from: dataAccess, message: 'Components get their data as props from a page; they never call the data access layer.' },
            {
              target: './lib/domain',
              from: [...dataAccess, './db/**'],
              message: 'lib/domain is pure: no database, no data access layer (db/schema imports the domain, not the other way round).',
            },
            {
              target: './db',
              from: ['./app', './components', './lib', './i18n', './proxy.ts', './instrumentation.ts'],
              except: ['./domain'],
              message: 'db/ holds the schema, client and migrations and imports only lib/domain; code that needs more (seeds) lives in lib/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['next', 'next/*', 'next-auth', 'next-auth/*', 'next-intl/server', 'node:*', 'fs', 'fs/*', 'path'],
              message: 'lib/domain holds pure functions: no framework and no I/O (read files or requests in lib/dal or lib/server and pass the data in).',
            },
          ],
        },
      ],
    },
  },
  // Configuration is read, validated and typed in one place; everywhere else asks lib/config/env.ts.
  {
    files: ['app/**', 'components/**', 'lib/**', 'db/**', 'proxy.ts', 'instrumentation.ts'],
    ignores: ['lib/config/env.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through lib/config/env.ts (validated once, typed).' },
      ],
    },
  },
  {
    files: ['lib/dal/**', 'lib/*/dal/**'],
    plugins: { kantelpunt },
    rules: { 'kantelpunt/server-only-first': 'error' },
  },
];

export default config;
