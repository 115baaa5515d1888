// The one interface through which the task pane reaches a document. Word (src/word/) and the .docx
// document of the browser preview and the command line (src/docx/) both implement it, so the same UI
// and the same engine run on either.
import type { Finding, PlanTableSpec, TableInput, TableOverride } from '../engine/types';
import type { RowRewrite } from '../engine/rewrite/types';

export interface DocumentCapabilities {
  /** 'word' inside Word; 'docx' for the preview and the command line. */
  host: 'word' | 'docx';
  /** Real comments can be written (WordApi 1.4 in Word). */
  comments: boolean;
  /** Rewrites can be tracked changes (WordApi 1.4 in Word). */
  trackedChanges: boolean;
  /** Word's inline critique annotations (WordApi 1.8). */
  critiques: boolean;
  /** Plan tables can be inserted (WordApi 1.3). */
  insertTables: boolean;
  /** Plain words for what this host cannot do, shown in the pane; empty when all works. */
  limitations: string[];
}

export interface DocumentTable extends TableInput {
  /** Index among all the document's tables, in document order (nested tables included). */
  index: number;
  /** True for the table the cursor is in. */
  selected?: boolean;
}

export interface ReadResult {
  tables: DocumentTable[];
  /** Text outside the tables (plan details, review date, signatures), for plan-level checks. */
  surroundingText: string;
  /** Problems met while reading, in plain words ("Table 3 is inside another table: checked on its own"). */
  notes: string[];
}

export type CheckScope = 'document' | 'selection';

export interface MarkOptions {
  /** Comments as well as highlights, where the host supports them. */
  comments: boolean;
  /** Name comments are written under, where the host lets us choose (Word uses the signed-in user). */
  author?: string;
}

export interface MarkResult {
  highlighted: number;
  commented: number;
  /** Our comments removed or resolved because their finding no longer appears. */
  resolved: number;
  /** Findings whose words could not be found in the document any more (edited since the check). */
  notFound: string[];
}

export interface ApplyOptions {
  /** Write the rewrite as a tracked change the author can accept or reject. */
  tracked: boolean;
}

/** What the add-in remembers inside the document itself, so it travels with the plan. */
export interface DocumentState {
  /** Finding ids the user chose to ignore. */
  ignored: string[];
  /**
   * The user's corrections of how tables are read, `table` being the document's own table index.
   * Absent in documents saved before corrections existed (read as none).
   */
  tableOverrides?: TableOverride[];
}

export interface PlanDocument {
  capabilities(): Promise<DocumentCapabilities>;
  /** Every table's cell texts (current text: tracked deletions left out), in a fixed number of round trips. */
  readTables(scope: CheckScope): Promise<ReadResult>;
  /** Highlights and comments for these findings; replaces our earlier marks, never the user's. */
  mark(findings: Finding[], options: MarkOptions): Promise<MarkResult>;
  /** Removes exactly our own highlights and comments. Returns how many marks were removed. */
  clearMarks(): Promise<number>;
  /** Replaces the finding's words (or cell, or appends, as its suggestion says) with `text`. */
  applySuggestion(finding: Finding, text: string, options: ApplyOptions): Promise<void>;
  /**
   * Writes a whole-row rewrite, cell by cell, changing only the words that differ. Refuses (throws, nothing
   * written) while any cell still holds a `[gap]`: a gap is never written into a plan.
   */
  applyRewrite(rewrite: RowRewrite, options: ApplyOptions): Promise<void>;
  /** Selects the finding's words so the user sees them. */
  select(finding: Finding): Promise<void>;
  /** Inserts a plan table at the cursor (after the table if the cursor is in one). */
  insertPlanTable(spec: PlanTableSpec): Promise<void>;
  /**
   * Inserts plain paragraphs at the top of the document (the reviewer's summary); as a tracked insertion
   * when `options.tracked` (reviewer mode), where the host can track.
   */
  insertSummary(text: string, options?: ApplyOptions): Promise<void>;
  getState(): Promise<DocumentState>;
  setState(state: DocumentState): Promise<void>;
}
