// What a comparison of two versions of a plan says: each row of either plan matched by meaning, with a
// status and the points of drift the guidance warns about (deadlines passing unremarked, dates moving,
// owners changing, the same measure with no progress, outcomes quietly dropped).
import type { LayoutId, Role, TableInput } from '../types';

/** One version of a plan: its tables as checkPlan takes them, the text around them, and its date. */
export interface PlanVersion {
  tables: TableInput[];
  /** Text outside the tables (plan details, notes, signatures): the plan date and reasons are read from it. */
  surroundingText?: string;
  /** ISO yyyy-mm-dd; when absent it is read from "Plan date: ..." in the text. */
  planDate?: string;
}

export interface CompareOptions {
  /** Used when the newer plan states no date (ISO yyyy-mm-dd); by default today's date. */
  today?: string;
}

export interface PlanRowCell {
  /** The document row the cell is on: in a table with labels down the left, each cell has its own. */
  row: number;
  column: number;
  role: Role;
  text: string;
}

/** A data row of a plan table, numbered as the user counts it. */
export interface PlanRow {
  /** The checker's planRow: 1 for the first plan row of the first plan table, counting on through later ones. */
  number: number;
  /** Index of the table in the TableInput[] given. */
  table: number;
  /** Index of the document row the plan row starts on, inside that table (header rows included). */
  row: number;
  layoutId: LayoutId | null;
  cells: PlanRowCell[];
  /** Need and outcome, with the outcome above for a row that leaves its own outcome empty. */
  aim: string;
  /** True when `aim` came from the row above. */
  aimInherited: boolean;
}

/** A cell of a plan table, by table index (in the TableInput[] given), row and column. */
export interface HeaderCell {
  table: number;
  row: number;
  column: number;
  text: string;
}

export type DriftStatus = 'carried-over' | 'changed' | 'new' | 'dropped';

export type DriftPointCode =
  'deadline-passed' | 'date-moved' | 'owner-changed' | 'measure-unchanged' | 'reason-given' | 'no-reason-given';

export interface DriftPoint {
  code: DriftPointCode;
  /** In words a family understands. */
  message: string;
  /** What the last plan said, and what this one says, where that helps (dates as ISO, owners as written). */
  before?: string;
  after?: string;
}

export interface RowDrift {
  old: PlanRow | null;
  new: PlanRow | null;
  status: DriftStatus;
  points: DriftPoint[];
  /** 0..1: how alike the two rows read; null for a row with no partner. */
  similarity: number | null;
}

export interface DriftSummary {
  oldRows: number;
  newRows: number;
  carriedOver: number;
  changed: number;
  new: number;
  dropped: number;
  /** Dropped rows the newer plan gives no reason for. */
  droppedWithoutReason: number;
  /** Outcomes of the last plan none of whose rows are in this one. */
  outcomesDropped: number;
  deadlinesPassed: number;
  datesMoved: number;
  ownersChanged: number;
  measuresUnchanged: number;
}

export interface PlanComparison {
  /** Rows in the order of the newer plan, then the dropped rows in the order of the last plan. */
  rows: RowDrift[];
  summary: DriftSummary;
  oldPlanDate: string;
  newPlanDate: string;
  /** Where each date came from, in plain words ("from the plan's text", "today's date"). */
  notes: string[];
  /** The newer plan's first header cell, where points about dropped rows are noted. */
  newHeader?: HeaderCell;
  /** Set when a plan has no plan table: nothing can be compared. Plain words. */
  problems: string[];
}
