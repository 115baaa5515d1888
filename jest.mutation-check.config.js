// Jest for `npm run mutation:check`: Stryker on src/engine/check.ts. Every test runs check.ts, so every
// mutant there would run the whole engine suite (hours on two shared cores); this runs only checkPins
// (written to pin check.ts), planLevel and rewrite (the row rewrites check.ts places), and skips planLevel's
// timing of a 1,000-word house style (QUICK_MUTATION). About 30 minutes for the 721 mutants. The score it
// gives check.ts is a lower bound: the other engine tests may kill more.
const base = require('./jest.mutation.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['checkPins', 'planLevel', 'rewrite'].map((name) => `<rootDir>/test/engine/${name}.test.ts`),
  globals: { ...base.globals, QUICK_MUTATION: true },
};
