import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const frameworks = ['botbuilder', 'botbuilder-*', '@microsoft/teams-ai', 'restify', 'botframework-*'];
const io = ['fs', 'fs/*', 'node:fs', 'node:fs/*', 'better-sqlite3', 'chokidar', 'pino', '@azure/*', 'http', 'node:http', 'child_process', 'node:child_process'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'docs/**', 'devTools/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['bot/**/*.ts'],
    ignores: ['bot/config.ts', 'bot/cli/**', 'bot/main.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration once in bot/config.ts and pass it in.' }],
    },
  },
  {
    files: ['bot/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: [...frameworks, ...io], message: 'The domain is pure: no frameworks, no I/O. Use a port.' },
          { group: ['**/infra/**', '**/teams/**', '**/http/**', '**/cli/**', '**/config'], message: 'The domain imports nothing outside bot/domain.' },
        ],
      }],
      'no-restricted-globals': ['error', { name: 'process', message: 'Config comes in as a parameter.' }],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'Time comes from the Clock port.' },
        { object: 'Math', property: 'random', message: 'Randomness comes in through a port.' },
        { object: 'process', property: 'env', message: 'Config comes in as a parameter.' },
      ],
    },
  },
  {
    files: ['bot/infra/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: frameworks, message: 'Infra implements ports; no bot frameworks here.' },
          { group: ['**/teams/**', '**/http/**', '**/cli/**'], message: 'Infra must not depend on the Teams or HTTP edge.' },
        ],
      }],
    },
  },
);
