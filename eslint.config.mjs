// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.local/**', 'coverage/**', '*.js', '*.mjs'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../../*'], message: 'Use a path alias (@app/...) instead.' }] },
      ],
    },
  },
  {
    // A bare @EventPattern or @MessagePattern binds to both of an app's Kafka consumers.
    files: ['apps/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['../../../*'], message: 'Use a path alias (@app/...) instead.' }],
          paths: [
            {
              name: '@nestjs/microservices',
              importNames: ['EventPattern', 'MessagePattern'],
              message: 'Use @HandlesEvents or @HandlesRequest from @app/messaging.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read arbitrary JSON responses; typing every body would add noise, not safety.
    files: ['libs/testing/**/*.ts', '**/test/**/*.ts', 'test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['apps/*/src/**/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*', 'typeorm', 'kafkajs'], message: 'Domain code has no framework imports.' },
          ],
        },
      ],
    },
  },
);
