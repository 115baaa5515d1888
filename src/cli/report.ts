// The audit across many plans: per plan and overall, the share of actions with an owner, a timescale
// and a measure, and the most frequent faults. HTML (with a small chart), CSV or JSON.
import { lstatSync, renameSync, rmSync, writeFileSync } from 'fs';
import path from 'path';
import type { PlanReport } from '../engine';

export interface PlanResult {
  file: string;
  /** The reviewed copy, or '' when none was written (a plan checked without marks). */
  out: string;
  report: PlanReport;
  applied: number;
  /** Why no reviewed copy was written, when none was. */
  note?: string;
}

const pct = (part: number, whole: number) => (whole ? Math.round((100 * part) / whole) : 100);

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function auditRows(results: PlanResult[]) {
  return results.map(({ file, report }) => {
    const s = report.score;
    return {
      plan: path.basename(file),
      score: s.overall,
      actions: s.actions,
      withOwner: pct(s.actionsWithOwner, s.actions),
      withTimescale: pct(s.actionsWithTimescale, s.actions),
      withMeasure: pct(s.actionsWithMeasure, s.actions),
      warnings: s.counts.warning + s.counts.error,
    };
  });
}

export function frequentFaults(results: PlanResult[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const { report } of results) {
    for (const f of [...report.tables.flatMap((t) => t.findings), ...report.planFindings]) {
      if (f.severity === 'info') continue;
      counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

export function overall(results: PlanResult[]) {
  const sum = (pick: (r: PlanReport) => number) => results.reduce((total, r) => total + pick(r.report), 0);
  const actions = sum((r) => r.score.actions);
  return {
    plans: results.length,
    actions,
    withOwner: pct(
      sum((r) => r.score.actionsWithOwner),
      actions,
    ),
    withTimescale: pct(
      sum((r) => r.score.actionsWithTimescale),
      actions,
    ),
    withMeasure: pct(
      sum((r) => r.score.actionsWithMeasure),
      actions,
    ),
    averageScore: results.length ? Math.round(sum((r) => r.score.overall) / results.length) : 0,
  };
}

function bar(label: string, value: number, y: number): string {
  return `<text x="0" y="${y + 14}" font-size="13">${label}</text><rect x="170" y="${y}" width="${value * 3}" height="18" fill="#0f6cbd"/><text x="${176 + value * 3}" y="${y + 14}" font-size="13">${value}%</text>`;
}

export function htmlReport(results: PlanResult[]): string {
  const all = overall(results);
  const rows = auditRows(results);
  const faults = frequentFaults(results).slice(0, 8);
  const chart = `<svg role="img" aria-label="Share of actions with an owner, a timescale and a measure" width="520" height="90" viewBox="0 0 520 90">${bar('Actions with an owner', all.withOwner, 0)}${bar('with a timescale', all.withTimescale, 30)}${bar('with a measure', all.withMeasure, 60)}</svg>`;
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>SMART plan audit</title>
<style>body{font-family:Arial,sans-serif;margin:2rem;color:#201f1e}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;text-align:left}th{background:#eee}</style></head>
<body><h1>SMART plan audit</h1>
<p>${all.plans} plan(s), ${all.actions} action rows, average score ${all.averageScore} out of 100.</p>
${chart}
<h2>Most frequent faults</h2><ol>${faults.map(([code, n]) => `<li>${escapeHtml(code.replace(/-/g, ' '))}: ${n}</li>`).join('')}</ol>
<h2>Plans</h2><table><thead><tr><th>Plan</th><th>Score</th><th>Actions</th><th>With owner</th><th>With timescale</th><th>With measure</th><th>Points to improve</th></tr></thead><tbody>
${rows.map((r) => `<tr><td>${escapeHtml(r.plan)}</td><td>${r.score}</td><td>${r.actions}</td><td>${r.withOwner}%</td><td>${r.withTimescale}%</td><td>${r.withMeasure}%</td><td>${r.warnings}</td></tr>`).join('\n')}
</tbody></table></body></html>
`;
}

/**
 * A CSV cell a spreadsheet will not run: text starting with = + - @ (or a tab or carriage return) is read
 * as a formula by Excel and others, so it gets a leading apostrophe, as OWASP's advice on CSV injection says.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvReport(results: PlanResult[]): string {
  const quote = csvCell;
  const lines = ['plan,score,actions,with_owner_pct,with_timescale_pct,with_measure_pct,warnings'];
  for (const r of auditRows(results))
    lines.push(
      [r.plan, r.score, r.actions, r.withOwner, r.withTimescale, r.withMeasure, r.warnings].map(quote).join(','),
    );
  return `${lines.join('\n')}\n`;
}

export class WriteRefused extends Error {}

/**
 * Writes a file the safe way: never through a link, never over an existing file unless `replace`, and
 * never half-written (a temporary file beside it, renamed into place; a rename replaces a name, it does
 * not follow a link there).
 */
export function writeSafely(target: string, data: string | Uint8Array, replace: boolean): void {
  const existing = lstatSync(target, { throwIfNoEntry: false });
  if (existing?.isSymbolicLink())
    throw new WriteRefused(`${target} is a link; nothing is written through a link. Remove it or choose another name.`);
  if (existing && !replace) throw new WriteRefused(`${target} already exists (add --force to replace it)`);
  if (existing?.isDirectory()) throw new WriteRefused(`${target} is a folder`);
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`,
  );
  // 'wx' creates the file and fails if anything (a link included) already has that name.
  writeFileSync(temporary, data, { flag: 'wx' });
  try {
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

export function writeReport(file: string, results: PlanResult[]): void {
  const ext = path.extname(file).toLowerCase();
  let text: string;
  if (ext === '.html' || ext === '.htm') text = htmlReport(results);
  else if (ext === '.csv') text = csvReport(results);
  else if (ext === '.json')
    text = `${JSON.stringify({ overall: overall(results), plans: auditRows(results), faults: frequentFaults(results) }, null, 2)}\n`;
  else throw new Error('use a .html, .csv or .json file name');
  // The report is named by the user, so an earlier report of that name is replaced (never through a link).
  writeSafely(file, text, true);
}
