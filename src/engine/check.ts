// Running the rules: over one row, one table, or a whole plan, and scoring the result.
import { GUIDANCE } from './guidance';
import { SUBJECTIVE_WORDS, leadsWithName, namesActor } from './language';
import { ACTION_ROLES, type CellContext, type Rule, type RowContext, wholeCell } from './rule';
import { ROW_RULES } from './rules';
import { acronymsExplainedIn } from './rules/jargon';
import { countActions } from './rules/tooManyActions';
import { isCountable, isYesNoFact, measureAnswers, withoutCarriedNote } from './concrete';
import { hasSpecificAction } from './actions';
import { concreteTimescales, findTimescales, parseIsoDate } from './timescale';
import { blankSpans, findAll, hasMatch, phraseMatcher, shortHash } from './text';
import { todayIso } from './templates';
import { LAYOUTS } from './layouts';
import { cellKey, isReading, readTable, type PlanRecord, type TableReading } from './shapes';
import { rewriteRow } from './rewrite/rewriteRow';
import type { RowRewrite } from './rewrite/types';
import type {
  CheckOptions,
  Finding,
  PlanReport,
  PlanScore,
  Role,
  Severity,
  SmartLetter,
  TableAnalysis,
  TableInput,
} from './types';

/** Words whose meaning depends on who judges (the subjective rule's): a standard, not an act anyone could see done. */
const SUBJECTIVE = phraseMatcher(SUBJECTIVE_WORDS);

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
function measureHolds(cells: CellContext[], specificAction: boolean, planDate?: string): boolean {
  const measure = cells.find((c) => c.role === 'measure');
  if (!measure || !measure.text.trim()) return true;
  const outcomes = cells.filter((c) => c.role === 'outcome' && c.text.trim()).map((c) => c.text);
  return measureAnswers(measure.text, outcomes, specificAction, planDate);
}

function rowContext(table: number, row: number, cells: CellContext[], settings: RunSettings): RowContext {
  const roles = new Set<Role>(cells.map((c) => c.role));
  const actionCells = cells.filter((c) => ACTION_ROLES.has(c.role) && c.role !== 'when');
  const timescales = cells
    .filter((c) => c.role !== 'need' && c.role !== 'context')
    .flatMap((c) =>
      concreteTimescales(withoutCarriedNote(c.text), settings.planDate).map((t) => ({ ...t, column: c.column })),
    );
  const ownerFound = actionCells.some(
    (c) => c.text.trim() && (namesActor(c.text) || (c.role === 'owner_when' && leadsWithName(c.text))),
  );
  const hasActionColumns = [...roles].some((r) => ACTION_ROLES.has(r));
  const specificAction = hasSpecificAction(
    cells
      .filter((c) => c.role === 'action' || c.role === 'action_owner_when' || c.role === 'owner_when')
      .map((c) => c.text),
    settings.planDate,
  );
  // A yes/no fact counts too: registered with a GP, or not. A When cell says when to look, not what will be
  // seen: beside actions, its time counts something only when one of them is an act anyone could see done ("SW
  // to visit", weekly), not a standard someone judges. "Mum will behave appropriately", all sessions, or "show
  // respect", for the length of the contract, has a time but still nothing to count. With no action, the When
  // is the outcome's own ("Registered with a GP", 15/1/27).
  const actionTexts = cells.filter((c) => (c.role === 'action' || c.role === 'action_owner_when') && c.text.trim());
  const seenDone = specificAction && !actionTexts.some((c) => hasMatch(SUBJECTIVE, c.text));
  const timeCounts = actionTexts.length === 0 || seenDone;
  // The time in a cell that holds the work ("address their drinking - review at next CIN") counts no more
  // than a When cell's: such a cell is read without it.
  const withoutTime = (text: string) => blankSpans(text, concreteTimescales(text, settings.planDate));
  const countable = cells.some(
    (c) =>
      c.role !== 'need' &&
      c.role !== 'context' &&
      (c.role !== 'when' || timeCounts) &&
      (isCountable(timeCounts || c.role === 'outcome' ? c.text : withoutTime(c.text), settings.planDate) ||
        isYesNoFact(c.text)),
  );
  return {
    table,
    row,
    cells,
    roles,
    hasActionColumns,
    ownerFound,
    timescales,
    actionsSmart:
      specificAction &&
      ownerFound &&
      // A frequency alone ("weekly", "x2 weekly") says how often but not from when or until when, so it
      // does not place the actions in time; a date, a deadline, a duration or a point in the plan does.
      timescales.some((t) => t.kind !== 'time' && t.kind !== 'frequency') &&
      measureHolds(cells, specificAction, settings.planDate),
    specificAction,
    countable,
    planDate: settings.planDate,
    today: settings.today,
    words: settings.words,
    explainedAcronyms: settings.explainedAcronyms,
  };
}

