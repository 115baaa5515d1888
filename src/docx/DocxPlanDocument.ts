// A plan document as a .docx file, outside Word: the browser preview's document and the command line's.
// It implements the same PlanDocument interface as Word, writing real Word highlights, comments and
// tracked changes, and it never changes text outside what it is asked to change.
import { applyRewriteBySuggestions } from '../document/applyRewrite';
import type { RowRewrite } from '../engine/rewrite/types';
import JSZip from 'jszip';
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
import { COMMENT_TAG, commentLines } from '../document/commentText';
import { newPackageParts, paragraph, planBlocks, runsFor, sectionProperties } from './build';
import { readCell, readTables, surroundingText, type CellModel, type TableModel } from './cells';
import {
  CT,
  DocxError,
  PKG_REL,
  W,
  child,
  children,
  descendants,
  el,
  parseXml,
  serialiseXml,
  textEl,
  wAttr,
} from './xml';

export { DocxError } from './xml';

/** Highlight colour per severity: readable on screen and distinct in grey when printed. */
export const HIGHLIGHT: Record<Severity, string> = { error: 'red', warning: 'yellow', info: 'cyan' };
/** Hidden bookmarks (a leading underscore hides them in Word) around the runs we highlighted. */
const BOOKMARK_PREFIX = '_SmartPlanH_';
const COMMENTS_PART = 'word/comments.xml';
const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
/** Word 2013+ keeps each comment's resolved state and replies here, keyed by its last paragraph's w14:paraId. */
const EXTENDED_PART = 'word/commentsExtended.xml';
const EXTENDED_TYPE = 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
const CUSTOM_PART = 'docProps/custom.xml';
const CUSTOM_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
const IGNORED_PROPERTY = 'SmartPlanIgnored';
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const RPR_AFTER_HIGHLIGHT = [
  'u',
  'effect',
  'bdr',
  'shd',
  'fitText',
  'vertAlign',
  'rtl',
  'cs',
  'em',
  'lang',
  'eastAsianLayout',
  'specVanish',
  'oMath',
  'rPrChange',
];

export interface DocxOpenOptions {
  /** Name written on comments and tracked changes. */
  author?: string;
  /** Initials on comments; by default the first letters of the author's name. */
  initials?: string;
}

export interface DocumentSelection {
  table: number;
  row: number;
  column: number;
  start: number;
  end: number;
}

function defaultAuthor(): string {
  const env = typeof process !== 'undefined' ? process.env : undefined;
  return env?.SMART_PLAN_AUTHOR || env?.USER || env?.USERNAME || 'SMART Plan Checker';
}

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

export class DocxPlanDocument implements PlanDocument {
  private readonly zip: JSZip;
  private readonly doc: Document;
  private comments?: Document;
  private commentsExtended?: Document;
  private readonly author: string;
  private readonly initials?: string;
  private cursorTable: number | null = null;
  private listeners = new Set<() => void>();
  private pendingParts: Promise<void> = Promise.resolve();
  /** Id counters while one mark() runs, so each new mark does not rescan the document. */
  private ids?: { comment: number; bookmark: number };
  /** The words the user last asked to go to, for the preview to show. */
  selection: DocumentSelection | null = null;

  private constructor(zip: JSZip, doc: Document, comments: Document | undefined, options: DocxOpenOptions) {
    this.zip = zip;
    this.doc = doc;
    this.comments = comments;
    this.author = options.author ?? defaultAuthor();
    this.initials = options.initials;
  }

