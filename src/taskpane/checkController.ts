// Everything the Check tab does that is not drawing: checking the document, grouping and filtering the
// findings, ignoring, applying and marking. The React side only renders the state and calls these.
import type {
  CheckScope,
  DocumentCapabilities,
  DocumentState,
  PlanDocument,
  ReadResult,
} from '../document/PlanDocument';
import type { RowRewrite } from '../engine/rewrite/types';
import type { Finding, PlanReport, Severity, SmartLetter, TableOverride } from '../engine/types';
import { findGaps } from '../engine/rewrite/gaps';
import { defaultEngine, parseHouseStyle, type EngineApi } from './engineAdapter';
import { formatReviewerSummary } from './reviewerSummary';
export { rowList } from './wording';
import { DEFAULT_SETTINGS, type PaneSettings, type SettingsStore } from './settings';

export const LETTERS: SmartLetter[] = ['S', 'M', 'A', 'R', 'T'];
export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export interface FindingFilter {
  /** Letters to show; empty shows all. */
  letters: SmartLetter[];
  /** Severities to show; empty shows all. */
  severities: Severity[];
}

export const NO_FILTER: FindingFilter = { letters: [], severities: [] };

/** Why Apply is not possible yet, in plain words. */
export function gapReason(gaps: number): string {
  return `Fill in ${gaps === 1 ? 'the gap' : `the ${gaps} gaps`} first: only you know what goes there, and a gap is never written into the plan.`;
}

export interface RowGroup {
  key: string;
  table: number;
  /** Row index inside the table, as findings count it (the header rows included). */
  row: number;
  /** The row as the user counts it: the first row under the header is 1. */
  number: number;
  /** "Row 3" or "Table 2, row 3" when the plan has several tables. */
  label: string;
  /** The row's first words, so the user knows which row without opening the document. */
  preview: string;
  findings: Finding[];
  /** The row written again as the guidance would (issue #13), when the engine proposes one. */
  rewrite?: RowRewrite;
}

/** How many points there are, counted once, so every place the pane shows a number agrees. */
export interface PointCounts {
  /** Points in table cells still to deal with. */
  cells: number;
  /** Rows those points are in. */
  rows: number;
  /** Points about the plan as a whole. */
  plan: number;
  total: number;
  bySeverity: Record<Severity, number>;
}

/** Where the engine saw a row and its columns: header rows, and each column's header words. */
export interface TableShape {
  headerRows: number;
  columnNames: Map<number, string>;
}

export type Notice = { intent: 'success' | 'info' | 'warning' | 'error'; text: string };

export interface CheckState {
  status: 'idle' | 'busy' | 'done';
  /** What is happening now and how far along (0..1); shown while busy. */
  progress?: { label: string; value?: number };
  scope: CheckScope;
  capabilities?: DocumentCapabilities;
  read?: ReadResult;
  report?: PlanReport;
  /** Finding ids ignored in this document (kept in the document's own state). */
  ignored: string[];
  /** The user's corrections of how tables are read, by document table index (kept in the document). */
  tableOverrides?: TableOverride[];
  /** Finding ids applied since the last check: hidden until the next check confirms the change. */
  applied: string[];
  /** Row rewrites applied since the last check (their ids), hidden with the findings they answer. */
  appliedRewrites: string[];
  /** True while our marks are in the document: re-checks then refresh them. */
  marked: boolean;
  notice?: Notice;
  /** A failure that stopped a step, in plain words, with what still works. */
  error?: string;
  settings: PaneSettings;
  /** Set when the house style cannot be used; checks run without it. */
  houseStyleErrors: string[];
}

function sortKey(f: Finding): [number, number, number, number] {
  return [f.table, f.row, f.column, f.start];
}

export function documentOrder(a: Finding, b: Finding): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
  return 0;
}

export function matchesFilter(finding: Finding, filter: FindingFilter): boolean {
  const letterOk = filter.letters.length === 0 || finding.letters.some((l) => filter.letters.includes(l));
  const severityOk = filter.severities.length === 0 || filter.severities.includes(finding.severity);
  return letterOk && severityOk;
}

