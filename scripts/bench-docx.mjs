// .docx throughput: 100 plans of 20 rows each opened, read, checked, marked with comments and saved,
// as `smart-plan check` does; plans per second and peak memory.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
// Inside the project, so the bundle finds jszip and the XML DOM in node_modules.
const outfile = path.resolve('node_modules/.cache/bench-docx.cjs');
await build({
  stdin: {
    contents: `export { DocxPlanDocument } from './src/docx';
      export { checkPlan } from './src/engine';
      export { buildTemplate } from './src/engine/templates';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile,
  logLevel: 'error',
  packages: 'external',
});
const { DocxPlanDocument, checkPlan, buildTemplate } = require(outfile);

const samples = [
  ['Kai needs to be healthy.', 'Kai will be seen regularly.', 'Health visitor to visit - ongoing.', ''],
  [
    'Kai misses breakfast most days.',
    'Kai will eat breakfast on 4 of 5 school days.',
    'Dad to buy cereal each Sunday from 06/01/25.',
    '',
  ],
  ['Mum needs to be referred to CAMHS.', 'Mum to stop drinking.', 'Social worker to refer Mum ASAP.', ''],
];
const plans = [];
for (let p = 0; p < 100; p++) {
  const spec = buildTemplate('childs-care-plan', { rows: 1 });
  spec.rows = Array.from({ length: 20 }, (_, i) =>
    samples[(i + p) % 3].map((text) => ({ text: text ? `${text} (${p}.${i})` : '' })),
  );
  plans.push(await (await DocxPlanDocument.create(spec)).save());
}
let peak = process.memoryUsage().rss;
const started = performance.now();
const cpuStarted = process.cpuUsage();
for (const bytes of plans) {
  const doc = await DocxPlanDocument.open(bytes, { author: 'Bench' });
  const read = await doc.readTables('document');
  const report = checkPlan(read.tables, { surroundingText: read.surroundingText });
  await doc.mark(
    report.tables.flatMap((t) => t.findings),
    { comments: true },
  );
  await doc.save();
  peak = Math.max(peak, process.memoryUsage().rss);
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  `docx: 100 plans of 20 rows reviewed in ${seconds.toFixed(2)} s = ${(100 / seconds).toFixed(1)} plans per second (target >= 20)`,
);
// On a shared machine the wall clock includes waiting for a core; CPU time is what the work itself costs.
console.log(
  `docx: ${cpuSeconds.toFixed(2)} s of CPU (${(cpuSeconds * 10).toFixed(1)} ms per plan; ${(100 / cpuSeconds).toFixed(1)} plans per CPU second)`,
);
console.log(`docx: peak memory ${(peak / 1024 / 1024).toFixed(0)} MB`);
