// A row rewrite: the whole row as the guidance would write it, cell by cell. The rewriter (this room)
// composes what the rules found; the pane, the .docx document and Word only show and apply it.
import type { GuidanceRef, Role } from '../types';

export interface CellRewrite {
  /** The cell's own row, where a plan row runs down the table (labels down the left); absent: the rewrite's row. */
  row?: number;
  column: number;
  role: Role;
  /** The cell's text when the plan was read. */
  before: string;
  /** The cell's whole new text. May hold `[gaps]` the author must fill before it is applied. */
  after: string;
}

export interface RowRewrite {
  /** Stable while the row's text is unchanged. */
  id: string;
  table: number;
  /** Row index inside the table, as findings count it. */
  row: number;
  /** Only the cells that change. */
  cells: CellRewrite[];
  /** Ids of this row's findings that the rewrite answers. */
  resolves: string[];
  /** One plain sentence on what the rewrite does, for the card and the comment. */
  summary: string;
  /** The guidance's before/after example this rewrite is modelled on. */
  modelledOn: GuidanceRef;
}
