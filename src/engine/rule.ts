// What a rule is: data (id, code, SMART letters, severity, guidance) plus one small function that looks
// at a row of a plan and reports what it finds, in the way ESLint rules and Vale styles are written.
import type { GuidanceRef, IssueCode, Role, Severity, SmartLetter, Suggestion } from './types';
import type { Span } from './text';
import type { Timescale } from './timescale';

export interface CellContext {
  /** The cell's own row in the table, where a plan row's cells sit on several rows (labels down the left). */
  row?: number;
  column: number;
  role: Role;
  text: string;
}

export interface RowContext {
  table: number;
  row: number;
  cells: CellContext[];
  /** Roles of the columns this row has (filled or not). */
  roles: Set<Role>;
  /** The row has a column for actions, who or when: a lone need or outcome is not asked for those. */
  hasActionColumns: boolean;
  /** Someone is named as responsible somewhere in the action, who or when cells. */
  ownerFound: boolean;
  /** Concrete timescales (dates, deadlines, frequencies, durations) anywhere in the row but the need. */
  timescales: Array<Timescale & { column: number }>;
  /**
   * The guidance's test that general words in the outcome are carried by the actions: at least one action
   * is itself specific (something anyone could see done), someone is named, and there is a date or frequency.
   */
  actionsSmart: boolean;
  /** At least one action sentence says what will be done, not only "engage", "support" or "monitor". */
  specificAction: boolean;
  /** Something in the row can be counted or seen. */
  countable: boolean;
  planDate?: string;
  /** Today, ISO: a deadline between the plan date and today is a point for the review. */
  today?: string;
  /** Extra or removed words from the house style, per rule id. */
  words: (ruleId: string) => { add: string[]; remove: string[] };
  /** Acronyms explained anywhere in the plan or by house style. */
  explainedAcronyms: Set<string>;
}

export interface RuleHit {
  cell: CellContext;
  span?: Span;
  message: string;
  suggestion?: Suggestion;
  /** The passage this finding rests on, when it is not the rule's own (a vague action, not a vague aim). */
  guidance?: GuidanceRef;
}

export interface Rule {
  id: string;
  code: IssueCode;
  letters: SmartLetter[];
  severity: Severity;
  /** A few words for the rule list in Settings. */
  title: string;
  guidance: GuidanceRef;
  check(row: RowContext): RuleHit[];
}

export const ACTION_ROLES: ReadonlySet<Role> = new Set(['action', 'owner', 'when', 'owner_when', 'action_owner_when']);

export function cellsWith(row: RowContext, roles: readonly Role[]): CellContext[] {
  // /\S/ is trim()'s test without making a trimmed copy of every cell for every rule.
  return row.cells.filter((cell) => roles.includes(cell.role) && /\S/.test(cell.text));
}

/** The role of the cell in a column of the row (a timescale knows its column, not its cell). */
export function roleOfColumn(row: RowContext, column: number): Role | undefined {
  return row.cells.find((c) => c.column === column)?.role;
}

export function wholeCell(cell: CellContext): Span {
  const text = cell.text;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return start < end ? { start, end, text: text.slice(start, end) } : { start: 0, end: text.length, text };
}
