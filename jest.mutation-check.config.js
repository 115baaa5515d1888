// Jest for `npm run mutation:check`: Stryker on src/engine/check.ts. Every test runs check.ts, so every
// mutant there would run the whole engine suite (hours on two shared cores); this runs only the files that
// check whole plans directly: checkPins (written to pin check.ts), plan, planLevel, shapes and rewrite.
// Left out: templates, the rules' own tests (judgement, rules), the property, one-fix and compare tests and
// the corpus, and (QUICK_MUTATION) planLevel's timing of a 1,000-word house style. The score it gives
// check.ts is a lower bound.
const base = require('./jest.mutation.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['checkPins', 'plan', 'planLevel', 'shapes', 'rewrite'].map(
    (name) => `<rootDir>/test/engine/${name}.test.ts`,
  ),
  globals: { ...base.globals, QUICK_MUTATION: true },
};