/** Header rows and column names of each checked table, from the engine's layout or the table's own header row. */
export function tableShapes(report?: PlanReport, read?: ReadResult): Map<number, TableShape> {
  const shapes = new Map<number, TableShape>();
  for (const analysis of report?.tables ?? []) {
    const headerRows = analysis.layout?.headerRows ?? 1;
    const headerCells = read?.tables.find((t) => t.index === analysis.table)?.rows[headerRows - 1] ?? [];
    const columnNames = new Map<number, string>();
    headerCells.forEach((text, column) => {
      const words = text.replace(/\s+/g, ' ').trim();
      if (words) columnNames.set(column, words);
    });
    for (const column of analysis.layout?.columns ?? []) {
      if (!columnNames.has(column.column) && column.header.trim()) columnNames.set(column.column, column.header.trim());
    }
    shapes.set(analysis.table, { headerRows, columnNames });
  }
  return shapes;
}

/** The column's header words ("Who will be responsible?"), or its place when the table has no header. */
export function columnName(finding: Pick<Finding, 'table' | 'column'>, shapes: Map<number, TableShape>): string {
  return shapes.get(finding.table)?.columnNames.get(finding.column) ?? `Column ${finding.column + 1}`;
}

/** Findings in cells, grouped by row, rows and findings in document order, each row with its rewrite. */
export function groupByRow(
  findings: Finding[],
  read?: ReadResult,
  report?: PlanReport,
  rewrites: RowRewrite[] = report?.rewrites ?? [],
): RowGroup[] {
  const shapes = tableShapes(report, read);
  const tableCount = new Set(findings.map((f) => f.table)).size;
  // Looked up once per row, so a long plan's rows do not each search every table and rewrite.
  const tables = new Map((read?.tables ?? []).map((t) => [t.index, t]));
  const rewriteOf = new Map<string, RowRewrite>();
  for (const r of rewrites) {
    const key = `${r.table}:${r.row}`;
    if (r.cells.length > 0 && !rewriteOf.has(key)) rewriteOf.set(key, r);
  }
  const groups = new Map<string, RowGroup>();
  for (const finding of [...findings].sort(documentOrder)) {
    const key = `${finding.table}:${finding.row}`;
    let group = groups.get(key);
    if (!group) {
      const cells = tables.get(finding.table)?.rows[finding.row] ?? [];
      const first = (cells.find((c) => c.trim()) ?? '').replace(/\s+/g, ' ').trim();
      const headerRows = shapes.get(finding.table)?.headerRows ?? 1;
      // Rows as the user counts them: the first row under the header is row 1.
      const number = Math.max(1, finding.row - headerRows + 1);
      group = {
        key,
        table: finding.table,
        row: finding.row,
        number,
        label: tableCount > 1 ? `Table ${finding.table + 1}, row ${number}` : `Row ${number}`,
        preview: first.length > 70 ? `${first.slice(0, 67).trimEnd()}…` : first,
        findings: [],
        rewrite: rewriteOf.get(key),
      };
      groups.set(key, group);
    }
    group.findings.push(finding);
  }
  return [...groups.values()];
}

/**
 * A plan nobody has filled in yet: a fresh template whose cells still hold their prompts. Its only points
 * are "to complete" ones (or it has no row text at all), so a score would mean nothing.
 */
export function isNotFilledIn(report: PlanReport | undefined, read?: ReadResult): boolean {
  if (!report) return false;
  const flagged = (report as PlanReport & { notFilledIn?: boolean; unfilled?: boolean }).notFilledIn;
  if (typeof flagged === 'boolean') return flagged;
  const cells = report.tables.flatMap((t) => t.findings);
  const planTables = report.tables.filter((t) => t.layout);
  if (planTables.length === 0) return false;
  if (cells.length > 0) return cells.every((f) => f.code === 'to-complete');
  // No points at all: unfilled only when every body cell of every plan table is empty.
  return planTables.every((analysis) => {
    const rows = read?.tables.find((t) => t.index === analysis.table)?.rows ?? [];
    return rows.slice(analysis.layout?.headerRows ?? 1).every((row) => row.every((cell) => !cell.trim()));
  });
}

/** Corrections are kept by document table index; the engine numbers the tables it is given. */
function toInputIndices(overrides: TableOverride[], read: ReadResult): TableOverride[] {
  return overrides.flatMap((o) => {
    const i = read.tables.findIndex((t) => t.index === o.table);
    return i < 0 ? [] : [{ ...o, table: i }];
  });
}

