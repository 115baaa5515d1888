// A typed, in-memory fake of the part of the Word API the add-in uses, as hard as Word where it matters:
// - reading a property that was not loaded and synced throws; every context.sync() is counted;
// - a batch is NOT atomic: an error injected at a chosen operation leaves the operations before it applied;
// - errors carry `.code` (ItemNotFound, AccessDenied...) and a localised `.message` (here German, as a user's
//   Word may be), so code that reads the message is caught out;
// - highlight is per character: a range over mixed highlights reports '' (mixed), not any one colour;
//   inserted text takes the formatting of the character it replaces or follows, as typing does;
// - ranges, comments and bookmarks are live: they move with their text when text is inserted before them
//   or rows are inserted above them;
// - vertically merged cells: a continuation cell is missing from its row's `cells` and `values`
//   (Word's `table.values` still gives the grid), its neighbours keep their `cellIndex`;
// - tracked deletions stay in `values` and in search results; `getReviewedText('Current')` leaves them out;
// - comments have replies and can be resolved; `settings.saveAsync` can fail.
import type { WordHost } from '../../src/word/WordPlanDocument';

export interface FakeSpan {
  start: number;
  end: number;
}

export interface FakeCell {
  text: string;
  /** Highlight spans, later over earlier; per character, the user's and ours alike. */
  highlights: Array<FakeSpan & { colour: string }>;
  /** Words deleted as a tracked change at the end of the cell (shorthand for `deletions`). */
  deleted?: string;
  /** Words deleted as tracked changes, at offsets in the current text. */
  deletions?: Array<{ at: number; text: string }>;
  /** The lower part of a vertically merged cell: not in its row's cells. */
  merged?: 'continue';
}

export interface FakeTable {
  rows: FakeCell[][];
  nestingLevel: number;
  /** The table this one sits in (index), for nested tables. */
  parent?: number;
  headerRowCount?: number;
  style?: string;
}

export interface FakePlace {
  table: number;
  row: number;
  column: number;
  start: number;
  end: number;
}

export interface FakeComment extends FakePlace {
  id: number;
  content: string;
  replies: string[];
  resolved: boolean;
  author: string;
}

/** A content control the add-in wrapped round a cell's contents or a paragraph. */
export interface FakeContentControl {
  tag: string;
  title: string;
  /** The cell it wraps, or the paragraph's text. */
  at: { table: number; row: number; column: number } | { paragraph: string };
}

export interface TrackedEdit {
  /** -1 for paragraphs outside tables. */
  table: number;
  row: number;
  column: number;
  before: string;
  after: string;
  /** Exactly the words this change took out and put in. */
  removed: string;
  inserted: string;
}

/** Errors as Office.js raises them: a stable code, a message in the user's language. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message = LOCALISED[code] ?? 'Ein allgemeiner Fehler ist aufgetreten.',
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

const LOCALISED: Record<string, string> = {
  AccessDenied: 'Sie können diesen Vorgang im aktuellen Modus nicht ausführen.',
  ItemNotFound: 'Das angeforderte Element ist nicht vorhanden.',
  InvalidArgument: 'Das Argument ist ungültig oder fehlt oder weist ein falsches Format auf.',
  GeneralException: 'Beim Verarbeiten der Anforderung ist ein interner Fehler aufgetreten.',
  NotAllowed: 'Der angeforderte Vorgang ist nicht zulässig.',
  RichApiRequestLimit: 'Die Anzahl der Anforderungen hat das Limit überschritten.',
};

export interface InjectedFault {
  code: string;
  /** Operations of the failing batch applied before the error (Word's batches are not atomic). */
  after: number;
  /** Which sync from now fails: 1 = the next one. */
  sync: number;
}

type Place = { table: number; row: number; column: number };

export class FakeWordDocument {
  tables: FakeTable[];
  paragraphs: string[];
  comments: FakeComment[] = [];
  bookmarks = new Map<string, FakePlace>();
  changeTrackingMode = 'Off';
  trackedEdits: TrackedEdit[] = [];
  contentControls: FakeContentControl[] = [];
  settings = new Map<string, unknown>();
  /** What the last successful saveAsync stored: what a reopened document would have. */
  savedSettings = new Map<string, unknown>();
  syncs = 0;
  selectedTable: number | null = null;
  selected?: FakePlace;
  /** Searches queued (each one a search chain in Word's batch). */
  searches = 0;
  /** Calls of getReviewedText (each one scrolls the document on Mac, office-js #3691). */
  reviewedTextCalls = 0;
  /** Reproduces office-js #3200: loading cellIndex fails the batch when a table has vertically merged cells. */
  cellIndexFailsOnMergedCells = false;
  /** Whether searches return tracked deleted characters (Word shows them in All Markup; not in Simple Markup). */
  searchShowsDeletions = true;
  /** A stand-in for Word that does not honour wildcards: '?' is searched as a question mark. */
  wildcardsIgnored = false;
  /** saveAsync of the document settings fails. */
  settingsSaveFails = false;
  private faults: InjectedFault[] = [];
  private nextCommentId = 1;
  /** Ranges handed out in the current batch: they move with the text, as Word's do. */
  readonly liveRanges = new Set<FakePlace>();

