// Turning a table of any shape into the rows-with-roles the rules judge. Plans come with a header row,
// with labels down the left (one small table per outcome, or one long table of such blocks), turned on
// their side (labels down, outcomes across), and with title rows, group headings and headers repeated
// after a page break. Each becomes a list of plan rows whose cells keep their own place in the document,
// so findings land on the words at fault; labels, titles and headings are never judged.
import {
  GROUP_HEADING,
  detectLabelColumn,
  detectLayout,
  labelRole,
  normaliseHeader,
  notAPlanKind,
  notAPlanReason,
  roleFromKeywords,
  type LabelColumnMatch,
} from './detect';
import type { CellContext } from './rule';
import type { LayoutMatch, Role, TableOverride, TableShape } from './types';

/** One plan row as the rules see it: cells with roles, each at its own place in the table. */
export interface PlanRecord {
  /** The document row the plan row starts on (the row of its first cell). */
  row: number;
  /** Cells in document order; each carries its own `row` and `column`. */
  cells: CellContext[];
  /** Cells (`row:column`) whose text was carried from the outcome above: judged with, never reported. */
  inherited: Set<string>;
  /** The heading the row sits under ("Outcome 2: Health"), when the table has headings. */
  group?: string;
  /** 1-based through the whole plan, as the user counts rows; set by checkPlan. */
  planRow?: number;
}

export interface TableReading {
  shape: TableShape;
  layout: LayoutMatch;
  records: PlanRecord[];
  /** Rows never judged: titles, group headings, repeated headers, the header itself. */
  skipped: number[];
  /** How the table was read, in plain words: "Read as outcome blocks: 2 outcomes". */
  summary: string;
  /** Cells across the header row (header-row shape): a following table of this width may continue it. */
  width: number;
}

export const cellKey = (row: number, column: number) => `${row}:${column}`;

/** Columns a continuation row shares with the outcome above it. */
const CARRIED_ROLES = new Set<Role>(['need', 'outcome', 'measure', 'achieved']);
/** Roles that belong to one action; a block of labels may list several actions under one outcome. */
const ACTION_LEVEL = new Set<Role>(['action', 'owner', 'when', 'owner_when', 'action_owner_when']);
/** Roles that open a new outcome block when they come again. */
const BLOCK_OPENING = new Set<Role>(['need', 'outcome']);

const SHORT_NAMES: Record<string, string> = {
  torbay: 'Torbay',
  'childs-care-plan': 'Child\u2019s Care Plan',
  'smart-planning-guidance': 'Smart Planning Guidance',
  dcs: 'DCS family action plan',
  wakefield: 'Wakefield safety plan',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function widthOf(rows: string[][]): number {
  return rows.reduce((w, r) => Math.max(w, r.length), 0);
}

/** A row that is a heading: one filled cell, numbered like "Outcome 2", or merged across the table. */
function groupHeading(row: string[], width: number): string | undefined {
  const filled = row.map((c) => c.trim()).filter(Boolean);
  if (filled.length !== 1) return undefined;
  const text = filled[0];
  if (GROUP_HEADING.test(text)) return text;
  if (row.length === 1 && width > 1 && text.length <= 100 && !/[.!]$/.test(text)) return text;
  return undefined;
}

/** A header row typed again inside the table (after a page break, or retyped). */
function isRepeatedHeader(row: string[], header: string[], layout: LayoutMatch): boolean {
  let same = 0;
  let filled = 0;
  for (const column of layout.columns) {
    const text = row[column.column]?.trim() ?? '';
    if (!text) continue;
    filled++;
    const label = normaliseHeader(header[column.column] ?? '');
    if (!longerThan(text, label.length) && normaliseHeader(text) === label) {
      same++;
      continue;
    }
    // Any sentence of plan in the row means it is a plan row, however short its other cells.
    const role = labelRole(text);
    if (role === undefined) return false;
    if (role === column.role) same++;
  }
  return filled >= 2 && same >= Math.ceil(filled * 0.6);
}

/** The text a cell is judged on: a label or heading typed into a cell is not content. */
function contentOf(text: string, labels: Set<string>, longestLabel = Infinity): string {
  return !longerThan(text, longestLabel) && labels.has(normaliseHeader(text)) ? '' : text;
}

/**
 * Whether a text keeps more than `length` characters however it is normalised: each ASCII letter, digit or
 * apostrophe survives normaliseHeader as one character. Most cells are sentences, far longer than any label,
 * and are not normalised at all.
 */
function longerThan(text: string, length: number): boolean {
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const survives = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27;
    if (survives && ++kept > length) return true;
  }
  return false;
}

