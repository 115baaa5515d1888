// The Word gateway: the only code that touches Office.js. A whole check costs a fixed number of
// context.sync() round trips however big the plan: one to read every table, and two to mark (every
// lookup queued before the first, every write before the second), so a failed lookup writes nothing.
import { applyRewriteBySuggestions } from '../document/applyRewrite';
import type { RowRewrite } from '../engine/rewrite/types';
import type {
  ApplyOptions,
  CheckScope,
  DocumentCapabilities,
  DocumentState,
  MarkOptions,
  MarkResult,
  PlanDocument,
  ReadResult,
} from '../document/PlanDocument';
import type { Finding, PlanTableSpec, Severity } from '../engine/types';
import { COMMENT_TAG, commentLines, commentTag } from '../document/commentText';
import { wordCapabilities, type IsSetSupported } from './capabilities';
import { readTableOverrides } from '../document/tableOverrides';

/** The Office.js objects we use, injected so that tests can give a fake Word. */
export interface WordHost {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported: IsSetSupported;
  settings: Pick<Office.Settings, 'get' | 'set' | 'saveAsync'>;
}

export function officeHost(): WordHost {
  return {
    run: (batch) => Word.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: Office.context.document.settings,
  };
}

/** The brief's name for the real Office host. */
export const defaultHost = officeHost;

/** Colours from Word's own highlight palette (others are rounded by Word), the same as the .docx marks use. */
export const HIGHLIGHT: Record<Severity, string> = { error: '#FF0000', warning: '#FFFF00', info: '#00FFFF' };
/** Word may report a highlight by its palette name rather than the hex we set. */
const PALETTE: Record<string, string> = { RED: '#FF0000', YELLOW: '#FFFF00', TURQUOISE: '#00FFFF', CYAN: '#00FFFF' };

function colourKey(colour: string | null | undefined): string {
  const upper = (colour ?? '').toUpperCase();
  return PALETTE[upper] ?? upper;
}

function isOurs(colour: string | null | undefined, ours: string): boolean {
  return colourKey(colour) === colourKey(ours);
}
const PLAN_LEVEL =
  'This point is about the plan as a whole, not words in a table, so it cannot be changed for you. Please add it in the document.';
const MARKS_SETTING = 'smartPlanMarks';
const STATE_SETTING = 'smartPlanState';
/** Word's search takes at most 255 characters: longer quotes are found by their two ends. */
const SEARCH_LIMIT = 200;

/** What we wrote, kept in the document's settings so that re-checking and clearing touch only our marks. */
interface MarkRecord {
  id: string;
  table: number;
  row: number;
  column: number;
  quote: string;
  occurrence: number;
  colour: string;
  /** The user's own highlight on those words before we marked them (null: none). */
  previous: string | null;
}

/** A range found in a cell, with the highlight it had when we looked. */
interface Found {
  range: Word.Range;
  highlight: string | null;
}

function occurrenceOf(cellText: string, quote: string, start: number): number {
  let count = 0;
  for (let at = cellText.indexOf(quote); at >= 0 && at < start; at = cellText.indexOf(quote, at + 1)) count++;
  return count;
}

function searchable(text: string): string {
  return text.replace(/\^/g, '^^');
}

function plainMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/AccessDenied|protected|read-only|readonly/i.test(text)) {
    return 'Word did not let the add-in change this document: it may be protected or opened read-only. Nothing was changed.';
  }
  if (/ItemNotFound/i.test(text)) {
    return 'The plan has changed since it was checked, so those words could not be found. Please check the plan again. Nothing was changed.';
  }
  return `Word could not finish: ${text}. Nothing was changed.`;
}

export class WordPlanDocument implements PlanDocument {
  private readonly host: WordHost;
  /** The cell texts from the last read, used to tell which occurrence of a repeated word a finding means. */
  private lastTables: string[][][] = [];
  /** Rewrites applied since that read, per cell, so several rewrites in one cell each find their words. */
  private edits = new Map<string, Array<{ start: number; end: number; inserted: string }>>();

  constructor(host: WordHost = defaultHost()) {
    this.host = host;
  }

  async capabilities(): Promise<DocumentCapabilities> {
    return wordCapabilities(this.host.isSetSupported);
  }

  private get canComment(): boolean {
    return this.host.isSetSupported('WordApi', '1.4');
  }