  constructor(tables: string[][][], paragraphs: string[] = []) {
    this.tables = tables.map((rows) => ({
      rows: rows.map((row) => row.map((text) => ({ text, highlights: [] }))),
      nestingLevel: 1,
    }));
    this.paragraphs = paragraphs;
  }

  /** The next sync (or the nth from now) fails after `after` of its operations have been applied. */
  failSync(code: string, after = 0, sync = 1): void {
    this.faults.push({ code, after, sync });
  }

  /** Kept for older tests: the next sync fails before any of its operations. */
  set failNextSync(code: string | undefined) {
    if (code) this.failSync(code.split(':')[0].trim(), 0, 1);
  }

  takeFault(): InjectedFault | undefined {
    for (const fault of this.faults) fault.sync--;
    const index = this.faults.findIndex((f) => f.sync <= 0);
    return index >= 0 ? this.faults.splice(index, 1)[0] : undefined;
  }

  addComment(
    table: number,
    row: number,
    column: number,
    start: number,
    end: number,
    content: string,
    author = 'Word user',
  ): FakeComment {
    const comment: FakeComment = {
      id: this.nextCommentId++,
      content,
      table,
      row,
      column,
      start,
      end,
      replies: [],
      resolved: false,
      author,
    };
    this.comments.push(comment);
    return comment;
  }

  cell(table: number, row: number, column: number): FakeCell {
    const cell = this.tables[table]?.rows[row]?.[column];
    if (!cell || cell.merged) throw new FakeOfficeError('ItemNotFound');
    return cell;
  }

  deletionsOf(cell: FakeCell): Array<{ at: number; text: string }> {
    if (!cell.deletions) cell.deletions = cell.deleted ? [{ at: cell.text.length, text: cell.deleted }] : [];
    return cell.deletions;
  }

  /** The highlight of one character (null: none). */
  charHighlight(cell: FakeCell, at: number): string | null {
    let colour: string | null = null;
    for (const span of cell.highlights) if (span.start <= at && at < span.end) colour = span.colour;
    return colour;
  }

  /** What Word reports for a range: its one colour, null for none, '' where colours are mixed. */
  rangeHighlight(place: FakePlace): string | null {
    const cell = this.cell(place.table, place.row, place.column);
    const colours = new Set<string | null>();
    for (let at = place.start; at < Math.max(place.end, place.start + 1); at++)
      colours.add(this.charHighlight(cell, at));
    return colours.size === 1 ? [...colours][0] : '';
  }

  /** Test helper: the highlight over [start, end) of a cell ('' when mixed). */
  highlightAt(table: number, row: number, column: number, start: number, end: number): string | null {
    return this.rangeHighlight({ table, row, column, start, end });
  }

  /** Test helper: each character's highlight in a cell, as runs. */
  highlightRuns(table: number, row: number, column: number): Array<{ text: string; colour: string | null }> {
    const cell = this.cell(table, row, column);
    const runs: Array<{ text: string; colour: string | null }> = [];
    for (let at = 0; at < cell.text.length; at++) {
      const colour = this.charHighlight(cell, at);
      const last = runs[runs.length - 1];
      if (last && last.colour === colour) last.text += cell.text[at];
      else runs.push({ text: cell.text[at], colour });
    }
    return runs;
  }

  setHighlight(place: FakePlace, colour: string | null): void {
    const cell = this.cell(place.table, place.row, place.column);
    const { start, end } = place;
    const kept: FakeCell['highlights'] = [];
    for (const span of cell.highlights) {
      if (span.end <= start || span.start >= end) kept.push(span);
      else {
        if (span.start < start) kept.push({ ...span, end: start });
        if (span.end > end) kept.push({ ...span, start: end });
      }
    }
    if (colour) kept.push({ start, end, colour });
    cell.highlights = kept;
    this.normalise(cell);
  }

  /** The fewest spans that give each character its colour (Word keeps runs, not our history of writes). */
  private normalise(cell: FakeCell): void {
    const length = Math.max(cell.text.length, ...cell.highlights.map((h) => h.end));
    const spans: FakeCell['highlights'] = [];
    for (let at = 0; at < length; at++) {
      const colour = this.charHighlight(cell, at);
      const last = spans[spans.length - 1];
      if (colour && last && last.colour === colour && last.end === at) last.end++;
      else if (colour) spans.push({ start: at, end: at + 1, colour });
    }
    cell.highlights = spans;
  }

  /** Every position that lives in a cell: ranges, comments, bookmarks, the selection. */
  private placesIn(at: Place): FakePlace[] {
    const all: FakePlace[] = [...this.liveRanges, ...this.comments, ...this.bookmarks.values()];
    if (this.selected) all.push(this.selected);
    return all.filter((p) => p.table === at.table && p.row === at.row && p.column === at.column);
  }

