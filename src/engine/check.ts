// Running the rules: over one row, one table, or a whole plan, and scoring the result.
import { detectLayout, notAPlanReason } from './detect';
import { GUIDANCE } from './guidance';
import { namesSomeone } from './language';
import { ACTION_ROLES, type CellContext, type Rule, type RowContext, wholeCell } from './rule';
import { ROW_RULES } from './rules';
import { acronymsExplainedIn } from './rules/jargon';
import { countActions } from './rules/tooManyActions';
import { isConcrete, isCountable } from './concrete';
import { concreteTimescales, findTimescales, parseIsoDate } from './timescale';
import { findAll, shortHash } from './text';
import { todayIso } from './templates';
import { LAYOUTS } from './layouts';
import { rewriteRow } from './rewrite/rewriteRow';
import type { RowRewrite } from './rewrite/types';
import type {
  CheckOptions,
  Finding,
  LayoutMatch,
  PlanReport,
  PlanScore,
  Role,
  Severity,
  SmartLetter,
  TableAnalysis,
  TableInput,
} from './types';

/** More actions than this across a plan overwhelm a family (Torbay: "There are too many actions on the plan"). */
export const PLAN_ACTIONS_LIMIT = 20;

interface RunSettings {
  rules: readonly Rule[];
  severityOf: (rule: Rule) => Severity;
  words: RowContext['words'];
  explainedAcronyms: Set<string>;
  planDate?: string;
  planDateSource?: 'document' | 'option';
  /** Only a whole plan has a today (checkPlan): a row judged alone (checkRow, the corpus) has no review. */
  today?: string;
  ignored: Set<string>;
}

// "Plan date: 05/01/2027", "Date of plan", "Date of meeting": the date the plan was written, in its details.
const PLAN_DATE_LABEL =
  /\b(?:plan date|date of (?:the )?(?:plan|meeting)|(?:plan|meeting) (?:was )?(?:made|written|agreed|held) on|meeting date)\b/gi;

/** The plan's own date, from its details (text around the tables, or a details table): ISO, or undefined. */
export function planDateIn(text: string, reference?: string): string | undefined {
  for (const label of findAll(PLAN_DATE_LABEL, text, 20)) {
    // The value follows its label ("Plan date: 05/01/2027", a details table's next cell) on the same line.
    const value = text.slice(label.end, label.end + 60).split('\n')[0];
    const date = findTimescales(value, reference).find((t) => t.date && (t.kind === 'date' || t.kind === 'deadline'));
    if (date?.date) return date.date;
  }
  return undefined;
}

function settingsFrom(options: CheckOptions, planText: string, documentDate?: string): RunSettings {
  const style = options.houseStyle ?? {};
  const disabled = new Set(options.disabledRules ?? []);
  for (const [id, setting] of Object.entries(style.rules ?? {})) if (setting === 'off') disabled.add(id);
  const explained = acronymsExplainedIn(planText);
  for (const acronym of Object.keys(style.acronyms ?? {})) explained.add(acronym);
  return {
    rules: ROW_RULES.filter((rule) => !disabled.has(rule.id)),
    severityOf: (rule) => {
      const setting = style.rules?.[rule.id];
      return setting && setting !== 'off' ? setting : rule.severity;
    },
    words: (ruleId) => ({ add: style.addWords?.[ruleId] ?? [], remove: style.removeWords?.[ruleId] ?? [] }),
    explainedAcronyms: explained,
    planDate: documentDate ?? options.planDate,
    planDateSource: documentDate ? 'document' : options.planDate ? 'option' : undefined,
    today: options.today,
    ignored: new Set(options.ignored ?? []),
  };
}

/** A progress column, when there is one and it is filled, must itself be something to count or see. */
function measureHolds(cells: CellContext[], planDate?: string): boolean {
  const measure = cells.find((c) => c.role === 'measure');
  return !measure || !measure.text.trim() || isConcrete(measure.text, planDate);
}

