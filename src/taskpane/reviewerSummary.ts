// The short summary a supervisor inserts at the top of a plan or copies into supervision notes.
// Our own formatter until the engine exports summariseForReviewer(report); the pane prefers the engine's.
import type { Finding, PlanReport, SmartLetter } from '../engine/types';

export const LETTER_NAMES: Record<SmartLetter, string> = {
  S: 'Specific',
  M: 'Measurable',
  A: 'Achievable and agreed',
  R: 'Realistic',
  T: 'Timely',
};

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Plain lines, no markup: they go into Word as paragraphs or onto the clipboard. */
export function formatReviewerSummary(report: PlanReport, findings: Finding[], planDate?: string): string {
  const { score } = report;
  const lines: string[] = [];
  const when = planDate ? ` (plan dated ${planDate})` : '';
  lines.push(`SMART plan review${when}: overall ${score.overall} out of 100.`);
  if (score.actions > 0) {
    const missing = (have: number) => score.actions - have;
    if (missing(score.actionsWithTimescale) > 0)
      lines.push(
        `${missing(score.actionsWithTimescale)} of ${plural(score.actions, 'action has', 'actions have')} no date or timescale.`,
      );
    if (missing(score.actionsWithOwner) > 0)
      lines.push(
        `${missing(score.actionsWithOwner)} of ${plural(score.actions, 'action has', 'actions have')} no named person responsible.`,
      );
    if (missing(score.actionsWithMeasure) > 0)
      lines.push(
        `${missing(score.actionsWithMeasure)} of ${plural(score.actions, 'action says', 'actions say')} nothing about how progress will be known.`,
      );
  }
  const weak = score.letters.filter((l) => l.score < 70).sort((a, b) => a.score - b.score);
  if (weak.length > 0)
    lines.push(`Needs most work: ${weak.map((l) => `${LETTER_NAMES[l.letter]} (${l.score})`).join(', ')}.`);
  for (const finding of report.planFindings) lines.push(`Plan: ${finding.message}`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (errors + warnings === 0) lines.push('No changes needed in the plan tables.');
  else
    lines.push(
      `${plural(errors, 'point', 'points')} to put right and ${plural(warnings, 'point', 'points')} to improve in the plan tables.`,
    );
  return lines.join('\n');
}