  /** Replaces [from, to) of a cell's current text, moving everything after it, as Word does. */
  edit(at: Place, from: number, to: number, inserted: string, keep?: FakePlace): void {
    const cell = this.cell(at.table, at.row, at.column);
    const before = cell.text;
    const delta = inserted.length - (to - from);
    // Inserted text takes the formatting of the first replaced character, or of the one before it.
    const inherit = this.charHighlight(cell, to > from ? from : from - 1);
    cell.text = before.slice(0, from) + inserted + before.slice(to);
    const highlights: FakeCell['highlights'] = [];
    for (const span of cell.highlights) {
      const start = span.start >= to ? span.start + delta : span.start > from ? from : span.start;
      const end = span.end >= to ? span.end + delta : span.end > from ? from : span.end;
      if (end > start) highlights.push({ ...span, start, end });
    }
    cell.highlights = highlights;
    if (inherit && inserted) cell.highlights.push({ start: from, end: from + inserted.length, colour: inherit });
    for (const place of this.placesIn(at)) {
      if (place === keep) {
        place.start = from;
        place.end = from + inserted.length;
        continue;
      }
      place.start = place.start >= to ? place.start + delta : place.start > from ? from : place.start;
      place.end = place.end >= to ? place.end + delta : place.end > from ? from + inserted.length : place.end;
    }
    for (const deletion of this.deletionsOf(cell))
      deletion.at = deletion.at >= to ? deletion.at + delta : deletion.at > from ? from : deletion.at;
    if (this.changeTrackingMode !== 'Off')
      this.trackedEdits.push({
        table: at.table,
        row: at.row,
        column: at.column,
        before,
        after: cell.text,
        removed: before.slice(from, to),
        inserted,
      });
  }

  /** Test helper: the user inserts rows above `at`; comments, bookmarks and marks move down with their text. */
  insertRows(table: number, at: number, rows: string[][]): void {
    this.tables[table].rows.splice(at, 0, ...rows.map((r) => r.map((text) => ({ text, highlights: [] }))));
    const places: FakePlace[] = [...this.comments, ...this.bookmarks.values(), ...this.liveRanges];
    for (const place of places) if (place.table === table && place.row >= at) place.row += rows.length;
  }

  /** Test helper: the user deletes rows; comments and bookmarks on their words go with them, as in Word. */
  deleteRows(table: number, at: number, count = 1): void {
    this.tables[table].rows.splice(at, count);
    const inRows = (p: FakePlace) => p.table === table && p.row >= at && p.row < at + count;
    this.comments = this.comments.filter((c) => !inRows(c));
    for (const [name, place] of this.bookmarks) if (inRows(place)) this.bookmarks.delete(name);
    const places: FakePlace[] = [...this.comments, ...this.bookmarks.values()];
    for (const place of places) if (place.table === table && place.row >= at + count) place.row -= count;
  }

  /** Test helper: the user types into a cell. */
  type(table: number, row: number, column: number, at: number, text: string): void {
    const mode = this.changeTrackingMode;
    this.changeTrackingMode = 'Off';
    this.edit({ table, row, column }, at, at, text);
    this.changeTrackingMode = mode;
  }

  host(sets: string[] = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8']): WordHost & { saves: number } {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the host's functions close over this document
    const fake = this;
    const host = {
      saves: 0,
      run: async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
        const context = new FakeContext(fake, sets);
        try {
          return await batch(context as unknown as Word.RequestContext);
        } finally {
          fake.liveRanges.clear();
        }
      },
      isSetSupported: (name: string, version: string) => name === 'WordApi' && sets.includes(version),
      settings: {
        get: (key: string) => (fake.settings.has(key) ? structuredClone(fake.settings.get(key)) : null),
        set: (key: string, value: unknown) => void fake.settings.set(key, structuredClone(value)),
        saveAsync: (callback?: (result: Office.AsyncResult<void>) => void) => {
          host.saves++;
          if (fake.settingsSaveFails) {
            callback?.({
              status: 'failed',
              error: { code: 5001, name: 'Internal Error', message: 'Interner Fehler.' },
            } as unknown as Office.AsyncResult<void>);
            return;
          }
          fake.savedSettings = new Map([...fake.settings].map(([k, v]) => [k, structuredClone(v)]));
          callback?.({ status: 'succeeded' } as unknown as Office.AsyncResult<void>);
        },
      } as unknown as WordHost['settings'],
    };
    return host;
  }
}

type Operation = () => void;

class FakeContext {
  readonly document: FakeDocumentProxy;
  private readonly queue: Operation[] = [];

  constructor(
    readonly fake: FakeWordDocument,
    readonly sets: string[],
  ) {
    this.document = new FakeDocumentProxy(this);
  }

  /** Writes and loads alike run in the order queued, as Word answers a batch. */
  enqueue(operation: Operation): void {
    this.queue.push(operation);
  }

  onSync(load: () => void): void {
    this.queue.push(load);
  }

  requires(version: string): void {
    if (!this.sets.includes(version)) throw new FakeOfficeError('ApiNotFound', 'Die API wurde nicht gefunden.');
  }

