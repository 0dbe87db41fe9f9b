import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const DB_MESSAGE = 'Only lib/data/* may touch the database (STYLE.md rule 1): call a data function instead.';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'lib/generated/**', 'node_modules/**', '.leaven/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  {
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@/lib/db', message: DB_MESSAGE },
            { name: '@/lib/db-client', message: DB_MESSAGE },
            { name: 'pg', message: DB_MESSAGE },
            { name: '@prisma/adapter-pg', message: DB_MESSAGE },
          ],
          patterns: [
            { group: ['**/lib/db', '**/lib/db-client', '**/generated/prisma/client'], message: DB_MESSAGE },
          ],
        },
      ],
    },
  },
  {
    // The data layer, the database plumbing, the seed, scripts and tests may reach the database.
    files: ['lib/data/**', 'lib/db.ts', 'lib/db-client.ts', 'lib/ops/**', 'prisma/**', 'scripts/**', 'tests/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
];

export default config;
