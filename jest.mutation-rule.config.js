// Jest for `npm run mutation:rule -- <name>`: Stryker on one rule, src/engine/rules/<name>.ts. Every test runs
// every rule, so each mutant would otherwise run the whole engine suite; this runs only the tests that state
// what rules find (rules, judgement, planLevel without its timing: QUICK_MUTATION) and the rule's own pins,
// test/engine/<name>Pins.test.ts, when there is one. The score it gives is a lower bound.
const fs = require('node:fs');
const path = require('node:path');
const base = require('./jest.mutation.config.js');

const rule = process.env.RULE;
const pins = path.join(__dirname, 'test/engine', `${rule}Pins.test.ts`);

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: [
    ...['rules', 'judgement', 'planLevel'].map((name) => `<rootDir>/test/engine/${name}.test.ts`),
    ...(rule && fs.existsSync(pins) ? [pins] : []),
  ],
  globals: { ...base.globals, QUICK_MUTATION: true },
};