  async sync(): Promise<void> {
    this.fake.syncs++;
    const fault = this.fake.takeFault();
    const operations = this.queue.splice(0);
    for (let i = 0; i < operations.length; i++) {
      if (fault && i >= fault.after) throw new FakeOfficeError(fault.code);
      operations[i]();
    }
    if (fault) throw new FakeOfficeError(fault.code);
  }
}

/** Properties become readable only once loaded and synced. */
class Loadable {
  protected loaded = new Set<string>();
  protected props = new Map<string, unknown>();

  constructor(protected readonly context: FakeContext) {}

  protected read<T>(name: string): T {
    if (!this.loaded.has(name))
      throw new Error(`PropertyNotLoaded: ${name} was not loaded; call load("${name}") and context.sync() first.`);
    return this.props.get(name) as T;
  }

  protected later(names: string[], fetch: (name: string) => unknown): void {
    this.context.onSync(() => {
      for (const name of names) {
        this.props.set(name, fetch(name));
        this.loaded.add(name);
      }
    });
  }
}

class FakeDocumentProxy extends Loadable {
  readonly body: FakeBody;

  constructor(context: FakeContext) {
    super(context);
    this.body = new FakeBody(context);
  }

  load(names: string): this {
    this.later(names.split(','), () => this.context.fake.changeTrackingMode);
    return this;
  }

  get changeTrackingMode(): string {
    return this.read('changeTrackingMode');
  }

  set changeTrackingMode(mode: string) {
    this.context.requires('1.4');
    this.context.enqueue(() => (this.context.fake.changeTrackingMode = mode));
  }

  getSelection(): FakeSelection {
    return new FakeSelection(this.context);
  }

  getBookmarkRange(name: string): FakeRange {
    this.context.requires('1.4');
    const fake = this.context.fake;
    return new FakeRange(this.context, () => {
      const place = fake.bookmarks.get(name);
      if (!place) throw new FakeOfficeError('ItemNotFound');
      return place;
    });
  }

  deleteBookmark(name: string): void {
    this.context.requires('1.4');
    this.context.enqueue(() => this.context.fake.bookmarks.delete(name));
  }
}

class FakeValue<T = string> extends Loadable {
  constructor(context: FakeContext, fetch: () => T) {
    super(context);
    this.later(['value'], fetch);
  }

  get value(): T {
    return this.read('value');
  }
}

class FakeBody extends Loadable {
  readonly tables: FakeTables;
  readonly paragraphs: FakeParagraphs;

  constructor(context: FakeContext) {
    super(context);
    this.tables = new FakeTables(context);
    this.paragraphs = new FakeParagraphs(context);
  }

  getReviewedText(version: 'Current' | 'Original'): FakeValue {
    this.context.requires('1.4');
    this.context.fake.reviewedTextCalls++;
    const fake = this.context.fake;
    const all = () => fake.tables.flatMap((t) => t.rows.flatMap((r) => r.filter((c) => !c.merged)));
    return new FakeValue(this.context, () =>
      all()
        .map((c) => (version === 'Current' ? c.text : valuesText(fake, c)))
        .join('\t'),
    );
  }

  getTrackedChanges(): FakeTrackedChanges {
    this.context.requires('1.6');
    return new FakeTrackedChanges(this.context);
  }

  getComments(): FakeComments {
    this.context.requires('1.4');
    return new FakeComments(this.context);
  }

  getRange(_location: 'Whole'): { getBookmarks: (hidden: boolean, adjacent: boolean) => FakeValue<string[]> } {
    return {
      getBookmarks: (hidden: boolean) => {
        this.context.requires('1.4');
        return new FakeValue(this.context, () =>
          [...this.context.fake.bookmarks.keys()].filter((name) => hidden || !name.startsWith('_')),
        );
      },
    };
  }

  insertParagraph(text: string, location: 'Start' | 'End'): FakeParagraph {
    return new FakeParagraph(this.context, text, location === 'Start' ? 'start' : 'end');
  }
}

class FakeTrackedChanges extends Loadable {
  load(_names: string): this {
    this.later(['items'], () =>
      this.context.fake.tables.flatMap((t) =>
        t.rows.flatMap((r) =>
          r.flatMap((c) => this.context.fake.deletionsOf(c).map((d) => ({ type: 'Deleted', text: d.text }))),
        ),
      ),
    );
    return this;
  }

  get items(): Array<{ type: string; text: string }> {
    return this.read('items');
  }
}

class FakeParagraphs extends Loadable {
  load(_names: string): this {
    this.later(['items'], () => this.context.fake.paragraphs.map((text) => ({ text, tableNestingLevel: 0 })));
    return this;
  }

  get items(): Array<{ text: string; tableNestingLevel: number }> {
    return this.read('items');
  }
}

