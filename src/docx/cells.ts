// Reading plan tables out of word/document.xml: cell text as Word shows it (tracked deletions left out,
// insertions counted, prompts of empty content controls left out), with a map from each character back
// to the w:t element that holds it, so marks and rewrites touch exactly the words at fault.
import { W, child, children, descendants, wAttr } from './xml';

export interface Segment {
  start: number;
  end: number;
  /** The w:t holding these characters; absent for separators (paragraph breaks, tabs, line breaks). */
  t?: Element;
  run?: Element;
}

export interface CellModel {
  tc: Element;
  text: string;
  segments: Segment[];
  /** A continuation of a vertically merged cell: read as empty, never written to. */
  mergedContinuation: boolean;
}

export interface TableModel {
  tbl: Element;
  index: number;
  nestingLevel: number;
  rows: CellModel[][];
}

const SKIP = new Set([
  'tbl',
  'del',
  'moveFrom',
  'pPr',
  'rPr',
  'sdtPr',
  'sdtEndPr',
  'tcPr',
  'trPr',
  'tblPr',
  'instrText',
  'delText',
  'fldChar',
  'commentReference',
  'footnoteReference',
  'endnoteReference',
  'drawing',
  'pict',
  'object',
]);

function isPlaceholder(sdt: Element): boolean {
  const props = child(sdt, 'sdtPr');
  return Boolean(props && child(props, 'showingPlcHdr'));
}

export function readCell(tc: Element): CellModel {
  const props = child(tc, 'tcPr');
  const vMerge = props && child(props, 'vMerge');
  const mergedContinuation = Boolean(vMerge && (wAttr(vMerge, 'val') ?? 'continue') !== 'restart');
  const segments: Segment[] = [];
  let text = '';
  let paragraphs = 0;
  const add = (value: string, t?: Element, run?: Element) => {
    if (!value) return;
    segments.push({ start: text.length, end: text.length + value.length, t, run });
    text += value;
  };
  const walk = (node: Element, run?: Element) => {
    for (const kid of children(node)) {
      const name = kid.localName;
      if (kid.namespaceURI !== W && name !== 'AlternateContent') continue;
      if (SKIP.has(name)) continue;
      if (name === 'sdt' && isPlaceholder(kid)) continue;
      if (name === 'p') {
        if (paragraphs++ > 0) add('\n');
        walk(kid);
      } else if (name === 'r') {
        walk(kid, kid);
      } else if (name === 't') {
        add(kid.textContent ?? '', kid, run);
      } else if (name === 'tab') {
        add('\t');
      } else if (name === 'br' || name === 'cr') {
        add('\n');
      } else if (name === 'noBreakHyphen') {
        add('-');
      } else {
        walk(kid, run);
      }
    }
  };
  if (!mergedContinuation) walk(tc);
  return { tc, text, segments, mergedContinuation };
}

export function readTables(body: Element): TableModel[] {
  return descendants(body, 'tbl').map((tbl, index) => {
    let nestingLevel = 0;
    for (let p = tbl.parentNode; p && p !== body; p = p.parentNode)
      if ((p as Element).localName === 'tbl') nestingLevel++;
    const rows = children(tbl, 'tr').map((tr) => children(tr, 'tc').map(readCell));
    return { tbl, index, nestingLevel, rows };
  });
}

/** Paragraph text outside any table: plan details, review date, signatures. */
export function surroundingText(body: Element): string {
  return children(body, 'p')
    .map((p) => readCell(p as Element).text)
    .filter(Boolean)
    .join('\n');
}
