// The Word gateway: the only code that touches Office.js. Written for Word as it is, not as we would like it:
// - a context.sync() batch is not atomic: what we are about to write is recorded (in the document's settings)
//   before it is written, and each mark leaves its own trace in the document (a hidden bookmark; a comment
//   whose text we know by its hash), so Clear finds our marks whatever happened;
// - errors are told apart by their code, never by their (localised) message;
// - highlight is per character: the user's highlight is recorded and restored run by run;
// - marks are anchored to the document (bookmarks), so they are found again after rows move;
// - one character search per cell gives every offset at once (tracked deletions cannot split it);
// - a whole check costs three round trips however big the plan: one to read, one to look, one to write.
import { GapLeftError } from '../document/applyRewrite';
import { hasGaps } from '../engine/rewrite/gaps';
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
import { COMMENT_TAG, commentBody } from '../document/commentText';
import { wordCapabilities, type IsSetSupported } from './capabilities';
import { readTableOverrides } from '../document/tableOverrides';
import { textHash, wordChange } from './textDiff';
import { toActionError, WordActionError } from './wordErrors';

export { WordActionError } from './wordErrors';

/** The Office.js objects we use, injected so that tests (and a simulator of Word) can stand in for Word. */
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

const OUR_COLOURS = new Set(Object.values(HIGHLIGHT).map(colourKey));

const PLAN_LEVEL =
  'This point is about the plan as a whole, not words in a table, so it cannot be changed for you. Please add it in the document.';
/** Document settings: what belongs to the document (our marks, the links to our comments, ignored points). */
const MARKS_SETTING = 'smartPlanMarks';
const COMMENTS_SETTING = 'smartPlanComments';
const STATE_SETTING = 'smartPlanState';
/** Hidden bookmarks (a leading underscore hides them from the user's Bookmark list). */
const BOOKMARK_PREFIX = '_SPC';

/** One run of the user's own highlight under our mark, relative to the mark's start. */
interface Run {
  offset: number;
  length: number;
  colour: string | null;
}

/** What we wrote, kept in the document's settings: ids, places and hashes, never the plan's words. */
interface MarkRecord {
  id: string;
  /** The hidden bookmark round the marked words (WordApi 1.4). */
  bookmark?: string;
  table: number;
  row: number;
  column: number;
  start: number;
  length: number;
  /** Hash of the marked words, to know them again without keeping them. */
  hash: string;
  colour: string;
  /** The user's own highlight on those words before we marked them, run by run. */
  runs: Run[];
  /** Written by versions before bookmarks: the words themselves (read once, then dropped). */
  quote?: string;
  occurrence?: number;
  previous?: string | null;
}

/** The hidden link between one of our comments and its finding. */
interface CommentLink {
  finding: string;
  /** Word's comment id, once known (after the write). */
  comment?: string;
  /** Hash of the comment's text: how a comment written in a batch that failed is still known as ours. */
  hash: string;
}

/** A cell's characters, from one wildcard search: every offset of the current text has its own range. */
interface CellChars {
  /**
   * Set when Word did not answer the search character by character (a Word, or a stand-in for it, that does
   * not honour wildcards): spans are then found by searching for their words, one more round trip.
   */
  literal?: {
    source: Source;
    ranges: Map<string, Word.Range | undefined>;
    colours: Map<string, string | null>;
  };
  items: Word.Range[];
  /** For each offset of `text`, the index of its character range (-1: a paragraph mark, no range). */
  map: number[];
  text: string;
  colours: Array<string | null>;
}

type Place = { table: number; row: number; column: number };

function cellKey(at: Place): string {
  return `${at.table}/${at.row}/${at.column}`;
}

/** Lines up the characters Word found with the text we read; characters of tracked deletions are skipped. */
function alignChars(
  found: Word.RangeCollection,
  expected: string | undefined,
  deleted = 0,
  source?: Source,
): CellChars {
  source ??= SOURCES.get(found);
  const items = found.items;
  const texts = items.map((item) => item.text);
  const visible = (expected ?? '').replace(/[\r\n]/g, '');
  const unanswered = items.length === 0 && (visible.length > 0 || source?.kind === 'mark');
  if (source && (texts.some((t) => t.length !== 1) || unanswered)) {
    const text = expected ?? '';
    return {
      literal: { source, ranges: new Map(), colours: new Map() },
      items: [],
      map: [...text].map(() => -1),
      text,
      colours: [...text].map(() => null),
    };
  }
  const colours = items.map((item) => item.font.highlightColor || null);
  if (expected !== undefined) {
    const map: number[] = [];
    let j = 0;
    let skipped = 0;
    for (let i = 0; i < items.length; i++) {
      while (j < expected.length && /[\r\n]/.test(expected[j])) map[j++] = -1;
      if (j < expected.length && texts[i] === expected[j]) map[j++] = i;
      else skipped++;
    }
    while (j < expected.length && /[\r\n]/.test(expected[j])) map[j++] = -1;
    // Only as many characters are skipped as the read found deleted (none where Word's search leaves
    // deleted text out): anything else is an edit since the read.
    if (j === expected.length && (skipped === deleted || skipped === 0))
      return { items, map, text: expected, colours: map.map((i) => (i < 0 ? null : colours[i])) };
  }
  // Edited since the read: take the characters as Word gives them.
  return { items, map: texts.map((_, i) => i), text: texts.join(''), colours };
}

/** The range over [start, end) of a cell's characters. */
function spanRange(cell: CellChars, start: number, end: number): Word.Range | undefined {
  if (cell.literal) return cell.literal.ranges.get(`${start}:${end}`);
  const indices = cell.map.slice(start, end).filter((i) => i >= 0);
  if (indices.length === 0) return undefined;
  const first = cell.items[indices[0]];
  return indices.length === 1 ? first : first.expandTo(cell.items[indices[indices.length - 1]]);
}

/** A cell's body, or the range of one of our marks (its bookmark). */
type Source = { kind: 'cell'; body: Word.Body } | { kind: 'mark'; range: Word.Range };

/** Where each character search was made, for the cells Word did not answer character by character. */
const SOURCES = new WeakMap<Word.RangeCollection, Source>();

/** Word's search takes at most 255 characters: longer words are found by their two ends. */
const SEARCH_LIMIT = 200;

function searchable(text: string): string {
  return text.replace(/\^/g, '^^');
}

/**
 * For a cell whose characters Word did not give one by one: queues a search for the words of [start, end)
 * (the right occurrence of them), and returns what to do once the batch has answered.
 */