function rowContext(table: number, row: number, cells: CellContext[], settings: RunSettings): RowContext {
  const roles = new Set<Role>(cells.map((c) => c.role));
  const actionCells = cells.filter((c) => ACTION_ROLES.has(c.role) && c.role !== 'when');
  const timescales = cells
    .filter((c) => c.role !== 'need' && c.role !== 'context')
    .flatMap((c) => concreteTimescales(c.text, settings.planDate).map((t) => ({ ...t, column: c.column })));
  const ownerFound = actionCells.some((c) => c.text.trim() && namesSomeone(c.text));
  const hasActionColumns = [...roles].some((r) => ACTION_ROLES.has(r));
  const countable = cells.some(
    (c) => c.role !== 'need' && c.role !== 'context' && isCountable(c.text, settings.planDate),
  );
  return {
    table,
    row,
    cells,
    roles,
    hasActionColumns,
    ownerFound,
    timescales,
    actionsSmart: ownerFound && timescales.some((t) => t.kind !== 'time') && measureHolds(cells, settings.planDate),
    countable,
    planDate: settings.planDate,
    today: settings.today,
    words: settings.words,
    explainedAcronyms: settings.explainedAcronyms,
  };
}

/** At most this many findings of one rule in one cell (a pasted cell of "ASAP ASAP ..." has thousands). */
export const FINDINGS_PER_RULE_PER_CELL = 50;

/** Cells longer than this are named in finding ids by a hash of their text, computed once per cell. */
const CELL_KEY_LIMIT = 1000;

function runRules(context: RowContext, settings: RunSettings): Finding[] {
  const findings: Finding[] = [];
  // A finding's id names its cell's text. Hashing a long cell again for each finding was quadratic on a
  // cell with thousands of findings ("ASAP ASAP ..."); ordinary cells keep the ids they always had.
  const cellKeys = new Map<string, string>();
  const cellKey = (text: string) => {
    if (text.length <= CELL_KEY_LIMIT) return text;
    let key = cellKeys.get(text);
    if (key === undefined) cellKeys.set(text, (key = `#${text.length}:${shortHash(text)}`));
    return key;
  };
  for (const rule of settings.rules) {
    const perCell = new Map<number, number>();
    for (const hit of rule.check(context)) {
      // The same fault hundreds of times in one cell is one fault to fix, not hundreds of comments.
      const seen = perCell.get(hit.cell.column) ?? 0;
      if (seen >= FINDINGS_PER_RULE_PER_CELL) continue;
      perCell.set(hit.cell.column, seen + 1);
      const span = hit.span ?? wholeCell(hit.cell);
      const start = Math.max(0, Math.min(span.start, hit.cell.text.length));
      const end = Math.max(start, Math.min(span.end, hit.cell.text.length));
      const quote = hit.cell.text.slice(start, end);
      const id = shortHash(
        `${rule.id}|${context.table}|${context.row}|${hit.cell.column}|${quote}|${cellKey(hit.cell.text)}`,
      );
      if (settings.ignored.has(id)) continue;
      findings.push({
        id,
        rule: rule.id,
        code: rule.code,
        letters: rule.letters,
        severity: settings.severityOf(rule),
        table: context.table,
        row: context.row,
        column: hit.cell.column,
        role: hit.cell.role,
        start,
        end,
        quote,
        message: hit.message,
        guidance: rule.guidance,
        ...(hit.suggestion ? { suggestion: hit.suggestion } : {}),
      });
    }
  }
  return findings;
}

/** One row whose keys are roles (a corpus item): the columns are exactly these keys, in this order. */
export function checkRow(cellsByRole: Partial<Record<Role, string>>, options: CheckOptions = {}): Finding[] {
  const entries = Object.entries(cellsByRole).filter(([, text]) => typeof text === 'string') as Array<[Role, string]>;
  const cells: CellContext[] = entries.map(([role, text], column) => ({ column, role, text }));
  const settings = settingsFrom(options, [options.surroundingText ?? '', ...entries.map(([, t]) => t)].join('\n'));
  return runRules(rowContext(0, 0, cells, settings), settings);
}