function headerRowReading(rows: string[][], layout: LayoutMatch, continuation = false): TableReading {
  const width = widthOf(rows);
  const header = layout.headerRows > 0 ? (rows[layout.headerRows - 1] ?? []) : [];
  const labels = new Set(header.filter((c) => c.trim()).map(normaliseHeader));
  const longestLabel = Math.max(0, ...[...labels].map((label) => label.length));
  const records: PlanRecord[] = [];
  const skipped = Array.from({ length: layout.headerRows }, (_, i) => i);
  const hasOutcomeColumn = layout.columns.some((c) => c.role === 'outcome');
  // The last row that stated an outcome: rows below it with an empty outcome carry on the same outcome.
  let outcomeRow: CellContext[] | undefined;
  let group: string | undefined;
  for (let r = layout.headerRows; r < rows.length; r++) {
    const row = rows[r];
    if (layout.columns.length > 1 && isRepeatedHeader(row, header, layout)) {
      skipped.push(r);
      continue;
    }
    const heading = groupHeading(row, width);
    if (heading !== undefined) {
      group = heading;
      outcomeRow = undefined;
      skipped.push(r);
      continue;
    }
    let cells: CellContext[] = layout.columns
      .filter((c) => c.column < row.length)
      .map((c) => ({
        row: r,
        column: c.column,
        role: c.role,
        text: contentOf(row[c.column] ?? '', labels, longestLabel),
      }));
    if (cells.length === 0) continue;
    const outcomeCell = cells.find((c) => c.role === 'outcome');
    const hasWork = cells.some((c) => ACTION_LEVEL.has(c.role) && c.text.trim());
    const inherited = new Set<string>();
    if (hasOutcomeColumn && outcomeCell && !outcomeCell.text.trim() && outcomeRow && hasWork) {
      // Judge the row with the outcome above, as the guidance reads a plan, but only report on its own cells.
      const above = outcomeRow;
      for (const c of cells) if (CARRIED_ROLES.has(c.role) && !c.text.trim()) inherited.add(cellKey(r, c.column));
      cells = cells.map((c) =>
        inherited.has(cellKey(r, c.column)) ? { ...c, text: above.find((a) => a.column === c.column)?.text ?? '' } : c,
      );
    } else if (outcomeCell?.text.trim()) {
      outcomeRow = cells;
    }
    records.push({ row: r, cells, inherited, ...(group ? { group } : {}) });
  }
  const headings = skipped.length - layout.headerRows;
  const name = layout.layoutId ? `${SHORT_NAMES[layout.layoutId]} layout` : 'a table with a header row';
  const summary = continuation
    ? `Read as the rest of the plan above (no header row of its own): ${plural(records.length, 'row')}`
    : `Read as ${name}: ${plural(records.length, 'row')}${headings > 0 ? `; ${plural(headings, 'heading or repeated header', 'headings or repeated headers')} left unchecked` : ''}`;
  return { shape: 'header-row', layout, records, skipped, summary, width: header.length || width };
}

interface Block {
  group?: string;
  labels: Array<{ row: number; role: Role }>;
}

