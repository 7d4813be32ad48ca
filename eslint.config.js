// One lint configuration for the whole workspace; each package runs `eslint .` from its folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const prismaOnlyInDb = { group: ['**/generated/prisma*', '@prisma/client*'], message: 'Use @kasane/db repositories, not the Prisma client.' };

export default tseslint.config(
  {
    ignores: ['**/*.mjs', '**/dist/**', '**/node_modules/**', '**/generated/**', '**/coverage/**', '**/*.config.{js,ts,mjs}', '**/.data/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Only packages/db talks to the generated Prisma client.
    files: ['apps/**/*.{ts,tsx}', 'packages/api/**/*.ts', 'packages/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [prismaOnlyInDb] }],
    },
  },
  {
    // ADR 0008: the portal translates with its own small module (src/i18n), not i18next.
    files: ['apps/portal/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'i18next', message: 'The portal uses src/i18n (ADR 0008).' }, { name: 'react-i18next', message: 'The portal uses src/i18n/react.tsx (ADR 0008).' }], patterns: [prismaOnlyInDb] },
      ],
    },
  },
  {
    // The domain core is pure: no I/O, no framework (CONVENTIONS.md "Layout").
    files: ['packages/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'crypto', 'http', 'os', 'child_process'], message: 'packages/domain is pure: no Node built-ins.' },
            { group: ['@prisma/*', '@trpc/*', 'react', 'react-dom', '@kasane/db', '@kasane/api'], message: 'packages/domain depends on nothing but zod.' },
            prismaOnlyInDb,
          ],
        },
      ],
    },
  },
);