/** One row's rewrite (issue #13), or null when the row is SMART: what `smart-plan rewrite` prints. */
export function rewriteRowByRole(
  cellsByRole: Partial<Record<Role, string>>,
  options: CheckOptions = {},
  taken?: Set<string>,
): RowRewrite | null {
  const entries = Object.entries(cellsByRole).filter(([, text]) => typeof text === 'string') as Array<[Role, string]>;
  const cells: CellContext[] = entries.map(([role, text], column) => ({ column, role, text }));
  const settings = settingsFrom(options, [options.surroundingText ?? '', ...entries.map(([, t]) => t)].join('\n'));
  const findings = runRules(rowContext(0, 0, cells, settings), settings);
  return rewriteRow({
    table: 0,
    row: 0,
    cells,
    findings,
    planDate: options.planDate,
    taken,
    recheck: recheckWith(0, 0, settings),
  });
}

function recheckWith(table: number, row: number, settings: RunSettings): (cells: CellContext[]) => Finding[] {
  return (cells) => runRules(rowContext(table, row, cells, settings), { ...settings, ignored: new Set() });
}

/** Findings for one table, or the reason it is not a plan. */
export function analyseTable(
  input: TableInput,
  tableIndex: number,
  options: CheckOptions = {},
  planText?: string,
): TableAnalysis {
  const rows = input.rows.map((r) => r.map((c) => (typeof c === 'string' ? c : '')));
  const layout = detectLayout(rows);
  if (!layout) return { table: tableIndex, layout: null, reason: notAPlanReason(rows), findings: [] };
  const settings = settingsFrom(options, planText ?? rows.flat().join('\n'));
  return { table: tableIndex, layout, findings: tableFindings(rows, layout, tableIndex, settings) };
}

/** Columns a continuation row shares with the outcome above it. */
const CARRIED_ROLES = new Set<Role>(['need', 'outcome', 'measure', 'achieved']);

function tableFindings(
  rows: string[][],
  layout: LayoutMatch,
  tableIndex: number,
  settings: RunSettings,
  rewrites?: { list: RowRewrite[]; taken: Set<string> },
): Finding[] {
  const findings: Finding[] = [];
  const hasOutcomeColumn = layout.columns.some((c) => c.role === 'outcome');
  // The last row that stated an outcome: rows below it with an empty outcome carry on the same outcome.
  let outcomeRow: CellContext[] | undefined;
  for (let r = layout.headerRows; r < rows.length; r++) {
    const row = rows[r];
    let cells: CellContext[] = layout.columns
      .filter((c) => c.column < row.length)
      .map((c) => ({ column: c.column, role: c.role, text: row[c.column] ?? '' }));
    if (cells.length === 0) continue;
    const outcomeCell = cells.find((c) => c.role === 'outcome');
    const hasWork = cells.some((c) => ACTION_ROLES.has(c.role) && c.text.trim());
    let inherited = new Set<number>();
    if (hasOutcomeColumn && outcomeCell && !outcomeCell.text.trim() && outcomeRow && hasWork) {
      // Judge the row with the outcome above, as the guidance reads a plan, but only report on its own cells.
      const above = outcomeRow;
      inherited = new Set(cells.filter((c) => CARRIED_ROLES.has(c.role) && !c.text.trim()).map((c) => c.column));
      cells = cells.map((c) =>
        inherited.has(c.column) ? { ...c, text: above.find((a) => a.column === c.column)?.text ?? '' } : c,
      );
    } else if (outcomeCell?.text.trim()) {
      outcomeRow = cells;
    }
    const judged = cells.filter((c) => c.role !== 'achieved' && c.role !== 'context');
    if (judged.every((c) => !c.text.trim())) {
      // An empty row (a template not yet filled in): one gentle prompt, not a flood of warnings.
      const first = judged[0] ?? cells[0];
      const id = shortHash(`to-complete|${tableIndex}|${r}`);
      if (!settings.ignored.has(id)) {
        findings.push({
          id,
          rule: 'to-complete',
          code: 'to-complete',
          letters: [],
          severity: 'info',
          table: tableIndex,
          row: r,
          column: first.column,
          role: first.role,
          start: 0,
          end: first.text.length,
          quote: first.text,
          message: 'This row is still to fill in. Start with what will be different for the child.',
          guidance: GUIDANCE.template,
        });
      }
      continue;
    }
    const rowFindings = runRules(rowContext(tableIndex, r, cells, settings), settings);
    const own = rowFindings.filter((f) => !inherited.has(f.column));
    findings.push(...own);
    if (rewrites) {
      const recheck = recheckWith(tableIndex, r, settings);
      const rewrite = rewriteRow({
        table: tableIndex,
        row: r,
        cells,
        findings: own,
        planDate: settings.planDate,
        taken: rewrites.taken,
        recheck,
      });
      // A continuation row is judged with the outcome above it, but only its own cells are rewritten.
      if (rewrite) rewrite.cells = rewrite.cells.filter((c) => !inherited.has(c.column));
      if (rewrite && rewrite.cells.length > 0) rewrites.list.push(rewrite);
    }
  }
  return findings;
}