function labelColumnReading(rows: string[][], match: LabelColumnMatch): TableReading {
  const L = match.labelColumn;
  const width = widthOf(rows);
  const labelAt = new Map(match.labels.map((l) => [l.row, l]));
  const labelTexts = new Set(match.labels.map((l) => normaliseHeader(l.header)));
  const skipped: number[] = [];
  const blocks: Block[] = [];
  const columnHeadings = new Map<number, string>();
  let current: Block = { labels: [] };
  let pendingGroup: string | undefined;
  const open = (group?: string) => {
    if (current.labels.length > 0) blocks.push(current);
    current = { labels: [], ...(group ? { group } : {}) };
  };
  rows.forEach((row, r) => {
    const label = labelAt.get(r);
    if (!label) {
      skipped.push(r);
      const filled = row.map((c) => c.trim()).filter(Boolean);
      if (filled.length === 0) return;
      // Before any label: a title, or the headings of the outcome columns ("Outcome 1", "Outcome 2").
      if (blocks.length === 0 && current.labels.length === 0 && !(row[L] ?? '').trim() && filled.length > 1) {
        row.forEach((c, column) => column > L && c.trim() && columnHeadings.set(column, c.trim()));
        return;
      }
      // A row with no label is never judged; it opens a new block only when it is a heading.
      const heading = filled[0];
      if (filled.length > 1 && !GROUP_HEADING.test((row[L] ?? '').trim())) return;
      if (current.labels.length > 0 || blocks.length > 0) open(heading);
      else if (GROUP_HEADING.test(heading)) pendingGroup = heading;
      return;
    }
    const groupCell = L > 0 ? (row[L - 1] ?? '').trim() : '';
    const seen = current.labels.some((l) => l.role === label.role);
    if (groupCell && current.labels.length > 0) open(groupCell);
    else if (seen && !ACTION_LEVEL.has(label.role)) open();
    // A need or outcome after the actions starts the next outcome, even where the first block had none.
    else if (BLOCK_OPENING.has(label.role) && current.labels.some((l) => ACTION_LEVEL.has(l.role))) open();
    if (!current.group && (groupCell || pendingGroup)) current.group = groupCell || pendingGroup;
    pendingGroup = undefined;
    current.labels.push({ row: r, role: label.role });
  });
  if (current.labels.length > 0) blocks.push(current);

  const valueColumns = Array.from({ length: Math.max(0, width - L - 1) }, (_, i) => L + 1 + i);
  const columnHasText = (column: number) =>
    blocks.some((b) => b.labels.some((l) => (rows[l.row][column] ?? '').trim()));
  const anyText = valueColumns.some(columnHasText);
  // A spare column nobody wrote in (notes, a blank outcome) is left out once another column has content.
  const used = valueColumns.filter((column, i) => (anyText ? columnHasText(column) : i === 0));

  const records: PlanRecord[] = [];
  for (const block of blocks) {
    for (const column of used) {
      const cells: CellContext[] = block.labels
        .filter((l) => column < rows[l.row].length)
        .map((l) => ({ row: l.row, column, role: l.role, text: contentOf(rows[l.row][column] ?? '', labelTexts) }));
      if (cells.length === 0) continue;
      const group = block.group ?? columnHeadings.get(column);
      records.push(...splitActions(cells, group));
    }
  }
  const outcomes = blocks.length * used.length;
  const transposed = used.length > 1;
  const summary = transposed
    ? `Read as a plan on its side (labels down the left, outcomes across): ${plural(outcomes, 'outcome')}`
    : `Read as outcome blocks: ${plural(outcomes, 'outcome')}`;
  const layout: LayoutMatch = {
    layoutId: match.layoutId,
    headerRows: 0,
    columns: [],
    confidence: match.confidence,
    shape: transposed ? 'transposed' : 'label-column',
    labelColumn: L,
    labels: match.labels,
  };
  return { shape: layout.shape!, layout, records, skipped, summary, width };
}

/**
 * One outcome block may list several actions, each with its own who and when: each action becomes a plan
 * row judged with the block's need, outcome and measure, which are reported only once (on the first).
 */
function splitActions(cells: CellContext[], group?: string): PlanRecord[] {
  const blockCells = cells.filter((c) => !ACTION_LEVEL.has(c.role));
  const actions: CellContext[][] = [];
  for (const cell of cells.filter((c) => ACTION_LEVEL.has(c.role))) {
    const last = actions[actions.length - 1];
    if (!last || last.some((c) => c.role === cell.role)) actions.push([cell]);
    else last.push(cell);
  }
  const extra = group ? { group } : {};
  if (actions.length <= 1) return [{ row: cells[0].row ?? 0, cells, inherited: new Set(), ...extra }];
  const records: PlanRecord[] = [];
  actions.forEach((own, i) => {
    // A spare action line left empty in a template is not a plan row.
    if (i > 0 && own.every((c) => !c.text.trim())) return;
    const all = [...blockCells, ...own].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const inherited = new Set(i === 0 ? [] : blockCells.map((c) => cellKey(c.row ?? 0, c.column)));
    records.push({ row: (i === 0 ? all[0] : own[0]).row ?? 0, cells: all, inherited, ...extra });
  });
  return records;
}

/** Keeps the columns' or labels' roles the user set, over what detection found. */
function applyRoles<T extends { role: Role }>(
  found: Array<T & { at: number }>,
  roles: TableOverride['roles'],
  make: (at: number, role: Role) => T & { at: number },
): Array<T & { at: number }> {
  if (!roles || roles.length === 0) return found;
  const byIndex = new Map(found.map((f) => [f.at, f]));
  for (const { index, role } of roles) {
    if (role === null) byIndex.delete(index);
    else byIndex.set(index, { ...(byIndex.get(index) ?? make(index, role)), role });
  }
  return [...byIndex.values()].sort((a, b) => a.at - b.at);
}