class FakeTables extends Loadable {
  load(names: string): this {
    const paths = names.split(',');
    this.later(['items'], () =>
      this.context.fake.tables.map((_, index) => {
        const table = new FakeTableProxy(this.context, index);
        table.loadNow(paths.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length)));
        return table;
      }),
    );
    return this;
  }

  get items(): FakeTableProxy[] {
    return this.read('items');
  }

  getFirst(): FakeTableProxy {
    return new FakeTableProxy(this.context, 0);
  }
}

/** What Word's `values` report for a cell: tracked deletions included, as Word does. */
function valuesText(fake: FakeWordDocument, cell: FakeCell): string {
  let text = cell.text;
  for (const deletion of [...fake.deletionsOf(cell)].sort((a, b) => b.at - a.at))
    text = text.slice(0, deletion.at) + deletion.text + text.slice(deletion.at);
  return text;
}

function isUniform(table: FakeTable): boolean {
  return table.rows.every((row) => row.length === table.rows[0].length && row.every((c) => !c.merged));
}

class FakeTableProxy extends Loadable {
  constructor(
    context: FakeContext,
    readonly index: number,
  ) {
    super(context);
  }

  private get model(): FakeTable {
    const table = this.context.fake.tables[this.index];
    if (!table) throw new FakeOfficeError('ItemNotFound');
    return table;
  }

  /** Called while a sync answers a collection load. */
  loadNow(paths: string[]): void {
    const model = this.model;
    const fake = this.context.fake;
    for (const path of paths) {
      if (path === 'values') {
        // The grid: a merged-away cell reads as an empty string; short rows are padded at the end.
        const width = Math.max(...model.rows.map((r) => r.length));
        this.props.set(
          'values',
          model.rows.map((r) => [
            ...r.map((c) => (c.merged ? '' : valuesText(fake, c))),
            ...Array(width - r.length).fill(''),
          ]),
        );
      } else if (path === 'rowCount') this.props.set('rowCount', model.rows.length);
      else if (path === 'isUniform') this.props.set('isUniform', isUniform(model));
      else if (path === 'nestingLevel') this.props.set('nestingLevel', model.nestingLevel);
      else if (path === 'rows/items/values')
        // A row's own cells: the continuation of a vertically merged cell is not one of them.
        this.props.set('rows', {
          items: model.rows.map((r) => ({ values: [r.filter((c) => !c.merged).map((c) => valuesText(fake, c))] })),
        });
      else if (path.startsWith('rows/items/cells/items/')) {
        const fields = path.slice('rows/items/cells/items/'.length).split(/[,/]/);
        if (
          fields.includes('cellIndex') &&
          fake.cellIndexFailsOnMergedCells &&
          model.rows.some((r) => r.some((c) => c.merged))
        )
          throw new FakeOfficeError('GeneralException');
        const previous = this.props.get('rows') as { items: Array<{ cells: { items: object[] } }> } | undefined;
        this.props.set('rows', {
          items: model.rows.map((r, rowIndex) => ({
            ...(previous?.items[rowIndex] ?? {}),
            cells: {
              items: r.flatMap((c, cellIndex) =>
                c.merged ? [] : [{ rowIndex, cellIndex, value: valuesText(fake, c) }],
              ),
            },
          })),
        });
      } else if (path.endsWith('cellIndex')) throw new FakeOfficeError('GeneralException');
      this.loaded.add(path.split('/')[0]);
    }
  }

  get values(): string[][] {
    return this.read('values');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get isUniform(): boolean {
    return this.read('isUniform');
  }
  get nestingLevel(): number {
    return this.read('nestingLevel');
  }
  get rows(): {
    items: Array<{
      values: string[][];
      cells: { items: Array<{ rowIndex: number; cellIndex: number; value: string }> };
    }>;
  } {
    return this.read('rows');
  }

  set headerRowCount(count: number) {
    this.context.enqueue(() => (this.model.headerRowCount = count));
  }

  set styleBuiltIn(style: string) {
    this.context.enqueue(() => (this.model.style = style));
  }

  getNext(): FakeTableProxy {
    return new FakeTableProxy(this.context, this.index + 1);
  }

  getCell(row: number, column: number): { body: FakeCellBody } {
    return { body: new FakeCellBody(this.context, { table: this.index, row, column }) };
  }

  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraph {
    return new FakeParagraph(this.context, text, location === 'After' ? { afterTable: this.index } : 'end');
  }
}

/** One character of a cell as a wildcard search returns it; tracked deleted characters included. */
function characters(fake: FakeWordDocument, at: Place, from = 0, to = Number.POSITIVE_INFINITY) {
  const cell = fake.cell(at.table, at.row, at.column);
  const deletions = fake.deletionsOf(cell);
  const out: Array<{ start: number; end: number; text: string; deleted: boolean }> = [];
  for (let i = 0; i <= cell.text.length; i++) {
    if (i >= from && i <= to && fake.searchShowsDeletions)
      for (const d of deletions.filter((x) => x.at === i))
        for (const ch of d.text) out.push({ start: i, end: i, text: ch, deleted: true });
    if (i < cell.text.length && i >= from && i < to && cell.text[i] !== '\n')
      out.push({ start: i, end: i + 1, text: cell.text[i], deleted: false });
  }
  return out;
}

function search(
  context: FakeContext,
  at: () => FakePlace,
  text: string,
  options: { matchCase?: boolean; matchWildcards?: boolean },
): FakeRanges {
  if (text.length > 255) throw new FakeOfficeError('InvalidArgument');
  const fake = context.fake;
  fake.searches++;
  return new FakeRanges(context, () => {
    const place = at();
    if (options.matchWildcards && !fake.wildcardsIgnored) {
      if (text !== '?') throw new Error('The fake supports only the one-character wildcard search.');
      return characters(fake, place, place.start, place.end).map(
        (ch) => new FakeRange(context, () => ({ ...place, start: ch.start, end: ch.end }), ch.text),
      );
    }
    // Words split by a tracked deletion are not found (office-js #5874): search the text as Word shows it.
    const cell = fake.cell(place.table, place.row, place.column);
    const shown = characters(fake, place, place.start, place.end);
    const shownText = shown.map((c) => c.text).join('');
    const literal = text.replace(/\^\^/g, '^');
    const found: FakeRange[] = [];
    for (let i = shownText.indexOf(literal); i >= 0 && literal; i = shownText.indexOf(literal, i + 1)) {
      const first = shown[i];
      const last = shown[i + literal.length - 1];
      found.push(new FakeRange(context, () => ({ ...place, start: first.start, end: last.end })));
    }
    void cell;
    return found;
  });
}

class FakeCellBody {
  constructor(
    private readonly context: FakeContext,
    private readonly at: Place,
  ) {}

