// The engine's vocabulary. Everything here is plain data so that the same values travel from the
// engine to the Word gateway, the .docx document, the task pane and the command line unchanged.
import type { RowRewrite } from './rewrite/types';

/** What a column of a plan table stands for (see the corpus README's role table). */
export type Role =
  | 'need'
  | 'outcome'
  | 'action'
  | 'owner'
  | 'when'
  | 'owner_when'
  | 'action_owner_when'
  | 'measure'
  | 'achieved'
  /** A column the guidance asks for but that is not judged for SMART-ness (strengths, scaling, gaps). */
  | 'context';

export const ROLES: readonly Role[] = [
  'need',
  'outcome',
  'action',
  'owner',
  'when',
  'owner_when',
  'action_owner_when',
  'measure',
  'achieved',
  'context',
];

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';
export type Severity = 'error' | 'warning' | 'info';

/** The corpus taxonomy, plus the plan-level and housekeeping codes the product adds. */
export type IssueCode =
  | 'vague'
  | 'subjective'
  | 'action-as-outcome'
  | 'action-as-need'
  | 'no-measure'
  | 'self-report-only'
  | 'no-owner'
  | 'no-timescale'
  | 'open-timescale'
  | 'unrealistic'
  | 'negative-framing'
  | 'too-many-actions'
  | 'jargon'
  | 'past-deadline'
  | 'deadline-due'
  | 'no-review-date'
  | 'no-child-voice'
  | 'not-agreed'
  | 'to-complete'
  /** A `[gap]` from a rewrite still in the document: fill it in or remove it (issue #13). */
  | 'placeholder'
  /** A point of drift since the last plan, from comparing the two (issue #17): never a fault of the row itself. */
  | 'drift';

/** The five guidance documents, by file stem in ../shared/guidance/. */
export type GuidanceDocId = 'practitioners-guide' | 'smart-planning-guidance' | 'torbay' | 'dcs' | 'wakefield';

export interface GuidanceRef {
  document: GuidanceDocId;
  /** Section heading as the document prints it, e.g. "Common Errors in SMART plans". */
  section: string;
  /** One sentence, in our own words, of what that passage asks for. */
  point: string;
}

export type LayoutId = 'torbay' | 'childs-care-plan' | 'smart-planning-guidance' | 'dcs' | 'wakefield';

/** How a suggestion is applied: over the quoted words, over the whole cell, or added after the cell's text. */
export type SuggestionKind = 'replace-span' | 'replace-cell' | 'append';

export interface Suggestion {
  kind: SuggestionKind;
  /** The new text. Facts only the author knows are `[placeholders]`, e.g. `[by date]`. */
  text: string;
  /** Where the guidance shows this kind of correction (a before/after pair). */
  modelledOn?: GuidanceRef;
}

export interface Finding {
  /** Stable across re-checks while the cell text at fault is unchanged: used for "ignore this one". */
  id: string;
  /** Rule module id, e.g. "open-timescale". Several rules may share one code. */
  rule: string;
  code: IssueCode;
  letters: SmartLetter[];
  severity: Severity;
  /** Table index in the document, row and column inside that table (ragged rows: column in that row). -1 for plan-level findings. */
  table: number;
  row: number;
  column: number;
  role: Role | null;
  /** The plan row as the user counts it (first row of the plan = 1, through all its tables; titles, headers and labels not counted). */
  planRow?: number;
  /** Character span inside the cell text (UTF-16 offsets, end exclusive). Whole cell when something is missing. */
  start: number;
  end: number;
  /** The cell text between start and end. */
  quote: string;
  /** What is wrong, in words a family understands. */
  message: string;
  guidance: GuidanceRef;
  suggestion?: Suggestion;
}

/** A table as it arrives from a document: rows of cell texts; rows may be ragged where cells are merged. */
export interface TableInput {
  rows: string[][];
  /** Set by the reader when the table sits inside another table's cell. */
  nestingLevel?: number;
}

export interface ColumnRole {
  column: number;
  role: Role;
  header: string;
}

/**
 * How a plan table runs: a header row over rows of outcomes; labels down the left with one outcome's answers
 * beside them (outcome blocks); or labels down the left with outcomes across (a plan on its side).
 */
export type TableShape = 'header-row' | 'label-column' | 'transposed';

/** A label down the left of a table and the role it gives the cells beside it. */
export interface LabelRole {
  row: number;
  role: Role;
  header: string;
}

/** The user's correction of how one table is read, remembered in the document. */
export interface TableOverride {
  /** The table's index among those given to checkPlan (the pane stores document indices and maps them). */
  table: number;
  /** The shape to read it as, or 'not-a-plan' to leave it unchecked; absent: detection decides. */
  shape?: TableShape | 'not-a-plan';
  /** Roles by column (header row) or by label row (labels down the left); null: not part of the plan. */
  roles?: Array<{ index: number; role: Role | null }>;
}

