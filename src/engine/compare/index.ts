// Comparing a plan with the one before it (issue #17): rows matched by meaning, not position, so a
// reordered plan or one moved to another layout still lines up; then what drifted between the reviews.
import { parseIsoDate } from '../timescale';
import { assignRows } from './assign';
import {
  measureUnchanged,
  movedDate,
  passedDeadline,
  ownerChange,
  planDateFromText,
  readableDate,
  reasonFor,
  rowDates,
  saysDone,
} from './points';
import { ROW_ROLES, readPlanRows, textOf } from './rows';
import { Vectoriser, cosine, wordOverlap } from './similarity';
import type { CompareOptions, DriftPoint, DriftSummary, PlanComparison, PlanRow, PlanVersion, RowDrift } from './types';

export * from './types';
export { detectPlanTable, readPlanRows, rowPreview } from './rows';

/** Below this, two rows are about different things: the old one was dropped and the new one is new. */
export const MATCH_THRESHOLD = 0.3;
/** At or above this share of the same words (and no date or owner moved), a row was carried over. */
export const CARRIED_OVER_OVERLAP = 0.9;

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function validIso(date: string | undefined): string | undefined {
  return date && parseIsoDate(date) ? date.trim() : undefined;
}

function wholeText(row: PlanRow): string {
  return textOf(row, ROW_ROLES);
}

function similarityMatrix(oldRows: PlanRow[], newRows: PlanRow[]): number[][] {
  const all = [...oldRows, ...newRows];
  const vectoriser = new Vectoriser(all.map(wholeText));
  const aims = new Vectoriser(all.map((r) => r.aim));
  const whole = new Map(all.map((r) => [r, vectoriser.vector(wholeText(r))]));
  const aim = new Map(all.map((r) => [r, aims.vector(r.aim)]));
  return oldRows.map((o, i) =>
    newRows.map((n, j) => {
      const overall = cosine(whole.get(o)!, whole.get(n)!);
      const aimsAlike = o.aim && n.aim ? cosine(aim.get(o)!, aim.get(n)!) : undefined;
      const score = aimsAlike === undefined ? overall : 0.5 * overall + 0.5 * aimsAlike;
      // Between rows that read alike, keep the order they were in.
      const place = 1 - Math.abs(i / Math.max(oldRows.length, 1) - j / Math.max(newRows.length, 1));
      return Math.min(1, score) + 0.01 * place;
    }),
  );
}

function pairPoints(old: PlanRow, next: PlanRow, oldDate: string, newDate: string): DriftPoint[] {
  const points: DriftPoint[] = [];
  const before = rowDates(old, oldDate);
  const after = rowDates(next, newDate);
  const passed = passedDeadline(before, newDate);
  if (passed && !saysDone(old) && !saysDone(next)) {
    points.push({
      code: 'deadline-passed',
      message: `The last plan set ${readableDate(passed)} for this, which has passed, and nothing says it was done. Record what happened, or say what is different now.`,
      before: passed,
    });
  }
  const moved = movedDate(before, after);
  if (moved) {
    points.push({
      code: 'date-moved',
      message: `The date has moved from ${readableDate(moved.from)} to ${readableDate(moved.to)}. Say why, so the family knows what changed and what happens next.`,
      before: moved.from,
      after: moved.to,
    });
  }
  const owners = ownerChange(old, next);
  if (owners.gone.length > 0 && owners.arrived.length > 0) {
    points.push({
      code: 'owner-changed',
      message: `Someone else is now responsible: the last plan named ${owners.gone.join(' and ')}, this one names ${owners.arrived.join(' and ')}. Check the family knows who to go to.`,
      before: owners.gone.join(', '),
      after: owners.arrived.join(', '),
    });
  }
  if (measureUnchanged(old, next, oldDate, newDate)) {
    points.push({
      code: 'measure-unchanged',
      message:
        'Progress is measured as in the last plan, and no figure says how far things have moved since. Add what was counted or seen at this review.',
    });
  }
  return points;
}

function droppedPoint(old: PlanRow, reason: string | undefined): DriftPoint {
  return reason
    ? {
        code: 'reason-given',
        message: `This was in the last plan and is not in this one. The plan says why: \u201c${reason}\u201d`,
        after: reason,
      }
    : {
        code: 'no-reason-given',
        message:
          'This was in the last plan and is not in this one, and the plan does not say why. Say whether it was achieved, or why it was stopped.',
      };
}

function summarise(rows: RowDrift[], oldRows: PlanRow[], newRows: PlanRow[]): DriftSummary {
  const count = (test: (r: RowDrift) => boolean) => rows.filter(test).length;
  const has = (code: DriftPoint['code']) => (r: RowDrift) => r.points.some((p) => p.code === code);
  // An outcome is dropped when none of the rows that stated or carried it found a partner.
  const outcomes = new Map<string, boolean>();
  for (const r of rows) {
    if (!r.old) continue;
    const outcome = r.old.aim;
    if (!outcome) continue;
    outcomes.set(outcome, (outcomes.get(outcome) ?? false) || r.new !== null);
  }
  return {
    oldRows: oldRows.length,
    newRows: newRows.length,
    carriedOver: count((r) => r.status === 'carried-over'),
    changed: count((r) => r.status === 'changed'),
    new: count((r) => r.status === 'new'),
    dropped: count((r) => r.status === 'dropped'),
    droppedWithoutReason: count(has('no-reason-given')),
    outcomesDropped: [...outcomes.values()].filter((kept) => !kept).length,
    deadlinesPassed: count(has('deadline-passed')),
    datesMoved: count(has('date-moved')),
    ownersChanged: count(has('owner-changed')),
    measuresUnchanged: count(has('measure-unchanged')),
  };
}

