// A typed, in-memory fake of the part of the Word API the add-in uses. Like Office.js, reading a
// property that was not loaded and synced throws, every context.sync() is counted, and nothing queued
// reaches the document until sync: so tests see what Word would do, and what the user would see.
import type { WordHost } from '../../src/word/WordPlanDocument';

export interface FakeSpan {
  start: number;
  end: number;
}

export interface FakeCell {
  text: string;
  /** Highlight per character span; the user's and ours alike. */
  highlights: Array<FakeSpan & { colour: string }>;
  /** Words deleted as a tracked change: Word's `values` still include them, the current text does not. */
  deleted?: string;
}

export interface FakeTable {
  rows: FakeCell[][];
  nestingLevel: number;
  headerRowCount?: number;
  style?: string;
}

export interface FakeComment {
  id: number;
  content: string;
  table: number;
  row: number;
  column: number;
  start: number;
  end: number;
  replies: string[];
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
  table: number;
  row: number;
  column: number;
  before: string;
  after: string;
}

export class FakeWordDocument {
  tables: FakeTable[];
  paragraphs: string[];
  comments: FakeComment[] = [];
  changeTrackingMode = 'Off';
  trackedEdits: TrackedEdit[] = [];
  contentControls: FakeContentControl[] = [];
  settings = new Map<string, unknown>();
  syncs = 0;
  selectedTable: number | null = null;
  selected?: { table: number; row: number; column: number; start: number; end: number };
  /** Throws on the next sync, as Word does for a protected document. */
  failNextSync?: string;
  /** Tracked-change text in the body: current and original differ when set. */
  hasTrackedChanges = false;
  private nextCommentId = 1;

  constructor(tables: string[][][], paragraphs: string[] = []) {
    this.tables = tables.map((rows) => ({
      rows: rows.map((row) => row.map((text) => ({ text, highlights: [] }))),
      nestingLevel: 1,
    }));
    this.paragraphs = paragraphs;
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
    const comment = { id: this.nextCommentId++, content, table, row, column, start, end, replies: [], author };
    this.comments.push(comment);
    return comment;
  }

  cell(table: number, row: number, column: number): FakeCell {
    const cell = this.tables[table]?.rows[row]?.[column];
    if (!cell) throw new Error(`ItemNotFound: no cell ${table}/${row}/${column}`);
    return cell;
  }

  highlightAt(table: number, row: number, column: number, start: number, end: number): string | null {
    const spans = this.cell(table, row, column).highlights.filter((h) => h.start <= start && h.end >= end);
    return spans.length ? spans[spans.length - 1].colour : null;
  }