  async readTables(scope: CheckScope): Promise<ReadResult> {
    const reviewed = this.canComment;
    const result = await this.guard(() =>
      this.host.run(async (context) => {
        const body = context.document.body;
        const tables = body.tables;
        // Rows are loaded for every table in the same batch: merged-cell tables are ragged, and their
        // rows' values are the truth (never cellIndex, which fails the batch on merged cells).
        tables.load('items/values,items/rowCount,items/isUniform,items/nestingLevel,items/rows/items/values');
        const paragraphs = body.paragraphs;
        paragraphs.load('items/text,items/tableNestingLevel');
        const cursor = context.document.getSelection().parentTableOrNullObject;
        cursor.load('isNullObject,values,rowCount');
        const current = reviewed ? body.getReviewedText('Current') : undefined;
        const original = reviewed ? body.getReviewedText('Original') : undefined;
        await context.sync();

        const models = tables.items.map((table) =>
          table.isUniform ? table.values.map((row) => [...row]) : table.rows.items.map((row) => [...row.values[0]]),
        );
        // Tracked changes: read what the document says now, never deleted text (one more round trip, only then).
        if (current && original && current.value !== original.value) {
          const texts = tables.items.map((table, t) =>
            models[t].map((row, r) => row.map((_, c) => table.getCell(r, c).body.getReviewedText('Current'))),
          );
          await context.sync();
          texts.forEach((rows, t) =>
            rows.forEach((row, r) =>
              row.forEach((text, c) => (models[t][r][c] = text.value.replace(/\r/g, '\n').replace(/\n$/, ''))),
            ),
          );
        }
        const cursorIndex = cursor.isNullObject
          ? -1
          : models.findIndex(
              (rows, t) =>
                tables.items[t].rowCount === cursor.rowCount &&
                JSON.stringify(tables.items[t].values) === JSON.stringify(cursor.values),
            );
        const notes: string[] = [];
        const found = models.map((rows, index) => {
          const nestingLevel = tables.items[index].nestingLevel;
          if (nestingLevel > 1) notes.push(`Table ${index + 1} sits inside another table; it is checked on its own.`);
          return {
            index,
            rows: rows.map((row) => row.map((cell) => cell.replace(/\r/g, '\n'))),
            nestingLevel: nestingLevel - 1,
            selected: index === cursorIndex,
          };
        });
        const surrounding = paragraphs.items
          .filter((p) => p.tableNestingLevel === 0)
          .map((p) => p.text)
          .join('\n');
        return { found, notes, surrounding };
      }),
    );
    this.lastTables = result.found.map((t) => t.rows);
    this.edits.clear();
    const tables = scope === 'selection' ? result.found.filter((t) => t.selected) : result.found;
    if (result.found.length === 0)
      result.notes.push('This document has no tables yet. A plan table can be added from the Templates tab.');
    else if (scope === 'selection' && tables.length === 0)
      result.notes.push('The cursor is not in a table. Click in a plan table, or check the whole document.');
    return { tables, surroundingText: result.surrounding, notes: result.notes };
  }