  static async open(bytes: Uint8Array | ArrayBuffer, options: DocxOpenOptions = {}): Promise<DocxPlanDocument> {
    const data = toBytes(bytes);
    if (OLE_SIGNATURE.every((b, i) => data[i] === b)) {
      throw new DocxError(
        'This file is password-protected or in the old .doc format. Save it as a .docx without a password and try again.',
      );
    }
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(data);
    } catch {
      throw new DocxError(
        'This is not a .docx file (it could not be opened as one). Save it from Word as a .docx and try again.',
      );
    }
    const main = zip.file('word/document.xml');
    if (!main) throw new DocxError('This file has no Word document inside it, so it is not a .docx plan.');
    const doc = parseXml(await main.async('string'), 'word/document.xml');
    const commentsFile = zip.file(COMMENTS_PART);
    const comments = commentsFile ? parseXml(await commentsFile.async('string'), COMMENTS_PART) : undefined;
    const document = new DocxPlanDocument(zip, doc, comments, options);
    const extended = zip.file(EXTENDED_PART);
    if (extended) document.commentsExtended = parseXml(await extended.async('string'), EXTENDED_PART);
    return document;
  }

  /** A new document holding one plan table. */
  static async create(spec: PlanTableSpec, options: DocxOpenOptions = {}): Promise<DocxPlanDocument> {
    const zip = new JSZip();
    for (const [name, content] of Object.entries(newPackageParts(spec.title))) zip.file(name, content);
    const document = await DocxPlanDocument.open(await zip.generateAsync({ type: 'uint8array' }), options);
    document.appendBlocks(planBlocks(document.doc, spec, undefined, { startOfDocument: true }));
    if (spec.orientation === 'landscape') {
      const old = children(document.body, 'sectPr')[0];
      const turned = sectionProperties(document.doc, 'landscape');
      turned.removeChild(children(turned, 'type')[0]);
      if (old) document.body.replaceChild(turned, old);
      else document.body.appendChild(turned);
    }
    return document;
  }

  async save(): Promise<Uint8Array> {
    await this.pendingParts;
    this.zip.file('word/document.xml', serialiseXml(this.doc));
    if (this.comments) this.zip.file(COMMENTS_PART, serialiseXml(this.comments));
    if (this.commentsExtended) this.zip.file(EXTENDED_PART, serialiseXml(this.commentsExtended));
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }

  // ---- the preview's hooks -------------------------------------------------------------------

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  setCursorTable(index: number | null): void {
    this.cursorTable = index;
  }

  get body(): Element {
    const body = descendants(this.doc, 'body')[0];
    if (!body) throw new DocxError('The document has no body.');
    return body;
  }

  tableModels(): TableModel[] {
    return readTables(this.body);
  }

  /** Comments in the document: ours carry the tag. */
  commentList(): Array<{ id: string; author: string; text: string; ours: boolean }> {
    if (!this.comments) return [];
    return descendants(this.comments, 'comment').map((c) => {
      const text = descendants(c, 'p')
        .map((p) =>
          descendants(p, 't')
            .map((t) => t.textContent ?? '')
            .join(''),
        )
        .join('\n');
      return { id: wAttr(c, 'id') ?? '', author: wAttr(c, 'author') ?? '', text, ours: text.includes(COMMENT_TAG) };
    });
  }

  /** Replaces a cell's text, keeping the first paragraph's and first run's formatting (the preview's in-place edit). */
  editCell(table: number, row: number, column: number, text: string): void {
    const cell = this.cell(table, row, column);
    if (cell.mergedContinuation)
      throw new DocxError('This cell is merged with the one above it; edit that one instead.');
    const paragraphs = children(cell.tc, 'p');
    const first = paragraphs[0] ?? cell.tc.appendChild(el(this.doc, 'p'));
    const rPr = descendants(first, 'rPr').find((r) => (r.parentNode as Element).localName === 'r') ?? null;
    for (const p of paragraphs.slice(1)) cell.tc.removeChild(p);
    for (const kid of children(first)) if (kid.localName !== 'pPr') first.removeChild(kid);
    for (const sdt of children(cell.tc, 'sdt')) cell.tc.removeChild(sdt);
    for (const run of runsFor(this.doc, text, rPr)) first.appendChild(run);
    this.changed();
  }

  // ---- PlanDocument ---------------------------------------------------------------------------

  async capabilities(): Promise<DocumentCapabilities> {
    return {
      host: 'docx',
      comments: true,
      trackedChanges: true,
      critiques: false,
      insertTables: true,
      limitations: [],
    };
  }

  async readTables(scope: CheckScope): Promise<ReadResult> {
    const notes: string[] = [];
    const tables = this.tableModels().map((model) => {
      if (model.nestingLevel > 0)
        notes.push(`Table ${model.index + 1} sits inside another table; it is checked on its own.`);
      return {
        index: model.index,
        nestingLevel: model.nestingLevel,
        rows: model.rows.map((row) => row.map((cell) => cell.text)),
        selected: model.index === this.cursorTable,
      };
    });
    const chosen = scope === 'selection' ? tables.filter((t) => t.selected) : tables;
    if (scope === 'selection' && chosen.length === 0)
      notes.push('The cursor is not in a table. Click in a plan table, or check the whole document.');
    return { tables: chosen, surroundingText: surroundingText(this.body), notes };
  }

  async mark(findings: Finding[], options: MarkOptions): Promise<MarkResult> {
    const resolved = this.removeOurMarks().comments;
    const result: MarkResult = { highlighted: 0, commented: 0, resolved, notFound: [] };
    // Right to left within each cell, so earlier offsets stay true while we split runs.
    const ordered = [...findings]
      .filter((f) => f.table >= 0)
      .sort((a, b) => a.table - b.table || a.row - b.row || a.column - b.column || b.start - a.start);
    const models = this.tableModels();
    this.ids = { comment: this.nextCommentId(), bookmark: this.nextBookmarkId() };
    for (const finding of ordered) {
      const span = this.locate(finding, models);
      if (!span) {
        result.notFound.push(finding.id);
        continue;
      }
      const runs = this.isolate(span.cell, span.start, span.end);
      if (this.highlight(runs, HIGHLIGHT[finding.severity])) result.highlighted++;
      if (options.comments) {
        this.comment(span.cell, runs, this.commentText(finding), options.author ?? this.author);
        result.commented++;
      }
    }
    result.resolved = Math.max(0, resolved - result.commented);
    this.ids = undefined;
    this.changed();
    return result;
  }

  async clearMarks(): Promise<number> {
    const removed = this.removeOurMarks();
    this.changed();
    return removed.comments + removed.highlights;
  }

  async applyRewrite(rewrite: RowRewrite, options: ApplyOptions): Promise<void> {
    await applyRewriteBySuggestions(this, rewrite, options);
  }

  async applySuggestion(finding: Finding, text: string, options: ApplyOptions): Promise<void> {
    const kind = finding.suggestion?.kind ?? 'replace-span';
    const cell = this.cell(finding.table, finding.row, finding.column);
    let start: number;
    let end: number;
    if (kind === 'replace-cell') {
      start = 0;
      end = cell.text.length;
    } else if (kind === 'append') {
      start = end = cell.text.trimEnd().length;
    } else {
      const span = this.locate(finding);
      if (!span)
        throw new DocxError('The words at fault have changed since the check. Check the plan again, then apply.');
      ({ start, end } = span);
    }
    const runs = this.isolate(cell, start, end);
    const anchor = runs[runs.length - 1] ?? this.lastRun(cell);
    const rPr = (runs[0] ?? anchor) ? child(runs[0] ?? anchor!, 'rPr') : undefined;
    const insertText = kind === 'append' && cell.text.trim() && !/^\s/.test(text) ? ` ${text}` : text;
    const newRuns = runsFor(this.doc, insertText, rPr ? (rPr.cloneNode(true) as Element) : null);
    for (const run of newRuns) {
      const highlight = descendants(run, 'highlight')[0];
      if (highlight) highlight.parentNode?.removeChild(highlight);
    }
    const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    if (options.tracked) {
      let id = this.nextRevisionId();
      for (const run of runs) {
        const del = el(this.doc, 'del', { id: String(id++), author: this.author, date });
        run.parentNode!.insertBefore(del, run);
        del.appendChild(run);
        for (const t of children(run, 't')) {
          const delText = textEl(this.doc, t.textContent ?? '', 'delText');
          run.replaceChild(delText, t);
        }
      }
      const ins = el(this.doc, 'ins', { id: String(id), author: this.author, date }, newRuns);
      this.insertAfter(ins, runs.length ? (runs[runs.length - 1].parentNode as Element) : anchor, cell);
    } else {
      const after = runs.length ? runs[runs.length - 1] : anchor;
      for (const run of newRuns) this.insertAfter(run, after, cell);
      for (const run of runs) run.parentNode?.removeChild(run);
    }
    this.changed();
  }

  async select(finding: Finding): Promise<void> {
    const span = this.locate(finding);
    if (!span) throw new DocxError('Those words are no longer in the document.');
    this.selection = {
      table: finding.table,
      row: finding.row,
      column: finding.column,
      start: span.start,
      end: span.end,
    };
    this.changed();
  }

  async insertPlanTable(spec: PlanTableSpec): Promise<void> {
    const blocks = planBlocks(this.doc, spec, this.nextControlId());
    const tables = this.tableModels();
    const cursor = this.cursorTable !== null ? tables[this.cursorTable] : undefined;
    if (cursor) {
      // After the table the cursor is in (its outermost table, so we never nest a plan in a cell).
      let top: Element = cursor.tbl;
      while (top.parentNode && top.parentNode !== this.body) top = top.parentNode as Element;
      let after: Node = top;
      const gap = paragraph(this.doc, '');
      this.body.insertBefore(gap, after.nextSibling);
      after = gap;
      for (const block of blocks) {
        this.body.insertBefore(block, after.nextSibling);
        after = block;
      }
    } else {
      this.appendBlocks(blocks);
    }
    this.changed();
  }

  async insertSummary(text: string): Promise<void> {
    const first = this.body.firstChild;
    const lines = text.split('\n');
    lines.forEach((line, i) => this.body.insertBefore(paragraph(this.doc, line, { bold: i === 0 }), first));
    this.body.insertBefore(paragraph(this.doc, ''), first);
    this.changed();
  }

  async getState(): Promise<DocumentState> {
    const file = this.zip.file(CUSTOM_PART);
    if (!file) return { ignored: [] };
    const custom = parseXml(await file.async('string'), CUSTOM_PART);
    const property = Array.from(custom.getElementsByTagName('property')).find(
      (p) => p.getAttribute('name') === IGNORED_PROPERTY,
    );
    try {
      const ignored = JSON.parse(property?.textContent ?? '[]');
      return { ignored: Array.isArray(ignored) ? ignored.filter((x) => typeof x === 'string') : [] };
    } catch {
      return { ignored: [] };
    }
  }

  async setState(state: DocumentState): Promise<void> {
    const value = JSON.stringify(state.ignored).replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const existing = this.zip.file(CUSTOM_PART);
    let xml: string;
    if (existing) {
      const custom = parseXml(await existing.async('string'), CUSTOM_PART);
      const root = custom.documentElement;
      const props = Array.from(root.getElementsByTagName('property'));
      for (const p of props) if (p.getAttribute('name') === IGNORED_PROPERTY) root.removeChild(p);
      const pid = Math.max(1, ...props.map((p) => Number(p.getAttribute('pid')) || 1)) + 1;
      const property = custom.createElementNS(root.namespaceURI, 'property');
      property.setAttribute('fmtid', '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}');
      property.setAttribute('pid', String(pid));
      property.setAttribute('name', IGNORED_PROPERTY);
      const lpwstr = custom.createElementNS(
        'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
        'vt:lpwstr',
      );
      lpwstr.appendChild(custom.createTextNode(JSON.stringify(state.ignored)));
      property.appendChild(lpwstr);
      root.appendChild(property);
      xml = serialiseXml(custom);
    } else {
      xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${IGNORED_PROPERTY}"><vt:lpwstr>${value}</vt:lpwstr></property></Properties>`;
      await this.addPart(
        CUSTOM_PART,
        '_rels/.rels',
        CUSTOM_TYPE,
        'application/vnd.openxmlformats-officedocument.custom-properties+xml',
        'docProps/custom.xml',
      );
    }
    this.zip.file(CUSTOM_PART, xml);
  }

  // ---- inside the XML -------------------------------------------------------------------------

  private cell(table: number, row: number, column: number, models?: TableModel[]): CellModel {
    const model = (models ?? this.tableModels())[table];
    const known = model?.rows[row]?.[column];
    // The table structure may be reused, but the cell is read afresh: earlier marks split its runs.
    const cell = known && models ? readCell(known.tc) : known;
    if (!cell) throw new DocxError(`There is no cell at table ${table + 1}, row ${row + 1}, column ${column + 1}.`);
    return cell;
  }

  /** Where the finding's words are now: at their offsets if unchanged, else the same words elsewhere in the cell. */
  private locate(finding: Finding, models?: TableModel[]): { cell: CellModel; start: number; end: number } | undefined {
    let cell: CellModel;
    try {
      cell = this.cell(finding.table, finding.row, finding.column, models);
    } catch {
      return undefined;
    }
    if (cell.mergedContinuation) return undefined;
    if (cell.text.slice(finding.start, finding.end) === finding.quote)
      return { cell, start: finding.start, end: finding.end };
    const at = finding.quote ? cell.text.indexOf(finding.quote) : -1;
    return at >= 0 ? { cell, start: at, end: at + finding.quote.length } : undefined;
  }

  /** Splits runs so that [start, end) is covered by whole runs, and returns those runs in order. */
  private isolate(cell: CellModel, start: number, end: number): Element[] {
    let current = cell;
    for (const boundary of [start, end]) {
      const segment = current.segments.find((s) => s.t && s.start < boundary && boundary < s.end);
      if (segment?.t && segment.run) {
        this.splitRun(segment.run, segment.t, boundary - segment.start);
        current = readCell(current.tc);
      }
    }
    const runs: Element[] = [];
    for (const segment of current.segments) {
      if (
        segment.run &&
        segment.start >= start &&
        segment.end <= end &&
        segment.end > segment.start &&
        !runs.includes(segment.run)
      )
        runs.push(segment.run);
    }
    return runs;
  }

  private splitRun(run: Element, t: Element, at: number): void {
    const clone = run.cloneNode(true) as Element;
    const kids = children(run);
    const index = kids.indexOf(t);
    const text = t.textContent ?? '';
    for (const kid of kids.slice(index + 1)) run.removeChild(kid);
    t.textContent = text.slice(0, at);
    const cloneKids = children(clone);
    for (const kid of cloneKids.slice(0, index)) if (kid.localName !== 'rPr') clone.removeChild(kid);
    cloneKids[index].textContent = text.slice(at);
    for (const piece of [t, cloneKids[index]])
      piece.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
    run.parentNode!.insertBefore(clone, run.nextSibling);
  }

  /** Highlights the runs the user had not highlighted, inside a hidden bookmark so we can undo exactly that. */
  private highlight(runs: Element[], colour: string): boolean {
    const ours = runs.filter((run) => {
      const props = child(run, 'rPr');
      return !(props && child(props, 'highlight'));
    });
    if (ours.length === 0) return false;
    // One bookmark per unbroken group of runs we highlight.
    let group: Element[] = [];
    const flush = () => {
      if (!group.length) return;
      const id = this.ids ? this.ids.bookmark++ : this.nextBookmarkId();
      const name = `${BOOKMARK_PREFIX}${id}`;
      group[0].parentNode!.insertBefore(el(this.doc, 'bookmarkStart', { id: String(id), name }), group[0]);
      const last = group[group.length - 1];
      last.parentNode!.insertBefore(el(this.doc, 'bookmarkEnd', { id: String(id) }), last.nextSibling);
      group = [];
    };
    for (const run of runs) {
      if (!ours.includes(run)) {
        flush();
        continue;
      }
      let props = child(run, 'rPr');
      if (!props) props = run.insertBefore(el(this.doc, 'rPr'), run.firstChild);
      const before = children(props).find((c) => RPR_AFTER_HIGHLIGHT.includes(c.localName));
      props.insertBefore(el(this.doc, 'highlight', { val: colour }), before ?? null);
      if (group.length && group[group.length - 1].parentNode !== run.parentNode) flush();
      group.push(run);
    }
    flush();
    return true;
  }

  private commentText(finding: Finding): string[] {
    return commentLines(finding);
  }

  private comment(cell: CellModel, runs: Element[], lines: string[], author: string): void {
    const comments = this.ensureComments();
    const id = String(this.nextCommentId());
    const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    // Built in the comments part itself: importing from the document would clone every node again.
    const paragraphs = lines.map((line, i) => {
      const p = el(comments, 'p', {}, [el(comments, 'pPr', {}, [el(comments, 'pStyle', { val: 'CommentText' })])]);
      if (i === 0)
        p.appendChild(
          el(comments, 'r', {}, [
            el(comments, 'rPr', {}, [el(comments, 'rStyle', { val: 'CommentReference' })]),
            el(comments, 'annotationRef'),
          ]),
        );
      p.appendChild(el(comments, 'r', {}, [textEl(comments, line)]));
      return p;
    });
    const comment = comments.createElementNS(W, 'w:comment');
    comment.setAttributeNS(W, 'w:id', id);
    comment.setAttributeNS(W, 'w:author', author);
    comment.setAttributeNS(W, 'w:date', date);
    comment.setAttributeNS(
      W,
      'w:initials',
      ((author === this.author ? this.initials : undefined) ??
        author
          .split(/\s+/)
          .map((w) => w[0] ?? '')
          .join('')
          .slice(0, 4)) ||
        'SP',
    );
    for (const p of paragraphs) comment.appendChild(p);
    comments.documentElement.appendChild(comment);
    // Word finds a comment's resolved state and replies through its last paragraph's id.
    const paraId = (0x53500000 + Number(id)).toString(16).toUpperCase();
    paragraphs[paragraphs.length - 1].setAttributeNS(W14, 'w14:paraId', paraId);
    const extended = this.ensureCommentsExtended();
    const entry = extended.createElementNS(W15, 'w15:commentEx');
    entry.setAttributeNS(W15, 'w15:paraId', paraId);
    entry.setAttributeNS(W15, 'w15:done', '0');
    extended.documentElement.appendChild(entry);

    const start = el(this.doc, 'commentRangeStart', { id });
    const end = el(this.doc, 'commentRangeEnd', { id });
    const reference = el(this.doc, 'r', {}, [
      el(this.doc, 'rPr', {}, [el(this.doc, 'rStyle', { val: 'CommentReference' })]),
      el(this.doc, 'commentReference', { id }),
    ]);
    if (runs.length) {
      const first = runs[0];
      const last = runs[runs.length - 1];
      const firstMarker =
        first.previousSibling && (first.previousSibling as Element).localName === 'bookmarkStart'
          ? first.previousSibling
          : first;
      first.parentNode!.insertBefore(start, firstMarker);
      const afterLast =
        last.nextSibling && (last.nextSibling as Element).localName === 'bookmarkEnd' ? last.nextSibling : last;
      last.parentNode!.insertBefore(end, afterLast.nextSibling);
      last.parentNode!.insertBefore(reference, end.nextSibling);
    } else {
      // Nothing to point at (an empty cell): the comment sits on the cell's first paragraph.
      const p = children(cell.tc, 'p')[0] ?? cell.tc.appendChild(el(this.doc, 'p'));
      p.appendChild(start);
      p.appendChild(end);
      p.appendChild(reference);
    }
  }

  private removeOurMarks(): { comments: number; highlights: number } {
    let highlights = 0;
    const all = Array.from(this.body.getElementsByTagName('*'));
    const order = new Map(all.map((node, i) => [node, i]));
    for (const start of descendants(this.body, 'bookmarkStart')) {
      const name = wAttr(start, 'name') ?? '';
      if (!name.startsWith(BOOKMARK_PREFIX)) continue;
      const id = wAttr(start, 'id');
      const end = descendants(this.body, 'bookmarkEnd').find((e) => wAttr(e, 'id') === id);
      const from = order.get(start) ?? 0;
      const to = end ? (order.get(end) ?? from) : from;
      let removedHere = false;
      for (const run of all.slice(from, to).filter((n) => n.localName === 'r' && n.namespaceURI === W)) {
        const props = child(run, 'rPr');
        const mark = props && child(props, 'highlight');
        if (mark) {
          props.removeChild(mark);
          if (children(props).length === 0) run.removeChild(props);
          removedHere = true;
        }
      }
      if (removedHere) highlights++;
      start.parentNode?.removeChild(start);
      end?.parentNode?.removeChild(end);
    }
    const ours = new Set(
      this.commentList()
        .filter((c) => c.ours)
        .map((c) => c.id),
    );
    if (ours.size && this.comments) {
      const paraIds = new Set<string>();
      for (const comment of descendants(this.comments, 'comment')) {
        if (!ours.has(wAttr(comment, 'id') ?? '')) continue;
        for (const p of descendants(comment, 'p')) {
          const paraId = p.getAttributeNS(W14, 'paraId');
          if (paraId) paraIds.add(paraId);
        }
        comment.parentNode?.removeChild(comment);
      }
      if (this.commentsExtended) {
        for (const entry of Array.from(this.commentsExtended.getElementsByTagNameNS(W15, 'commentEx')))
          if (paraIds.has(entry.getAttributeNS(W15, 'paraId') ?? '')) entry.parentNode?.removeChild(entry);
      }
      for (const name of ['commentRangeStart', 'commentRangeEnd']) {
        for (const marker of descendants(this.body, name))
          if (ours.has(wAttr(marker, 'id') ?? '')) marker.parentNode?.removeChild(marker);
      }
      for (const reference of descendants(this.body, 'commentReference')) {
        if (!ours.has(wAttr(reference, 'id') ?? '')) continue;
        const run = reference.parentNode as Element;
        run.parentNode?.removeChild(run);
      }
    }
    return { comments: ours.size, highlights };
  }

  private ensureCommentsExtended(): Document {
    if (this.commentsExtended) return this.commentsExtended;
    this.commentsExtended = parseXml(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w15="${W15}" mc:Ignorable="w15"/>`,
      EXTENDED_PART,
    );
    void this.addPart(
      EXTENDED_PART,
      'word/_rels/document.xml.rels',
      EXTENDED_TYPE,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml',
      'commentsExtended.xml',
    );
    return this.commentsExtended;
  }

  private ensureComments(): Document {
    if (this.comments) {
      // Comments written by other programs may not declare w14, which our paragraph ids use.
      const root = this.comments.documentElement;
      if (!root.getAttribute('xmlns:w14')) root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:w14', W14);
      return this.comments;
    }
    this.comments = parseXml(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}" xmlns:w14="${W14}"/>`,
      COMMENTS_PART,
    );
    void this.addPart(
      COMMENTS_PART,
      'word/_rels/document.xml.rels',
      COMMENTS_TYPE,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
      'comments.xml',
    );
    return this.comments;
  }

  /** Registers a new part: its relationship and its content type (save waits for it). */
  private addPart(part: string, relsPart: string, type: string, contentType: string, target: string): Promise<void> {
    this.pendingParts = this.pendingParts.then(async () => {
      const relsFile = this.zip.file(relsPart);
      const rels = parseXml(
        relsFile ? await relsFile.async('string') : `<Relationships xmlns="${PKG_REL}"/>`,
        relsPart,
      );
      const existing = Array.from(rels.getElementsByTagName('Relationship'));
      if (!existing.some((r) => r.getAttribute('Type') === type)) {
        const ids = new Set(existing.map((r) => r.getAttribute('Id')));
        let n = existing.length + 1;
        while (ids.has(`rId${n}`)) n++;
        const rel = rels.createElementNS(PKG_REL, 'Relationship');
        rel.setAttribute('Id', `rId${n}`);
        rel.setAttribute('Type', type);
        rel.setAttribute('Target', target);
        rels.documentElement.appendChild(rel);
        this.zip.file(relsPart, serialiseXml(rels));
      }
      const typesFile = this.zip.file('[Content_Types].xml');
      const types = parseXml(
        typesFile ? await typesFile.async('string') : `<Types xmlns="${CT}"/>`,
        '[Content_Types].xml',
      );
      if (!Array.from(types.getElementsByTagName('Override')).some((o) => o.getAttribute('PartName') === `/${part}`)) {
        const override = types.createElementNS(CT, 'Override');
        override.setAttribute('PartName', `/${part}`);
        override.setAttribute('ContentType', contentType);
        types.documentElement.appendChild(override);
        this.zip.file('[Content_Types].xml', serialiseXml(types));
      }
    });
    return this.pendingParts;
  }

  private appendBlocks(blocks: Element[]): void {
    const sectPr = children(this.body, 'sectPr')[0] ?? null;
    for (const block of blocks) this.body.insertBefore(block, sectPr);
  }

  private insertAfter(node: Element, after: Element | undefined, cell: CellModel): void {
    if (after?.parentNode) {
      after.parentNode.insertBefore(node, after.nextSibling);
      return;
    }
    const p = children(cell.tc, 'p')[0] ?? cell.tc.appendChild(el(this.doc, 'p'));
    p.appendChild(node);
  }

  private lastRun(cell: CellModel): Element | undefined {
    const runs = cell.segments.filter((s) => s.run).map((s) => s.run as Element);
    return runs[runs.length - 1];
  }

  private maxId(doc: Document | undefined, names: string[]): number {
    if (!doc) return 0;
    let max = 0;
    for (const name of names)
      for (const node of descendants(doc, name)) max = Math.max(max, Number(wAttr(node, 'id')) || 0);
    return max;
  }

  private nextCommentId(): number {
    if (this.ids) return this.ids.comment++;
    return (
      Math.max(
        this.maxId(this.comments, ['comment']),
        this.maxId(this.doc, ['commentRangeStart', 'commentReference']),
      ) + 1
    );
  }

  private nextBookmarkId(): number {
    return Math.max(900000, this.maxId(this.doc, ['bookmarkStart'])) + 1;
  }

  private nextRevisionId(): number {
    return Math.max(800000, this.maxId(this.doc, ['ins', 'del'])) + 1;
  }

  private nextControlId(): number {
    return (
      Math.max(
        700000,
        ...descendants(this.doc, 'sdtPr').map((p) => Number(child(p, 'id') && wAttr(child(p, 'id')!, 'val')) || 0),
      ) + 1
    );
  }
}

export { COMMENT_TAG };