const LETTERS: SmartLetter[] = ['S', 'M', 'A', 'R', 'T'];

/** Our templates' prompts, which Word shows as text until the user types: read as empty cells. */
const PROMPTS = new Set(LAYOUTS.flatMap((l) => l.columns.map((c) => c.prompt)));

function withoutPrompts(rows: string[][]): string[][] {
  return rows.map((row) => row.map((cell) => (PROMPTS.has(cell.trim()) ? '' : cell)));
}
const REVIEW_WORDS = /\breview\b/i;
const CHILD_VOICE =
  /\b(?:wishes and feelings|wishes|feelings|views?|voice|(?:he|she|they|[A-Z][a-z]+) (?:says?|said|told|tells|wants?|would like)|in (?:his|her|their) (?:own )?words|(?:child|young person)[’']s (?:view|words))\b/;
const SIGNED = /\b(?:signed|signature|agreed by|sign(?:ed)? by)\b/i;

function planFinding(
  code: Finding['code'],
  rule: string,
  letters: SmartLetter[],
  severity: Severity,
  message: string,
  guidance = GUIDANCE.review,
): Finding {
  return {
    id: shortHash(`plan|${rule}`),
    rule,
    code,
    letters,
    severity,
    table: -1,
    row: -1,
    column: -1,
    role: null,
    start: 0,
    end: 0,
    quote: '',
    message,
    guidance,
  };
}

function reviewFindings(text: string, planDate?: string): Finding[] {
  const reviewLines = text.split('\n').filter((line) => REVIEW_WORDS.test(line));
  const dated = reviewLines
    .flatMap((line) => findTimescales(line, planDate))
    .filter((t) => t.date || t.kind === 'duration' || t.kind === 'frequency');
  if (dated.length === 0) {
    return [
      planFinding(
        'no-review-date',
        'no-review-date',
        ['T'],
        'warning',
        'The plan has no review date. Set one: every 6 weeks is good practice, and no later than 3 months.',
      ),
    ];
  }
  const plan = parseIsoDate(planDate);
  const review = dated.map((t) => parseIsoDate(t.date)).find(Boolean);
  if (plan && review && review.getTime() - plan.getTime() > 92 * 86400000) {
    return [
      planFinding(
        'no-review-date',
        'no-review-date',
        ['T'],
        'warning',
        'The review is more than 3 months after the plan date. Bring it forward: every 6 weeks is good practice.',
      ),
    ];
  }
  return [];
}

/** Checks every table of a document and the plan as a whole. */
export function checkPlan(tables: TableInput[], options: CheckOptions = {}): PlanReport {
  const planText = [options.surroundingText ?? '', ...tables.flatMap((t) => t.rows.flat())].join('\n');
  // A details table reads "Plan date | 05/01/2027": its cells joined on one line, label before value.
  const detailsText = [
    options.surroundingText ?? '',
    ...tables.flatMap((t) => t.rows.map((r) => r.map((c) => (typeof c === 'string' ? c : '')).join(' : '))),
  ].join('\n');
  const today = options.today ?? todayIso();
  const settings = settingsFrom({ ...options, today }, planText, planDateIn(detailsText, today));
  const rewrites = { list: [] as RowRewrite[], taken: new Set<string>() };
  const analyses: TableAnalysis[] = tables.map((input, index) => {
    const rows = withoutPrompts(input.rows.map((r) => r.map((c) => (typeof c === 'string' ? c : ''))));
    const layout = detectLayout(rows);
    if (!layout) return { table: index, layout: null, reason: notAPlanReason(rows), findings: [] };
    return { table: index, layout, findings: tableFindings(rows, layout, index, settings, rewrites) };
  });
  const plans = analyses.filter((a) => a.layout);
  const planFindings: Finding[] = [];
  let notFilledIn = false;
  if (plans.length > 0) {
    const enabled = (id: string) => settings.rules.some((r) => r.id === id) || !ROW_RULE_IDS.has(id);
    const disabled = new Set(options.disabledRules ?? []);
    const on = (id: string) => enabled(id) && !disabled.has(id) && options.houseStyle?.rules?.[id] !== 'off';
    const actionCount = countPlanActions(tables, analyses);
    // Plan-level points count whatever the rows say; only a plan with nothing written in yet is let off.
    notFilledIn = !plans.some((a) => a.findings.some((f) => f.code !== 'to-complete') || judgedRows(tables, a) > 0);
    const filled = !notFilledIn;
    if (filled && on('no-review-date')) planFindings.push(...reviewFindings(planText, settings.planDate));
    if (filled && on('no-child-voice') && !CHILD_VOICE.test(planText)) {
      planFindings.push(
        planFinding(
          'no-child-voice',
          'no-child-voice',
          ['A'],
          'warning',
          "Nothing in the plan says what the child thinks or wants. Add the child's wishes and feelings, in their own words where you can.",
          GUIDANCE.childVoice,
        ),
      );
    }
    if (filled && on('too-many-actions') && actionCount > PLAN_ACTIONS_LIMIT) {
      planFindings.push(
        planFinding(
          'too-many-actions',
          'too-many-actions',
          ['A', 'R'],
          'warning',
          `The plan has ${actionCount} actions, which can overwhelm a family. Start with the most pressing needs and add the rest as these are done.`,
          GUIDANCE.tooManyActions,
        ),
      );
    }
    const wantsSignatures = plans.some((a) => LAYOUTS.find((l) => l.id === a.layout?.layoutId)?.signatures);
    if (filled && on('not-agreed') && wantsSignatures && !SIGNED.test(options.surroundingText ?? '')) {
      planFindings.push(
        planFinding(
          'not-agreed',
          'not-agreed',
          ['A'],
          'info',
          'There is no sign the plan has been agreed and signed by the parents and the child. Add their signatures once they have had their say.',
          GUIDANCE.agreed,
        ),
      );
    }
  }
  const kept = planFindings.filter((f) => !settings.ignored.has(f.id));
  const score = scorePlan(tables, analyses, kept);
  const planDate =
    settings.planDate && settings.planDateSource
      ? { planDate: { date: settings.planDate, source: settings.planDateSource } }
      : {};
  // A template not yet filled in has no score to give: 0 rather than a "clear and SMART" 100.
  if (notFilledIn)
    return {
      tables: analyses,
      rewrites: rewrites.list,
      planFindings: kept,
      score: { ...score, overall: 0 },
      ...planDate,
      notFilledIn,
    };
  return { tables: analyses, rewrites: rewrites.list, planFindings: kept, score, ...planDate };
}

/** Rows of a plan table with something written in a judged column (our prompts read as empty). */
function judgedRows(tables: TableInput[], analysis: TableAnalysis): number {
  if (!analysis.layout) return 0;
  const rows = withoutPrompts(tables[analysis.table].rows.map((r) => r.map((c) => (typeof c === 'string' ? c : ''))));
  let count = 0;
  for (let r = analysis.layout.headerRows; r < rows.length; r++) {
    if (
      analysis.layout.columns.some(
        (c) => c.role !== 'achieved' && c.role !== 'context' && (rows[r][c.column] ?? '').trim(),
      )
    )
      count++;
  }
  return count;
}

const ROW_RULE_IDS = new Set(ROW_RULES.map((r) => r.id));

function countPlanActions(tables: TableInput[], analyses: TableAnalysis[]): number {
  let count = 0;
  analyses.forEach((analysis, t) => {
    if (!analysis.layout) return;
    const actionColumns = analysis.layout.columns.filter((c) => c.role === 'action' || c.role === 'action_owner_when');
    for (let r = analysis.layout.headerRows; r < tables[t].rows.length; r++) {
      for (const column of actionColumns) count += countActions(tables[t].rows[r][column.column] ?? '');
    }
  });
  return count;
}

function scorePlan(tables: TableInput[], analyses: TableAnalysis[], planFindings: Finding[]): PlanScore {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const all = [...analyses.flatMap((a) => a.findings), ...planFindings];
  for (const f of all) counts[f.severity]++;
  let judgedRows = 0;
  let actions = 0;
  let actionsWithOwner = 0;
  let actionsWithTimescale = 0;
  let actionsWithMeasure = 0;
  for (const analysis of analyses) {
    if (!analysis.layout) continue;
    const rows = tables[analysis.table].rows;
    for (let r = analysis.layout.headerRows; r < rows.length; r++) {
      const filled = analysis.layout.columns.some(
        (c) => c.role !== 'achieved' && c.role !== 'context' && (rows[r][c.column] ?? '').trim(),
      );
      if (!filled) continue;
      judgedRows++;
      const hasAction = analysis.layout.columns.some(
        (c) => ACTION_ROLES.has(c.role) && (rows[r][c.column] ?? '').trim(),
      );
      if (!hasAction) continue;
      actions++;
      const rowFindings = analysis.findings.filter((f) => f.row === r && f.severity !== 'info');
      if (!rowFindings.some((f) => f.code === 'no-owner')) actionsWithOwner++;
      if (!rowFindings.some((f) => f.code === 'no-timescale' || f.code === 'open-timescale')) actionsWithTimescale++;
      if (!rowFindings.some((f) => f.code === 'no-measure' || f.code === 'self-report-only')) actionsWithMeasure++;
    }
  }
  const letters = LETTERS.map((letter) => {
    const withLetter = all.filter((f) => f.severity !== 'info' && f.letters.includes(letter));
    const rowsHit = new Set(withLetter.filter((f) => f.row >= 0).map((f) => `${f.table}:${f.row}`)).size;
    const planHit = withLetter.some((f) => f.row < 0) ? 1 : 0;
    const base = Math.max(judgedRows, 1);
    const score = Math.max(0, Math.round(100 * (1 - (rowsHit + planHit * 0.5) / (base + planHit * 0.5))));
    return { letter, score, findings: withLetter.length };
  });
  const overall = judgedRows === 0 ? 100 : Math.round(letters.reduce((sum, l) => sum + l.score, 0) / letters.length);
  return { overall, letters, counts, actions, actionsWithOwner, actionsWithTimescale, actionsWithMeasure };
}
