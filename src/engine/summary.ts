// The short summary a supervisor inserts at the top of a plan or copies into supervision notes.
import type { PlanReport } from './types';

export function summariseForReviewer(report: PlanReport): string {
  const { score } = report;
  const lines: string[] = [];
  lines.push(
    `SMART check: ${score.overall} out of 100 (${score.letters.map((l) => `${l.letter} ${l.score}`).join(', ')}).`,
  );
  if (score.actions > 0) {
    const missing = (have: number) => score.actions - have;
    const parts: string[] = [];
    if (missing(score.actionsWithOwner))
      parts.push(`${missing(score.actionsWithOwner)} of ${score.actions} actions name no one responsible`);
    if (missing(score.actionsWithTimescale))
      parts.push(`${missing(score.actionsWithTimescale)} of ${score.actions} have no clear date`);
    if (missing(score.actionsWithMeasure))
      parts.push(`${missing(score.actionsWithMeasure)} of ${score.actions} have nothing to measure progress by`);
    lines.push(
      parts.length
        ? `${parts.join('; ')}.`
        : `All ${score.actions} actions have someone responsible, a date and a measure.`,
    );
  }
  const byCode = new Map<string, number>();
  for (const f of report.tables.flatMap((t) => t.findings))
    if (f.severity !== 'info') byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  const top = [...byCode].sort((a, b) => b[1] - a[1]).slice(0, 3);
  if (top.length) lines.push(`Most common: ${top.map(([code, n]) => `${code.replace(/-/g, ' ')} (${n})`).join(', ')}.`);
  for (const f of report.planFindings) lines.push(f.message);
  return lines.join('\n');
}
