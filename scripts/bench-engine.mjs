// Engine figures: cells per second on a 200-row plan, and the worst time for one 100,000-character cell.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const outfile = path.join(tmpdir(), `bench-engine-${process.pid}.cjs`);
await build({
  stdin: {
    contents: "export * from './src/engine/index.ts'; export * from './test/support/pathological.ts';",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile,
  logLevel: 'error',
});
const { checkPlan, checkRow, PATHOLOGICAL_UNITS, pathologicalCell } = require(outfile);

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
const timed = (withRewrites) => {
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const report = checkPlan([{ rows }], { planDate: '2025-01-01' });
    if (withRewrites && report.rewrites.length === 0) throw new Error('no rewrites');
  }
  return (performance.now() - started) / runs;
};
const perCells = (ms) => Math.round(cells / (ms / 1000)).toLocaleString('en-GB');
// Row rewrites are worked out when a report's rewrites are first read (the pane and `check --out` read
// them; `findings`, `eval` and audits do not): the check alone, then the check with every row rewritten.
const checkOnly = timed(false);
const withRewrites = timed(true);
console.log(
  `engine: 200-row plan checked in ${checkOnly.toFixed(1)} ms = ${perCells(checkOnly)} cells per second (target >= 20,000)`,
);
console.log(
  `engine: the same with every faulty row rewritten: ${withRewrites.toFixed(1)} ms = ${perCells(withRewrites)} cells per second`,
);

// The worst of the pathological families (test/support/pathological.ts, issue #16): each a 100,000-character
// cell of one word or character repeated, checked as an outcome and as the actions of one row. Each family
// is timed three times, on a slightly different cell each time so nothing is answered from a cache, and
// its median kept; the figure printed is the slowest family's.
const hostile = {
  ...PATHOLOGICAL_UNITS,
  'vague and subjective': 'Mum will be more confident and happier regularly ',
  'every ': 'every ',
  'open brackets': '(((((',
  'Mr ': 'Mr ',
};
const times = [];
for (const [family, unit] of Object.entries(hostile)) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const cell = `${i} ${pathologicalCell(unit, 100000)}`.slice(0, 100000);
    const started = performance.now();
    checkRow({ outcome: cell, action_owner_when: cell });
    runs.push((performance.now() - started) / 2);
  }
  times.push([family, runs.sort((a, b) => a - b)[1]]);
}
times.sort((a, b) => b[1] - a[1]);
const [worstFamily, worst] = times[0];
console.log(
  `engine: slowest of ${times.length} pathological 100,000-character cells: ${worst.toFixed(1)} ms per cell ("${worstFamily.trim()}" repeated; target < 50 ms)`,
);
console.log(
  `engine: next slowest: ${times
    .slice(1, 4)
    .map(([family, ms]) => `"${family.trim()}" ${ms.toFixed(1)} ms`)
    .join(', ')}`,
);
