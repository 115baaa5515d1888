// Word round trips: context.sync() calls for a whole check (read every table, then look up and write every
// highlight and comment) of a 5-row and a 200-row plan, with and without tracked deletions, against the fake
// Word of test/fakes/wordFake.ts (as hard as Word: per-character search, non-atomic batches). Also a re-check
// over our own marks, Clear, and a row rewrite. Target: a whole check in at most 3 round trips (goal 2).
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const outfile = path.join(tmpdir(), `bench-word-${process.pid}.cjs`);
await build({
  stdin: {
    contents: `export { WordPlanDocument } from './src/word/WordPlanDocument';
      export { FakeWordDocument } from './test/fakes/wordFake';
      export { checkPlan } from './src/engine';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile,
  logLevel: 'error',
});
const { WordPlanDocument, FakeWordDocument, checkPlan } = require(outfile);

const header = ['Assessed need', 'Outcome', 'Actions to be undertaken, by whom and by when', 'Achieved?'];
const faulty = ['Kai needs to be healthy.', 'Kai will be seen regularly.', 'Health visitor to visit - ongoing.', ''];
let worst = 0;
for (const [rows, tracked] of [
  [5, false],
  [200, false],
  [5, true],
  [200, true],
]) {
  const fake = new FakeWordDocument([[header, ...Array.from({ length: rows }, () => faulty)]]);
  // A tracked deletion in the plan: Word's values still hold the deleted words.
  if (tracked) fake.tables[0].rows[1][0].deleted = ' and active';
  const word = new WordPlanDocument(fake.host());
  const started = performance.now();
  const read = await word.readTables('document');
  const findings = checkPlan(read.tables).tables.flatMap((t) => t.findings);
  await word.mark(findings, { comments: true });
  const check = fake.syncs;
  worst = Math.max(worst, check);
  const ms = performance.now() - started;
  // The same check again, over our own marks (kept comments, bookmarks found again).
  const before = fake.syncs;
  const again = await word.readTables('document');
  await word.mark(
    checkPlan(again.tables).tables.flatMap((t) => t.findings),
    { comments: true },
  );
  const recheck = fake.syncs - before;
  worst = Math.max(worst, recheck);
  const clearFrom = fake.syncs;
  await word.clearMarks();
  const clear = fake.syncs - clearFrom;
  console.log(
    `word: whole check of a ${rows}-row plan${tracked ? ' with tracked changes' : ''} (${findings.length} marks) = ${check} context.sync() round trips` +
      ` (re-check ${recheck}, clear ${clear}; ${fake.searches} searches, ${fake.reviewedTextCalls} getReviewedText calls, ${ms.toFixed(0)} ms in the fake)`,
  );
}
{
  const fake = new FakeWordDocument([[header, faulty]]);
  const word = new WordPlanDocument(fake.host());
  await word.readTables('document');
  const from = fake.syncs;
  await word.applyRewrite(
    {
      id: 'bench',
      table: 0,
      row: 1,
      cells: [
        { column: 1, role: 'outcome', before: faulty[1], after: 'Kai will be seen every 2 weeks.' },
        {
          column: 2,
          role: 'action',
          before: faulty[2],
          after: 'Health visitor to visit every 2 weeks until 30/06/25.',
        },
      ],
      resolves: [],
      summary: 'Say how often.',
      modelledOn: { document: 'torbay', section: 'Timescales', point: 'Each action has a date.' },
    },
    { tracked: true },
  );
  console.log(`word: a two-cell row rewrite, tracked = ${fake.syncs - from} context.sync() round trips`);
}
console.log(`word: worst whole check = ${worst} round trips (target ≤ 3, goal 2)`);
process.exit(worst <= 3 ? 0 : 1);