function queueSpan(cell: CellChars, start: number, end: number): (() => void) | undefined {
  const literal = cell.literal;
  const key = `${start}:${end}`;
  if (!literal || literal.ranges.has(key) || start < 0 || end <= start || end > cell.text.length) return undefined;
  const words = cell.text.slice(start, end);
  literal.ranges.set(key, undefined);
  if (/[\r\n\t]/.test(words) || (start === 0 && end >= cell.text.trimEnd().length)) {
    const whole = literal.source.kind === 'cell' ? literal.source.body.getRange('Content') : literal.source.range;
    whole.load('font/highlightColor');
    return () => {
      literal.ranges.set(key, whole);
      literal.colours.set(key, whole.font.highlightColor || null);
    };
  }
  const occurrence = occurrences(cell.text, words).indexOf(start);
  if (occurrence < 0) return undefined;
  const within = literal.source.kind === 'cell' ? literal.source.body : literal.source.range;
  const head = within.search(searchable(words.slice(0, SEARCH_LIMIT)), { matchCase: true });
  head.load('items/font/highlightColor');
  const tail =
    words.length > SEARCH_LIMIT
      ? within.search(searchable(words.slice(-SEARCH_LIMIT)), { matchCase: true })
      : undefined;
  tail?.load('items');
  return () => {
    const first = head.items[occurrence];
    const last = tail ? tail.items.find((_, i) => i >= occurrence) : first;
    if (!first || !last) return;
    literal.ranges.set(key, tail ? first.expandTo(last) : first);
    literal.colours.set(key, first.font.highlightColor || null);
  };
}

/** Queues the spans, syncs once if any were needed, and fills them in. */
async function resolveSpans(context: Word.RequestContext, wanted: Array<[CellChars, number, number]>): Promise<void> {
  const pickers = wanted.flatMap(([cell, start, end]) => queueSpan(cell, start, end) ?? []);
  if (pickers.length === 0) return;
  await context.sync();
  for (const pick of pickers) pick();
}

/**
 * The user's highlight over [start, end), as runs; `underOurs` gives the user's colour where one of our
 * marks (being taken off in the same batch) covers the character now.
 */
function runsOf(
  cell: CellChars,
  start: number,
  end: number,
  underOurs?: (at: number) => string | null | undefined,
): Run[] {
  const runs: Run[] = [];
  for (let at = start; at < end; at++) {
    if (cell.map[at] < 0) continue;
    const theirs = underOurs?.(at);
    const colour = theirs === undefined ? cell.colours[at] : theirs;
    const last = runs[runs.length - 1];
    if (last && last.colour === colour && last.offset + last.length === at - start) last.length++;
    else runs.push({ offset: at - start, length: 1, colour });
  }
  return runs;
}