  private whole(): FakePlace {
    const cell = this.context.fake.cell(this.at.table, this.at.row, this.at.column);
    return { ...this.at, start: 0, end: cell.text.length };
  }

  search(text: string, options: { matchCase?: boolean; matchWildcards?: boolean }): FakeRanges {
    return search(this.context, () => this.whole(), text, options);
  }

  getRange(_location: 'Content' | 'Whole'): FakeRange {
    // Resolved when the batch runs, as Office.js proxies are: the whole cell, whatever it holds then.
    return new FakeRange(this.context, () => this.whole());
  }

  getReviewedText(_version: string): FakeValue {
    this.context.requires('1.4');
    this.context.fake.reviewedTextCalls++;
    return new FakeValue(this.context, () => this.context.fake.cell(this.at.table, this.at.row, this.at.column).text);
  }

  insertContentControl(): FakeContentControlProxy {
    return new FakeContentControlProxy(this.context, () => {
      this.context.fake.cell(this.at.table, this.at.row, this.at.column); // fails the batch if the cell is not there
      return { ...this.at };
    });
  }
}

/** Tag and title are written when the batch runs, like every other Office.js write. */
class FakeContentControlProxy {
  private readonly control: FakeContentControl = { tag: '', title: '', at: { paragraph: '' } };

  constructor(
    private readonly context: FakeContext,
    at: () => FakeContentControl['at'],
  ) {
    context.enqueue(() => {
      this.control.at = at();
      context.fake.contentControls.push(this.control);
    });
  }

  set tag(tag: string) {
    this.context.enqueue(() => (this.control.tag = tag));
  }

  set title(title: string) {
    this.context.enqueue(() => (this.control.title = title));
  }

  set placeholderText(_text: string) {
    throw new FakeOfficeError('NotAllowed');
  }
}

class FakeRanges extends Loadable {
  constructor(
    context: FakeContext,
    private readonly find: () => FakeRange[],
  ) {
    super(context);
  }

  load(names: string): this {
    const paths = names.split(',').map((p) => p.replace(/^items\//, ''));
    this.later(['items'], () => {
      const items = this.find();
      for (const item of items) item.loadNow(paths);
      return items;
    });
    return this;
  }

  get items(): FakeRange[] {
    return this.read('items');
  }
}

class FakeFont extends Loadable {
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context);
  }

  loadNow(): void {
    this.props.set(
      'highlightColor',
      this.range.deletedChar ? null : this.context.fake.rangeHighlight(this.range.place),
    );
    this.loaded.add('highlightColor');
  }

  get highlightColor(): string | null {
    return this.read('highlightColor');
  }

  set highlightColor(colour: string | null) {
    this.context.enqueue(() => {
      if (colour === '') throw new FakeOfficeError('InvalidArgument');
      if (!this.range.deletedChar) this.context.fake.setHighlight(this.range.place, colour);
    });
  }

  set italic(_value: boolean) {}
  set color(_value: string) {}
  set bold(_value: boolean) {}
  set size(_value: number) {}
}

class FakeRange extends Loadable {
  readonly font: FakeFont;
  private resolved?: FakePlace;

  constructor(
    context: FakeContext,
    private readonly resolve: () => FakePlace,
    /** The character's text, for a tracked deleted character (it has no place in the current text). */
    private readonly deletedText?: string,
  ) {
    super(context);
    this.font = new FakeFont(context, this);
  }

