// Two projects: "unit" (engine, .docx, Word gateway against a fake, components in jsdom, command line)
// and "browser" (the task pane in Debian's Chromium, driven by playwright-core).
const transform = { '^.+\\.(t|j)sx?$': '<rootDir>/test/support/esbuildTransform.js' };

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/**/*.test.ts?(x)'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
      globalSetup: '<rootDir>/test/support/buildCli.js',
      moduleNameMapper: { '\\.(css)$': '<rootDir>/test/support/styleStub.js' },
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/test/browser/globalSetup.js',
      globalTeardown: '<rootDir>/test/browser/globalTeardown.js',
    },
  ],
  // Generous: component tests drive Fluent UI through jsdom, which is slow on a busy 2-core machine.
  testTimeout: 120000,
};
