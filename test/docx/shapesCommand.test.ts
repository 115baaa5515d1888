// `smart-plan check` on .docx plans of every shape: outcome blocks (one table each, or one long table
// under "Outcome 1" rows, with merged heading cells), a plan on its side, and header-row tables with a
// title, group headings and a repeated header; also a plan LibreOffice wrote with merged cells. In each
// reviewed copy no label, title or heading is marked, the marks are those the header-row plan gets, and
// SMART cells are left clean.
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { DocxPlanDocument } from '../../src/docx';
import { children, descendants, wAttr } from '../../src/docx/xml';
import { OPTIONS, SHAPES, WORDINGS, at, headerRow, type Shape } from '../engine/planShapes';
import { makeDocx, p, r, tc, tr } from './makeDocx';

const bin = path.resolve(__dirname, '../../bin/smart-plan.cjs');
const smartPlan = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

/** A Word table: a row of one cell in a wider table is merged across (a title or heading row). */
function tableXml(rows: string[][]): string {
  const width = Math.max(...rows.map((row) => row.length));
  const body = rows.map((row) =>
    row.length === 1 && width > 1
      ? tr(tc(p(r(row[0])), `<w:gridSpan w:val="${width}"/>`))
      : tr(...row.map((text) => tc(p(...(text ? [r(text)] : []))))),
  );
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${body.join('')}</w:tbl>`;
}

async function docxOf(shape: Shape): Promise<Uint8Array> {
  const blocks = shape.tables.map((rows) => `${tableXml(rows)}${p()}`);
  return makeDocx([p(r(OPTIONS.surroundingText)), ...blocks].join(''));
}

interface Mark {
  at: string;
  highlighted: string;
  commented: boolean;
}

/** Our marks in a reviewed copy, cell by cell, in the document's own table, row and column. */
async function marksIn(file: string): Promise<Mark[]> {
  const doc = await DocxPlanDocument.open(fs.readFileSync(file));
  const marks: Mark[] = [];
  for (const table of doc.tableModels()) {
    table.rows.forEach((row, ri) =>
      row.forEach((cell, ci) => {
        const highlighted = descendants(cell.tc, 'r')
          .filter((run) => descendants(run, 'highlight').length > 0)
          .map((run) =>
            children(run, 't')
              .map((t) => t.textContent ?? '')
              .join(''),
          )
          .join('');
        const commented = descendants(cell.tc, 'commentRangeStart').length > 0;
        if (highlighted || commented) marks.push({ at: at(table.index, ri, ci), highlighted, commented });
      }),
    );
  }
  return marks;
}

const highlights = (marks: Mark[]) =>
  marks
    .map((m) => m.highlighted)
    .filter(Boolean)
    .sort();

describe('smart-plan check reads every plan shape', () => {
  let dir: string;
  const shapes = new Map<string, Shape>();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smart-plan-shapes-'));
    for (const [w, labels] of Object.entries(WORDINGS).entries()) {
      const name = (shape: string) => `w${w}-${shape}`;
      shapes.set(name('reference'), headerRow(labels[1]));
      Object.values(SHAPES).forEach((make, s) => shapes.set(name(`shape${s}`), make(labels[1])));
    }
    for (const [name, shape] of shapes) fs.writeFileSync(path.join(dir, `${name}.docx`), await docxOf(shape));
    fs.copyFileSync(
      path.join(__dirname, 'fixtures', 'shapes-plan-libreoffice.docx'),
      path.join(dir, 'libreoffice.docx'),
    );
  });

  let stdout = '';
  it('reviews them all and says how it read each table', () => {
    const result = smartPlan('check', dir, '--plan-date', OPTIONS.planDate);
    stdout = result.stdout;
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(stdout).toMatch(
      /w1-shape0\.docx: .*\n {2}Table 1: read as outcome blocks: 1 outcome\n {2}Table 2: read as outcome blocks: 1 outcome\n/,
    );
    expect(stdout).toMatch(/w1-shape1\.docx: .*\n {2}Table 1: read as outcome blocks: 2 outcomes\n/);
    expect(stdout).toMatch(/w1-shape2\.docx: .*\n {2}Table 1: read as a plan on its side .*: 2 outcomes\n/);
    expect(stdout).toMatch(/w0-shape3\.docx: .*\n {2}Table 1: read as a table with a header row: 2 rows; 3 headings/);
    expect(stdout).toMatch(
      /libreoffice\.docx: .*\n {2}Table 1: read as outcome blocks: 2 outcomes\n {2}Table 2: read as a plan on its side .*: 2 outcomes\n {2}Table 3 is not a plan: a contacts list\n/,
    );
  });

  it('marks the same words as in the header-row plan, never a label, never a SMART cell', async () => {
    expect(stdout).not.toBe('');
    for (const w of Object.keys(WORDINGS).keys()) {
      const reference = await marksIn(path.join(dir, `w${w}-reference.reviewed.docx`));
      expect(highlights(reference).length).toBeGreaterThanOrEqual(2);
      for (const s of Object.keys(SHAPES).keys()) {
        const shape = shapes.get(`w${w}-shape${s}`)!;
        const marks = await marksIn(path.join(dir, `w${w}-shape${s}.reviewed.docx`));
        for (const mark of marks) {
          expect(shape.content).toContain(mark.at);
          expect(shape.smart).not.toContain(mark.at);
        }
        expect(highlights(marks)).toEqual(highlights(reference));
        expect(marks.filter((m) => m.commented).length).toBe(reference.filter((m) => m.commented).length);
      }
    }
  });

  it('marks the LibreOffice plan beside its labels, under merged headings, and leaves the contacts alone', async () => {
    const marks = await marksIn(path.join(dir, 'libreoffice.reviewed.docx'));
    const doc = await DocxPlanDocument.open(fs.readFileSync(path.join(dir, 'libreoffice.docx')));
    const models = doc.tableModels();
    // The first table's "Outcome 1" cell is merged down its block; LibreOffice writes the rows below it
    // as continuations of that cell, so the labels stay in the middle column.
    const merged = models[0].rows[2][0].tc;
    expect(wAttr(descendants(merged, 'vMerge')[0], 'val') ?? 'continue').toBe('continue');
    expect(marks.length).toBeGreaterThan(4);
    for (const mark of marks) {
      const [table, row, column] = mark.at.split('/').map(Number);
      expect(table).toBeLessThan(2);
      // Column 2 in the blocks (label, merged group and title cells never), columns 1 or 2 across.
      expect(column).toBe(table === 0 ? 2 : 1);
      expect(row).toBeGreaterThan(0);
    }
    expect(highlights(marks)).toEqual(expect.arrayContaining(['ASAP', 'ongoing']));
  });
});
