// A plan document as a .docx file, outside Word: the browser preview's document and the command line's.
// It implements the same PlanDocument interface as Word, writing real Word highlights, comments and
// tracked changes, and it never changes text outside what it is asked to change.
import { GapLeftError, applyRewriteBySuggestions } from '../document/applyRewrite';
import { hasGaps } from '../engine/rewrite/gaps';
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
import { COMMENT_TAG, commentBody } from '../document/commentText';
import { GUIDANCE_TITLES } from '../engine/guidance';
import { newPackageParts, paragraph, planBlocks, runsFor, sectionProperties } from './build';
import { readCell, readTables, surroundingText, type CellModel, type Segment, type TableModel } from './cells';
import {
  CUSTOM_XML_PROPS_CONTENT,
  CUSTOM_XML_TYPE,
  LINKS_NAMESPACE,
  linksPropsXml,
  linksRelsXml,
  linksXml,
  newGuid,
  parseLinks,
  type CommentLink,
} from './markLinks';
import { DEFAULT_DOCUMENT_LIMIT, DEFAULT_PART_LIMIT, readPartText } from './zipParts';
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
import { readTableOverrides } from '../document/tableOverrides';

export { DocxError } from './xml';
export { DocxTooLargeError } from './zipParts';

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
/** The user's corrections of how tables are read (shape, roles), by document table index. */
const OVERRIDES_PROPERTY = 'SmartPlanTableReadings';
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
  /** Largest word/document.xml accepted, in bytes once unpacked (checked before unpacking). */
  maxDocumentBytes?: number;
  /** Largest other part read, in bytes once unpacked. */
  maxPartBytes?: number;
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

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Where a finding's words are in the cell's text now: at their offsets if unchanged, else the same words elsewhere. */
function spanIn(text: string, finding: Finding): { start: number; end: number } | undefined {
  if (text.slice(finding.start, finding.end) === finding.quote) return { start: finding.start, end: finding.end };
  const at = finding.quote ? text.indexOf(finding.quote) : -1;
  return at >= 0 ? { start: at, end: at + finding.quote.length } : undefined;
}

/** The runs wholly inside [start, end), in order (segments are in text order; a binary search finds the first). */
function runsIn(segments: Segment[], start: number, end: number): Element[] {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (segments[mid].start < start) low = mid + 1;
    else high = mid;
  }
  const runs: Element[] = [];
  for (let i = low; i < segments.length && segments[i].start < end; i++) {
    const segment = segments[i];
    if (segment.run && segment.end <= end && segment.end > segment.start && runs[runs.length - 1] !== segment.run)
      runs.push(segment.run);
  }
  return runs;
}

