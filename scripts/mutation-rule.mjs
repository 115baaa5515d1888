// `npm run mutation:rule -- <name> [stryker options]`: Stryker on src/engine/rules/<name>.ts with that rule's
// quick direct tests (stryker.rule.config.mjs, jest.mutation-rule.config.js). E.g. npm run mutation:rule -- noOwner
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const [rule, ...rest] = process.argv.slice(2);
if (!rule || !fs.existsSync(`src/engine/rules/${rule}.ts`)) {
  const names = fs.readdirSync('src/engine/rules').filter((f) => f.endsWith('.ts') && f !== 'index.ts');
  console.error(`Usage: npm run mutation:rule -- <name>, one of: ${names.map((f) => f.slice(0, -3)).join(', ')}`);
  process.exit(2);
}
const run = spawnSync('npx', ['stryker', 'run', 'stryker.rule.config.mjs', ...rest], {
  stdio: 'inherit',
  env: { ...process.env, RULE: rule },
});
process.exit(run.status ?? 1);
