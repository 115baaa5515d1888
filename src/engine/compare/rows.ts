// Reading a plan's rows with their roles, as the checker reads them: readTable (src/engine/shapes.ts) finds
// the header rows or the labels down the left, leaves out titles, group headings and repeated headers,
// carries the outcome above into a continuation row, and lets a headerless table continue the plan above.
// Rows are numbered as the checker numbers them (planRow), so "row 3" is the same row in both.
import { LAYOUTS } from '../layouts';
import { cellKey, isReading, readTable, type TableReading } from '../shapes';
import type { LayoutMatch, TableInput } from '../types';
import type { HeaderCell, PlanRow, PlanRowCell } from './types';

/** How a table reads as a plan, as the checker reads it; null when it is not a plan. */
export function detectPlanTable(rows: string[][]): LayoutMatch | null {
  const reading = readTable(cleanRows({ rows }));
  return isReading(reading) ? reading.layout : null;
}

/** Our templates' prompts, which Word shows as text until the user types: read as empty cells. */
const PROMPTS = new Set(LAYOUTS.flatMap((l) => l.columns.map((c) => c.prompt)));

function cleanRows(input: TableInput): string[][] {
  return input.rows.map((row) =>
    row.map((cell) => (typeof cell === 'string' && !PROMPTS.has(cell.trim()) ? cell : '')),
  );
}

export interface PlanRows {
  rows: PlanRow[];
  /** How many of the tables read as plans. */
  planTables: number;
  /** The first plan table's first filled header cell or label: where notes about the whole plan can sit. */
  header?: HeaderCell;
}

/** The first filled cell of a table's header row, or its first label down the left. */
function headerOf(reading: TableReading, texts: string[][], table: number): HeaderCell | undefined {
  const { layout } = reading;
  if (layout.labelColumn !== undefined) {
    const first = layout.labels?.[0];
    if (!first) return undefined;
    return { table, row: first.row, column: layout.labelColumn, text: texts[first.row]?.[layout.labelColumn] ?? '' };
  }
  const row = layout.headerRows - 1;
  const column = texts[row]?.findIndex((c) => c.trim()) ?? -1;
  return column >= 0 ? { table, row, column, text: texts[row][column] } : undefined;
}

/**
 * Every filled plan row of every plan table, numbered through the plan as the checker numbers them (the
 * first data row is 1; an empty row keeps its number). A continuation row's own cells are its own words;
 * its `aim` is the need and outcome it carries from above.
 */
export function readPlanRows(tables: TableInput[]): PlanRows {
  const rows: PlanRow[] = [];
  let number = 0;
  let planTables = 0;
  let header: HeaderCell | undefined;
  let previous: TableReading | undefined;
  tables.forEach((input, table) => {
    const texts = cleanRows(input);
    const reading = readTable(texts, undefined, previous);
    if (!isReading(reading)) return;
    previous = reading;
    planTables++;
    header ??= headerOf(reading, texts, table);
    for (const record of reading.records) {
      number++;
      const carried = (c: { row?: number; column: number }) =>
        record.inherited.has(cellKey(c.row ?? record.row, c.column));
      const cells: PlanRowCell[] = record.cells.map((c) => ({
        row: c.row ?? record.row,
        column: c.column,
        role: c.role,
        text: carried(c) ? '' : c.text.trim(),
      }));
      if (!cells.some((c) => c.text && c.role !== 'achieved' && c.role !== 'context')) continue;
      const aim = record.cells
        .filter((c) => c.role === 'need' || c.role === 'outcome')
        .map((c) => c.text.trim())
        .filter(Boolean)
        .join('\n');
      const aimInherited = record.cells.some((c) => c.role === 'outcome' && carried(c));
      rows.push({ number, table, row: record.row, layoutId: reading.layout.layoutId, cells, aim, aimInherited });
    }
  });
  return { rows, planTables, header };
}

/** The row's text for one group of roles, in the order the roles are given. */
export function textOf(row: PlanRow, roles: readonly string[]): string {
  return roles
    .flatMap((role) => row.cells.filter((c) => c.role === role).map((c) => c.text))
    .filter(Boolean)
    .join('\n');
}

/** Everything the row says about the work, in a fixed role order so different layouts line up. */
export const ROW_ROLES = [
  'need',
  'outcome',
  'action',
  'action_owner_when',
  'owner',
  'owner_when',
  'when',
  'measure',
] as const;

/** The row's first words (its outcome or need where it has one), so a reader knows which row it is. */
export function rowPreview(row: PlanRow | null, length = 80): string {
  if (!row) return '';
  const first =
    row.cells.find((c) => c.role === 'outcome' && c.text)?.text ??
    row.cells.find((c) => c.role === 'need' && c.text)?.text ??
    row.cells.find((c) => c.text)?.text ??
    '';
  const line = first.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 3).trimEnd()}\u2026` : line;
}
