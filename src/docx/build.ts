// Writing new content: plan tables (header row repeated on every page, borders that print in black and
// white, prompts as placeholder content controls tagged as ours), paragraphs, and a new package.
import type { PlanTableSpec } from '../engine/types';
import { W, el, escapeXml, textEl, xmlSafe } from './xml';

/** Runs for a text, with line breaks as w:br. */
export function runsFor(doc: Document, text: string, rPr?: Element | null): Element[] {
  const run = el(doc, 'r');
  if (rPr) run.appendChild(rPr.cloneNode(true));
  xmlSafe(text)
    .split('\n')
    .forEach((line, i) => {
      if (i > 0) run.appendChild(el(doc, 'br'));
      if (line) run.appendChild(textEl(doc, line));
    });
  return [run];
}

export function paragraph(
  doc: Document,
  text: string,
  options: { bold?: boolean; style?: string; size?: number } = {},
): Element {
  const p = el(doc, 'p');
  if (options.style) p.appendChild(el(doc, 'pPr', {}, [el(doc, 'pStyle', { val: options.style })]));
  const rPr = options.bold || options.size ? el(doc, 'rPr') : null;
  if (rPr && options.bold) rPr.appendChild(el(doc, 'b'));
  if (rPr && options.size) rPr.appendChild(el(doc, 'sz', { val: String(options.size) }));
  for (const run of runsFor(doc, text, rPr)) p.appendChild(run);
  return p;
}

/** An empty cell's prompt: a content control showing placeholder text, which goes when the user types. */
function promptControl(doc: Document, prompt: string, tag: string, id: number): Element {
  const greyItalic = el(doc, 'rPr', {}, [el(doc, 'i'), el(doc, 'color', { val: '767676' })]);
  const sdtPr = el(doc, 'sdtPr', {}, [
    el(doc, 'alias', { val: 'Prompt' }),
    el(doc, 'tag', { val: tag }),
    el(doc, 'id', { val: String(id) }),
    el(doc, 'showingPlcHdr'),
    el(doc, 'text', { multiLine: '1' }),
  ]);
  const content = el(doc, 'sdtContent', {}, runsFor(doc, prompt, greyItalic));
  return el(doc, 'sdt', {}, [sdtPr, content]);
}

const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];

// A4 with 2 cm margins, in twentieths of a point: the width a table may fill, upright and sideways.
const A4 = { short: 11906, long: 16838, margin: 1134 };
const TEXT_WIDTH = { portrait: A4.short - 2 * A4.margin, landscape: A4.long - 2 * A4.margin };

export function planTable(doc: Document, spec: PlanTableSpec, firstControlId = 700000): Element {
  const columns = spec.header.length;
  const width = Math.floor(TEXT_WIDTH[spec.orientation ?? 'portrait'] / Math.max(columns, 1));
  let controlId = firstControlId;
  const tblPr = el(doc, 'tblPr', {}, [
    el(doc, 'tblStyle', { val: 'TableGrid' }),
    el(doc, 'tblW', { w: '5000', type: 'pct' }),
    el(
      doc,
      'tblBorders',
      {},
      BORDERS.map((side) => el(doc, side, { val: 'single', sz: '6', space: '0', color: '000000' })),
    ),
    el(doc, 'tblLook', {
      val: '04A0',
      firstRow: '1',
      lastRow: '0',
      firstColumn: '1',
      lastColumn: '0',
      noHBand: '0',
      noVBand: '1',
    }),
    el(doc, 'tblCaption', { val: spec.tag }),
  ]);
  const grid = el(
    doc,
    'tblGrid',
    {},
    spec.header.map(() => el(doc, 'gridCol', { w: String(width) })),
  );
  const cell = (content: Element, header = false) =>
    el(doc, 'tc', {}, [
      el(doc, 'tcPr', {}, [
        el(doc, 'tcW', { w: String(width), type: 'dxa' }),
        ...(header ? [el(doc, 'shd', { val: 'clear', color: 'auto', fill: 'D9D9D9' })] : []),
      ]),
      content,
    ]);
  const headerRow = el(doc, 'tr', {}, [
    el(doc, 'trPr', {}, [el(doc, 'cantSplit'), el(doc, 'tblHeader')]),
    ...spec.header.map((h) => cell(paragraph(doc, h, { bold: true }), true)),
  ]);
  const bodyRows = spec.rows.map((row) =>
    el(
      doc,
      'tr',
      {},
      spec.header.map((_, c) => {
        const value = row[c] ?? {};
        if (value.text) return cell(paragraph(doc, value.text));
        const p = el(doc, 'p');
        if (value.prompt) p.appendChild(promptControl(doc, value.prompt, spec.tag, controlId++));
        return cell(p);
      }),
    ),
  );
  return el(doc, 'tbl', {}, [tblPr, grid, headerRow, ...bodyRows]);
}

/** Section properties for an A4 page, upright or sideways. */
export function sectionProperties(doc: Document, orientation: 'portrait' | 'landscape'): Element {
  const landscape = orientation === 'landscape';
  const m = String(A4.margin);
  return el(doc, 'sectPr', {}, [
    el(doc, 'type', { val: 'nextPage' }),
    el(doc, 'pgSz', {
      w: String(landscape ? A4.long : A4.short),
      h: String(landscape ? A4.short : A4.long),
      ...(landscape ? { orient: 'landscape' } : {}),
    }),
    el(doc, 'pgMar', { top: m, right: m, bottom: m, left: m, header: '709', footer: '709', gutter: '0' }),
  ]);
}

/** An empty paragraph that ends a section: everything since the previous section break takes its page setup. */
function sectionBreak(doc: Document, orientation: 'portrait' | 'landscape'): Element {
  return el(doc, 'p', {}, [el(doc, 'pPr', {}, [sectionProperties(doc, orientation)])]);
}

/** Everything a plan template puts in the document, in order. */
export function planBlocks(
  doc: Document,
  spec: PlanTableSpec,
  firstControlId?: number,
  options: { startOfDocument?: boolean } = {},
): Element[] {
  const blocks = planContent(doc, spec, firstControlId);
  if (spec.orientation !== 'landscape') return blocks;
  // Word keeps a section's page setup in the paragraph that ends it: the text before the plan stays
  // upright, the plan is sideways, and whatever follows takes the document's own last section. At the
  // start of a new document the document's own section is turned instead (see DocxPlanDocument.create).
  if (options.startOfDocument) return blocks;
  return [sectionBreak(doc, 'portrait'), ...blocks, sectionBreak(doc, 'landscape')];
}

function planContent(doc: Document, spec: PlanTableSpec, firstControlId?: number): Element[] {
  const blocks: Element[] = [paragraph(doc, spec.title, { bold: true, size: 32 })];
  for (const detail of spec.details)
    blocks.push(paragraph(doc, `${detail.label}: ${detail.value ?? (detail.prompt ? `[${detail.prompt}]` : '')}`));
  blocks.push(paragraph(doc, ''));
  blocks.push(planTable(doc, spec, firstControlId));
  if (spec.signatures?.length) {
    blocks.push(paragraph(doc, ''));
    blocks.push(paragraph(doc, 'Agreed and signed by:', { bold: true }));
    for (const who of spec.signatures) blocks.push(paragraph(doc, `${who}: ______________________   Date: __________`));
  }
  return blocks;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
  <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
  <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
  <w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
</w:styles>`;

/** The parts of a new, empty Word document (A4, en-GB). */
export function newPackageParts(title: string): Record<string, string> {
  return {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(title)}</dc:title><dc:creator>SMART Plan Checker</dc:creator></cp:coreProperties>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'word/styles.xml': STYLES,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  };
}
