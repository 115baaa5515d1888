// Scores the row rewriter (issue #13) on a labelled corpus: every non-SMART row rewritten, SMART rows
// untouched, the row's own names/numbers/dates kept, gaps per row, re-checks clean with gaps left and with
// gaps filled, no duplicate rewrites. Not part of `npm test`: it reads corpora outside the repository.
//
//   node scripts/score-rewrites.mjs ../shared/corpus/dev.jsonl [--pairs ../shared/corpus/pairs.jsonl] [--show]
//
// Needs the built command (npm run build:cli).
import { spawnSync } from 'child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { fileURLToPath } from 'url';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, '..', 'bin', 'smart-plan.cjs');
const args = process.argv.slice(2);
const corpusFile = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--pairs');
const pairsFile = args.includes('--pairs') ? args[args.indexOf('--pairs') + 1] : undefined;
const show = args.includes('--show');
if (!corpusFile) {
  console.error('Usage: node scripts/score-rewrites.mjs <corpus.jsonl> [--pairs pairs.jsonl] [--show]');
  process.exit(2);
}

const run = (...a) => {
  const result = spawnSync(process.execPath, [bin, ...a], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(result.stderr || `smart-plan ${a[0]} failed`);
  return result.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
};
const readJsonl = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

const items = readJsonl(corpusFile);
const byId = new Map(items.map((i) => [i.id, i]));
const rewritten = run('rewrite', corpusFile);
const findingsBefore = new Map(run('findings', corpusFile).map((l) => [l.id, l.findings]));

// Facts: names and roles written with a capital, and every number or date.
const STOP = new Set(
  'The This That These There It If When All Any Each Every For To By In On At A An And Or But As Of With From Within Until We Our Their His Her He She They Make Ensure Complete Improve ASAP Ongoing On-going No Monitor Through'.split(
    ' ',
  ),
);
function factsOf(text) {
  const words = (text.match(/[A-Z][\p{L}'’-]+/gu) ?? [])
    .map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => !STOP.has(w));
  const numbers = text.match(/\d+(?:[./:]\d+)*/g) ?? [];
  return [...new Set([...words, ...numbers])];
}
const gapRe = /\[([^[\]\n]{1,60})\]/g;
function fillGaps(text) {
  return text.replace(gapRe, (_m, label) => {
    if (/dd\/mm|date/i.test(label)) return '14/09/2026';
    if (/^\d+%?$/.test(label.trim())) return label.trim();
    if (/worker|professional|adult|parent|carer|who/i.test(label)) return 'Ann Lee (family support worker)';
    if (/service|programme|course/i.test(label)) return 'the Harbour Centre';
    if (/bedtime|time/i.test(label)) return '7.30pm';
    return 'the three jobs written on the kitchen chart';
  });
}

const warnings = (findings) => findings.filter((f) => f.severity === 'warning' || f.severity === 'error');
const tmp = mkdtempSync(path.join(tmpdir(), 'rewrites-'));
const asCorpus = (fill) =>
  rewritten
    .map((r) =>
      JSON.stringify({ id: r.id, cells: Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [k, fill(v)])) }),
    )
    .join('\n');
writeFileSync(
  path.join(tmp, 'open.jsonl'),
  asCorpus((v) => v),
);
writeFileSync(path.join(tmp, 'filled.jsonl'), asCorpus(fillGaps));
const recheckOpen = new Map(run('findings', path.join(tmp, 'open.jsonl')).map((l) => [l.id, l.findings]));
const recheckFilled = new Map(run('findings', path.join(tmp, 'filled.jsonl')).map((l) => [l.id, l.findings]));

let flagged = 0,
  flaggedRewritten = 0,
  smart = 0,
  smartUntouched = 0,
  cleanOpen = 0,
  cleanFilled = 0;
const retention = [];
const gapsPerRow = [];
const seen = new Map();
const duplicates = [];
const problems = [];
for (const r of rewritten) {
  const item = byId.get(r.id);
  const before = item.cells;
  const changed = Object.keys(before).some((k) => before[k] !== r.cells[k]);
  const wasFlagged = warnings(findingsBefore.get(r.id)).length > 0;
  if (item.smart === true) {
    smart++;
    if (!changed) smartUntouched++;
    else problems.push(`${r.id}: SMART row changed`);
  }
  if (!wasFlagged) continue;
  flagged++;
  if (!changed) {
    problems.push(`${r.id}: flagged but not rewritten`);
    continue;
  }
  flaggedRewritten++;
  const beforeText = Object.values(before).join('\n');
  const afterText = Object.values(r.cells).join('\n').toLowerCase();
  const facts = factsOf(beforeText);
  const kept = facts.filter((f) => afterText.includes(f.toLowerCase()));
  retention.push(facts.length ? kept.length / facts.length : 1);
  if (facts.length && kept.length < facts.length)
    problems.push(`${r.id}: lost ${facts.filter((f) => !kept.includes(f)).join(', ')}`);
  const gaps = Object.values(r.cells).join('\n').match(gapRe)?.length ?? 0;
  gapsPerRow.push(gaps);
  const open = warnings(recheckOpen.get(r.id)).filter((f) => f.code !== 'placeholder');
  const filled = warnings(recheckFilled.get(r.id)).filter((f) => f.code !== 'placeholder');
  if (open.length === 0) cleanOpen++;
  else problems.push(`${r.id}: re-check with gaps left: ${open.map((f) => `${f.code}@${f.role}`).join(', ')}`);
  if (filled.length === 0) cleanFilled++;
  else problems.push(`${r.id}: re-check with gaps filled: ${filled.map((f) => `${f.code}@${f.role}`).join(', ')}`);
  const key = JSON.stringify(Object.entries(r.cells).filter(([k]) => before[k] !== r.cells[k]));
  if (seen.has(key)) duplicates.push(`${seen.get(key)} = ${r.id}`);
  else seen.set(key, r.id);
  if (show) {
    console.log(`\n== ${r.id}`);
    for (const k of Object.keys(before)) {
      if (before[k] === r.cells[k]) continue;
      console.log(`  ${k}: ${before[k]}\n   -> ${r.cells[k]}`);
    }
  }
}

const sorted = [...gapsPerRow].sort((a, b) => a - b);
const median = sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : 0;
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '100.0');
const minRetention = retention.length ? Math.min(...retention) : 1;
console.log(`corpus ${path.basename(corpusFile)}: ${items.length} items`);
console.log(`non-SMART (flagged) rows rewritten: ${flaggedRewritten}/${flagged} (${pct(flaggedRewritten, flagged)}%)`);
console.log(`SMART rows untouched: ${smartUntouched}/${smart}`);
console.log(
  `facts kept: mean ${pct(
    retention.reduce((a, b) => a + b, 0),
    retention.length,
  )}%, rows with >= 90% kept ${retention.filter((r) => r >= 0.9).length}/${retention.length}, lowest ${(100 * minRetention).toFixed(0)}%`,
);
console.log(
  `gaps per row: median ${median}, max ${sorted[sorted.length - 1] ?? 0}, rows over 3: ${sorted.filter((g) => g > 3).length}`,
);
console.log(
  `re-check clean except placeholder: gaps left ${cleanOpen}/${flaggedRewritten} (${pct(cleanOpen, flaggedRewritten)}%), gaps filled ${cleanFilled}/${flaggedRewritten} (${pct(cleanFilled, flaggedRewritten)}%)`,
);
console.log(`duplicate rewrites: ${duplicates.length}${duplicates.length ? ' (' + duplicates.join('; ') + ')' : ''}`);
if (pairsFile) {
  const pairs = readJsonl(pairsFile);
  console.log(`\nguidance pairs (${pairs.length}): the rewrite beside the guidance's own after`);
  for (const pair of pairs) {
    const mine = rewritten.find((r) => r.id === pair.before);
    if (!mine) continue;
    const theirs = pair.after.map((id) => byId.get(id)?.cells).filter(Boolean);
    const theirFacts = factsOf(theirs.map((c) => Object.values(c).join(' ')).join(' '));
    const beforeFacts = new Set(
      factsOf(Object.values(byId.get(pair.before).cells).join(' ')).map((f) => f.toLowerCase()),
    );
    const shared = theirFacts.filter((f) => beforeFacts.has(f.toLowerCase()));
    const mineText = Object.values(mine.cells).join(' ').toLowerCase();
    const keptShared = shared.filter((f) => mineText.includes(f.toLowerCase()));
    console.log(
      `  ${pair.before}: facts the guidance kept that the rewrite keeps too ${keptShared.length}/${shared.length}`,
    );
  }
}
if (problems.length) console.log(`\nto look at (${problems.length}):\n  ${problems.join('\n  ')}`);