  /** Where the range is now: fixed when first used in a batch, then moved with every edit, as Word's are. */
  get place(): FakePlace {
    if (!this.resolved) {
      this.resolved = { ...this.resolve() };
      this.context.fake.liveRanges.add(this.resolved);
    }
    return this.resolved;
  }

  get deletedChar(): boolean {
    return this.deletedText !== undefined && this.place.start === this.place.end;
  }

  loadNow(paths: string[]): void {
    for (const path of paths) {
      if (path === 'text') {
        const { table, row, column, start, end } = this.place;
        this.props.set(
          'text',
          this.deletedChar ? this.deletedText : this.context.fake.cell(table, row, column).text.slice(start, end),
        );
        this.loaded.add('text');
      } else if (path === 'font/highlightColor') this.font.loadNow();
      else if (path === 'isNullObject') {
        this.props.set('isNullObject', false);
        this.loaded.add('isNullObject');
      }
    }
  }

  load(names: string): this {
    this.context.onSync(() => this.loadNow(names.split(',')));
    return this;
  }

  get text(): string {
    return this.read('text');
  }

  search(text: string, options: { matchCase?: boolean; matchWildcards?: boolean }): FakeRanges {
    return search(this.context, () => this.place, text, options);
  }

  expandTo(other: FakeRange): FakeRange {
    return new FakeRange(this.context, () => {
      const a = this.place;
      const b = other.place;
      if (a.table !== b.table || a.row !== b.row || a.column !== b.column) throw new FakeOfficeError('InvalidArgument');
      return { ...a, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
    });
  }

  insertComment(content: string): FakeCommentProxy {
    this.context.requires('1.4');
    const proxy = new FakeCommentProxy(this.context);
    this.context.enqueue(() => {
      const p = this.place;
      proxy.attach(this.context.fake.addComment(p.table, p.row, p.column, p.start, p.end, content, 'Signed-in user'));
    });
    return proxy;
  }

  insertBookmark(name: string): void {
    this.context.requires('1.4');
    if (!/^_?[A-Za-z][A-Za-z0-9_]{0,39}$/.test(name)) throw new FakeOfficeError('InvalidArgument');
    this.context.enqueue(() => this.context.fake.bookmarks.set(name, { ...this.place }));
  }

  insertText(text: string, mode: 'Replace' | 'End' | 'Start' | 'Before' | 'After'): FakeRange {
    this.context.enqueue(() => {
      const p = this.place;
      const [from, to] =
        mode === 'Replace'
          ? [p.start, p.end]
          : mode === 'End' || mode === 'After'
            ? [p.end, p.end]
            : [p.start, p.start];
      this.context.fake.edit(p, from, to, text, mode === 'Replace' ? p : undefined);
    });
    return this;
  }

  delete(): void {
    this.context.enqueue(() => {
      const p = this.place;
      this.context.fake.edit(p, p.start, p.end, '');
    });
  }

  select(): void {
    this.context.enqueue(() => (this.context.fake.selected = { ...this.place }));
  }
}

class FakeComments extends Loadable {
  load(_names: string): this {
    this.later(['items'], () =>
      this.context.fake.comments.map((c) => {
        const proxy = new FakeCommentProxy(this.context);
        proxy.attach(c);
        return proxy;
      }),
    );
    return this;
  }

  get items(): FakeCommentProxy[] {
    return this.read('items');
  }
}

class FakeCommentProxy extends Loadable {
  private comment?: FakeComment;
  /** What was loaded: a write shows in the document only after the next sync. */
  private snapshot?: { id: string; content: string; resolved: boolean; replies: number };

  attach(comment: FakeComment): void {
    this.comment = comment;
    this.snapshot = {
      id: String(comment.id),
      content: comment.content,
      resolved: comment.resolved,
      replies: comment.replies.length,
    };
  }

  private get model(): FakeComment {
    const comment = this.comment;
    if (!comment || !this.context.fake.comments.includes(comment)) throw new FakeOfficeError('ItemNotFound');
    return comment;
  }

  load(_names: string): this {
    this.context.onSync(() => this.attach(this.model));
    return this;
  }

  private get loadedSnapshot() {
    if (!this.snapshot) throw new Error('PropertyNotLoaded: the comment was not loaded.');
    return this.snapshot;
  }

  get id(): string {
    return this.loadedSnapshot.id;
  }
  get content(): string {
    return this.loadedSnapshot.content;
  }
  get resolved(): boolean {
    return this.loadedSnapshot.resolved;
  }
  get replies(): { items: unknown[] } {
    return { items: Array(this.loadedSnapshot.replies).fill({}) };
  }

  set content(text: string) {
    this.context.enqueue(() => (this.model.content = text));
  }

  set resolved(value: boolean) {
    this.context.enqueue(() => (this.model.resolved = value));
  }

  delete(): void {
    this.context.enqueue(() => {
      const comment = this.model;
      this.context.fake.comments = this.context.fake.comments.filter((c) => c !== comment);
    });
  }