function headerLayoutWith(rows: string[][], override?: TableOverride): LayoutMatch | null {
  let layout = detectLayout(rows);
  if (!layout && override?.shape === 'header-row') {
    const header = rows[0] ?? [];
    const columns = header.flatMap((text, column) => {
      const role = roleFromKeywords(text);
      return role ? [{ column, role, header: text.trim() }] : [];
    });
    layout = { layoutId: null, headerRows: 1, columns, confidence: 0 };
  }
  if (!layout || !override?.roles?.length) return layout;
  const header = rows[layout.headerRows - 1] ?? [];
  const columns = applyRoles(
    layout.columns.map((c) => ({ ...c, at: c.column })),
    override.roles,
    (at, role) => ({ column: at, role, header: (header[at] ?? '').trim(), at }),
  ).map(({ at: _at, ...c }) => c);
  return { ...layout, columns, confidence: 1 };
}

function labelMatchWith(rows: string[][], override?: TableOverride): LabelColumnMatch | null {
  let match = detectLabelColumn(rows);
  if (!match && (override?.shape === 'label-column' || override?.shape === 'transposed')) {
    const labels = rows.flatMap((row, r) => {
      const role = labelRole(row[0] ?? '');
      return role && row.length > 1 ? [{ row: r, role, header: row[0].trim() }] : [];
    });
    match = { labelColumn: 0, labels, layoutId: null, confidence: 0 };
  }
  if (!match || !override?.roles?.length) return match;
  const L = match.labelColumn;
  const labels = applyRoles(
    match.labels.map((l) => ({ ...l, at: l.row })),
    override.roles,
    (at, role) => ({ row: at, role, header: (rows[at]?.[L] ?? '').trim(), at }),
  ).map(({ at: _at, ...l }) => l);
  return { ...match, labels, confidence: 1 };
}

/** Which reading wins when both a header row and a label column are plausible. */
function labelsWin(header: LayoutMatch | null, labels: LabelColumnMatch | null): boolean {
  if (!labels) return false;
  if (!header) return true;
  const headerRoles = new Set(header.columns.map((c) => c.role)).size;
  const labelRoles = new Set(labels.labels.map((l) => l.role)).size;
  return labelRoles > headerRoles || (labelRoles === headerRoles && labels.labels.length > header.columns.length);
}

export interface NotAPlan {
  reason: string;
  /** What the table is instead, in a few words: "a contacts list", "it is empty". */
  kind: string;
}

/**
 * How one table reads as a plan, or why it is not one. `previous` is the plan table before it: a table of
 * the same width with no header of its own carries that plan on (a plan continued after a page break).
 */
export function readTable(
  rows: string[][],
  override?: TableOverride,
  previous?: TableReading,
): TableReading | NotAPlan {
  if (override?.shape === 'not-a-plan')
    return { reason: 'You chose not to check this table.', kind: 'you chose not to check it' };
  const header =
    override?.shape === 'label-column' || override?.shape === 'transposed' ? null : headerLayoutWith(rows, override);
  const labels = override?.shape === 'header-row' ? null : labelMatchWith(rows, override);
  if (labels && (override?.shape === 'label-column' || override?.shape === 'transposed' || labelsWin(header, labels)))
    return labelColumnReading(rows, labels);
  if (header && header.columns.length > 0) return headerRowReading(rows, header);
  const kind = notAPlanKind(rows);
  if (!kind && previous?.shape === 'header-row' && continues(rows, previous)) {
    return headerRowReading(
      rows,
      { ...previous.layout, headerRows: 0, confidence: previous.layout.confidence * 0.8 },
      true,
    );
  }
  const empty = rows.every((r) => r.every((c) => !c.trim()));
  return {
    reason: notAPlanReason(rows),
    kind: kind ?? (empty ? 'it is empty' : 'it has no headings or labels such as outcome, actions, who or when'),
  };
}

/** A headerless table as wide as the plan above, with something written in it. */
function continues(rows: string[][], previous: TableReading): boolean {
  const filled = rows.filter((r) => r.some((c) => c.trim()));
  if (filled.length === 0) return false;
  return filled.filter((r) => r.length === previous.width).length >= Math.ceil(filled.length * 0.6);
}

/** The line the pane and the command print for a table: "Table 2: read as outcome blocks: 2 outcomes". */
export function readingLine(analysis: { layout: unknown; readAs?: string }, tableNumber: number): string {
  const readAs = analysis.readAs ?? (analysis.layout ? 'read as a plan' : 'Not a plan: it could not be read');
  return readAs.startsWith('Not a plan: ')
    ? `Table ${tableNumber} is not a plan: ${readAs.slice('Not a plan: '.length)}`
    : `Table ${tableNumber}: ${readAs.charAt(0).toLowerCase()}${readAs.slice(1)}`;
}

export function isReading(value: TableReading | NotAPlan): value is TableReading {
  return 'records' in value;
}
