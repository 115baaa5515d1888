// Jest for `npm run mutation`: the engine's tests only, and no globalSetup (the engine needs no CLI bundle;
// test/engine/cli.test.ts runs that bundle, which mutants never reach). Property tests try fewer cases
// (test/support/fuzz.ts), since every mutant runs them again; the pathological-cell timings are left out
// (they time the engine on 100,000-character cells and assert little a mutant could change), and so is the
// scaling test (it times them too).
/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': '<rootDir>/test/support/esbuildTransform.js' },
  testMatch: ['<rootDir>/test/engine/**/*.test.ts', '<rootDir>/test/corpus/**/*.test.ts'],
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/engine/cli.test.ts',
    '<rootDir>/test/engine/pathological.test.ts',
    '<rootDir>/test/engine/scaling.test.ts',
  ],
  globals: { FUZZ_RUNS_CAP: 25 },
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
};
