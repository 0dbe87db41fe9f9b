import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const ROLE_MESSAGE = 'Who may do what is decided in lib/access (STYLE.md rule 1): ask can() / requireCan() / roleCan() from lib/access/capabilities, or use a named helper, instead of comparing a role.';
// A comparison of any `.role` (or a switch on one): outside lib/access these are authorization
// written inline, or a data role that a named helper should say in words (isCircleLeader).
const ROLE_COMPARISONS = [
  "BinaryExpression[operator=/^[!=]==?$/] > MemberExpression[property.name='role']",
  "BinaryExpression[operator=/^[!=]==?$/] > ChainExpression > MemberExpression[property.name='role']",
  "SwitchStatement > MemberExpression.discriminant[property.name='role']",
  "SwitchStatement > ChainExpression.discriminant > MemberExpression[property.name='role']",
].map((selector) => ({ selector, message: ROLE_MESSAGE }));

const DB_MESSAGE = 'Only lib/data/* (and system work in lib/jobs, lib/ops) may touch the database, through lib/db (STYLE.md rule 1): call a data function instead.';
const APP_MESSAGE = 'components/ never imports app/ (STYLE.md): a shared component receives its server actions as props, typed with components/forms/server-action.ts.';
const DATA_MESSAGE = 'components/ may import types from lib/data (the DTOs a page hands it), never values: the page calls the data layer and passes the result down.';

// Everywhere: the database only through the data layer.
const DB_PATHS = [
  { name: 'pg', message: DB_MESSAGE },
  { name: '@prisma/adapter-pg', message: DB_MESSAGE },
];
const DB_PATTERNS = [
  { group: ['@/lib/db/*', '**/lib/db/*'], message: DB_MESSAGE },
  // Prisma's types may be named anywhere; its client (and Prisma.sql) only where SQL is written.
  { group: ['**/generated/prisma/client'], message: DB_MESSAGE, allowTypeImports: true },
];

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'lib/generated/**', 'node_modules/**', '.leaven/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  {
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: DB_PATHS, patterns: DB_PATTERNS }],
    },
  },
  {
    // Shared components sit below the routes and beside the data layer, never above either:
    // - no import from app/ (its actions come in as props, so a component is tied to no route);
    // - from lib/data, `import type` only: a component is handed DTOs and may name their types
    //   (TPersonHit, TInteractionItem), but it never calls a data function itself.
    // (A rule set here replaces the one above for these files, so the database rules are repeated.)
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: DB_PATHS,
          patterns: [
            ...DB_PATTERNS,
            { group: ['@/app', '@/app/**', '**/../app', '**/../app/**'], message: APP_MESSAGE },
            { group: ['@/lib/data/**', '**/lib/data/**'], message: DATA_MESSAGE, allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    // The data layer, the database doors themselves, system work (jobs, ops), the seed, scripts and tests may reach the database.
    files: ['lib/data/**', 'lib/db/**', 'lib/jobs/**', 'lib/ops/**', 'prisma/**', 'scripts/**', 'tests/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // No `.role ===` outside lib/access: the capability table there is the one place roles are read.
    files: ['app/**', 'components/**', 'lib/**'],
    ignores: ['lib/access/**', 'lib/generated/**'],
    rules: { 'no-restricted-syntax': ['error', ...ROLE_COMPARISONS] },
  },
  {
    // The access rules build Prisma `where`s and their SQL twins (Prisma.sql), but never query.
    files: ['lib/access/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'pg', message: DB_MESSAGE }], patterns: [{ group: ['@/lib/db/*', '**/lib/db/*'], message: DB_MESSAGE }] }],
    },
  },
];

export default config;