/** At most this many findings of one rule in one cell (a pasted cell of "ASAP ASAP ..." has thousands). */
export const FINDINGS_PER_RULE_PER_CELL = 200;

/** Cells longer than this are named in finding ids by a hash of their text, computed once per cell. */
const CELL_KEY_LIMIT = 1000;

/**
 * Every finding of one row. `planRow`, when given, is written into each finding (the plan's own numbering),
 * and cells in `inherited` (carried down from the row above) are judged with the row but not reported.
 */
function runRules(context: RowContext, settings: RunSettings, planRow?: number, inherited?: Set<string>): Finding[] {
  const findings: Finding[] = [];
  // A finding's id names its cell's text. Hashing a long cell again for each finding was quadratic on a
  // cell with thousands of findings ("ASAP ASAP ..."); ordinary cells keep the ids they always had.
  const longCellKeys = new Map<string, string>();
  const idTextOf = (text: string) => {
    if (text.length <= CELL_KEY_LIMIT) return text;
    let key = longCellKeys.get(text);
    if (key === undefined) longCellKeys.set(text, (key = `#${text.length}:${shortHash(text)}`));
    return key;
  };
  for (const rule of settings.rules) {
    let perCell: Map<string, number> | undefined;
    for (const hit of rule.check(context)) {
      // A cell keeps its own row where a plan row runs down the table (labels down the left).
      const row = hit.cell.row ?? context.row;
      // The same fault hundreds of times in one cell is one fault to fix, not hundreds of comments.
      const where = `${row}:${hit.cell.column}`;
      perCell ??= new Map();
      const seen = perCell.get(where) ?? 0;
      if (seen >= FINDINGS_PER_RULE_PER_CELL) continue;
      perCell.set(where, seen + 1);
      if (inherited?.has(cellKey(row, hit.cell.column))) continue;
      const span = hit.span ?? wholeCell(hit.cell);
      const start = Math.max(0, Math.min(span.start, hit.cell.text.length));
      const end = Math.max(start, Math.min(span.end, hit.cell.text.length));
      const quote = hit.cell.text.slice(start, end);
      const id = shortHash(`${rule.id}|${context.table}|${row}|${hit.cell.column}|${quote}|${idTextOf(hit.cell.text)}`);
      if (settings.ignored.has(id)) continue;
      const finding: Finding = {
        id,
        rule: rule.id,
        code: rule.code,
        letters: rule.letters,
        severity: settings.severityOf(rule),
        table: context.table,
        row,
        column: hit.cell.column,
        role: hit.cell.role,
        start,
        end,
        quote,
        message: hit.message,
        guidance: hit.guidance ?? rule.guidance,
      };
      if (hit.suggestion) finding.suggestion = hit.suggestion;
      if (planRow !== undefined) finding.planRow = planRow;
      findings.push(finding);
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
  const reading = readTable(
    rows,
    options.tableOverrides?.find((o) => o.table === tableIndex),
  );
  const settings = settingsFrom(options, planText ?? rows.flat().join('\n'));
  return analysisOf(reading, tableIndex, settings, 0);
}

/** The analysis of a table read (or not) as a plan; plan rows numbered on from `rowsBefore`. */
function analysisOf(
  reading: ReturnType<typeof readTable>,
  tableIndex: number,
  settings: RunSettings,
  rowsBefore: number,
  toRewrite?: RowToRewrite[],
): TableAnalysis {
  if (!isReading(reading))
    return {
      table: tableIndex,
      layout: null,
      reason: reading.reason,
      readAs: `Not a plan: ${reading.kind}`,
      findings: [],
    };
  reading.records.forEach((record, i) => (record.planRow = rowsBefore + i + 1));
  return {
    table: tableIndex,
    layout: reading.layout,
    readAs: reading.summary,
    planRows: reading.records.map((record) => ({
      planRow: record.planRow!,
      row: record.row,
      column: record.cells[0]?.column ?? 0,
      ...(record.group ? { group: record.group } : {}),
    })),
    findings: tableFindings(reading, tableIndex, settings, toRewrite),
  };
}

function tableFindings(
  reading: TableReading,
  tableIndex: number,
  settings: RunSettings,
  toRewrite?: RowToRewrite[],
): Finding[] {
  const findings: Finding[] = [];
  for (const record of reading.records) {
    const { cells, inherited } = record;
    const judged = cells.filter((c) => c.role !== 'achieved' && c.role !== 'context');
    if (judged.every((c) => !c.text.trim())) {
      // An empty row (a template not yet filled in): one gentle prompt, not a flood of warnings.
      const first = judged[0] ?? cells[0];
      const row = first.row ?? record.row;
      const id = shortHash(`to-complete|${tableIndex}|${row}`);
      if (!settings.ignored.has(id)) {
        findings.push({
          id,
          rule: 'to-complete',
          code: 'to-complete',
          letters: [],
          severity: 'info',
          table: tableIndex,
          row,
          column: first.column,
          role: first.role,
          planRow: record.planRow,
          start: 0,
          end: first.text.length,
          quote: first.text,
          message: 'This row is still to fill in. Start with what will be different for the child.',
          guidance: GUIDANCE.template,
        });
      }
      continue;
    }
    const own = runRules(rowContext(tableIndex, record.row, cells, settings), settings, record.planRow, inherited);
    findings.push(...own);
    if (own.some((f) => f.severity !== 'info')) toRewrite?.push({ record, own, table: tableIndex });
  }
  return findings;
}

/**
 * The rewrite of one plan row. The rewriter knows cells by column; a plan row that runs down the table
 * (labels down the left) has all its cells in one column, so it is given each cell as a column of its own
 * and the answer is put back where the cells really are. Cells carried from above are never rewritten.
 */
function rewriteRecord(
  record: PlanRecord,
  own: Finding[],
  tableIndex: number,
  settings: RunSettings,
  taken: Set<string>,
): RowRewrite | null {
  const rowOf = (c: CellContext) => c.row ?? record.row;
  const oneRow = record.cells.every((c) => rowOf(c) === record.row);
  const cells = oneRow ? record.cells : record.cells.map((c, column) => ({ column, role: c.role, text: c.text }));
  const place = (row: number, column: number) =>
    oneRow ? column : record.cells.findIndex((c) => rowOf(c) === row && c.column === column);
  const rewrite = rewriteRow({
    table: tableIndex,
    row: record.row,
    cells,
    findings: own.map((f) => ({ ...f, row: record.row, column: place(f.row, f.column) })),
    planDate: settings.planDate,
    taken,
    recheck: recheckWith(tableIndex, record.row, settings),
  });
  if (!rewrite) return null;
  rewrite.cells = rewrite.cells.flatMap((c) => {
    const real = oneRow ? record.cells.find((x) => x.column === c.column) : record.cells[c.column];
    if (!real || record.inherited.has(cellKey(rowOf(real), real.column))) return [];
    return [{ ...c, column: real.column, ...(rowOf(real) !== record.row ? { row: rowOf(real) } : {}) }];
  });
  return rewrite.cells.length > 0 ? rewrite : null;
}

const LETTERS: SmartLetter[] = ['S', 'M', 'A', 'R', 'T'];

/** Our templates' prompts, which Word shows as text until the user types: read as empty cells. */
const PROMPTS = new Set(LAYOUTS.flatMap((l) => l.columns.map((c) => c.prompt)));

function withoutPrompts(rows: string[][]): string[][] {
  return rows.map((row) => row.map((cell) => (PROMPTS.has(cell.trim()) ? '' : cell)));
}
// "Review date", "This plan will be reviewed on 14/07/27", "Reviewing officer": the plan's review.
const REVIEW_WORDS = /\breview(?:ed|s)?\b/i;
/** A table row whose first cell names the review (cells joined by " : "). */
const REVIEW_LABEL = /^[^:]{0,60}\breview/i;
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
  const toRewrite: RowToRewrite[] = [];
  // Tables are read in order: a headerless table may carry on the plan above it, and plan rows are
  // numbered through every table of the plan.
  const readings: Array<TableReading | undefined> = [];
  let previous: TableReading | undefined;
  let planRows = 0;
  const analyses: TableAnalysis[] = tables.map((input, index) => {
    const rows = withoutPrompts(input.rows.map((r) => r.map((c) => (typeof c === 'string' ? c : ''))));
    const reading = readTable(
      rows,
      options.tableOverrides?.find((o) => o.table === index),
      previous,
    );
    const analysis = analysisOf(reading, index, settings, planRows, toRewrite);
    if (isReading(reading)) {
      readings[index] = previous = reading;
      planRows += reading.records.length;
    }
    return analysis;
  });
  const plans = analyses.filter((a) => a.layout);
  const planFindings: Finding[] = [];
  let notFilledIn = false;
  if (plans.length > 0) {
    const enabled = (id: string) => settings.rules.some((r) => r.id === id) || !ROW_RULE_IDS.has(id);
    const disabled = new Set(options.disabledRules ?? []);
    const on = (id: string) => enabled(id) && !disabled.has(id) && options.houseStyle?.rules?.[id] !== 'off';
    const actionCount = countPlanActions(readings);
    // Plan-level points count whatever the rows say; only a plan with nothing written in yet is let off.
    notFilledIn = !analyses.some(
      (a, index) => a.findings.some((f) => f.code !== 'to-complete') || writtenRows(readings[index]) > 0,
    );
    const filled = !notFilledIn;
    // Each cell on its own line, and a details row whose label is the review ("Review date | 14/07/27") on one.
    const reviewText = [planText, ...detailsText.split('\n').filter((line) => REVIEW_LABEL.test(line))].join('\n');
    if (filled && on('no-review-date')) planFindings.push(...reviewFindings(reviewText, settings.planDate));
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
  const score = scorePlan(readings, analyses, kept);
  const planDate =
    settings.planDate && settings.planDateSource
      ? { planDate: { date: settings.planDate, source: settings.planDateSource } }
      : {};
  // A template not yet filled in has no score to give: 0 rather than a "clear and SMART" 100.
  const report: PlanReport = notFilledIn
    ? { tables: analyses, planFindings: kept, score: { ...score, overall: 0 }, ...planDate, notFilledIn }
    : { tables: analyses, planFindings: kept, score, ...planDate };
  return withLazyRewrites(report, () => {
    const taken = new Set<string>();
    return toRewrite.flatMap(({ record, own, table }) => rewriteRecord(record, own, table, settings, taken) ?? []);
  });
}

/** A plan row with warnings of its own, kept so it can be rewritten if anyone asks. */
interface RowToRewrite {
  record: PlanRecord;
  own: Finding[];
  table: number;
}

/**
 * The report's row rewrites are worked out the first time they are read, all at once and in plan order (no
 * two rows are given the same text). Rewriting re-checks each faulty row, which doubles a check's cost; a
 * caller that wants only the findings (an audit, the corpus score) never pays for it. A plain property to
 * read, spread, serialise or replace.
 */
function withLazyRewrites(report: PlanReport, rewrite: () => RowRewrite[]): PlanReport {
  let rewrites: RowRewrite[] | undefined;
  Object.defineProperty(report, 'rewrites', {
    enumerable: true,
    configurable: true,
    get: () => (rewrites ??= rewrite()),
    set: (value: RowRewrite[]) => (rewrites = value),
  });
  return report;
}

/** Plan rows with something of their own written in a judged column (our prompts read as empty). */
function writtenRows(reading: TableReading | undefined): number {
  return (reading?.records ?? []).filter((record) =>
    ownCells(record).some((c) => c.role !== 'achieved' && c.role !== 'context' && c.text.trim()),
  ).length;
}

const ROW_RULE_IDS = new Set(ROW_RULES.map((r) => r.id));

function countPlanActions(readings: Array<TableReading | undefined>): number {
  let count = 0;
  for (const reading of readings) {
    for (const record of reading?.records ?? []) {
      for (const cell of record.cells) {
        if (record.inherited.has(cellKey(cell.row ?? record.row, cell.column))) continue;
        if (cell.role === 'action' || cell.role === 'action_owner_when') count += countActions(cell.text);
      }
    }
  }
  return count;
}

/** A plan row's cells, without those carried from the outcome above. */
function ownCells(record: PlanRecord) {
  return record.cells.filter((c) => !record.inherited.has(cellKey(c.row ?? record.row, c.column)));
}

function scorePlan(
  readings: Array<TableReading | undefined>,
  analyses: TableAnalysis[],
  planFindings: Finding[],
): PlanScore {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const all = [...analyses.flatMap((a) => a.findings), ...planFindings];
  for (const f of all) counts[f.severity]++;
  let judgedRows = 0;
  let actions = 0;
  let actionsWithOwner = 0;
  let actionsWithTimescale = 0;
  let actionsWithMeasure = 0;
  analyses.forEach((analysis, index) => {
    // Each row's warnings, found once: filtering every finding for every row was quadratic on long plans.
    const byPlanRow = new Map<number | undefined, Finding[]>();
    for (const f of analysis.findings) {
      if (f.severity === 'info') continue;
      const list = byPlanRow.get(f.planRow);
      if (list) list.push(f);
      else byPlanRow.set(f.planRow, [f]);
    }
    for (const record of readings[index]?.records ?? []) {
      const cells = ownCells(record);
      const filled = cells.some((c) => c.role !== 'achieved' && c.role !== 'context' && c.text.trim());
      if (!filled) continue;
      judgedRows++;
      const hasAction = cells.some((c) => ACTION_ROLES.has(c.role) && c.text.trim());
      if (!hasAction) continue;
      actions++;
      const rowFindings = byPlanRow.get(record.planRow) ?? [];
      if (!rowFindings.some((f) => f.code === 'no-owner')) actionsWithOwner++;
      if (!rowFindings.some((f) => f.code === 'no-timescale' || f.code === 'open-timescale')) actionsWithTimescale++;
      if (!rowFindings.some((f) => f.code === 'no-measure' || f.code === 'self-report-only')) actionsWithMeasure++;
    }
  });
  const letters = LETTERS.map((letter) => {
    const withLetter = all.filter((f) => f.severity !== 'info' && f.letters.includes(letter));
    // One plan row may run down several rows of the table (labels down the left): count it once.
    const rowsHit = new Set(
      withLetter
        .filter((f) => f.row >= 0)
        .map((f) => (f.planRow !== undefined ? `p${f.planRow}` : `${f.table}:${f.row}`)),
    ).size;
    const planHit = withLetter.some((f) => f.row < 0) ? 1 : 0;
    const base = Math.max(judgedRows, 1);
    const score = Math.max(0, Math.round(100 * (1 - (rowsHit + planHit * 0.5) / (base + planHit * 0.5))));
    return { letter, score, findings: withLetter.length };
  });
  const overall = judgedRows === 0 ? 100 : Math.round(letters.reduce((sum, l) => sum + l.score, 0) / letters.length);
  return { overall, letters, counts, actions, actionsWithOwner, actionsWithTimescale, actionsWithMeasure };
}
