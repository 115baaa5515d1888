// `npm run mutation`: Stryker on the engine only, with the engine's own tests (jest.mutation.config.js).
// Console output only (no dashboard: nothing leaves the machine); HTML and JSON reports and the incremental
// file go to reports/mutation (gitignored). Incremental: a re-run only tests mutants whose code or tests
// changed (`-- --force` runs them all). Narrower: npm run mutation -- --mutate src/engine/check.ts
// Quicker, leaving out static mutants (code run once at load, e.g. a rule's id and letters): -- --ignoreStatic
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['src/engine/rules/**/*.ts', 'src/engine/check.ts'],
  testRunner: 'jest',
  jest: { configFile: 'jest.mutation.config.js', enableFindRelatedTests: false },
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  ignorePatterns: ['dist', 'lib', 'coverage', 'test-results', 'assets', 'test/browser', 'test/taskpane'],
  // Two cores shared with the rest of the team.
  concurrency: 1,
  tempDirName: '.stryker-tmp',
  timeoutMS: 10000,
  thresholds: { high: 80, low: 60, break: null },
};