/** Lets the browser paint and handle input before a long step (the progress bar stays live). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\.?$/, '.');
}

type Listener = () => void;

/**
 * The last answer of a derived value, kept while the state it came from is the same objects: the pane
 * asks for the same lists several times for one state (summary, counts, cards), and a long plan's lists
 * are worth working out once.
 */
function lastOf<T>(): (inputs: readonly unknown[], compute: () => T) => T {
  let last: { inputs: readonly unknown[]; value: T } | undefined;
  return (inputs, compute) => {
    if (last && last.inputs.length === inputs.length && last.inputs.every((x, i) => x === inputs[i])) return last.value;
    const value = compute();
    last = { inputs, value };
    return value;
  };
}

export class CheckController {
  private state: CheckState;
  private readonly listeners = new Set<Listener>();
  private readonly cellFindingsOf = lastOf<Finding[]>();
  private readonly planFindingsOf = lastOf<Finding[]>();
  private readonly groupsOf = lastOf<RowGroup[]>();
  private readonly shapesOf = lastOf<Map<number, TableShape>>();
  private readonly countsOf = lastOf<PointCounts>();

  constructor(
    private readonly document: PlanDocument,
    private readonly settingsStore: SettingsStore,
    private readonly engine: EngineApi = defaultEngine,
  ) {
    this.state = {
      status: 'idle',
      scope: 'document',
      ignored: [],
      applied: [],
      appliedRewrites: [],
      marked: false,
      settings: DEFAULT_SETTINGS,
      houseStyleErrors: [],
    };
  }

