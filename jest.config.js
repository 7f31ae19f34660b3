/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Browser tests start Chromium and the simulator: they run separately (npm run test:browser).
  testPathIgnorePatterns: ['/node_modules/', '/test/browser/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }] },
  testTimeout: 20000,
};
