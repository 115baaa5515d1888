// The short summary a supervisor inserts at the top of a plan or copies into supervision notes. Built
// from the points the pane shows (ignored ones and switched-off rules left out), so its numbers match
// the list, and it names the rows rather than saying "5 of 5".
import type { Finding, IssueCode, PlanReport, SmartLetter } from '../engine/types';
import type { PointCounts, RowGroup } from './checkController';
import { plural, rowList, sentence } from './wording';

export const LETTER_NAMES: Record<SmartLetter, string> = {
  S: 'Specific',
  M: 'Measurable',
  A: 'Achievable and agreed',
  R: 'Realistic',
  T: 'Timely',
};

/** The facts a supervisor asks about first, with the points that show each one is missing. */
export const MISSING_FACTS: Array<{ codes: IssueCode[]; text: string }> = [
  { codes: ['no-owner'], text: 'no named person responsible' },
  { codes: ['no-timescale', 'open-timescale'], text: 'no clear date' },
  { codes: ['no-measure', 'self-report-only'], text: 'nothing to measure progress by' },
];

/** "No clear date in rows 1, 2 and 5." for each fact some rows lack. */
export function missingFactLines(groups: RowGroup[]): string[] {
  const multipleTables = new Set(groups.map((g) => g.table)).size > 1;
  const lines: string[] = [];
  for (const fact of MISSING_FACTS) {
    const rows = groups.filter((g) => g.findings.some((f) => fact.codes.includes(f.code)));
    if (rows.length === 0) continue;
    const where = multipleTables ? rows.map((g) => g.label).join(', ') : rowList(rows.map((g) => g.number));
    lines.push(sentence(`${fact.text[0].toUpperCase()}${fact.text.slice(1)} in ${where}`));
  }
  return lines;
}

export interface SummaryInput {
  cells: Finding[];
  plan: Finding[];
  groups: RowGroup[];
  counts: PointCounts;
  notFilledIn: boolean;
  planDate?: string;
}

/** Plain lines, no markup: they go into Word as paragraphs or onto the clipboard. */
export function formatReviewerSummary(report: PlanReport, input: SummaryInput): string {
  const { score } = report;
  const lines: string[] = [];
  const when = input.planDate ? ` (plan dated ${input.planDate})` : '';
  if (input.notFilledIn) {
    lines.push(`SMART plan review${when}: the plan is not filled in yet, so it has no score.`);
    return lines.join('\n');
  }
  lines.push(`SMART plan review${when}: overall ${score.overall} out of 100.`);
  lines.push(...missingFactLines(input.groups));
  const weak = score.letters.filter((l) => l.score < 70).sort((a, b) => a.score - b.score);
  if (weak.length > 0)
    lines.push(`Needs most work: ${weak.map((l) => `${LETTER_NAMES[l.letter]} (${l.score})`).join(', ')}.`);
  for (const finding of input.plan) lines.push(sentence(`Plan as a whole: ${finding.message}`));
  const errors = input.cells.filter((f) => f.severity === 'error').length;
  const warnings = input.cells.filter((f) => f.severity === 'warning').length;
  if (errors + warnings === 0) lines.push('No changes needed in the plan tables.');
  else
    lines.push(
      `${plural(errors, 'point', 'points')} to put right and ${plural(warnings, 'point', 'points')} to improve, in ${plural(input.counts.rows, 'row', 'rows')}.`,
    );
  return lines.join('\n');
}