function now(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

export class DocxPlanDocument implements PlanDocument {
  private readonly zip: JSZip;
  private readonly doc: Document;
  private comments?: Document;
  private commentsExtended?: Document;
  /** The reviewer: every comment and tracked change of ours carries this one name. */
  private author: string;
  /** Initials given with the name the document was opened for. */
  private readonly initials?: { author: string; initials: string };
  private readonly partLimit: number;
  /** Our comments and their findings (see markLinks.ts), and the part that holds them. */
  private links: CommentLink[] = [];
  private linksPart?: string;
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
    if (options.initials) this.initials = { author: this.author, initials: options.initials };
    this.partLimit = options.maxPartBytes ?? DEFAULT_PART_LIMIT;
  }

  /** A part's text, its size checked before and while it is unpacked. */
  private async partText(part: string): Promise<string | undefined> {
    const file = this.zip.file(part);
    return file ? readPartText(file, part, this.partLimit) : undefined;
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
    const doc = parseXml(
      await readPartText(main, 'word/document.xml', options.maxDocumentBytes ?? DEFAULT_DOCUMENT_LIMIT),
      'word/document.xml',
    );
    const document = new DocxPlanDocument(zip, doc, undefined, options);
    const comments = await document.partText(COMMENTS_PART);
    if (comments !== undefined) document.comments = parseXml(comments, COMMENTS_PART);
    const extended = await document.partText(EXTENDED_PART);
    if (extended !== undefined) document.commentsExtended = parseXml(extended, EXTENDED_PART);
    await document.readLinks();
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
    if (this.links.length || this.linksPart) await this.writeLinks();
    await this.pendingParts;
    // Every part we write is checked to parse again (serialiseXml) before anything is saved.
    const written: Record<string, string> = { 'word/document.xml': serialiseXml(this.doc, 'word/document.xml') };
    if (this.comments) written[COMMENTS_PART] = serialiseXml(this.comments, COMMENTS_PART);
    if (this.commentsExtended) written[EXTENDED_PART] = serialiseXml(this.commentsExtended, EXTENDED_PART);
    for (const [part, text] of Object.entries(written)) this.zip.file(part, text);
    await this.dropDoctypes(new Set(Object.keys(written)));
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }

  /** Other XML parts are copied as they are, except that a DOCTYPE (never needed by Word) is never copied. */
  private async dropDoctypes(written: Set<string>): Promise<void> {
    const parts = Object.keys(this.zip.files).filter(
      (name) => !written.has(name) && !this.zip.files[name].dir && /\.(xml|rels)$/i.test(name),
    );
    for (const part of parts) {
      const text = await this.partText(part);
      if (text !== undefined && /<!DOCTYPE/i.test(text)) this.zip.file(part, serialiseXml(parseXml(text, part), part));
    }
  }

  // ---- the hidden link between our comments and their findings ------------------------------

  private async readLinks(): Promise<void> {
    for (const name of Object.keys(this.zip.files)) {
      if (!/^customXml\/item\d+\.xml$/i.test(name)) continue;
      const text = await this.partText(name);
      if (!text?.includes(LINKS_NAMESPACE)) continue;
      this.linksPart = name;
      this.links = parseLinks(text, name);
      return;
    }
  }

  private async writeLinks(): Promise<void> {
    if (!this.linksPart) {
      let n = 1;
      while (this.zip.file(`customXml/item${n}.xml`) || this.zip.file(`customXml/itemProps${n}.xml`)) n++;
      this.linksPart = `customXml/item${n}.xml`;
      this.zip.file(`customXml/itemProps${n}.xml`, linksPropsXml(newGuid()));
      this.zip.file(`customXml/_rels/item${n}.xml.rels`, linksRelsXml(`itemProps${n}.xml`));
      void this.addPart(
        this.linksPart,
        'word/_rels/document.xml.rels',
        CUSTOM_XML_TYPE,
        'application/xml',
        `../${this.linksPart}`,
      );
      void this.addPart(
        `customXml/itemProps${n}.xml`,
        `customXml/_rels/item${n}.xml.rels`,
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps',
        CUSTOM_XML_PROPS_CONTENT,
        `itemProps${n}.xml`,
      );
    }
    this.zip.file(this.linksPart, linksXml(this.links));
  }

  /** Our comment ids: linked in the hidden part (by paragraph id where there is one), or tagged by earlier versions. */
  private ourCommentIds(): Set<string> {
    const ours = new Set<string>();
    if (!this.comments) return ours;
    const paras = new Set(this.links.map((l) => l.para).filter(Boolean));
    const ids = new Set(this.links.map((l) => l.comment));
    for (const comment of descendants(this.comments, 'comment')) {
      const id = wAttr(comment, 'id') ?? '';
      const paragraphs = descendants(comment, 'p');
      const para = paragraphs[paragraphs.length - 1]?.getAttributeNS(W14, 'paraId') || '';
      const linked = para ? paras.has(para) : ids.has(id);
      if (linked || (comment.textContent ?? '').includes(COMMENT_TAG)) ours.add(id);
    }
    return ours;
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
    const body = children(this.doc.documentElement, 'body')[0];
    if (!body || body.namespaceURI !== W) throw new DocxError('The document has no body.');
    return body;
  }

  tableModels(): TableModel[] {
    return readTables(this.body);
  }

  /** Comments in the document, ours (see markLinks.ts) and the user's, and whether each is resolved. */
  commentList(): Array<{ id: string; author: string; text: string; ours: boolean; resolved: boolean }> {
    if (!this.comments) return [];
    const ours = this.ourCommentIds();
    const done = new Set(
      this.commentsExtended
        ? Array.from(this.commentsExtended.getElementsByTagNameNS(W15, 'commentEx'))
            .filter((e) => e.getAttributeNS(W15, 'done') === '1')
            .map((e) => e.getAttributeNS(W15, 'paraId'))
        : [],
    );
    return descendants(this.comments, 'comment').map((c) => {
      const paragraphs = descendants(c, 'p');
      const para = paragraphs[paragraphs.length - 1]?.getAttributeNS(W14, 'paraId') ?? '';
      const text = descendants(c, 'p')
        .map((p) =>
          descendants(p, 't')
            .map((t) => t.textContent ?? '')
            .join(''),
        )
        .join('\n');
      const id = wAttr(c, 'id') ?? '';
      return { id, author: wAttr(c, 'author') ?? '', text, ours: ours.has(id), resolved: done.has(para) };
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
    if (options.author) this.author = options.author;
    const resolved = this.removeOurMarks().comments;
    const result: MarkResult = { highlighted: 0, commented: 0, resolved, notFound: [] };
    const models = this.tableModels();
    // One pass per cell: every finding in a cell is placed, its runs split once, and the cell read again once.
    const byCell = new Map<string, Finding[]>();
    const planLevel: Finding[] = [];
    for (const finding of findings) {
      if (finding.table < 0) {
        planLevel.push(finding);
        continue;
      }
      const key = `${finding.table}:${finding.row}:${finding.column}`;
      const list = byCell.get(key);
      if (list) list.push(finding);
      else byCell.set(key, [finding]);
    }
    this.ids = { comment: this.nextCommentId(), bookmark: this.nextBookmarkId() };
    for (const cellFindings of byCell.values()) {
      const { table, row, column } = cellFindings[0];
      const cell = models[table]?.rows[row]?.[column];
      if (!cell || cell.mergedContinuation) {
        result.notFound.push(...cellFindings.map((f) => f.id));
        continue;
      }
      const placed: Array<{ finding: Finding; start: number; end: number }> = [];
      for (const finding of cellFindings) {
        const span = spanIn(cell.text, finding);
        if (span) placed.push({ finding, ...span });
        else result.notFound.push(finding.id);
      }
      if (!placed.length) continue;
      const current = this.splitAt(
        cell,
        placed.flatMap((p) => [p.start, p.end]),
      );
      // The most serious first, so its colour shows where findings overlap; then in reading order.
      placed.sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.start - b.start);
      const said = new Set<string>();
      for (const { finding, start, end } of placed) {
        const runs = runsIn(current.segments, start, end);
        if (this.highlight(runs, HIGHLIGHT[finding.severity])) result.highlighted++;
        if (!options.comments) continue;
        // No cell carries the same point twice.
        const lines = commentBody(finding);
        const key = lines.join('\n');
        if (said.has(key)) continue;
        said.add(key);
        this.comment(current, runs, lines, finding.id);
        result.commented++;
      }
    }
    if (options.comments && planLevel.length) result.commented += this.commentPlanLevel(planLevel, models, findings);
    result.resolved = Math.max(0, resolved - result.commented);
    this.ids = undefined;
    this.changed();
    return result;
  }

  /**
   * A row rewrite offered in a comment only (one with a [gap] the author must fill, which is never written
   * into the plan), on the first cell it changes, with no highlight: the row's own findings are marked already.
   */
  commentRewrite(rewrite: RowRewrite): boolean {
    const model = this.tableModels()[rewrite.table];
    const first = rewrite.cells[0];
    const known = first && model?.rows[rewrite.row]?.[first.column];
    if (!known || known.mergedContinuation) return false;
    const header = (column: number) => (model.rows[0]?.[column]?.text ?? '').replace(/\s+/g, ' ').trim();
    const lines = [rewrite.summary];
    if (rewrite.cells.length === 1) lines.push(`You could write: ${first.after}`);
    else {
      lines.push('The row could read:');
      for (const cell of rewrite.cells)
        lines.push(`${header(cell.column) || `Column ${cell.column + 1}`}: ${cell.after}`);
    }
    if (rewrite.cells.some((cell) => hasGaps(cell.after))) lines.push('Fill in each [gap] before using it.');
    lines.push(`Guidance: ${GUIDANCE_TITLES[rewrite.modelledOn.document]}, "${rewrite.modelledOn.section}".`);
    const cell = readCell(known.tc);
    this.comment(cell, runsIn(cell.segments, 0, cell.text.length), lines, rewrite.id);
    this.changed();
    return true;
  }

  /**
   * Plan-level points (no review date, no child's voice, not signed, too many actions) as comments on the
   * first plan table's first cell: the top of the plan, where a reader starts.
   */
  private commentPlanLevel(planLevel: Finding[], models: TableModel[], findings: Finding[]): number {
    const tables = findings.filter((f) => f.table >= 0).map((f) => f.table);
    const model = models[tables.length ? Math.min(...tables) : 0];
    const first = model?.rows[0]?.[0];
    if (!first) return 0;
    const cell = readCell(first.tc);
    const runs = runsIn(cell.segments, 0, cell.text.length);
    const said = new Set<string>();
    let written = 0;
    for (const finding of planLevel) {
      const lines = commentBody(finding);
      if (said.has(lines.join('\n'))) continue;
      said.add(lines.join('\n'));
      this.comment(cell, runs, lines, finding.id);
      written++;
    }
    return written;
  }

  /** Splits runs once so that every offset given falls between runs; returns the cell read again. */
  private splitAt(cell: CellModel, offsets: number[]): CellModel {
    const cuts = [...new Set(offsets)].sort((a, b) => a - b);
    let split = false;
    let i = 0;
    for (const segment of cell.segments) {
      while (i < cuts.length && cuts[i] <= segment.start) i++;
      if (!segment.t || !segment.run) continue;
      const inside: number[] = [];
      for (let j = i; j < cuts.length && cuts[j] < segment.end; j++) inside.push(cuts[j]);
      // Right to left: the run and its w:t keep the text before each cut.
      for (const cut of inside.reverse()) this.splitRun(segment.run, segment.t, cut - segment.start);
      if (inside.length) split = true;
    }
    return split ? readCell(cell.tc) : cell;
  }

  async clearMarks(): Promise<number> {
    const removed = this.removeOurMarks();
    this.changed();
    return removed.comments + removed.highlights;
  }

  async applyRewrite(rewrite: RowRewrite, options: ApplyOptions): Promise<void> {
    await applyRewriteBySuggestions(this, rewrite, options);
    this.resolveFindings(new Set(rewrite.resolves));
    this.changed();
  }

  async applySuggestion(finding: Finding, text: string, options: ApplyOptions): Promise<void> {
    // A [gap] is for the author to fill: it is never written into the plan.
    if (hasGaps(text)) throw new GapLeftError();
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
    const date = now();
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
    // Only this finding's comment is resolved; every other mark stays.
    this.resolveFindings(new Set([finding.id]));
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

  /**
   * The reviewer's summary at the top. When tracking is on (asked for, or Track Changes is on in the
   * document's settings) it goes in as a tracked insertion under the reviewer's name.
   */
  async insertSummary(text: string, options: { tracked?: boolean } = {}): Promise<void> {
    const tracked = options.tracked ?? (await this.trackingOn());
    const first = this.body.firstChild;
    const blocks = [
      ...text.split('\n').map((line, i) => paragraph(this.doc, line, { bold: i === 0 })),
      paragraph(this.doc, ''),
    ];
    if (tracked) {
      const date = now();
      let id = this.nextRevisionId();
      for (const p of blocks) {
        const runs = children(p, 'r');
        if (runs.length) {
          const ins = el(this.doc, 'ins', { id: String(id++), author: this.author, date });
          p.insertBefore(ins, runs[0]);
          for (const run of runs) ins.appendChild(run);
        }
        // The paragraph mark is inserted too, so rejecting the change leaves no empty paragraphs behind.
        let pPr = child(p, 'pPr');
        if (!pPr) pPr = p.insertBefore(el(this.doc, 'pPr'), p.firstChild);
        pPr.appendChild(
          el(this.doc, 'rPr', {}, [el(this.doc, 'ins', { id: String(id++), author: this.author, date })]),
        );
      }
    }
    for (const p of blocks) this.body.insertBefore(p, first);
    this.changed();
  }

  /** Track Changes is on in the document (w:trackRevisions in its settings). */
  private async trackingOn(): Promise<boolean> {
    const settings = await this.partText('word/settings.xml');
    return Boolean(settings && /<w:trackRevisions(\s|\/|>)(?![^>]*w:val="(0|false|off)")/.test(settings));
  }

  async getState(): Promise<DocumentState> {
    const text = await this.partText(CUSTOM_PART);
    if (text === undefined) return { ignored: [] };
    const custom = parseXml(text, CUSTOM_PART);
    const stored = (name: string): unknown => {
      const property = Array.from(custom.getElementsByTagName('property')).find((p) => p.getAttribute('name') === name);
      try {
        return JSON.parse(property?.textContent ?? 'null');
      } catch {
        return null;
      }
    };
    const ignored = stored(IGNORED_PROPERTY);
    const tableOverrides = readTableOverrides(stored(OVERRIDES_PROPERTY));
    return {
      ignored: Array.isArray(ignored) ? ignored.filter((x) => typeof x === 'string') : [],
      ...(tableOverrides.length > 0 ? { tableOverrides } : {}),
    };
  }

  async setState(state: DocumentState): Promise<void> {
    const values = new Map<string, string | undefined>([
      [IGNORED_PROPERTY, JSON.stringify(state.ignored)],
      [OVERRIDES_PROPERTY, state.tableOverrides?.length ? JSON.stringify(state.tableOverrides) : undefined],
    ]);
    const existing = await this.partText(CUSTOM_PART);
    let custom: Document;
    if (existing !== undefined) {
      custom = parseXml(existing, CUSTOM_PART);
    } else {
      custom = parseXml(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>`,
        CUSTOM_PART,
      );
      await this.addPart(
        CUSTOM_PART,
        '_rels/.rels',
        CUSTOM_TYPE,
        'application/vnd.openxmlformats-officedocument.custom-properties+xml',
        'docProps/custom.xml',
      );
    }
    const root = custom.documentElement;
    const props = Array.from(root.getElementsByTagName('property'));
    for (const p of props) if (values.has(p.getAttribute('name') ?? '')) root.removeChild(p);
    let pid = Math.max(1, ...props.map((p) => Number(p.getAttribute('pid')) || 1));
    for (const [name, value] of values) {
      if (value === undefined) continue;
      const property = custom.createElementNS(root.namespaceURI, 'property');
      property.setAttribute('fmtid', '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}');
      property.setAttribute('pid', String(++pid));
      property.setAttribute('name', name);
      const lpwstr = custom.createElementNS(
        'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
        'vt:lpwstr',
      );
      lpwstr.appendChild(custom.createTextNode(value));
      property.appendChild(lpwstr);
      root.appendChild(property);
    }
    this.zip.file(CUSTOM_PART, serialiseXml(custom));
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

  /** Splits a run at an offset inside one of its w:t: the run keeps what comes before, a new run after it the rest. */
  private splitRun(run: Element, t: Element, at: number): void {
    const text = t.textContent ?? '';
    // A shallow copy keeps the run's own attributes; only its formatting is copied deeply.
    const after = run.cloneNode(false) as Element;
    const props = child(run, 'rPr');
    if (props) after.appendChild(props.cloneNode(true));
    after.appendChild(textEl(this.doc, text.slice(at), t.localName));
    for (let next = t.nextSibling; next;) {
      const following = next.nextSibling;
      after.appendChild(next);
      next = following;
    }
    t.textContent = text.slice(0, at);
    t.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
    run.parentNode!.insertBefore(after, run.nextSibling);
  }

  /** Highlights the runs the user had not highlighted, inside a hidden bookmark so we can undo exactly that. */
  private highlight(runs: Element[], colour: string): boolean {
    const ours = new Set(
      runs.filter((run) => {
        const props = child(run, 'rPr');
        return !(props && child(props, 'highlight'));
      }),
    );
    if (ours.size === 0) return false;
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
      if (!ours.has(run)) {
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

  private comment(cell: CellModel, runs: Element[], lines: string[], findingId: string): void {
    const author = this.author;
    const comments = this.ensureComments();
    const id = String(this.nextCommentId());
    const date = now();
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
      ((this.initials?.author === author ? this.initials.initials : undefined) ??
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
    this.links.push({ comment: id, para: paraId, finding: findingId });
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
    const ends = new Map(descendants(this.body, 'bookmarkEnd').map((e) => [wAttr(e, 'id'), e]));
    for (const start of descendants(this.body, 'bookmarkStart')) {
      const name = wAttr(start, 'name') ?? '';
      if (!name.startsWith(BOOKMARK_PREFIX)) continue;
      const end = ends.get(wAttr(start, 'id'));
      const from = order.get(start) ?? 0;
      const to = end ? (order.get(end) ?? from) : from;
      let removedHere = false;
      for (let i = from; i < to; i++) {
        const run = all[i];
        if (run.localName !== 'r' || run.namespaceURI !== W) continue;
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
    const ours = this.ourCommentIds();
    if (ours.size && this.comments) this.removeComments(ours);
    this.links = [];
    return { comments: ours.size, highlights };
  }

  private removeComments(ids: Set<string>): void {
    if (!this.comments) return;
    const paraIds = new Set<string>();
    for (const comment of descendants(this.comments, 'comment')) {
      if (!ids.has(wAttr(comment, 'id') ?? '')) continue;
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
        if (ids.has(wAttr(marker, 'id') ?? '')) marker.parentNode?.removeChild(marker);
    }
    for (const reference of descendants(this.body, 'commentReference')) {
      if (!ids.has(wAttr(reference, 'id') ?? '')) continue;
      const run = reference.parentNode as Element;
      run.parentNode?.removeChild(run);
    }
  }

  /** Marks our comments on these findings as resolved (Word's "Resolve"), leaving every other mark as it is. */
  private resolveFindings(findingIds: Set<string>): void {
    const paras = new Set(this.links.filter((l) => findingIds.has(l.finding)).map((l) => l.para));
    if (!paras.size || !this.commentsExtended) return;
    for (const entry of Array.from(this.commentsExtended.getElementsByTagNameNS(W15, 'commentEx')))
      if (paras.has(entry.getAttributeNS(W15, 'paraId') ?? '')) entry.setAttributeNS(W15, 'w15:done', '1');
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
      const rels = parseXml((await this.partText(relsPart)) ?? `<Relationships xmlns="${PKG_REL}"/>`, relsPart);
      const existing = Array.from(rels.getElementsByTagName('Relationship'));
      // One comments part per document; custom XML parts are many, told apart by their target.
      const same = (r: Element) =>
        r.getAttribute('Type') === type && (type !== CUSTOM_XML_TYPE || r.getAttribute('Target') === target);
      if (!existing.some(same)) {
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
      const types = parseXml(
        (await this.partText('[Content_Types].xml')) ?? `<Types xmlns="${CT}"/>`,
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
