// Reading a plan's rows with their roles. Detection goes through detectPlanTable alone, so that when the
// engine learns more shapes of plan (outcome blocks, tables turned on their side) only that function changes.
import { detectLayout } from '../detect';
import { LAYOUTS } from '../layouts';
import type { LayoutMatch, TableInput } from '../types';
import type { HeaderCell, PlanRow, PlanRowCell } from './types';

/** The one door to the engine's layout detection for comparisons. */
export function detectPlanTable(rows: string[][]): LayoutMatch | null {
  return detectLayout(rows);
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
  /** The first plan table's first filled header cell: where notes about the whole plan can sit. */
  header?: HeaderCell;
}

/** Every filled data row of every plan table, numbered as the user counts (empty rows keep their number). */
export function readPlanRows(tables: TableInput[]): PlanRows {
  const rows: PlanRow[] = [];
  let number = 0;
  let planTables = 0;
  let header: HeaderCell | undefined;
  tables.forEach((input, table) => {
    const texts = cleanRows(input);
    const layout = detectPlanTable(texts);
    if (!layout) return;
    planTables++;
    const headerRow = layout.headerRows - 1;
    const headerColumn = texts[headerRow]?.findIndex((c) => c.trim()) ?? -1;
    if (!header && headerColumn >= 0)
      header = { table, row: headerRow, column: headerColumn, text: texts[headerRow][headerColumn] };
    let aimAbove = '';
    for (let r = layout.headerRows; r < texts.length; r++) {
      number++;
      const cells: PlanRowCell[] = layout.columns
        .filter((c) => c.column < texts[r].length)
        .map((c) => ({ column: c.column, role: c.role, text: (texts[r][c.column] ?? '').trim() }));
      if (!cells.some((c) => c.text && c.role !== 'achieved' && c.role !== 'context')) continue;
      const ownAim = cells
        .filter((c) => c.role === 'need' || c.role === 'outcome')
        .map((c) => c.text)
        .filter(Boolean)
        .join('\n');
      const hasOutcome = cells.some((c) => c.role === 'outcome' && c.text);
      // A row with an empty outcome carries on the outcome above, as the checker reads it.
      const aimInherited = !hasOutcome && Boolean(aimAbove) && layout.columns.some((c) => c.role === 'outcome');
      const aim = aimInherited ? aimAbove : ownAim;
      if (hasOutcome) aimAbove = ownAim;
      rows.push({ number, table, row: r, layoutId: layout.layoutId, cells, aim, aimInherited });
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