  host(sets: string[] = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8']): WordHost & { saves: number } {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the host's functions close over this document
    const fake = this;
    const host = {
      saves: 0,
      run: async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> =>
        batch(new FakeContext(fake) as unknown as Word.RequestContext),
      isSetSupported: (name: string, version: string) => name === 'WordApi' && sets.includes(version),
      settings: {
        get: (key: string) => (fake.settings.has(key) ? structuredClone(fake.settings.get(key)) : null),
        set: (key: string, value: unknown) => void fake.settings.set(key, structuredClone(value)),
        saveAsync: (callback?: (result: Office.AsyncResult<void>) => void) => {
          host.saves++;
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
  private readonly loads: Array<() => void> = [];

  constructor(readonly fake: FakeWordDocument) {
    this.document = new FakeDocumentProxy(this);
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
  }

  onSync(load: () => void): void {
    this.loads.push(load);
  }

  async sync(): Promise<void> {
    this.fake.syncs++;
    if (this.fake.failNextSync) {
      const message = this.fake.failNextSync;
      this.fake.failNextSync = undefined;
      this.queue.length = 0;
      this.loads.length = 0;
      throw new Error(message);
    }
    // Writes first, in the order queued, then the loads, as Word answers a batch.
    for (const operation of this.queue.splice(0)) operation();
    for (const load of this.loads.splice(0)) load();
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
    this.context.enqueue(() => (this.context.fake.changeTrackingMode = mode));
  }

  getSelection(): FakeSelection {
    return new FakeSelection(this.context);
  }
}

class FakeValue extends Loadable {
  constructor(context: FakeContext, fetch: () => string) {
    super(context);
    this.later(['value'], fetch);
  }

  get value(): string {
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
    const fake = this.context.fake;
    return new FakeValue(this.context, () =>
      (fake.hasTrackedChanges || fake.tables.some((t) => t.rows.some((r) => r.some((c) => c.deleted)))) &&
      version === 'Original'
        ? 'original text'
        : 'current text',
    );
  }

  getComments(): FakeComments {
    return new FakeComments(this.context);
  }

  insertParagraph(text: string, location: 'Start' | 'End'): void {
    this.context.enqueue(() =>
      location === 'Start' ? this.context.fake.paragraphs.unshift(text) : this.context.fake.paragraphs.push(text),
    );
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
function valuesText(cell: FakeCell): string {
  return cell.text + (cell.deleted ?? '');
}

function isUniform(table: FakeTable): boolean {
  return table.rows.every((row) => row.length === table.rows[0].length);
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
    if (!table) throw new Error(`ItemNotFound: there is no table ${this.index + 1}`);
    return table;
  }

  /** Called while a sync answers a collection load. */
  loadNow(paths: string[]): void {
    const model = this.model;
    for (const path of paths) {
      if (path === 'values') {
        // Word fills a merged-cell table's missing cells with empty strings in `values`; rows tell the truth.
        const width = Math.max(...model.rows.map((r) => r.length));
        this.props.set(
          'values',
          model.rows.map((r) => [...r.map(valuesText), ...Array(width - r.length).fill('')]),
        );
      } else if (path === 'rowCount') this.props.set('rowCount', model.rows.length);
      else if (path === 'isUniform') this.props.set('isUniform', isUniform(model));
      else if (path === 'nestingLevel') this.props.set('nestingLevel', model.nestingLevel);
      else if (path === 'rows/items/values')
        this.props.set('rows', { items: model.rows.map((r) => ({ values: [r.map(valuesText)] })) });
      else if (path === 'cellIndex' || path.endsWith('/cellIndex'))
        throw new Error('GeneralException: cellIndex cannot be loaded on merged cells');
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
  get rows(): { items: Array<{ values: string[][] }> } {
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
    return { body: new FakeCellBody(this.context, () => this.index, row, column) };
  }

  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraph {
    return new FakeParagraph(this.context, text, location);
  }
}

class FakeCellBody {
  constructor(
    private readonly context: FakeContext,
    private readonly table: () => number,
    private readonly row: number,
    private readonly column: number,
  ) {}

  search(text: string, _options: { matchCase: boolean }): FakeRanges {
    if (text.length > 255) throw new Error('InvalidArgument: search string longer than 255 characters');
    const literal = text.replace(/\^\^/g, '^');
    return new FakeRanges(this.context, () => {
      const cell = this.context.fake.cell(this.table(), this.row, this.column);
      const found: FakeRange[] = [];
      for (let at = cell.text.indexOf(literal); at >= 0 && literal; at = cell.text.indexOf(literal, at + 1)) {
        found.push(new FakeRange(this.context, this.table(), this.row, this.column, at, at + literal.length));
      }
      return found;
    });
  }

  getRange(_location: 'Content' | 'Whole'): FakeRange {
    // Resolved when the batch runs, as Office.js proxies are: the whole cell, whatever it holds then.
    return new FakeRange(this.context, this.table(), this.row, this.column, 0, Number.POSITIVE_INFINITY);
  }

  getReviewedText(_version: string): FakeValue {
    return new FakeValue(this.context, () => this.context.fake.cell(this.table(), this.row, this.column).text);
  }

  insertContentControl(): FakeContentControlProxy {
    return new FakeContentControlProxy(this.context, () => {
      this.context.fake.cell(this.table(), this.row, this.column); // fails the batch if the cell is not there
      return { table: this.table(), row: this.row, column: this.column };
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
    throw new Error('NotAllowed: The action isn’t supported by Word in a browser.');
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
      this.context.fake.highlightAt(
        this.range.table,
        this.range.row,
        this.range.column,
        this.range.start,
        this.range.end,
      ),
    );
    this.loaded.add('highlightColor');
  }

  get highlightColor(): string | null {
    return this.read('highlightColor');
  }

  set highlightColor(colour: string | null) {
    const { table, row, column, start, end } = this.range;
    this.context.enqueue(() => {
      const cell = this.context.fake.cell(table, row, column);
      cell.highlights = cell.highlights.filter((h) => !(h.start === start && h.end === end));
      if (colour) cell.highlights.push({ start, end, colour });
    });
  }

  set italic(_value: boolean) {}
  set color(_value: string) {}
  set bold(_value: boolean) {}
  set size(_value: number) {}
}

class FakeRange extends Loadable {
  readonly font: FakeFont;

  constructor(
    context: FakeContext,
    readonly table: number,
    readonly row: number,
    readonly column: number,
    readonly start: number,
    private readonly endAt: number,
  ) {
    super(context);
    this.font = new FakeFont(context, this);
  }

  get end(): number {
    return Math.min(this.endAt, this.context.fake.cell(this.table, this.row, this.column).text.length);
  }

  loadNow(paths: string[]): void {
    for (const path of paths) {
      if (path === 'text') {
        this.props.set(
          'text',
          this.context.fake.cell(this.table, this.row, this.column).text.slice(this.start, this.end),
        );
        this.loaded.add('text');
      } else if (path === 'font/highlightColor') this.font.loadNow();
    }
  }

  load(names: string): this {
    this.context.onSync(() => this.loadNow(names.split(',')));
    return this;
  }

  get text(): string {
    return this.read('text');
  }

  expandTo(other: FakeRange): FakeRange {
    return new FakeRange(this.context, this.table, this.row, this.column, this.start, other.endAt);
  }

  insertComment(content: string): void {
    this.context.enqueue(() =>
      this.context.fake.addComment(this.table, this.row, this.column, this.start, this.end, content, 'Signed-in user'),
    );
  }

  insertText(text: string, mode: 'Replace' | 'End'): void {
    this.context.enqueue(() => {
      const fake = this.context.fake;
      const cell = fake.cell(this.table, this.row, this.column);
      const before = cell.text;
      const [from, to] = mode === 'End' ? [this.end, this.end] : [this.start, this.end];
      cell.text = before.slice(0, from) + text + before.slice(to);
      const shift = text.length - (to - from);
      cell.highlights = cell.highlights
        .filter((h) => h.end <= from || h.start >= to)
        .map((h) => (h.start >= to ? { ...h, start: h.start + shift, end: h.end + shift } : h));
      if (fake.changeTrackingMode === 'TrackAll')
        fake.trackedEdits.push({ table: this.table, row: this.row, column: this.column, before, after: cell.text });
    });
  }

  select(): void {
    this.context.enqueue(
      () =>
        (this.context.fake.selected = {
          table: this.table,
          row: this.row,
          column: this.column,
          start: this.start,
          end: this.end,
        }),
    );
  }
}

class FakeComments extends Loadable {
  load(_names: string): this {
    this.later(['items'], () => this.context.fake.comments.map((c) => new FakeCommentProxy(this.context, c)));
    return this;
  }

  get items(): FakeCommentProxy[] {
    return this.read('items');
  }
}

class FakeCommentProxy {
  /** The content as loaded: a write shows in the document only after the next sync. */
  private readonly loadedContent: string;

  constructor(
    private readonly context: FakeContext,
    private readonly comment: FakeComment,
  ) {
    this.loadedContent = comment.content;
  }

  get content(): string {
    return this.loadedContent;
  }

  set content(text: string) {
    this.context.enqueue(() => (this.comment.content = text));
  }

  delete(): void {
    this.context.enqueue(
      () => (this.context.fake.comments = this.context.fake.comments.filter((c) => c !== this.comment)),
    );
  }

  reply(text: string): void {
    this.context.enqueue(() => this.comment.replies.push(text));
  }
}

class FakeSelection {
  readonly parentTableOrNullObject: FakeParentTable;

  constructor(private readonly context: FakeContext) {
    this.parentTableOrNullObject = new FakeParentTable(context);
  }

  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraph {
    return new FakeParagraph(this.context, text, location);
  }
}

class FakeParentTable extends Loadable {
  load(_names: string): this {
    this.later(['isNullObject', 'values', 'rowCount'], (name) => {
      const index = this.context.fake.selectedTable;
      const table = index === null ? undefined : this.context.fake.tables[index];
      if (name === 'isNullObject') return !table;
      if (name === 'rowCount') return table?.rows.length;
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

  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraph {
    return new FakeParagraph(this.context, text, location);
  }
}

/** Paragraphs the add-in inserts around a new table; the table itself lands in the fake's tables. */
class FakeParagraph {
  readonly font = { bold: false, size: 11 };

  constructor(
    private readonly context: FakeContext,
    private readonly text: string,
    _location: string,
  ) {
    context.enqueue(() => context.fake.paragraphs.push(text));
  }

  insertContentControl(): FakeContentControlProxy {
    return new FakeContentControlProxy(this.context, () => ({ paragraph: this.text }));
  }

  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraph {
    return new FakeParagraph(this.context, text, location);
  }

  insertTable(rowCount: number, columnCount: number, _location: string, values: string[][]): FakeTableProxy {
    const fake = this.context.fake;
    const index = fake.tables.length;
    this.context.enqueue(() =>
      fake.tables.push({
        rows: values
          .slice(0, rowCount)
          .map((row) => row.slice(0, columnCount).map((text) => ({ text, highlights: [] }))),
        nestingLevel: 1,
      }),
    );
    return new FakeTableProxy(this.context, index);
  }
}
