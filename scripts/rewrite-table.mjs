// Writes docs/rewrites.md: the checker's own rewrites of the rows in docs/rewrite-examples.jsonl, before
// and after, so trainers see exactly what it proposes. Re-run after changing the rewriter:
//   npm run build:cli && node scripts/rewrite-table.mjs
import { spawnSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
import * as prettier from 'prettier';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = path.join(root, 'docs', 'rewrite-examples.jsonl');
const result = spawnSync(process.execPath, [path.join(root, 'bin', 'smart-plan.cjs'), 'rewrite', examples], {
  encoding: 'utf8',
});
if (result.status !== 0) {
  process.stderr.write(result.stderr);
  process.exit(1);
}
const before = new Map(
  readFileSync(examples, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .map((i) => [i.id, i.cells]),
);
const ROLE = {
  need: 'Need',
  outcome: 'Outcome',
  action: 'Action',
  owner: 'Who',
  when: 'When',
  owner_when: 'Who and when',
  action_owner_when: 'Actions, by whom and by when',
  measure: 'How we will know',
};
const cell = (text) => (text ? text.replace(/\|/g, '\\|').replace(/\n/g, ' ') : '*(empty)*');
const rows = result.stdout
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l))
  .flatMap((item) => {
    const cells = before.get(item.id);
    const changed = Object.keys(cells).filter((role) => cells[role] !== item.cells[role]);
    if (changed.length === 0)
      return [`| ${item.id} | (whole row) | ${cell(Object.values(cells).join(' / '))} | *SMART: left as it is* |`];
    return changed.map(
      (role, i) =>
        `| ${i === 0 ? item.id : ''} | ${ROLE[role] ?? role} | ${cell(cells[role])} | ${cell(item.cells[role])} |`,
    );
  });

const target = path.join(root, 'docs', 'rewrites.md');
const page = `# What the checker proposes: row rewrites

Made by \`scripts/rewrite-table.mjs\` from the rows in \`docs/rewrite-examples.jsonl\` (written for this page; the
children are invented). Re-run it after changing the rewriter so this page stays true.

For each row that is not SMART the checker proposes one rewrite of the whole row, in the way the guidance
rewrites its own examples (Practitioner's Guide, Paul's care plan; Torbay, Common Errors in SMART plans; Smart
Planning Guidance, Rosie's plan):

- a task written as an outcome moves to the actions, and the outcome says what will be different for the child;
- a vague action says who does what, how often and until when;
- an all-or-nothing demand ("stop drinking") becomes a commitment the parent can keep, with a plan for the child
  if they cannot;
- "stop" becomes the behaviour to reach;
- a missing measure becomes what will be counted for that topic (the school register, a sleep diary, sessions
  attended, a home checklist...).

The row's own names, services, dates and numbers are kept. What only the author knows is left as a \`[gap]\`,
at most three a row; the pane asks for each gap before Apply, and a plan with a gap left is flagged
("fill in or remove"). Only the cells that change are shown.

| Row | Column | Before | After |
|---|---|---|---|
${rows.join('\n')}
`;
// Formatted as the lint expects, so a regenerated page passes prettier --check.
writeFileSync(target, await prettier.format(page, { ...(await prettier.resolveConfig(target)), filepath: target }));
console.log(`docs/rewrites.md: ${rows.length} lines from ${before.size} rows`);