export interface LayoutMatch {
  /** A known layout, or null when columns were given roles one by one. */
  layoutId: LayoutId | null;
  /** Rows that make up the header (1 unless a title row sits above it). */
  headerRows: number;
  columns: ColumnRole[];
  /** 0..1: how sure the detector is. */
  confidence: number;
  /** True when the table carries our template tag or prompts (inserted by the add-in). */
  fromTemplate?: boolean;
  /** Absent for a header row (the shape every plan had before labels down the left were read). */
  shape?: TableShape;
  /** Labels down the left: the column they sit in and each label row's role. `columns` is then empty. */
  labelColumn?: number;
  labels?: LabelRole[];
}

/** Where a plan row sits: its first cell, and its number as the user counts it. */
export interface PlanRowRef {
  planRow: number;
  row: number;
  column: number;
  /** The heading it sits under ("Outcome 2: Health"), when the table has headings. */
  group?: string;
}

export interface TableAnalysis {
  table: number;
  /** Null when the table is not a plan; `reason` then says why in plain words. */
  layout: LayoutMatch | null;
  reason?: string;
  /**
   * How the table was read, in plain words: "Read as outcome blocks: 2 outcomes", "Read as Torbay layout:
   * 5 rows", or for a table that is not a plan "Not a plan: a contacts list".
   */
  readAs?: string;
  /** The plan rows of this table, numbered through the whole plan. */
  planRows?: PlanRowRef[];
  findings: Finding[];
}

export interface LetterScore {
  letter: SmartLetter;
  /** 0..100: share of judged cells with no warning or error under this letter. */
  score: number;
  findings: number;
}

export interface PlanScore {
  /** 0..100 overall. */
  overall: number;
  letters: LetterScore[];
  counts: Record<Severity, number>;
  /** Figures a supervisor quotes: "7 of 12 actions have no date". */
  actions: number;
  actionsWithOwner: number;
  actionsWithTimescale: number;
  actionsWithMeasure: number;
}

export interface PlanReport {
  tables: TableAnalysis[];
  /** One rewrite per row that is not SMART (issue #13), in table and row order. */
  rewrites?: RowRewrite[];
  /** Plan-level findings (review date, child's voice, too many actions, agreement): table = row = column = -1. */
  planFindings: Finding[];
  /** 0..100, except a plan not yet filled in (notFilledIn), which has no score: overall is then 0. */
  score: PlanScore;
  /** The plan date the check used, and where it came from; absent when neither the document nor the caller gave one. */
  planDate?: { date: string; source: 'document' | 'option' };
  /** Every plan table is still a blank template (empty cells or our prompts): read "not filled in yet". */
  notFilledIn?: boolean;
}

export interface CheckOptions {
  /**
   * The plan's date when the document does not give one ("Plan date: 05/01/2027" wins): from --plan-date or
   * the pane's setting. Relative timescales are read from it and deadlines before it flagged. ISO yyyy-mm-dd.
   */
  planDate?: string;
  /** Today, ISO yyyy-mm-dd: deadlines passed since the plan are review points. checkPlan's default is the computer's date; checkRow has none. */
  today?: string;
  /** Text of the document outside tables (plan details, review date, signatures), for plan-level checks. */
  surroundingText?: string;
  /** Validated house style. */
  houseStyle?: HouseStyle;
  /** Rule ids switched off by the user. */
  disabledRules?: string[];
  /** Finding ids the user chose to ignore. */
  ignored?: string[];
  /** The user's corrections of how tables are read (shape, column or label roles). */
  tableOverrides?: TableOverride[];
}

export interface HouseStyle {
  /** Extra words or phrases per rule id that count as faults (e.g. more vague words). */
  addWords?: Record<string, string[]>;
  /** Words a rule should stop flagging. */
  removeWords?: Record<string, string[]>;
  /** Acronyms the service uses, with the words they stand for: explained by house style, not flagged. */
  acronyms?: Record<string, string>;
  rules?: Record<string, 'off' | Severity>;
}

/** A plan table ready to insert: built from a layout by the templates, written by Word or .docx. */
export interface PlanTableSpec {
  layoutId: LayoutId;
  title: string;
  /** The plan details block above the table. */
  details: Array<{ label: string; value?: string; prompt?: string }>;
  header: string[];
  /** Cells: text the table starts with, or a prompt shown until the user types. */
  rows: Array<Array<{ text?: string; prompt?: string }>>;
  /** Who signs below the table, where the layout asks for agreement. */
  signatures?: string[];
  /** Written into the table (title / content control tag) so the add-in knows its own templates. */
  tag: string;
  /**
   * 'landscape' puts the plan in a section of its own turned sideways, so wide tables (the DCS plan's seven
   * columns) do not break words; the text after it stays as it was. Portrait when left out.
   */
  orientation?: 'portrait' | 'landscape';
}