  // --- observable state (useSyncExternalStore) ---
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): CheckState => this.state;

  private update(patch: Partial<CheckState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  get rules() {
    return this.engine.rules;
  }

  /** Loads settings, capabilities and the ignored list; safe to call more than once. */
  async init(): Promise<void> {
    const [settings, capabilities, docState] = await Promise.all([
      this.settingsStore.load().catch(() => DEFAULT_SETTINGS),
      this.document.capabilities().catch(() => undefined),
      this.document.getState().catch((): DocumentState => ({ ignored: [] })),
    ]);
    this.update({
      settings,
      capabilities,
      ignored: docState.ignored,
      tableOverrides: docState.tableOverrides ?? [],
      houseStyleErrors: parseHouseStyle(this.engine, settings.houseStyleJson).errors,
    });
  }

  // --- settings ---
  async updateSettings(patch: Partial<PaneSettings>): Promise<void> {
    const settings = { ...this.state.settings, ...patch };
    this.update({ settings, houseStyleErrors: parseHouseStyle(this.engine, settings.houseStyleJson).errors });
    try {
      await this.settingsStore.save(settings);
    } catch (error) {
      this.update({
        notice: {
          intent: 'warning',
          text: `Your settings apply now but could not be saved for next time: ${describe(error)}`,
        },
      });
    }
  }

  async ignoreRule(rule: string): Promise<void> {
    if (this.state.settings.disabledRules.includes(rule)) return;
    await this.updateSettings({ disabledRules: [...this.state.settings.disabledRules, rule] });
    this.update({
      notice: { intent: 'info', text: 'That rule is switched off. You can turn it back on in Settings.' },
    });
    await this.refreshMarks();
  }

  async restoreRule(rule: string): Promise<void> {
    await this.updateSettings({ disabledRules: this.state.settings.disabledRules.filter((r) => r !== rule) });
    await this.refreshMarks();
  }

  // --- what is shown ---
  /** Findings still to deal with: not ignored, not applied, their rule switched on. Cells only. */
  cellFindings(): Finding[] {
    const { report, ignored, applied, settings } = this.state;
    if (!report) return [];
    return this.cellFindingsOf([report, ignored, applied, settings.disabledRules], () => {
      const hidden = new Set([...ignored, ...applied]);
      const off = new Set(settings.disabledRules);
      return report.tables
        .flatMap((t) => t.findings)
        .filter((f) => !hidden.has(f.id) && !off.has(f.rule))
        .sort(documentOrder);
    });
  }

  planFindings(): Finding[] {
    const { report, ignored, settings } = this.state;
    return this.planFindingsOf([report, ignored, settings.disabledRules], () => {
      const hidden = new Set(ignored);
      const off = new Set(settings.disabledRules);
      return (report?.planFindings ?? []).filter((f) => !hidden.has(f.id) && !off.has(f.rule));
    });
  }

  /** Row rewrites still to offer: not applied, and not covering a row whose points were all ignored. */
  rewrites(): RowRewrite[] {
    const { report, appliedRewrites } = this.state;
    const applied = new Set(appliedRewrites);
    return (report?.rewrites ?? []).filter((r) => !applied.has(r.id));
  }

  groups(filter: FindingFilter = NO_FILTER): RowGroup[] {
    const make = () =>
      groupByRow(
        this.cellFindings().filter((f) => matchesFilter(f, filter)),
        this.state.read,
        this.state.report,
        this.rewrites(),
      );
    const filtered = filter.letters.length + filter.severities.length > 0;
    // Unfiltered, the rows are kept for the state (summary, counts and cards ask for them).
    if (filtered) return make();
    const { report, read, appliedRewrites } = this.state;
    return this.groupsOf([this.cellFindings(), read, report, appliedRewrites], make);
  }

  shapes(): Map<number, TableShape> {
    const { report, read } = this.state;
    return this.shapesOf([report, read], () => tableShapes(report, read));
  }

  /** The one count every part of the pane shows. */
  counts(): PointCounts {
    const cells = this.cellFindings();
    const plan = this.planFindings();
    return this.countsOf([cells, plan], () => {
      const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
      for (const finding of cells) bySeverity[finding.severity] += 1;
      for (const finding of plan) bySeverity[finding.severity] += 1;
      return {
        cells: cells.length,
        rows: new Set(cells.map((f) => `${f.table}:${f.row}`)).size,
        plan: plan.length,
        total: cells.length + plan.length,
        bySeverity,
      };
    });
  }

  notFilledIn(): boolean {
    return isNotFilledIn(this.state.report, this.state.read);
  }

  reviewerSummary(): string {
    const { report, settings } = this.state;
    if (!report) return '';
    // Our own wording, from the points the user still sees, so the summary and the list agree.
    return formatReviewerSummary(report, {
      cells: this.cellFindings(),
      plan: this.planFindings(),
      groups: this.groups(),
      counts: this.counts(),
      notFilledIn: this.notFilledIn(),
      planDate: settings.planDate || undefined,
    });
  }

  // --- actions ---
  async check(scope: CheckScope = this.state.scope, quiet = false): Promise<void> {
    if (this.state.status === 'busy' && !quiet) return;
    this.update({
      status: 'busy',
      scope,
      error: undefined,
      ...(quiet ? {} : { notice: undefined }),
      progress: { label: 'Reading the plan…', value: 0.1 },
    });
    try {
      await yieldToEventLoop();
      const capabilities = this.state.capabilities ?? (await this.document.capabilities());
      const read = await this.document.readTables(scope);
      const docState = await this.document
        .getState()
        .catch((): DocumentState => ({ ignored: this.state.ignored, tableOverrides: this.state.tableOverrides }));
      // What this pane last set wins over the document's copy, in case remembering it there failed.
      const overrides = this.state.tableOverrides ?? docState.tableOverrides ?? [];
      const rows = read.tables.reduce((sum, t) => sum + t.rows.length, 0);
      this.update({
        capabilities,
        progress: {
          label: `Checking ${rows} ${rows === 1 ? 'row' : 'rows'} in ${read.tables.length} ${read.tables.length === 1 ? 'table' : 'tables'}…`,
          value: 0.4,
        },
      });
      await yieldToEventLoop();
      const settings = this.state.settings;
      const houseStyle = parseHouseStyle(this.engine, settings.houseStyleJson);
      const raw = await this.engine.checkPlan(
        read.tables.map((t) => ({ rows: t.rows, nestingLevel: t.nestingLevel })),
        {
          // No setting: the engine reads the plan's own date from the document, and only then uses today.
          planDate: settings.planDate || undefined,
          surroundingText: read.surroundingText,
          houseStyle: houseStyle.style,
          disabledRules: settings.disabledRules,
          tableOverrides: toInputIndices(overrides, read),
        },
      );
      const report = this.toDocumentIndices(raw, read);
      this.update({
        status: 'done',
        read,
        report,
        applied: [],
        appliedRewrites: [],
        ignored: docState.ignored,
        tableOverrides: overrides,
        houseStyleErrors: houseStyle.errors,
        progress: undefined,
      });
      if (this.state.marked) await this.refreshMarks();
      else if (!quiet && settings.reviewerMode && settings.markOnCheck && this.cellFindings().length > 0)
        await this.markAll();
    } catch (error) {
      this.update({
        status: this.state.report ? 'done' : 'idle',
        progress: undefined,
        error: `The plan could not be checked: ${describe(error)} ${
          this.state.report ? 'The list below is from your last check.' : ''
        } You can try again; your document has not been changed.`.replace(/\s+/g, ' '),
      });
    }
  }

  /** The engine numbers tables by their place in what it was given; the document numbers all its tables. */
  private toDocumentIndices(report: PlanReport, read: ReadResult): PlanReport {
    const documentIndex = (i: number) => (i < 0 ? i : (read.tables[i]?.index ?? i));
    return {
      ...report,
      tables: report.tables.map((analysis) => ({
        ...analysis,
        table: documentIndex(analysis.table),
        findings: analysis.findings.map((f) => ({ ...f, table: documentIndex(f.table) })),
      })),
      ...(report.rewrites ? { rewrites: report.rewrites.map((r) => ({ ...r, table: documentIndex(r.table) })) } : {}),
    };
  }

  /**
   * The user's correction of how one table is read (by its document index), or null to let the checker
   * decide again. Remembered in the document, then the plan is checked again.
   */
  async setTableReading(table: number, override: Omit<TableOverride, 'table'> | null): Promise<void> {
    const others = (this.state.tableOverrides ?? []).filter((o) => o.table !== table);
    const tableOverrides = override ? [...others, { ...override, table }].sort((a, b) => a.table - b.table) : others;
    this.update({ tableOverrides });
    try {
      const saved = await this.document.getState();
      await this.document.setState({ ...saved, tableOverrides });
    } catch (error) {
      this.update({
        notice: {
          intent: 'warning',
          text: `The table is read your way for now, but this could not be remembered in the document: ${describe(error)}`,
        },
      });
    }
    await this.check(this.state.scope, true);
  }

  async select(finding: Finding): Promise<void> {
    try {
      await this.document.select(finding);
    } catch (error) {
      this.update({
        notice: {
          intent: 'warning',
          text: `Those words could not be found, perhaps because the row was edited: ${describe(error)} Check again to refresh the list.`,
        },
      });
    }
  }

  async apply(finding: Finding, text: string): Promise<void> {
    const tracked = this.state.settings.reviewerMode && Boolean(this.state.capabilities?.trackedChanges);
    try {
      await this.document.applySuggestion(finding, text, { tracked });
      this.update({
        applied: [...this.state.applied, finding.id],
        notice: {
          intent: 'success',
          text: tracked ? 'Rewrite added as a tracked change the author can accept or reject.' : 'Rewrite applied.',
        },
      });
      // Other findings in the same cell have moved: a quiet re-check keeps every Go to and Apply exact.
      await this.check(this.state.scope, true);
      if (
        this.state.settings.reviewerMode &&
        !tracked &&
        this.state.capabilities &&
        !this.state.capabilities.trackedChanges
      ) {
        this.update({
          notice: {
            intent: 'warning',
            text: 'Rewrite applied, but not as a tracked change: this version of Word cannot track our changes.',
          },
        });
      }
    } catch (error) {
      this.update({
        notice: {
          intent: 'error',
          text: `The rewrite could not be applied: ${describe(error)} Check the cell before trying again; you can also edit it yourself.`,
        },
      });
    }
  }

  /**
   * Writes a row rewrite with the cells as the user edited them. Refused, with the reason, while a gap is
   * left; the other rows' points and marks stay as they are.
   */
  async applyRewrite(rewrite: RowRewrite, edited: Record<number, string> = {}): Promise<void> {
    const cells = rewrite.cells.map((cell) => ({ ...cell, after: edited[cell.column] ?? cell.after }));
    const gaps = cells.reduce((sum, cell) => sum + findGaps(cell.after).length, 0);
    if (gaps > 0) {
      this.update({ notice: { intent: 'warning', text: gapReason(gaps) } });
      return;
    }
    const tracked = this.state.settings.reviewerMode && Boolean(this.state.capabilities?.trackedChanges);
    try {
      await this.document.applyRewrite({ ...rewrite, cells }, { tracked });
      this.update({
        applied: [...this.state.applied, ...rewrite.resolves],
        appliedRewrites: [...this.state.appliedRewrites, rewrite.id],
        notice: {
          intent: 'success',
          text: tracked
            ? 'The row is rewritten as tracked changes the author can accept or reject.'
            : 'The row is rewritten.',
        },
      });
      await this.check(this.state.scope, true);
    } catch (error) {
      this.update({
        notice: {
          intent: 'error',
          text: `The row could not be rewritten: ${describe(error)} Check the row before trying again; you can also edit the cells yourself.`,
        },
      });
    }
  }

  async ignore(finding: Finding): Promise<void> {
    const ignored = [...new Set([...this.state.ignored, finding.id])];
    this.update({ ignored });
    try {
      const saved = await this.document.getState();
      await this.document.setState({ ...saved, ignored: [...new Set([...saved.ignored, finding.id])] });
    } catch (error) {
      this.update({
        notice: {
          intent: 'warning',
          text: `Hidden for now, but it could not be remembered in the document: ${describe(error)}`,
        },
      });
    }
    await this.refreshMarks();
  }

  async forgetIgnored(): Promise<void> {
    this.update({ ignored: [] });
    try {
      const saved = await this.document.getState();
      await this.document.setState({ ...saved, ignored: [] });
    } catch (error) {
      this.update({ notice: { intent: 'warning', text: `The document could not be updated: ${describe(error)}` } });
    }
    await this.refreshMarks();
  }

  /** What goes into the document: every cell's points and the plan-level ones (as a comment on the first table). */
  private markedFindings(): Finding[] {
    return [...this.cellFindings(), ...this.planFindings()];
  }

  async markAll(): Promise<void> {
    const capabilities = this.state.capabilities;
    const comments = capabilities?.comments ?? false;
    try {
      const result = await this.document.mark(this.markedFindings(), {
        comments,
        author: this.state.settings.authorName || undefined,
      });
      const parts = [`Marked ${result.highlighted} ${result.highlighted === 1 ? 'place' : 'places'} in the document`];
      if (comments) parts.push(`with ${result.commented} ${result.commented === 1 ? 'comment' : 'comments'}`);
      let text = `${parts.join(' ')}.`;
      if (!comments) text += ' Comments are not available here, so only highlights were added.';
      if (result.notFound.length > 0)
        text += ` ${result.notFound.length} could not be found because the text has changed; check again to refresh.`;
      this.update({ marked: true, notice: { intent: 'success', text } });
    } catch (error) {
      this.update({
        notice: {
          intent: 'error',
          text: `The marks could not be added: ${describe(error)} The list here still works.`,
        },
      });
    }
  }

  async clearMarks(): Promise<void> {
    try {
      const removed = await this.document.clearMarks();
      this.update({
        marked: false,
        notice: {
          intent: 'success',
          text:
            removed === 0
              ? 'There were no marks of ours to remove.'
              : `Removed ${removed} ${removed === 1 ? 'mark' : 'marks'}. Your own highlights and comments are untouched.`,
        },
      });
    } catch (error) {
      this.update({ notice: { intent: 'error', text: `The marks could not be removed: ${describe(error)}` } });
    }
  }

  /** After an ignore or a rule switched off, the document's marks follow the list. */
  private async refreshMarks(): Promise<void> {
    if (!this.state.marked) return;
    try {
      await this.document.mark(this.markedFindings(), {
        comments: this.state.capabilities?.comments ?? false,
        author: this.state.settings.authorName || undefined,
      });
    } catch {
      // The list is right; the marks catch up at the next "Mark all".
    }
  }

  async insertSummary(): Promise<void> {
    const text = this.reviewerSummary();
    if (!text) return;
    try {
      // In reviewer mode the summary is the supervisor's own tracked insertion, like their rewrites.
      const tracked = this.state.settings.reviewerMode && (this.state.capabilities?.trackedChanges ?? false);
      await this.document.insertSummary(text, { tracked });
      this.update({ notice: { intent: 'success', text: 'The summary is at the top of the plan.' } });
    } catch (error) {
      this.update({
        notice: {
          intent: 'error',
          text: `The summary could not be inserted: ${describe(error)} You can still copy it.`,
        },
      });
    }
  }

  dismissNotice(): void {
    this.update({ notice: undefined, error: undefined });
  }

  setNotice(notice: Notice): void {
    this.update({ notice });
  }
}
