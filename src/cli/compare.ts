// smart-plan compare OLD.docx NEW.docx: what drifted between two versions of a plan (issue #17): rows
// carried over, deadlines passed, dates moved, owners changed, outcomes dropped. Text, JSON or an HTML report.
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { DocxError, DocxPlanDocument } from '../docx';
import {
  comparePlans,
  describeDrift,
  rowPreview,
  type PlanComparison,
  type PlanVersion,
  type RowDrift,
} from '../engine';
import { parseArgs } from './args';

const USAGE =
  'Usage: smart-plan compare OLD.docx NEW.docx [--json] [--report FILE.html] [--old-plan-date YYYY-MM-DD] [--plan-date YYYY-MM-DD]\n';

const STATUS_WORDS: Record<RowDrift['status'], string> = {
  'carried-over': 'carried over unchanged',
  changed: 'changed',
  new: 'new',
  dropped: 'dropped',
};

async function readPlan(file: string, which: string): Promise<PlanVersion> {
  if (!/\.docx$/i.test(file))
    throw new DocxError(`${which} is not a .docx file. Save the plan from Word as a .docx and try again.`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DocxError(
      code === 'ENOENT' ? 'no such file' : `it could not be read (${code ?? (error as Error).message})`,
    );
  }
  const document = await DocxPlanDocument.open(bytes);
  const read = await document.readTables('document');
  if (read.tables.length === 0)
    throw new DocxError('this document has no tables, so there is no plan table to compare.');
  return {
    tables: read.tables.map((t) => ({ rows: t.rows, nestingLevel: t.nestingLevel })),
    surroundingText: read.surroundingText,
  };
}

function rowLabel(row: RowDrift): string {
  if (row.new && row.old) return `Row ${row.new.number} (row ${row.old.number} in the last plan)`;
  if (row.new) return `Row ${row.new.number}`;
  return `Row ${row.old!.number} of the last plan`;
}

export function textReport(comparison: PlanComparison, oldName: string, newName: string): string {
  const lines = [
    `Comparing ${newName} (plan date ${comparison.newPlanDate}) with the last plan, ${oldName} (plan date ${comparison.oldPlanDate}).`,
    ...comparison.notes,
    '',
    describeDrift(comparison.summary),
    '',
  ];
  for (const row of comparison.rows) {
    lines.push(`${rowLabel(row)}: ${STATUS_WORDS[row.status]}. ${rowPreview(row.new ?? row.old)}`);
    for (const point of row.points) lines.push(`  - ${point.message}`);
  }
  return `${lines.join('\n')}\n`;
}

