// `npm run bench`: every speed and size figure the project promises, printed, not asserted.
// Each part is its own script so it can be run alone: node scripts/bench-<part>.mjs
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PARTS = [
  ['engine', 'scripts/bench-engine.mjs', 'engine throughput and worst single-cell time'],
  ['docx', 'scripts/bench-docx.mjs', '.docx plans per second and peak memory'],
  ['word', 'scripts/bench-word.mjs', 'context.sync() round trips for a 5-row and a 200-row plan'],
  ['pane', 'scripts/bench-pane.mjs', 'bundle size, first render and a 200-row check in Chromium'],
];

let failed = false;
for (const [name, script, what] of PARTS) {
  console.log(`\n== ${name}: ${what}`);
  if (!existsSync(script)) {
    console.log(`(no ${script} yet)`);
    continue;
  }
  const result = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