/** Matches the rows of two versions of a plan and reports what drifted between them. */
export function comparePlans(
  previous: PlanVersion,
  current: PlanVersion,
  options: CompareOptions = {},
): PlanComparison {
  const today = validIso(options.today) ?? todayIso();
  const notes: string[] = [];
  const problems: string[] = [];
  let newPlanDate = validIso(current.planDate) ?? planDateFromText(current.surroundingText ?? '', today);
  if (!newPlanDate) {
    newPlanDate = today;
    notes.push(`The newer plan gives no plan date, so today's date (${readableDate(today)}) is used.`);
  }
  let oldPlanDate = validIso(previous.planDate) ?? planDateFromText(previous.surroundingText ?? '', newPlanDate);
  if (!oldPlanDate) {
    oldPlanDate = newPlanDate;
    notes.push(
      'The last plan gives no plan date, so its dates without a year are read as if written on the newer plan\u2019s date.',
    );
  }
  if (oldPlanDate > newPlanDate)
    notes.push(
      'The plan compared as the last one is dated after the newer one: check the files are the right way round.',
    );

  const oldRead = readPlanRows(previous.tables);
  const newRead = readPlanRows(current.tables);
  if (oldRead.planTables === 0)
    problems.push('The last plan has no table that reads as a plan, so there is nothing to compare.');
  if (newRead.planTables === 0)
    problems.push('The newer plan has no table that reads as a plan, so there is nothing to compare.');
  const oldRows = oldRead.rows;
  const newRows = newRead.rows;

  const scores = similarityMatrix(oldRows, newRows);
  const partnerOfOld = oldRows.length && newRows.length ? assignRows(scores, MATCH_THRESHOLD) : oldRows.map(() => -1);
  const oldOfNew = new Map<number, number>();
  partnerOfOld.forEach((j, i) => j >= 0 && oldOfNew.set(j, i));

  // Reasons for dropped rows are read from what the newer plan says outside its actions.
  const newPlanText = [current.surroundingText ?? '', ...newRows.map((r) => textOf(r, ['achieved', 'context']))].join(
    '\n',
  );

  const rows: RowDrift[] = [];
  newRows.forEach((next, j) => {
    const i = oldOfNew.get(j);
    if (i === undefined) {
      rows.push({ old: null, new: next, status: 'new', points: [], similarity: null });
      return;
    }
    const old = oldRows[i];
    const points = pairPoints(old, next, oldPlanDate, newPlanDate);
    const same = wordOverlap(wholeText(old), wholeText(next)) >= CARRIED_OVER_OVERLAP;
    const moved = points.some((p) => p.code === 'date-moved' || p.code === 'owner-changed');
    rows.push({
      old,
      new: next,
      status: same && !moved ? 'carried-over' : 'changed',
      points,
      similarity: Math.round(Math.min(1, scores[i][j]) * 100) / 100,
    });
  });
  oldRows.forEach((old, i) => {
    if (partnerOfOld[i] >= 0) return;
    rows.push({
      old,
      new: null,
      status: 'dropped',
      points: [droppedPoint(old, reasonFor(old, newPlanText))],
      similarity: null,
    });
  });
  return {
    rows,
    summary: summarise(rows, oldRows, newRows),
    oldPlanDate,
    newPlanDate,
    notes,
    newHeader: newRead.header,
    problems,
  };
}

/** The drift summary in a sentence or two, for the supervisor. */
export function describeDrift(summary: DriftSummary): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    `${plural(summary.carriedOver, 'action was', 'actions were')} carried over unchanged`,
    summary.deadlinesPassed === 1
      ? '1 deadline has passed with nothing to say it was done'
      : `${summary.deadlinesPassed} deadlines have passed with nothing to say they were done`,
    `${plural(summary.outcomesDropped, 'outcome was', 'outcomes were')} dropped${summary.droppedWithoutReason ? ` (${plural(summary.droppedWithoutReason, 'row', 'rows')} with no reason given)` : ''}`,
  ];
  const more: string[] = [];
  if (summary.datesMoved) more.push(`${plural(summary.datesMoved, 'date', 'dates')} moved later`);
  if (summary.ownersChanged) more.push(`${plural(summary.ownersChanged, 'owner', 'owners')} changed`);
  if (summary.measuresUnchanged)
    more.push(`${plural(summary.measuresUnchanged, 'measure', 'measures')} repeated with no progress figure`);
  if (summary.new) more.push(`${plural(summary.new, 'new row', 'new rows')}`);
  return `Since the last plan: ${parts.join('; ')}.${more.length ? ` Also: ${more.join('; ')}.` : ''}`;
}

export { driftFindings } from './findings';
