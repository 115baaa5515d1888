// The points of a comparison as findings on the newer plan, so a document can show them as comments where
// the user wants them: each on the cell it is about, and a dropped row on the newer plan's first header cell.
import { GUIDANCE } from '../guidance';
import { shortHash } from '../text';
import { findTimescales } from '../timescale';
import type { Finding, GuidanceRef, Role } from '../types';
import { rowPreview } from './rows';
import type { DriftPoint, PlanComparison, PlanRow, RowDrift } from './types';

const REVIEW_AGAIN: GuidanceRef = {
  document: 'practitioners-guide',
  section: 'Top Tips for Completing Plans',
  point: "Look again at the child's most pressing needs at each review, taking account of the actions already done.",
};
const NO_PROGRESS: GuidanceRef = {
  document: 'dcs',
  section: 'Reviewing Interventions',
  point: 'Little measurable progress at a review, despite effort from everyone, can be a sign of disguised compliance.',
};

const GUIDANCE_FOR: Record<DriftPoint['code'] | 'carried-over', GuidanceRef> = {
  'deadline-passed': GUIDANCE.timely,
  'date-moved': GUIDANCE.timely,
  'owner-changed': GUIDANCE.whoResponsible,
  'measure-unchanged': NO_PROGRESS,
  'reason-given': REVIEW_AGAIN,
  'no-reason-given': REVIEW_AGAIN,
  'carried-over': REVIEW_AGAIN,
};

/** Which cell of the new row a point belongs in, by role, best first. */
const CELL_FOR: Record<DriftPoint['code'] | 'carried-over', Role[]> = {
  'deadline-passed': ['when', 'owner_when', 'action_owner_when', 'action', 'outcome'],
  'date-moved': ['when', 'owner_when', 'action_owner_when', 'action', 'outcome'],
  'owner-changed': ['owner', 'owner_when', 'action_owner_when', 'action', 'outcome'],
  'measure-unchanged': ['measure', 'outcome'],
  'reason-given': [],
  'no-reason-given': [],
  'carried-over': ['outcome', 'need', 'action', 'action_owner_when'],
};

const CARRIED_OVER_MESSAGE =
  'This row is the same as in the last plan. If it still stands, say what has been done since and what will be different this time.';

function finding(
  code: DriftPoint['code'] | 'carried-over',
  message: string,
  table: number,
  row: number,
  cell: { column: number; role: Role | null; text: string },
  span?: { start: number; end: number },
): Finding {
  const start = span?.start ?? 0;
  const end = span?.end ?? cell.text.length;
  const quote = cell.text.slice(start, end);
  return {
    id: shortHash(`drift|${code}|${table}|${row}|${cell.column}|${message}|${cell.text}`),
    rule: `drift-${code}`,
    code: 'drift',
    letters: [],
    severity: 'info',
    table,
    row,
    column: cell.column,
    role: cell.role,
    start,
    end,
    quote,
    message,
    guidance: GUIDANCE_FOR[code],
  };
}

function cellFor(row: PlanRow, roles: Role[]) {
  for (const role of roles) {
    const cell = row.cells.find((c) => c.role === role && c.text);
    if (cell) return cell;
  }
  return row.cells.find((c) => c.text);
}

/** Where in the cell: the date itself for a date point, else the whole cell. */
function spanFor(point: DriftPoint, text: string, planDate: string): { start: number; end: number } | undefined {
  if (point.code !== 'date-moved' && point.code !== 'deadline-passed') return undefined;
  const wanted = point.code === 'date-moved' ? point.after : point.before;
  const hit = findTimescales(text, planDate).find((t) => t.date === wanted);
  return hit ? { start: hit.start, end: hit.end } : undefined;
}

function rowFindings(drift: RowDrift, planDate: string): Finding[] {
  const row = drift.new!;
  const out: Finding[] = [];
  for (const point of drift.points) {
    const cell = cellFor(row, CELL_FOR[point.code]);
    if (cell)
      out.push(finding(point.code, point.message, row.table, cell.row, cell, spanFor(point, cell.text, planDate)));
  }
  if (drift.status === 'carried-over') {
    const cell = cellFor(row, CELL_FOR['carried-over']);
    if (cell) out.push(finding('carried-over', CARRIED_OVER_MESSAGE, row.table, cell.row, cell));
  }
  return out;
}

/**
 * Findings of severity info on the newer plan for every point of drift, and for each row carried over word for
 * word. Dropped rows have no row of their own: they are noted on the newer plan's first header cell.
 */
export function driftFindings(comparison: PlanComparison): Finding[] {
  const header = comparison.newHeader;
  const out: Finding[] = [];
  for (const drift of comparison.rows) {
    if (drift.new) out.push(...rowFindings(drift, comparison.newPlanDate));
    else if (drift.old && header) {
      const shown = rowPreview(drift.old, 90);
      for (const point of drift.points)
        out.push(
          finding(
            point.code,
            `Row ${drift.old.number} of the last plan, \u201c${shown}\u201d: ${point.message}`,
            header.table,
            header.row,
            {
              column: header.column,
              role: null,
              text: header.text,
            },
          ),
        );
    }
  }
  return out;
}
