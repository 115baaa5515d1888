// Engine figures: cells per second on a 200-row plan, and the worst time for one 100,000-character cell.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const outfile = path.join(tmpdir(), `bench-engine-${process.pid}.cjs`);
await build({
  entryPoints: ['src/engine/index.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile,
  logLevel: 'error',
});
const { checkPlan, checkRow } = require(outfile);

const header = ['Assessed need', 'Outcome', 'Actions to be undertaken, by whom and by when', 'Achieved?'];
const samples = [
  ['Kai needs to be healthy.', 'Kai will be seen regularly.', 'Health visitor to visit - ongoing.', ''],
  [
    'Kai misses breakfast most days.',
    'Kai will eat breakfast on 4 of 5 school days.',
    'Dad to buy cereal each Sunday from 06/01/25; Mrs Begum (teacher) to record it every Friday until 14/02/25.',
    '',
  ],
  ['Mum needs to be referred to CAMHS.', 'Mum to stop drinking.', 'Social worker to refer Mum ASAP.', ''],
];
// Every row different, as in a real plan: nothing is answered from a cache.
const rows = [
  header,
  ...Array.from({ length: 200 }, (_, i) => samples[i % samples.length].map((cell) => (cell ? `${cell} (${i})` : cell))),
];
const cells = 200 * header.length;
checkPlan([{ rows }]);
const runs = 20;
let started = performance.now();
for (let i = 0; i < runs; i++) checkPlan([{ rows }], { planDate: '2025-01-01' });
const perPlan = (performance.now() - started) / runs;
console.log(
  `engine: 200-row plan checked in ${perPlan.toFixed(1)} ms = ${Math.round(cells / (perPlan / 1000)).toLocaleString('en-GB')} cells per second (target >= 20,000)`,
);

const hostile = [
  'Mum will be more confident and happier regularly '.repeat(2000),
  'a'.repeat(100000),
  '1/'.repeat(50000),
  'every '.repeat(16666),
  '((((('.repeat(20000),
  'Mr '.repeat(33333),
  'needs to see '.repeat(7692),
];
let worst = 0;
for (const text of hostile) {
  const cell = text.slice(0, 100000);
  started = performance.now();
  checkRow({ outcome: cell, action_owner_when: cell });
  worst = Math.max(worst, (performance.now() - started) / 2);
}
console.log(`engine: worst time for one 100,000-character cell ${worst.toFixed(1)} ms (target < 50 ms)`);
