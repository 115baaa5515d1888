// Jest for `npm run mutation:rule -- <name>`: Stryker on one rule, src/engine/rules/<name>.ts. Every test runs
// every rule, so each mutant would otherwise run the whole engine suite; this runs only the tests that state
// what rules find (rules, judgement, planLevel without its timing: QUICK_MUTATION) and the rule's own pins,
// test/engine/<name>P*.test.ts (<name>Pins, <name>Patterns), when there are any. The score it gives is a lower bound.
const fs = require('node:fs');
const path = require('node:path');
const base = require('./jest.mutation.config.js');

const rule = process.env.RULE;
const dir = path.join(__dirname, 'test/engine');
const pins = rule
  ? fs
      .readdirSync(dir)
      .filter((f) => f.startsWith(`${rule}P`) && f.endsWith('.test.ts'))
      .map((f) => path.join(dir, f))
  : [];

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: [...['rules', 'judgement', 'planLevel'].map((name) => `<rootDir>/test/engine/${name}.test.ts`), ...pins],
  globals: { ...base.globals, QUICK_MUTATION: true },
};
