/** Browser tests: headless Debian chromium driven by playwright-core (npm run test:browser). */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }] },
  // Starting the bot, the simulator and chromium takes seconds; each step waits for a real reply.
  testTimeout: 150000,
};
