// Word round trips: context.sync() calls for a whole check (read every table, then write every
// highlight and comment) of a 5-row and a 200-row plan, against the in-memory fake of the Word API.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

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
for (const [rows, tracked] of [
  [5, false],
  [200, false],
  [5, true],
  [200, true],
]) {
  const fake = new FakeWordDocument([[header, ...Array.from({ length: rows }, () => faulty)]]);
  // A tracked deletion in the plan costs one more read round trip (each cell's current text).
  if (tracked) fake.tables[0].rows[1][0].deleted = ' and active';
  const word = new WordPlanDocument(fake.host());
  const read = await word.readTables('document');
  const findings = checkPlan(read.tables).tables.flatMap((t) => t.findings);
  await word.mark(findings, { comments: true });
  console.log(
    `word: whole check of a ${rows}-row plan${tracked ? ' with tracked changes' : ''} (${findings.length} marks) = ${fake.syncs} context.sync() round trips`,
  );
}