/** Queues the writes that put the user's own highlight back, run by run. */
function restoreRuns(cell: CellChars, start: number, runs: Run[]): void {
  if (cell.literal) {
    // Without characters: one colour back over the whole mark (the first run's, the user's most likely).
    const whole = runs.reduce((end, run) => Math.max(end, run.offset + run.length), 0);
    const range =
      cell.literal.source.kind === 'cell' ? spanRange(cell, start, start + whole) : cell.literal.source.range;
    if (range) range.font.highlightColor = (runs[0]?.colour ?? null) as string;
    return;
  }
  for (const run of runs) {
    const range = spanRange(cell, start + run.offset, start + run.offset + run.length);
    if (range) range.font.highlightColor = run.colour as string; // null removes the highlight
  }
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0 && quote; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** Where a mark recorded without a bookmark is now in its cell (older records name their words). */
function locateRecord(cell: CellChars, record: MarkRecord): { start: number; runs: Run[] } | undefined {
  if (record.quote !== undefined) {
    const at = record.quote ? occurrences(cell.text, record.quote)[record.occurrence ?? 0] : 0;
    if (at === undefined) return undefined;
    const length = record.quote ? record.quote.length : cell.text.length;
    return { start: at, runs: record.runs ?? [{ offset: 0, length, colour: record.previous ?? null }] };
  }
  if (textHash(cell.text.slice(record.start, record.start + record.length)) !== record.hash) return undefined;
  return { start: record.start, runs: record.runs };
}

function bookmarkName(findingId: string): string {
  return `${BOOKMARK_PREFIX}${textHash(findingId)}${textHash(`${findingId}#`)}`.slice(0, 40);
}

export class WordPlanDocument implements PlanDocument {
  private readonly host: WordHost;
  /** The cell texts (current text, tracked deletions left out) from the last read. */
  private lastTables: string[][][] = [];
  private lastNesting: number[] = [];
  /** Per cell, how many characters of tracked deletions Word's searches will show (from the last read). */
  private lastDeleted = new Map<string, number>();
  /** Our hidden bookmarks found in the document at the last read. */
  private bookmarksPresent = new Set<string>();
  /** Rewrites applied since that read, per cell, so several rewrites in one cell each find their words. */
  private edits = new Map<string, Array<{ start: number; end: number; inserted: string }>>();

  constructor(host: WordHost = defaultHost()) {
    this.host = host;
  }

  async capabilities(): Promise<DocumentCapabilities> {
    return wordCapabilities(this.host.isSetSupported);
  }

  private get api14(): boolean {
    return this.host.isSetSupported('WordApi', '1.4');
  }

  private get api16(): boolean {
    return this.host.isSetSupported('WordApi', '1.6');
  }

  // ---------------------------------------------------------------- reading

  async readTables(scope: CheckScope): Promise<ReadResult> {
    let result;
    try {
      result = await this.host.run((context) => this.readBatch(context, true));
    } catch (error) {
      // Word fails the whole batch when cellIndex meets a vertically merged cell (office-js #3200):
      // read again from the table's grid of values, which keeps the columns in place.
      if ((error as { code?: string }).code !== 'GeneralException') throw toActionError(error, 'Nothing was changed.');
      try {
        result = await this.host.run((context) => this.readBatch(context, false));
      } catch (again) {
        throw toActionError(again, 'Nothing was changed.');
      }
    }
    this.lastTables = result.found.map((t) => t.rows);
    this.lastNesting = result.found.map((t) => t.nestingLevel);
    this.bookmarksPresent = new Set(result.bookmarks);
    this.lastDeleted = result.deleted;
    this.edits.clear();
    const tables = scope === 'selection' ? result.found.filter((t) => t.selected) : result.found;
    if (result.found.length === 0)
      result.notes.push('This document has no tables yet. A plan table can be added from the Templates tab.');
    else if (scope === 'selection' && tables.length === 0)
      result.notes.push('The cursor is not in a table. Click in a plan table, or check the whole document.');
    return { tables, surroundingText: result.surrounding, notes: result.notes };
  }

  private async readBatch(context: Word.RequestContext, byCell: boolean) {
    const body = context.document.body;
    const tables = body.tables;
    // Cell by cell with each cell's row and index, so a vertically merged cell never shifts the cells after it.
    tables.load(
      byCell
        ? 'items/values,items/rowCount,items/isUniform,items/nestingLevel,items/rows/items/cells/items/rowIndex,items/rows/items/cells/items/cellIndex,items/rows/items/cells/items/value'
        : 'items/values,items/rowCount,items/isUniform,items/nestingLevel',
    );
    const paragraphs = body.paragraphs;
    paragraphs.load('items/text,items/tableNestingLevel');
    const cursor = context.document.getSelection().parentTableOrNullObject;
    cursor.load('isNullObject,values,rowCount');
    // Tracked changes: Word's values include deleted words. Their texts come with the tables (WordApi 1.6);
    // on older Word one reviewed text of the whole body tells whether there are any.
    const tracked = this.api16 ? body.getTrackedChanges() : undefined;
    tracked?.load('items/type,items/text');
    const bodyText = !tracked && this.api14 ? body.getRange('Whole') : undefined;
    bodyText?.load('text');
    const current = bodyText ? body.getReviewedText('Current') : undefined;
    const bookmarks = this.api14 ? body.getRange('Whole').getBookmarks(true, false) : undefined;
    await context.sync();

    const models = tables.items.map((table) => {
      if (table.isUniform || !byCell) return table.values.map((row) => [...row]);
      const width = Math.max(0, ...table.values.map((row) => row.length));
      const grid = table.values.map(() => Array<string>(width).fill(''));
      for (const row of table.rows.items)
        for (const cell of row.cells.items) {
          if (!grid[cell.rowIndex]) grid[cell.rowIndex] = [];
          grid[cell.rowIndex][cell.cellIndex] = cell.value;
        }
      // Trailing empty cells that no row has are not part of the row.
      return grid.map((row, r) => {
        const own = table.rows.items[r]?.cells.items ?? [];
        const last = Math.max(-1, ...own.map((c) => c.cellIndex));
        return row.slice(0, Math.max(last + 1, own.length)).map((v) => v ?? '');
      });
    });

    const raw = models.map((rows) => rows.map((row) => [...row]));
    // Deleted words: strip each from the one cell that holds it, when only one place does; otherwise ask
    // Word for those cells' current text (one more round trip, and only for them).
    const deletions = (tracked?.items ?? []).filter((c) => c.type === 'Deleted').map((c) => c.text);
    const unsure = new Set<string>();
    const anyDeleted =
      deletions.length > 0 ||
      (current !== undefined &&
        bodyText !== undefined &&
        current.value.replace(/\s/g, '').length < bodyText.text.replace(/\s/g, '').length);
    if (deletions.length > 0) {
      const outside = paragraphs.items.filter((p) => p.tableNestingLevel === 0).map((p) => p.text);
      for (const deleted of deletions) {
        const places: Array<[number, number, number]> = [];
        models.forEach((rows, t) =>
          rows.forEach((row, r) =>
            row.forEach((text, c) => occurrences(text, deleted).forEach(() => places.push([t, r, c]))),
          ),
        );
        const elsewhere = outside.some((text) => text.includes(deleted));
        if (places.length === 1 && !elsewhere) {
          const [t, r, c] = places[0];
          models[t][r][c] = models[t][r][c].replace(deleted, '');
        } else if (places.length > 0) for (const [t, r, c] of places) unsure.add(`${t}/${r}/${c}`);
        else models.forEach((rows, t) => rows.forEach((row, r) => row.forEach((_, c) => unsure.add(`${t}/${r}/${c}`))));
      }
    } else if (anyDeleted) {
      models.forEach((rows, t) => rows.forEach((row, r) => row.forEach((_, c) => unsure.add(`${t}/${r}/${c}`))));
    }
    if (unsure.size > 0) {
      const first = tables.items;
      // Only cells that exist and hold text: a merged-away grid position has no cell to ask.
      const texts = [...unsure]
        .filter((key) => {
          const [t, r, c] = key.split('/').map(Number);
          return raw[t]?.[r]?.[c];
        })
        .map((key) => {
          const [t, r, c] = key.split('/').map(Number);
          return { t, r, c, value: first[t].getCell(r, c).body.getReviewedText('Current') };
        });
      await context.sync();
      for (const { t, r, c, value } of texts) models[t][r][c] = value.value.replace(/\r/g, '\n').replace(/\n$/, '');
    }

    const cursorIndex = cursor.isNullObject
      ? -1
      : models.findIndex(
          (_, t) =>
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
    if (!byCell && tables.items.some((t) => !t.isUniform))
      notes.push('A table has merged cells; its columns were read from the table grid.');
    const surrounding = paragraphs.items
      .filter((p) => p.tableNestingLevel === 0)
      .map((p) => p.text)
      .join('\n');
    const ours = (bookmarks?.value ?? []).filter((name) => name.startsWith(BOOKMARK_PREFIX));
    const visible = (text: string) => text.replace(/[\r\n]/g, '').length;
    const deleted = new Map<string, number>();
    raw.forEach((rows, table) =>
      rows.forEach((row, r) =>
        row.forEach((text, column) => {
          const count = visible(text) - visible(models[table][r][column]);
          if (count > 0) deleted.set(cellKey({ table, row: r, column }), count);
        }),
      ),
    );
    return { found, notes, surrounding, bookmarks: ours, deleted };
  }

  /** Reads the tables when this session has not (or when asked), so lookups only go to cells that exist. */
  private async knowShape(again: boolean): Promise<void> {
    if (again || this.lastTables.length === 0) await this.readTables('document');
  }

  /** A cell's characters lined up with the text last read. */
  private align(found: Word.RangeCollection, at: Place): CellChars {
    return alignChars(found, this.lastTables[at.table]?.[at.row]?.[at.column], this.lastDeleted.get(cellKey(at)) ?? 0);
  }

  private cellExists(at: Place): boolean {
    return this.lastTables[at.table]?.[at.row]?.[at.column] !== undefined;
  }

  // ---------------------------------------------------------------- settings of the document

  private records(): MarkRecord[] {
    const value = this.host.settings.get(MARKS_SETTING);
    return Array.isArray(value) ? (value as MarkRecord[]) : [];
  }

  private links(): CommentLink[] {
    const value = this.host.settings.get(COMMENTS_SETTING);
    return Array.isArray(value) ? (value as CommentLink[]) : [];
  }

  /** Stores the document's settings; rejects with plain words when Word could not save them. */
  private saveSettings(): Promise<void> {
    return new Promise((resolve, reject) =>
      this.host.settings.saveAsync((result) =>
        !result || (result.status as unknown) !== 'failed'
          ? resolve()
          : reject(
              new WordActionError(
                'Word could not save the add-in’s notes in this document (it may be read-only). They hold until the document is closed.',
                'SaveFailed',
              ),
            ),
      ),
    );
  }

  /** Saves, but a failure to save must not stop what follows: the settings hold in memory for this session. */
  private async trySave(): Promise<boolean> {
    try {
      await this.saveSettings();
      return true;
    } catch {
      return false;
    }
  }

  // ---------------------------------------------------------------- finding words

  /** Table proxies by index, walked once per batch. */
  private tableAt(context: Word.RequestContext, cache: Map<number, Word.Table>, index: number): Word.Table {
    let known = cache.get(index);
    if (known) return known;
    let at = index;
    while (at > 0 && !cache.has(at)) at--;
    known = cache.get(at) ?? context.document.body.tables.getFirst();
    cache.set(at, known);
    for (let i = at + 1; i <= index; i++) {
      known = known.getNext();
      cache.set(i, known);
    }
    return known;
  }

  private cellBody(context: Word.RequestContext, cache: Map<number, Word.Table>, at: Place): Word.Body {
    return this.tableAt(context, cache, at.table).getCell(at.row, at.column).body;
  }

  /** One wildcard search per cell: every character with its highlight. */
  private queueChars(body: Word.Body | Word.Range, kind: 'cell' | 'mark' = 'cell'): Word.RangeCollection {
    const found = body.search('?', { matchWildcards: true });
    SOURCES.set(found, kind === 'cell' ? { kind, body: body as Word.Body } : { kind, range: body as Word.Range });
    found.load('items/text,items/font/highlightColor');
    return found;
  }

  /** Where the finding's words are now in the cell, or undefined when they are gone. */
  private locate(cell: CellChars, finding: Finding): { start: number; end: number } | undefined {
    const known = this.lastTables[finding.table]?.[finding.row]?.[finding.column];
    const whole =
      !finding.quote.trim() || (known !== undefined && finding.start <= 0 && finding.end >= known.trimEnd().length);
    if (whole) return cell.text.trim() ? { start: 0, end: cell.text.trimEnd().length } : undefined;
    const expected = known === undefined ? finding.start : this.afterEdits(finding).start;
    if (cell.text.slice(expected, expected + finding.quote.length) === finding.quote)
      return { start: expected, end: expected + finding.quote.length };
    const candidates = occurrences(cell.text, finding.quote);
    if (candidates.length === 0) return undefined;
    const nearest = candidates.reduce((best, at) => (Math.abs(at - expected) < Math.abs(best - expected) ? at : best));
    return { start: nearest, end: nearest + finding.quote.length };
  }

  /** Where the finding's words now start after the rewrites applied since the read. */
  private afterEdits(finding: Finding): { start: number } {
    const edits = this.edits.get(cellKey(finding)) ?? [];
    const shift = edits
      .filter((edit) => edit.end <= finding.start)
      .reduce((sum, edit) => sum + edit.inserted.length - (edit.end - edit.start), 0);
    return { start: finding.start + shift };
  }

  /** Remembers a rewrite, in the read text's offsets, so later rewrites in that cell find their words. */
  private recordEdit(at: Place, edit: { start: number; end: number; inserted: string }): void {
    const key = cellKey(at);
    this.edits.set(key, [...(this.edits.get(key) ?? []), edit]);
  }

  /** The table plan-level points are written on: the first table that has findings, or the first one. */
  private planTable(findings: Finding[]): number {
    const tables = findings.filter((f) => f.table >= 0).map((f) => f.table);
    if (tables.length > 0) return Math.min(...tables);
    const first = this.lastTables.findIndex((rows, t) => rows.length > 1 && (this.lastNesting[t] ?? 0) === 0);
    return first >= 0 ? first : this.lastTables.length > 0 ? 0 : -1;
  }

  // ---------------------------------------------------------------- marking

  async mark(findings: Finding[], options: MarkOptions): Promise<MarkResult> {
    const withComments = options.comments && this.api14;
    const anchored = this.api14;
    await this.knowShape(false);
    const previous = this.records();
    const oldLinks = this.links();
    const planTable = this.planTable(findings);
    const notFound: string[] = [];
    const inCells: Finding[] = [];
    const planLevel: Finding[] = [];
    for (const finding of findings) {
      if (finding.table < 0) {
        if (withComments && planTable >= 0 && this.cellExists({ table: planTable, row: 0, column: 0 }))
          planLevel.push(finding);
      } else if (this.cellExists(finding)) inCells.push(finding);
      else notFound.push(finding.id);
    }
    const wanted = new Set(findings.map((f) => f.id));
    let plannedHighlights = 0;
    let plannedComments = 0;
    const newRecords: MarkRecord[] = [];
    const newLinks: CommentLink[] = [];
    const inserted: Array<{ finding: string; hash: string; comment: Word.Comment }> = [];

    try {
      return await this.host.run(async (context) => {
        const cache = new Map<number, Word.Table>();
        // Round trip 1: every cell's characters (one search per cell), our old marks, the comments.
        const cells = new Map<string, { at: Place; found: Word.RangeCollection }>();
        const queueCell = (at: Place) => {
          const key = cellKey(at);
          if (!cells.has(key)) cells.set(key, { at, found: this.queueChars(this.cellBody(context, cache, at)) });
        };
        // Old marks still wanted keep their bookmark: no search. Old marks going away need their characters
        // only where the user's highlight under them was mixed; otherwise one colour goes back on the bookmark.
        const keptIds = new Set(
          previous
            .filter((r) => r.bookmark && this.bookmarksPresent.has(r.bookmark) && wanted.has(r.id))
            .map((r) => r.id),
        );
        for (const finding of inCells) if (!keptIds.has(finding.id)) queueCell(finding);
        const old = previous.map((record) => {
          if (record.bookmark && this.bookmarksPresent.has(record.bookmark)) {
            const mixed = !keptIds.has(record.id) && record.runs.length > 1;
            return {
              record,
              found: mixed ? this.queueChars(context.document.getBookmarkRange(record.bookmark), 'mark') : undefined,
            };
          }
          if (!record.bookmark && this.cellExists(record)) queueCell(record);
          return { record, found: undefined };
        });
        const strays = [...this.bookmarksPresent]
          .filter((name) => !previous.some((r) => r.bookmark === name))
          .map((name) => ({ name, found: this.queueChars(context.document.getBookmarkRange(name), 'mark') }));
        const comments = this.api14 ? context.document.body.getComments() : undefined;
        comments?.load('items/id,items/content,items/resolved,items/replies/items/id');
        const planCell =
          planLevel.length > 0
            ? this.cellBody(context, cache, { table: planTable, row: 0, column: 0 }).getRange('Content')
            : undefined;
        await context.sync();

        const chars = new Map<string, CellChars>();
        for (const [key, { at, found }] of cells) chars.set(key, this.align(found, at));

        // Which comments are ours: linked by id, known by the hash of a text we wrote, or old tagged ones.
        const ourComments = new Map<Word.Comment, string | undefined>();
        for (const comment of comments?.items ?? []) {
          const link =
            oldLinks.find((l) => l.comment === comment.id) ??
            oldLinks.find((l) => !l.comment && l.hash === textHash(comment.content));
          if (link) ourComments.set(comment, link.finding);
          else if (comment.content.includes(COMMENT_TAG)) {
            const tagged = /\[SMART Plan Checker ([^\]]+)\]/.exec(comment.content);
            ourComments.set(comment, tagged?.[1]);
          }
        }

        // Old marks: those whose finding is still wanted keep their bookmark and the user's runs.
        const keptOld = new Map<string, MarkRecord>();
        const undo: Array<{ record: MarkRecord; cell?: CellChars; start: number }> = [];
        for (const { record, found } of old) {
          if (record.bookmark && this.bookmarksPresent.has(record.bookmark)) {
            if (keptIds.has(record.id) && !keptOld.has(record.id)) keptOld.set(record.id, record);
            else undo.push({ record, cell: found && alignChars(found, undefined), start: 0 });
          } else if (!record.bookmark) {
            // Marks from before bookmarks: found by their place and words, as they were written.
            const cell = chars.get(cellKey(record));
            const place = cell && locateRecord(cell, record);
            if (cell && place && isOurs(cell.colours[place.start], record.colour))
              undo.push({ record: { ...record, runs: place.runs }, cell, start: place.start });
          }
        }

        // The user's highlight under a new mark: where a mark of ours being taken off covers the character,
        // the colour it puts back is theirs; any other colour of ours there is not.
        const undoneHere = (key: string, at: number): string | null | undefined => {
          for (const { record, cell, start } of undo) {
            if (cell !== chars.get(key) && !(cellKey(record) === key && !record.bookmark)) continue;
            const from = cell === chars.get(key) ? start : record.start;
            const run = record.runs.find((r) => at >= from + r.offset && at < from + r.offset + r.length);
            if (run) return run.colour;
          }
          return OUR_COLOURS.has(colourKey(chars.get(key)?.colours[at])) &&
            undo.some(({ record }) => cellKey(record) === key)
            ? null
            : undefined;
        };

        type Plan = { finding: Finding; cell?: CellChars; start: number; end: number; record: MarkRecord };
        const plans: Plan[] = [];
        for (const finding of inCells) {
          const kept = keptOld.get(finding.id);
          const colour = HIGHLIGHT[finding.severity];
          if (kept) {
            plans.push({ finding, start: 0, end: 0, record: { ...kept, colour } });
            continue;
          }
          const key = cellKey(finding);
          const cell = chars.get(key)!;
          const span = this.locate(cell, finding);
          if (!span) {
            notFound.push(finding.id);
            continue;
          }
          const quote = cell.text.slice(span.start, span.end);
          plans.push({
            finding,
            cell,
            ...span,
            record: {
              id: finding.id,
              bookmark: anchored ? bookmarkName(finding.id) : undefined,
              table: finding.table,
              row: finding.row,
              column: finding.column,
              start: span.start,
              length: span.end - span.start,
              hash: textHash(quote),
              colour,
              runs: runsOf(cell, span.start, span.end, (at) => undoneHere(key, at)),
            },
          });
        }
        // Cells Word did not give character by character: their words are searched for (one more round trip).
        await resolveSpans(context, [
          ...plans.flatMap((p): Array<[CellChars, number, number]> =>
            p.cell?.literal ? [[p.cell, p.start, p.end]] : [],
          ),
          ...undo.flatMap(({ record, cell, start }): Array<[CellChars, number, number]> =>
            cell?.literal?.source.kind === 'cell'
              ? [[cell, start, start + record.runs.reduce((end, run) => Math.max(end, run.offset + run.length), 0)]]
              : [],
          ),
        ]);
        for (const plan of [...plans]) {
          const literal = plan.cell?.literal;
          if (!literal) continue;
          const key = `${plan.start}:${plan.end}`;
          if (!literal.ranges.get(key)) {
            plans.splice(plans.indexOf(plan), 1);
            notFound.push(plan.finding.id);
          } else
            plan.record.runs = [{ offset: 0, length: plan.end - plan.start, colour: literal.colours.get(key) ?? null }];
        }
        for (const plan of plans) newRecords.push(plan.record);
        plannedHighlights = plans.length;

        // Comments: ours on a point still there stays (its replies with it); the others go, or are resolved
        // where someone has replied, so the conversation is kept.
        const keptComments = new Map<string, Word.Comment>();
        for (const [comment, finding] of ourComments)
          if (finding && wanted.has(finding) && !keptComments.has(finding)) keptComments.set(finding, comment);
        const commented = withComments ? [...plans.map((p) => p.finding), ...planLevel] : [];
        plannedComments = commented.length;
        for (const finding of commented) {
          const text = commentBody(finding).join('\n');
          const kept = keptComments.get(finding.id);
          newLinks.push({ finding: finding.id, comment: kept?.id, hash: textHash(text) });
        }

        // Record before writing: if Word stops part-way, Clear still knows every mark and comment of ours.
        const pendingRecords = [
          ...previous,
          ...newRecords.filter((r) => !previous.some((p) => p.bookmark && p.bookmark === r.bookmark)),
        ];
        this.host.settings.set(MARKS_SETTING, pendingRecords.map(withoutQuote));
        this.host.settings.set(COMMENTS_SETTING, [...oldLinks, ...newLinks]);
        await this.trySave();

        // Round trip 2: writes only. Undo what goes, then write what stays or is new.
        let resolved = 0;
        for (const { record, cell, start } of undo) {
          if (cell) restoreRuns(cell, start, record.runs);
          else if (record.bookmark)
            context.document.getBookmarkRange(record.bookmark).font.highlightColor = (record.runs[0]?.colour ??
              null) as string;
          if (record.bookmark) context.document.deleteBookmark(record.bookmark);
        }
        for (const { name, found } of strays) {
          // A bookmark of ours with no record (its record was lost): take our colours off, keep theirs.
          const cell = alignChars(found, undefined);
          cell.colours.forEach((colour, at) => {
            if (OUR_COLOURS.has(colourKey(colour)))
              spanRange(cell, at, at + 1)!.font.highlightColor = null as unknown as string;
          });
          context.document.deleteBookmark(name);
        }
        for (const [comment, finding] of ourComments) {
          if (finding && keptComments.get(finding) === comment) continue;
          if (comment.replies.items.length > 0) {
            if (!comment.resolved) comment.resolved = true;
          } else comment.delete();
          resolved++;
        }
        for (const plan of plans) {
          const range = plan.cell
            ? spanRange(plan.cell, plan.start, plan.end)
            : context.document.getBookmarkRange(plan.record.bookmark!);
          if (!range) continue;
          // The bookmark first: whatever Word writes after it, our colour never lands without its trace.
          if (plan.record.bookmark && !keptOld.has(plan.finding.id)) range.insertBookmark(plan.record.bookmark);
          range.font.highlightColor = plan.record.colour;
          if (!withComments) continue;
          const text = commentBody(plan.finding).join('\n');
          const kept = keptComments.get(plan.finding.id);
          if (kept) {
            if (kept.content !== text) kept.content = text;
            if (kept.resolved) kept.resolved = false;
          } else {
            const comment = range.insertComment(text);
            comment.load('id');
            inserted.push({ finding: plan.finding.id, hash: textHash(text), comment });
          }
        }
        for (const finding of planLevel) {
          const text = commentBody(finding).join('\n');
          const kept = keptComments.get(finding.id);
          if (kept) {
            if (kept.content !== text) kept.content = text;
          } else {
            const comment = planCell!.insertComment(text);
            comment.load('id');
            inserted.push({ finding: finding.id, hash: textHash(text), comment });
          }
        }
        await context.sync();

        const links = newLinks.map((link) => ({
          ...link,
          comment: link.comment ?? inserted.find((i) => i.finding === link.finding)?.comment.id,
        }));
        this.host.settings.set(MARKS_SETTING, newRecords.map(withoutQuote));
        this.host.settings.set(COMMENTS_SETTING, links);
        this.bookmarksPresent = new Set(newRecords.flatMap((r) => (r.bookmark ? [r.bookmark] : [])));
        await this.trySave();
        return {
          highlighted: plans.length,
          commented: withComments ? plannedComments : 0,
          resolved,
          notFound,
        };
      });
    } catch (error) {
      throw await this.partialMarkError(
        error,
        newRecords.flatMap((r) => (r.bookmark ? [r.bookmark] : [])),
        plannedHighlights,
        plannedComments,
        previous.length > 0,
      );
    }
  }

  /** After a failed write: counts what Word did write, so the user is told exactly. */
  private async partialMarkError(
    error: unknown,
    planned: string[],
    highlights: number,
    comments: number,
    hadMarks: boolean,
  ): Promise<WordActionError> {
    if (error instanceof WordActionError) return error;
    if (highlights === 0 && comments === 0) return toActionError(error, 'Nothing was changed.');
    let done: string;
    try {
      const { bookmarks, linked } = await this.host.run(async (context) => {
        const names = this.api14 ? context.document.body.getRange('Whole').getBookmarks(true, false) : undefined;
        const all = this.api14 ? context.document.body.getComments() : undefined;
        all?.load('items/id,items/content');
        await context.sync();
        const links = this.links();
        this.bookmarksPresent = new Set((names?.value ?? []).filter((n) => n.startsWith(BOOKMARK_PREFIX)));
        return {
          bookmarks: planned.filter((n) => this.bookmarksPresent.has(n)).length,
          linked: (all?.items ?? []).filter((c) => links.some((l) => !l.comment && l.hash === textHash(c.content)))
            .length,
        };
      });
      if (planned.length < highlights) throw new Error('no bookmarks to count by');
      const parts = [`${bookmarks} of ${highlights} ${highlights === 1 ? 'highlight' : 'highlights'}`];
      if (comments > 0) parts.push(`${linked} of ${comments} ${comments === 1 ? 'comment' : 'comments'}`);
      done =
        bookmarks + linked === 0 && !hadMarks
          ? 'Nothing was changed.'
          : `Word stopped part-way: ${parts.join(' and ')} were added. Clear marks removes whatever was added.`;
    } catch {
      done = 'Word stopped part-way, so some marks may have been added. Clear marks removes whatever was added.';
    }
    return toActionError(error, done);
  }

  async clearMarks(): Promise<number> {
    // Read afresh: the user may have moved or deleted rows since the check.
    await this.knowShape(true);
    const previous = this.records();
    const links = this.links();
    try {
      const removed = await this.host.run(async (context) => {
        const cache = new Map<number, Word.Table>();
        // One colour under a mark goes straight back on its bookmark; mixed ones (and marks with no record)
        // are taken character by character.
        const byBookmark = [...this.bookmarksPresent].map((name) => {
          const record = previous.find((r) => r.bookmark === name);
          const simple = record && record.runs.length <= 1;
          return {
            name,
            record,
            found: simple ? undefined : this.queueChars(context.document.getBookmarkRange(name), 'mark'),
          };
        });
        const legacy = previous
          .filter((r) => !r.bookmark && this.cellExists(r))
          .map((record) => ({ record, found: this.queueChars(this.cellBody(context, cache, record)) }));
        const comments = this.api14 ? context.document.body.getComments() : undefined;
        comments?.load('items/id,items/content');
        await context.sync();

        let count = 0;
        for (const { name, record, found } of byBookmark) {
          if (!found) {
            context.document.getBookmarkRange(name).font.highlightColor = (record?.runs[0]?.colour ?? null) as string;
            context.document.deleteBookmark(name);
            count++;
            continue;
          }
          const cell = alignChars(found, undefined);
          if (record && textHash(cell.text) === record.hash) restoreRuns(cell, 0, record.runs);
          else
            // Words changed inside our mark, or no record: take off only our colour, keep the user's.
            cell.colours.forEach((colour, at) => {
              const ours = record ? isOurs(colour, record.colour) : OUR_COLOURS.has(colourKey(colour));
              if (ours) spanRange(cell, at, at + 1)!.font.highlightColor = (record?.runs[0]?.colour ?? null) as string;
            });
          context.document.deleteBookmark(name);
          count++;
        }
        for (const { record, found } of legacy) {
          const cell = this.align(found, record);
          const place = locateRecord(cell, record);
          if (!place || !isOurs(cell.colours[place.start], record.colour)) continue;
          restoreRuns(cell, place.start, place.runs);
          count++;
        }
        for (const comment of comments?.items ?? []) {
          const ours =
            links.some((l) => l.comment === comment.id || (!l.comment && l.hash === textHash(comment.content))) ||
            comment.content.includes(COMMENT_TAG);
          if (ours) {
            comment.delete();
            count++;
          }
        }
        await context.sync();
        return count;
      });
      this.host.settings.set(MARKS_SETTING, []);
      this.host.settings.set(COMMENTS_SETTING, []);
      this.bookmarksPresent.clear();
      await this.trySave();
      return removed;
    } catch (error) {
      throw toActionError(
        error,
        'Some of our marks may still be there; Clear marks can be tried again and removes only ours.',
      );
    }
  }

  // ---------------------------------------------------------------- rewriting

  async applySuggestion(finding: Finding, text: string, options: ApplyOptions): Promise<void> {
    if (finding.table < 0) throw new WordActionError(PLAN_LEVEL, '');
    const kind = finding.suggestion?.kind ?? 'replace-span';
    const change = (cell: CellChars) => {
      const end = cell.text.trimEnd().length;
      if (kind === 'replace-cell') return { start: 0, end: cell.text.length, inserted: text };
      if (kind === 'append') return { start: end, end, inserted: ` ${text.trim()}` };
      const span = this.locate(cell, finding);
      return span ? { ...span, inserted: text } : undefined;
    };
    await this.writeCells([{ at: finding, change }], options, [finding.id], `Changed to: ${text}`);
  }

  /**
   * The whole row in one batch: in each changed cell only the words that differ are replaced, as one
   * tracked change when asked. Refuses, writing nothing, while a gap is left or the row has changed.
   */
  async applyRewrite(rewrite: RowRewrite, options: ApplyOptions): Promise<void> {
    if (rewrite.cells.some((cell) => hasGaps(cell.after))) throw new GapLeftError();
    const cells = rewrite.cells
      .filter((cell) => cell.after !== cell.before)
      .map((cell) => ({
        at: { table: rewrite.table, row: rewrite.row, column: cell.column },
        change: (chars: CellChars) => {
          const current = chars.text;
          if (current.trimEnd() !== cell.before.trimEnd()) return 'changed' as const;
          const diff = wordChange(current, cell.after);
          return diff ? { start: diff.from, end: diff.to, inserted: diff.inserted } : null;
        },
      }));
    if (cells.length === 0) return;
    await this.writeCells(cells, options, rewrite.resolves, `Changed to: ${rewrite.summary}`);
  }

  /**
   * Writes into cells in one batch, after one batch of lookups. Tracking is switched on only for the write
   * and always put back as it was (in `finally`, whatever Word did); our marks on the words are taken off
   * first (replaced words would take their colour); replies go on our comments only once the text is written.
   */
  private async writeCells(
    cells: Array<{
      at: Place;
      change: (cell: CellChars) => { start: number; end: number; inserted: string } | null | 'changed' | undefined;
    }>,
    options: ApplyOptions,
    resolves: string[],
    reply: string,
  ): Promise<void> {
    const tracked = options.tracked && this.api14;
    await this.knowShape(false);
    if (cells.some(({ at }) => !this.cellExists(at)))
      throw new WordActionError(
        'The plan has changed since it was checked, so that row could not be found. Please check the plan again. Nothing was changed.',
        'ItemNotFound',
      );
    const records = this.records();
    const ours = records.filter((r) => resolves.includes(r.id) && r.bookmark && this.bookmarksPresent.has(r.bookmark));
    let savedMode: Word.ChangeTrackingMode | `${Word.ChangeTrackingMode}` | undefined;
    let modeChanged = false;
    let written = false;
    let replyFailed: unknown;
    const edits: Array<{ at: Place; edit: { start: number; end: number; inserted: string } }> = [];
    try {
      await this.host.run(async (context) => {
        const document = context.document;
        if (tracked) document.load('changeTrackingMode');
        const cache = new Map<number, Word.Table>();
        const lookups = cells.map((cell) => ({
          ...cell,
          body: this.cellBody(context, cache, cell.at),
          found: this.queueChars(this.cellBody(context, cache, cell.at)),
        }));
        const marks = ours.map((record) => ({
          record,
          found: this.queueChars(document.getBookmarkRange(record.bookmark!), 'mark'),
        }));
        const comments = this.api14 && resolves.length > 0 ? document.body.getComments() : undefined;
        comments?.load('items/id,items/content,items/resolved');
        await context.sync();

        const plans = lookups.map((lookup) => {
          const cell = this.align(lookup.found, lookup.at);
          const edit = lookup.change(cell);
          if (edit === undefined || edit === 'changed')
            throw new WordActionError(
              'The words at fault have changed since the check, so the rewrite was not applied. Please check the plan again. Nothing was changed.',
              'ItemNotFound',
            );
          return { ...lookup, cell, edit };
        });
        await resolveSpans(
          context,
          plans.flatMap(({ cell, edit }): Array<[CellChars, number, number]> =>
            edit && cell.literal
              ? [
                  [cell, edit.start, edit.end],
                  [cell, edit.start - 1, edit.start],
                  [cell, edit.start, edit.start + 1],
                ]
              : [],
          ),
        );

        // Round trip 2: our marks off those words, tracking on, the words, tracking back.
        for (const { record, found } of marks) {
          const cell = alignChars(found, undefined);
          restoreRuns(cell, 0, record.runs);
          document.deleteBookmark(record.bookmark!);
        }
        savedMode = tracked ? document.changeTrackingMode : undefined;
        if (tracked && savedMode !== 'TrackAll') {
          document.changeTrackingMode = 'TrackAll' as Word.ChangeTrackingMode;
          modeChanged = true;
        }
        for (const { body, cell, edit, at } of plans) {
          if (!edit) continue;
          const { start, end, inserted } = edit;
          if (start < end) {
            const range = spanRange(cell, start, end);
            if (!range) continue;
            if (inserted) range.insertText(inserted, 'Replace');
            else range.delete();
          } else if (inserted) {
            const before = start > 0 ? spanRange(cell, start - 1, start) : undefined;
            const after = spanRange(cell, start, start + 1);
            if (before) before.insertText(inserted, 'After');
            else if (after) after.insertText(inserted, 'Before');
            else body.getRange('Content').insertText(inserted, 'End');
          }
          edits.push({ at, edit });
        }
        if (modeChanged) document.changeTrackingMode = savedMode!;
        await context.sync();
        written = true;
        modeChanged = false;

        // Round trip 3, only once the words are in the document: a reply on our comment, which is resolved.
        const links = this.links().filter((l) => resolves.includes(l.finding));
        const answered = (comments?.items ?? []).filter(
          (comment) =>
            links.some((l) => l.comment === comment.id || (!l.comment && l.hash === textHash(comment.content))) ||
            resolves.some((id) => comment.content.includes(`${COMMENT_TAG} ${id}]`)),
        );
        for (const comment of answered) {
          comment.reply(reply);
          if (!comment.resolved) comment.resolved = true;
        }
        if (answered.length > 0)
          await context.sync().catch((error: unknown) => {
            replyFailed = error;
          });
      });
    } catch (error) {
      const mode = modeChanged ? savedMode : undefined;
      modeChanged = false;
      throw await this.afterFailedWrite(error, cells.length, written, mode);
    } finally {
      // Whatever was thrown on the way, tracking is put back as the user had it.
      if (modeChanged && savedMode) await this.restoreTracking(savedMode);
    }
    for (const { at, edit } of edits) this.recordEdit(at, edit);
    // Our marks on those words are gone with them.
    this.host.settings.set(
      MARKS_SETTING,
      records.filter((r) => !ours.includes(r)),
    );
    for (const record of ours) if (record.bookmark) this.bookmarksPresent.delete(record.bookmark);
    await this.trySave();
    if (replyFailed !== undefined)
      throw toActionError(replyFailed, 'The rewrite was written, but the reply on its comment could not be added.');
  }

  /** Puts change tracking back as the user had it, whatever happened to the batch that changed it. */
  private async restoreTracking(mode: Word.ChangeTrackingMode | `${Word.ChangeTrackingMode}`): Promise<boolean> {
    try {
      await this.host.run(async (context) => {
        context.document.changeTrackingMode = mode;
        await context.sync();
      });
      return true;
    } catch {
      return false;
    }
  }

  private async afterFailedWrite(
    error: unknown,
    cells: number,
    written: boolean,
    mode: Word.ChangeTrackingMode | `${Word.ChangeTrackingMode}` | undefined,
  ): Promise<WordActionError> {
    if (error instanceof WordActionError) return error;
    const restored = mode ? await this.restoreTracking(mode) : true;
    const tracking = restored ? '' : ' Change tracking may have been left on: please check Review > Track Changes.';
    if (written) return toActionError(error, `The rewrite was written.${tracking}`);
    return toActionError(
      error,
      `Word stopped part-way: ${cells === 1 ? 'the cell' : 'some of the cells'} may have been changed. Please look at the row and use Undo if it is not right.${tracking}`,
    );
  }

  async select(finding: Finding): Promise<void> {
    if (finding.table < 0) return; // about the whole plan: there are no words to show
    await this.knowShape(false);
    if (!this.cellExists(finding))
      throw new WordActionError('Those words are no longer in the document. Check the plan again.', 'ItemNotFound');
    let found: boolean;
    try {
      found = await this.host.run(async (context) => {
        const chars = this.queueChars(this.cellBody(context, new Map(), finding));
        await context.sync();
        const cell = this.align(chars, finding);
        const span = this.locate(cell, finding);
        if (span) await resolveSpans(context, [[cell, span.start, span.end]]);
        const range = span && spanRange(cell, span.start, span.end);
        if (!range) return false;
        range.select();
        await context.sync();
        return true;
      });
    } catch (error) {
      throw toActionError(error, '');
    }
    if (!found)
      throw new WordActionError('Those words are no longer in the document. Check the plan again.', 'ItemNotFound');
  }

  // ---------------------------------------------------------------- inserting

  async insertPlanTable(spec: PlanTableSpec): Promise<void> {
    let writing = false;
    try {
      await this.host.run(async (context) => {
        const selection = context.document.getSelection();
        // The cursor may be in a table inside a table: climb to the outermost, so the plan goes after it and
        // never inside another table's cell.
        const chain: Word.Table[] = [selection.parentTableOrNullObject];
        for (let i = 0; i < 4; i++) chain.push(chain[chain.length - 1].parentTableOrNullObject);
        for (const table of chain) table.load('isNullObject');
        await context.sync();
        const outermost = [...chain].reverse().find((table) => !table.isNullObject);
        writing = true;
        let anchor = outermost ? outermost.insertParagraph('', 'After') : selection.insertParagraph('', 'After');
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
        table.styleBuiltIn = 'TableGrid' as Word.BuiltInStyleName;
        spec.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell.text || !cell.prompt) return;
            const cellBody = table.getCell(r + 1, c).body;
            const prompt = cellBody.getRange('Content');
            prompt.font.italic = true;
            prompt.font.color = '#767676';
            // A tagged content control round the prompt, so the add-in knows its own prompts. Its text is the
            // prompt itself rather than placeholderText, which Word on the web refuses (NotAllowed).
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
      throw toActionError(
        error,
        writing
          ? 'Word stopped before the plan was complete: if part of it appears, use Undo to remove it.'
          : 'Nothing was changed.',
      );
    }
  }

  /**
   * The reviewer's summary at the top of the document; a tracked insertion under the user's name when asked
   * (reviewer mode), with tracking put back as it was whatever happens.
   */
  async insertSummary(text: string, options: ApplyOptions = { tracked: false }): Promise<void> {
    const tracked = options.tracked && this.api14;
    let saved: Word.ChangeTrackingMode | `${Word.ChangeTrackingMode}` | undefined;
    let changed = false;
    try {
      await this.host.run(async (context) => {
        const document = context.document;
        if (tracked) {
          document.load('changeTrackingMode');
          await context.sync();
          saved = document.changeTrackingMode;
          if (saved !== 'TrackAll') {
            document.changeTrackingMode = 'TrackAll' as Word.ChangeTrackingMode;
            changed = true;
          }
        }
        for (const line of [...text.split('\n')].reverse()) document.body.insertParagraph(line, 'Start');
        if (changed) document.changeTrackingMode = saved!;
        await context.sync();
        changed = false;
      });
    } catch (error) {
      throw toActionError(error, 'The summary may be partly written at the top of the document.');
    } finally {
      if (changed && saved) await this.restoreTracking(saved);
    }
  }

  // ---------------------------------------------------------------- state

  async getState(): Promise<DocumentState> {
    const value = this.host.settings.get(STATE_SETTING) as DocumentState | null;
    const tableOverrides = readTableOverrides(value?.tableOverrides);
    return {
      ignored: Array.isArray(value?.ignored) ? value.ignored.filter((id) => typeof id === 'string') : [],
      ...(tableOverrides.length > 0 ? { tableOverrides } : {}),
    };
  }

  /** Finding ids and table corrections (indices and roles) only: the plan's words never go into the settings. */
  async setState(state: DocumentState): Promise<void> {
    const tableOverrides = readTableOverrides(state.tableOverrides);
    this.host.settings.set(STATE_SETTING, {
      ignored: [...state.ignored],
      ...(tableOverrides.length > 0 ? { tableOverrides } : {}),
    });
    await this.saveSettings();
  }
}

function withoutQuote(record: MarkRecord): MarkRecord {
  const { quote: _quote, occurrence: _occurrence, previous: _previous, ...rest } = record;
  return rest;
}

function tagged(control: Word.ContentControl, tag: string, title: string): void {
  control.tag = tag;
  control.title = title;
}

/** The comment as written: the message, the suggestion and the guidance; no tag, no ids. */
export function commentText(finding: Finding): string {
  return commentBody(finding).join('\n');
}

export { COMMENT_TAG };
