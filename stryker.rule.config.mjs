// `npm run mutation:rule -- <name>` (e.g. noOwner): Stryker on src/engine/rules/<name>.ts alone, with the quick
// direct tests of jest.mutation-rule.config.js (rules, judgement, planLevel and the rule's own <name>Pins test).
// The score is a lower bound: the rest of the engine suite may kill more. Reports and incremental file in
// reports/mutation/rule/<name>/ (gitignored). Run scripts/mutation-rule.mjs, not this file, so RULE is set.
import fs from 'node:fs';
import base from './stryker.config.mjs';

const rule = process.env.RULE;
if (!rule || !fs.existsSync(`src/engine/rules/${rule}.ts`)) {
  throw new Error(`RULE must name a file in src/engine/rules/ (without .ts); got ${JSON.stringify(rule)}`);
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: [`src/engine/rules/${rule}.ts`],
  jest: { ...base.jest, configFile: 'jest.mutation-rule.config.js' },
  htmlReporter: { fileName: `reports/mutation/rule/${rule}/index.html` },
  jsonReporter: { fileName: `reports/mutation/rule/${rule}/mutation.json` },
  incrementalFile: `reports/mutation/rule/${rule}/stryker-incremental.json`,
};
