// `npm run mutation:check`: Stryker on src/engine/check.ts alone, with the quick direct tests of
// jest.mutation-check.config.js (the whole suite covers every mutant there, which made a run take hours).
// Its own reports and incremental file, in reports/mutation/check/. A part only: -- --mutate src/engine/check.ts:1-200
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['src/engine/check.ts'],
  jest: { ...base.jest, configFile: 'jest.mutation-check.config.js' },
  htmlReporter: { fileName: 'reports/mutation/check/index.html' },
  jsonReporter: { fileName: 'reports/mutation/check/mutation.json' },
  incrementalFile: 'reports/mutation/check/stryker-incremental.json',
};