export function jsonReport(comparison: PlanComparison, oldName: string, newName: string): string {
  return `${JSON.stringify(
    {
      old: oldName,
      new: newName,
      oldPlanDate: comparison.oldPlanDate,
      newPlanDate: comparison.newPlanDate,
      rows: comparison.rows.map((row) => ({
        old: row.old?.number ?? null,
        new: row.new?.number ?? null,
        status: row.status,
        points: row.points.map((p) => p.code),
        similarity: row.similarity,
        preview: rowPreview(row.new ?? row.old),
        details: row.points,
      })),
      summary: comparison.summary,
      notes: comparison.notes,
    },
    null,
    2,
  )}\n`;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function htmlReport(comparison: PlanComparison, oldName: string, newName: string): string {
  const s = comparison.summary;
  const figures: Array<[string, number]> = [
    ['Actions carried over unchanged', s.carriedOver],
    ['Deadlines passed with nothing to say they were done', s.deadlinesPassed],
    ['Outcomes dropped', s.outcomesDropped],
    ['Rows dropped with no reason given', s.droppedWithoutReason],
    ['Dates moved later', s.datesMoved],
    ['Owners changed', s.ownersChanged],
    ['Measures repeated with no progress figure', s.measuresUnchanged],
    ['Rows changed', s.changed],
    ['New rows', s.new],
  ];
  const rows = comparison.rows
    .map(
      (row) =>
        `<tr class="${row.status}"><td>${row.new?.number ?? '\u2013'}</td><td>${row.old?.number ?? '\u2013'}</td><td>${escapeHtml(STATUS_WORDS[row.status])}</td><td>${escapeHtml(rowPreview(row.new ?? row.old))}</td><td>${row.points.length ? `<ul>${row.points.map((p) => `<li>${escapeHtml(p.message)}</li>`).join('')}</ul>` : ''}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Drift since the last plan</title>
<style>body{font-family:Arial,sans-serif;margin:2rem;color:#201f1e;max-width:70rem}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eee}ul{margin:0;padding-left:1.2rem}.figures td:last-child{text-align:right;font-weight:bold}tr.dropped td{background:#fdf3f4}tr.carried-over td{background:#fff9e6}</style></head>
<body><h1>Drift since the last plan</h1>
<p>${escapeHtml(newName)} (plan date ${escapeHtml(comparison.newPlanDate)}) compared with the last plan, ${escapeHtml(oldName)} (plan date ${escapeHtml(comparison.oldPlanDate)}).</p>
${comparison.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('\n')}
<h2>Summary for supervision</h2>
<p>${escapeHtml(describeDrift(s))}</p>
<table class="figures"><tbody>
${figures.map(([label, n]) => `<tr><td>${escapeHtml(label)}</td><td>${n}</td></tr>`).join('\n')}
</tbody></table>
<h2>Row by row</h2>
<table><thead><tr><th>Row now</th><th>Row in the last plan</th><th>Status</th><th>Row</th><th>What to look at</th></tr></thead><tbody>
${rows}
</tbody></table>
<p>Rows are matched by what they say, not where they stand. A plan that moves little between reviews can be a sign of drift; the guidance asks for needs to be looked at again at each review, taking account of what has been done.</p>
</body></html>
`;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['report', 'plan-date', 'old-plan-date'], ['json']);
  if (args.error || args.positional.length !== 2) {
    process.stderr.write(
      `smart-plan compare: ${args.error ?? 'name the last plan and the newer plan, two .docx files'}.\n${USAGE}`,
    );
    return 2;
  }
  for (const option of ['plan-date', 'old-plan-date']) {
    const value = args.values.get(option);
    if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      process.stderr.write(`smart-plan compare: --${option} must be a date like 2025-03-31.\n`);
      return 2;
    }
  }
  const reportPath = args.values.get('report');
  if (reportPath && !/\.html?$/i.test(reportPath)) {
    process.stderr.write('smart-plan compare: --report needs a .html file name.\n');
    return 2;
  }
  const [oldFile, newFile] = args.positional;
  const versions: PlanVersion[] = [];
  for (const [file, which] of [
    [oldFile, 'the last plan'],
    [newFile, 'the newer plan'],
  ]) {
    try {
      versions.push(await readPlan(file, which));
    } catch (error) {
      const reason = error instanceof DocxError ? error.message : `could not be read: ${(error as Error).message}`;
      process.stderr.write(`${file}: ${reason}\n`);
      return 1;
    }
  }
  const [previous, current] = versions;
  previous.planDate = args.values.get('old-plan-date');
  current.planDate = args.values.get('plan-date');
  const comparison = comparePlans(previous, current);
  if (comparison.problems.length > 0) {
    const files = [oldFile, newFile];
    comparison.problems.forEach((problem) =>
      process.stderr.write(`${files[/newer plan/.test(problem) ? 1 : 0]}: ${problem}\n`),
    );
    return 1;
  }
  const oldName = path.basename(oldFile);
  const newName = path.basename(newFile);
  process.stdout.write(
    args.flags.has('json') ? jsonReport(comparison, oldName, newName) : textReport(comparison, oldName, newName),
  );
  if (reportPath) {
    try {
      writeFileSync(reportPath, htmlReport(comparison, oldName, newName));
      if (!args.flags.has('json')) process.stdout.write(`Drift report written to ${reportPath}\n`);
    } catch (error) {
      process.stderr.write(
        `${reportPath}: the report could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).\n`,
      );
      return 1;
    }
  }
  return 0;
}