  /** Runs a Word batch, turning Word's errors into a plain message (the batch itself is all or nothing). */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw new Error(plainMessage(error), { cause: error });
    }
  }

  /** Reads the tables when this session has not (or when asked), so lookups only go to cells that exist. */
  private async knowShape(again: boolean): Promise<void> {
    if (again || this.lastTables.length === 0) await this.readTables('document');
  }

  private cellExists(at: { table: number; row: number; column: number }): boolean {
    return this.lastTables[at.table]?.[at.row]?.[at.column] !== undefined;
  }

  private records(): MarkRecord[] {
    const value = this.host.settings.get(MARKS_SETTING);
    return Array.isArray(value) ? (value as MarkRecord[]) : [];
  }

  private saveSettings(): Promise<void> {
    return new Promise((resolve) => this.host.settings.saveAsync(() => resolve()));
  }

  /** Queues the search for a quote in a cell and returns a function that picks the range after the sync. */
  private findInCell(
    tables: Word.TableCollection,
    target: { table: number; row: number; column: number; quote: string; occurrence: number },
  ) {
    let table = tables.getFirst();
    for (let i = 0; i < target.table; i++) table = table.getNext();
    const cellBody = table.getCell(target.row, target.column).body;
    const quote = target.quote;
    if (!quote.trim() || /[\n\t]/.test(quote)) {
      const whole = cellBody.getRange('Content');
      whole.load('text,font/highlightColor');
      return (): Found => ({ range: whole, highlight: whole.font.highlightColor ?? null });
    }
    const head = cellBody.search(searchable(quote.slice(0, SEARCH_LIMIT)), { matchCase: true });
    head.load('items/text,items/font/highlightColor');
    const tail =
      quote.length > SEARCH_LIMIT
        ? cellBody.search(searchable(quote.slice(-SEARCH_LIMIT)), { matchCase: true })
        : undefined;
    tail?.load('items/text');
    return (): Found | undefined => {
      const start = head.items[target.occurrence];
      if (!start) return undefined;
      const highlight = start.font.highlightColor ?? null;
      if (!tail) return { range: start, highlight };
      const end = tail.items.find((_, i) => i >= target.occurrence);
      return end ? { range: start.expandTo(end), highlight } : undefined;
    };
  }

  private target(finding: Finding) {
    const known = this.lastTables[finding.table]?.[finding.row]?.[finding.column];
    // Without a read in this session we trust the quote; the first occurrence is the best guess.
    const whole =
      !finding.quote.trim() || (known !== undefined && finding.start === 0 && finding.end >= known.trimEnd().length);
    const quote = whole ? '' : finding.quote;
    const now = known === undefined ? undefined : this.afterEdits(finding, known);
    return {
      table: finding.table,
      row: finding.row,
      column: finding.column,
      quote,
      occurrence: quote && now ? occurrenceOf(now.text, quote, now.start) : 0,
    };
  }

  /** The cell's text after the rewrites applied since the read, and where the finding's words now start. */
  private afterEdits(finding: Finding, original: string): { text: string; start: number } {
    const edits = this.edits.get(cellKey(finding)) ?? [];
    let text = original;
    for (const edit of [...edits].sort((a, b) => b.start - a.start))
      text = text.slice(0, edit.start) + edit.inserted + text.slice(edit.end);
    const shift = edits
      .filter((edit) => edit.end <= finding.start)
      .reduce((sum, edit) => sum + edit.inserted.length - (edit.end - edit.start), 0);
    return { text, start: finding.start + shift };
  }

  /** Remembers a rewrite, in the read text's offsets, so later rewrites in that cell find their words. */
  private recordEdit(finding: Finding, kind: string, text: string): void {
    const original = this.lastTables[finding.table]?.[finding.row]?.[finding.column];
    if (original === undefined) return;
    const edit =
      kind === 'replace-cell'
        ? { start: 0, end: original.length, inserted: text }
        : kind === 'append'
          ? { start: original.length, end: original.length, inserted: ` ${text.trim()}` }
          : { start: finding.start, end: finding.end, inserted: text };
    const key = cellKey(finding);
    this.edits.set(key, [...(this.edits.get(key) ?? []), edit]);
  }

  async mark(findings: Finding[], options: MarkOptions): Promise<MarkResult> {
    const withComments = options.comments && this.canComment;
    await this.knowShape(false);
    // A cell that is gone (rows deleted since) would fail Word's whole batch: its old mark went with it.
    const previous = this.records().filter((record) => this.cellExists(record));
    const missing = findings.filter((f) => f.table >= 0 && !this.cellExists(f)).map((f) => f.id);
    try {
      const outcome = await this.host.run(async (context) => {
        const tables = context.document.body.tables;
        // Round trip 1: find our old marks, the new findings' words, and our old comments.
        const old = previous.map((record) => ({ record, pick: this.findInCell(tables, record) }));
        const fresh = findings
          .filter((f) => f.table >= 0 && this.cellExists(f))
          .map((finding) => ({
            finding,
            target: this.target(finding),
            pick: this.findInCell(tables, this.target(finding)),
          }));
        const comments = withComments ? context.document.body.getComments() : undefined;
        comments?.load('items/content');
        await context.sync();

        const oldRanges = old.map(({ record, pick }) => ({ record, range: pick() }));
        const freshRanges = fresh.map((entry) => ({ ...entry, range: entry.pick() }));

        // Round trip 2 (writes only): undo our old highlights, remove our old comments, write the new marks.
        for (const { record, range } of oldRanges) {
          if (range && isOurs(range.highlight, record.colour))
            range.range.font.highlightColor = record.previous as string;
        }
        const ours = (comments?.items ?? []).filter((c) => c.content.includes(COMMENT_TAG));
        // Our comment on a fault that is still there stays, so replies people wrote under it survive.
        const kept = new Map<string, Word.Comment>();
        for (const { finding, range } of freshRanges) {
          const comment = range && ours.find((c) => c.content.includes(tagOf(finding.id)));
          if (comment && !kept.has(finding.id)) kept.set(finding.id, comment);
        }
        const keptComments = new Set(kept.values());
        for (const comment of ours) if (!keptComments.has(comment)) comment.delete();
        const records: MarkRecord[] = [];
        const result: MarkResult = { highlighted: 0, commented: 0, resolved: 0, notFound: [...missing] };
        for (const { finding, target, range: found } of freshRanges) {
          if (!found) {
            result.notFound.push(finding.id);
            continue;
          }
          const colour = HIGHLIGHT[finding.severity];
          // The user's own highlight, never one of ours from the last check.
          // The user's own highlight, never one of ours from the last check: a highlight in our colour on
          // words we marked last time is ours; anywhere else it is the user's, even if it matches our colour.
          const earlier =
            oldRanges.find((o) => o.range && o.record.id === finding.id) ??
            oldRanges.find(
              (o) =>
                o.range &&
                o.record.table === target.table &&
                o.record.row === target.row &&
                o.record.column === target.column &&
                isOurs(found.highlight, o.record.colour),
            );
          const before = earlier ? earlier.record.previous : found.highlight;
          found.range.font.highlightColor = colour;
          result.highlighted++;
          records.push({ id: finding.id, ...target, colour, previous: before });
          if (withComments) {
            const text = commentText(finding);
            const existing = kept.get(finding.id);
            if (!existing) found.range.insertComment(text);
            else if (existing.content !== text) existing.content = text;
            result.commented++;
          }
        }
        await context.sync();
        result.resolved = ours.filter((c) => !fresh.some((f) => c.content.includes(tagOf(f.finding.id)))).length;
        return { result, records };
      });
      this.host.settings.set(MARKS_SETTING, outcome.records);
      await this.saveSettings();
      return outcome.result;
    } catch (error) {
      throw new Error(plainMessage(error), { cause: error });
    }
  }

  async clearMarks(): Promise<number> {
    // Read afresh: the user may have deleted rows since the check.
    await this.knowShape(true);
    const previous = this.records().filter((record) => this.cellExists(record));
    const withComments = this.canComment;
    try {
      const removed = await this.host.run(async (context) => {
        const tables = context.document.body.tables;
        const picks = previous.map((record) => ({ record, pick: this.findInCell(tables, record) }));
        const comments = withComments ? context.document.body.getComments() : undefined;
        comments?.load('items/content');
        await context.sync();
        const ranges = picks.map(({ record, pick }) => ({ record, range: pick() }));
        let count = 0;
        for (const { record, range } of ranges) {
          if (range && isOurs(range.highlight, record.colour)) {
            range.range.font.highlightColor = record.previous as string;
            count++;
          }
        }
        for (const comment of comments?.items ?? []) {
          if (comment.content.includes(COMMENT_TAG)) {
            comment.delete();
            count++;
          }
        }
        await context.sync();
        return count;
      });
      this.host.settings.set(MARKS_SETTING, []);
      await this.saveSettings();
      return removed;
    } catch (error) {
      throw new Error(plainMessage(error), { cause: error });
    }
  }

  async applyRewrite(rewrite: RowRewrite, options: ApplyOptions): Promise<void> {
    await applyRewriteBySuggestions(this, rewrite, options);
  }

  async applySuggestion(finding: Finding, text: string, options: ApplyOptions): Promise<void> {
    if (finding.table < 0) throw new Error(PLAN_LEVEL);
    const tracked = options.tracked && this.canComment;
    const kind = finding.suggestion?.kind ?? 'replace-span';
    try {
      await this.host.run(async (context) => {
        const document = context.document;
        if (tracked) document.load('changeTrackingMode');
        const tables = document.body.tables;
        let table = tables.getFirst();
        for (let i = 0; i < finding.table; i++) table = table.getNext();
        const cellBody = table.getCell(finding.row, finding.column).body;
        const pick = kind === 'replace-span' ? this.findInCell(tables, this.target(finding)) : undefined;
        const comments = this.canComment ? document.body.getComments() : undefined;
        comments?.load('items/content');
        await context.sync();
        const range = pick?.()?.range;
        if (kind === 'replace-span' && !range)
          throw new Error('the words at fault have changed since the check; check the plan again');
        const saved = tracked ? document.changeTrackingMode : undefined;
        if (tracked) document.changeTrackingMode = 'TrackAll';
        if (kind === 'replace-cell') cellBody.getRange('Content').insertText(text, 'Replace');
        else if (kind === 'append') cellBody.getRange('Content').insertText(` ${text.trim()}`, 'End');
        else range!.insertText(text, 'Replace');
        if (tracked && saved !== undefined) document.changeTrackingMode = saved;
        const comment = comments?.items.find((c) => c.content.includes(tagOf(finding.id)));
        comment?.reply(`Changed to: ${text}`);
        await context.sync();
      });
      this.recordEdit(finding, kind, text);
    } catch (error) {
      throw new Error(plainMessage(error), { cause: error });
    }
  }

  async select(finding: Finding): Promise<void> {
    if (finding.table < 0) return; // about the whole plan: there are no words to show
    const found = await this.guard(() =>
      this.host.run(async (context) => {
        const pick = this.findInCell(context.document.body.tables, this.target(finding));
        await context.sync();
        const found = pick();
        if (!found) return false;
        found.range.select();
        await context.sync();
        return true;
      }),
    );
    if (!found) throw new Error('Those words are no longer in the document. Check the plan again.');
  }

  async insertPlanTable(spec: PlanTableSpec): Promise<void> {
    try {
      await this.host.run(async (context) => {
        const selection = context.document.getSelection();
        const inTable = selection.parentTableOrNullObject;
        inTable.load('isNullObject');
        await context.sync();
        // After the table the cursor is in, so a plan is never put inside another table's cell.
        let anchor = inTable.isNullObject
          ? selection.insertParagraph('', 'After')
          : inTable.insertParagraph('', 'After');
        const title = anchor.insertParagraph(spec.title, 'Before');
        title.font.bold = true;
        title.font.size = 16;
        // The tag tells the add-in (and anyone else) that this plan came from our template.
        tagged(title.insertContentControl(), spec.tag, 'Plan title');
        for (const detail of spec.details)
          anchor.insertParagraph(
            `${detail.label}: ${detail.value ?? (detail.prompt ? `[${detail.prompt}]` : '')}`,
            'Before',
          );
        const values = [
          spec.header,
          ...spec.rows.map((row) => spec.header.map((_, c) => row[c]?.text ?? row[c]?.prompt ?? '')),
        ];
        const table = anchor.insertTable(values.length, spec.header.length, 'After', values);
        table.headerRowCount = 1;
        // Thin black borders: prints as clearly in black and white as on screen.
        table.styleBuiltIn = 'TableGrid';
        spec.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell.text || !cell.prompt) return;
            const cellBody = table.getCell(r + 1, c).body;
            const prompt = cellBody.getRange('Content');
            prompt.font.italic = true;
            prompt.font.color = '#767676';
            // A tagged content control around the prompt, so the add-in knows its own prompts. Its text
            // is the prompt itself rather than placeholderText, which Word on the web refuses to set
            // (and one refusal would fail the whole insertion).
            tagged(cellBody.insertContentControl(), spec.tag, spec.header[c] ?? 'Prompt');
          }),
        );
        if (spec.signatures?.length) {
          anchor = table.insertParagraph('Agreed and signed by:', 'After');
          anchor.font.bold = true;
          for (const who of [...spec.signatures].reverse())
            anchor.insertParagraph(`${who}: ______________________   Date: __________`, 'After');
        }
        await context.sync();
      });
    } catch (error) {
      throw new Error(plainMessage(error), { cause: error });
    }
  }

  async insertSummary(text: string): Promise<void> {
    await this.guard(() =>
      this.host.run(async (context) => {
        const lines = text.split('\n');
        const body = context.document.body;
        for (const line of [...lines].reverse()) body.insertParagraph(line, 'Start');
        await context.sync();
      }),
    );
  }

  async getState(): Promise<DocumentState> {
    const value = this.host.settings.get(STATE_SETTING) as DocumentState | null;
    const tableOverrides = readTableOverrides(value?.tableOverrides);
    return {
      ignored: Array.isArray(value?.ignored) ? value.ignored : [],
      ...(tableOverrides.length > 0 ? { tableOverrides } : {}),
    };
  }

  async setState(state: DocumentState): Promise<void> {
    this.host.settings.set(STATE_SETTING, state);
    await this.saveSettings();
  }
}

/** The last line of our comments: marks them as ours, and which finding they are about. */
const tagOf = commentTag;

function cellKey(at: { table: number; row: number; column: number }): string {
  return `${at.table}/${at.row}/${at.column}`;
}

function tagged(control: Word.ContentControl, tag: string, title: string): void {
  control.tag = tag;
  control.title = title;
}

export function commentText(finding: Finding): string {
  return commentLines(finding).join('\n');
}

export { COMMENT_TAG };
