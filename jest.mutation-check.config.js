// Jest for `npm run mutation:check`: Stryker on src/engine/check.ts. Every test runs check.ts, so every
// mutant there would run the whole engine suite; this runs only the files that check plans directly and
// quickly. Left out: the property, one-fix and compare tests (slow, and they pin little check.ts could
// change on its own) and the corpus (scores, not findings). The score it gives check.ts is a lower bound.
const base = require('./jest.mutation.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['checkPins', 'plan', 'planLevel', 'judgement', 'rules', 'shapes', 'rewrite', 'templates'].map(
    (name) => `<rootDir>/test/engine/${name}.test.ts`,
  ),
};