  reply(text: string): void {
    this.context.enqueue(() => this.model.replies.push(text));
  }
}

/** The table the cursor is in, and the tables around it (Word's parentTableOrNullObject chain). */
class FakeParentTable extends Loadable {
  constructor(
    context: FakeContext,
    private readonly index: () => number | null,
  ) {
    super(context);
  }

  get parentTableOrNullObject(): FakeParentTable {
    return new FakeParentTable(this.context, () => {
      const own = this.index();
      return own === null ? null : (this.context.fake.tables[own]?.parent ?? null);
    });
  }

  load(_names: string): this {
    this.later(['isNullObject', 'values', 'rowCount', 'nestingLevel'], (name) => {
      const index = this.index();
      const table = index === null ? undefined : this.context.fake.tables[index];
      if (name === 'isNullObject') return !table;
      if (name === 'rowCount') return table?.rows.length;
      if (name === 'nestingLevel') return table?.nestingLevel;
      return table?.rows.map((r) => r.map((c) => c.text));
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get values(): string[][] {
    return this.read('values');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get nestingLevel(): number {
    return this.read('nestingLevel');
  }

  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraph {
    return new FakeParagraph(this.context, text, location === 'After' ? { afterTable: this.index } : 'end');
  }
}

class FakeSelection {
  readonly parentTableOrNullObject: FakeParentTable;

  constructor(private readonly context: FakeContext) {
    this.parentTableOrNullObject = new FakeParentTable(context, () => context.fake.selectedTable);
  }

  insertParagraph(text: string, _location: 'Before' | 'After'): FakeParagraph {
    return new FakeParagraph(this.context, text, 'end');
  }
}

type Anchor = 'start' | 'end' | { afterTable: number | (() => number | null) };

/** Paragraphs the add-in inserts around a new table; a table inserted after one lands where Word puts it. */
class FakeParagraph {
  readonly font = { bold: false, size: 11 };

  constructor(
    private readonly context: FakeContext,
    private readonly text: string,
    private readonly anchor: Anchor,
  ) {
    context.enqueue(() => {
      if (anchor === 'start') context.fake.paragraphs.unshift(text);
      else context.fake.paragraphs.push(text);
      if (context.fake.changeTrackingMode !== 'Off')
        context.fake.trackedEdits.push({
          table: -1,
          row: -1,
          column: -1,
          before: '',
          after: text,
          removed: '',
          inserted: text,
        });
    });
  }

  insertContentControl(): FakeContentControlProxy {
    return new FakeContentControlProxy(this.context, () => ({ paragraph: this.text }));
  }

  insertParagraph(text: string, _location: 'Before' | 'After'): FakeParagraph {
    return new FakeParagraph(this.context, text, this.anchor);
  }

  insertTable(rowCount: number, columnCount: number, _location: string, values: string[][]): FakeTableProxy {
    const fake = this.context.fake;
    let index = fake.tables.length;
    this.context.enqueue(() => {
      // After the anchor table and everything nested in it; a paragraph after a nested table is still
      // inside the outer table's cell, so the new table is nested there too.
      const after = typeof this.anchor === 'object' ? this.anchor.afterTable : null;
      const anchorIndex = typeof after === 'function' ? after() : after;
      let nestingLevel = 1;
      let parent: number | undefined;
      index = fake.tables.length;
      if (anchorIndex !== null && anchorIndex !== undefined && fake.tables[anchorIndex]) {
        const anchorTable = fake.tables[anchorIndex];
        nestingLevel = anchorTable.nestingLevel;
        parent = anchorTable.parent;
        index = anchorIndex + 1;
        while (index < fake.tables.length && fake.tables[index].nestingLevel > anchorTable.nestingLevel) index++;
      }
      const table: FakeTable = {
        rows: values
          .slice(0, rowCount)
          .map((row) => row.slice(0, columnCount).map((text) => ({ text, highlights: [] }))),
        nestingLevel,
        parent,
      };
      fake.tables.splice(index, 0, table);
      for (const t of fake.tables) if (t !== table && t.parent !== undefined && t.parent >= index) t.parent++;
      proxy.bind(index);
    });
    const proxy = new FakeInsertedTable(this.context);
    return proxy as unknown as FakeTableProxy;
  }
}

/** A table proxy whose index is known only once the batch has inserted it. */
class FakeInsertedTable {
  private index = -1;

  constructor(private readonly context: FakeContext) {}

  bind(index: number): void {
    this.index = index;
  }

  private get model(): FakeTable {
    return this.context.fake.tables[this.index];
  }

  set headerRowCount(count: number) {
    this.context.enqueue(() => (this.model.headerRowCount = count));
  }

  set styleBuiltIn(style: string) {
    this.context.enqueue(() => (this.model.style = style));
  }

  getCell(row: number, column: number): { body: FakeCellBody } {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the place is read when the batch runs
    const self = this;
    const at = {
      get table() {
        return self.index;
      },
      row,
      column,
    };
    return { body: new FakeCellBody(this.context, at) };
  }

  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraph {
    return new FakeParagraph(this.context, text, location === 'After' ? { afterTable: () => this.index } : 'end');
  }
}
