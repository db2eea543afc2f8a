import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.scratch/**',
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test/client/schema.d.ts',
      'data/**',
      'test/artifacts/**',
      'clients/typescript/dist/**',
      'clients/typescript/src/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The page and the embeddable component run in browsers, as plain ES modules.
    files: ['src/http/public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Development-set tools run under Node.
    files: ['eval/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'fastify',
                'fastify-*',
                '@fastify/*',
                'pino',
                'pino-*',
                'zod',
                'zod/*',
                '../http/*',
                '../store/*',
                '../../http/*',
                '../../store/*',
              ],
              message: 'src/core is pure: no framework, logger or schema library.',
            },
          ],
        },
      ],
    },
  },
);
