// A plan made by another program (LibreOffice, from council-plan.fodt beside it): a title row merged
// across the table, a user's comment and a user's shading. We mark it, re-mark it, clear it and rewrite
// in it, and the user's own work must come through every step unchanged.
import fs from 'fs';
import path from 'path';
import JSZip from 'jszip';
import { DocxPlanDocument } from '../../src/docx';
import type { Finding } from '../../src/engine';
import { partText } from './makeDocx';

const FIXTURE = path.join(__dirname, 'fixtures', 'council-plan-libreoffice.docx');

async function openFixture() {
  return DocxPlanDocument.open(fs.readFileSync(FIXTURE), { author: 'Test Reviewer', initials: 'TRv' });
}

function finding(
  id: string,
  row: number,
  column: number,
  cellText: string,
  quote: string,
  extra: Partial<Finding> = {},
): Finding {
  const start = cellText.indexOf(quote);
  return {
    id,
    rule: 'test-rule',
    code: 'vague',
    letters: ['S'],
    severity: 'warning',
    table: 0,
    row,
    column,
    role: null,
    start,
    end: start + quote.length,
    quote,
    message: `"${quote}" could mean different things to different people.`,
    guidance: { document: 'torbay', section: 'Writing SMART outcomes', point: 'Say what will be different.' },
    ...extra,
  };
}

const OUTCOME = 'Ellis will be happier at home.';
const ACTION = 'Dad to keep an eye on things - ongoing.';
const FINDINGS = (): Finding[] => [
  finding('f-happier', 2, 1, OUTCOME, 'happier'),
  finding('f-eye', 2, 2, ACTION, 'keep an eye on things', { severity: 'info' }),
  finding('f-ongoing', 2, 2, ACTION, 'ongoing', {
    code: 'open-timescale',
    letters: ['T'],
    severity: 'error',
    suggestion: { kind: 'replace-span', text: 'every week until 14/07/2025' },
  }),
];

describe('a plan LibreOffice wrote', () => {
  it('reads the merged title row as one cell and the plan rows as LibreOffice shows them', async () => {
    const read = await (await openFixture()).readTables('document');
    expect(read.tables).toHaveLength(1);
    expect(read.tables[0].rows[0]).toEqual(["Ellis's plan"]);
    expect(read.tables[0].rows[2]).toEqual(['Ellis needs to be safe at home.', OUTCOME, ACTION, '']);
    expect(read.surroundingText).toContain('Review date: 14/07/2025');
  });

  it('marks with comments Word can resolve (commentsExtended), and clears only ours', async () => {
    const doc = await openFixture();
    const original = fs.readFileSync(FIXTURE);
    const result = await doc.mark(FINDINGS(), { comments: true });
    expect(result).toMatchObject({ highlighted: 3, commented: 3, notFound: [] });
    const marked = await doc.save();

    const comments = await partText(marked, 'word/comments.xml');
    expect(comments).toContain('Check with school first');
    expect(comments.match(/w:initials="TRv"/g)).toHaveLength(3);
    const paraIds = [...comments.matchAll(/w14:paraId="([0-9A-F]{8})"/g)].map((m) => m[1]);
    expect(paraIds).toHaveLength(3);
    const extended = await partText(marked, 'word/commentsExtended.xml');
    for (const id of paraIds) expect(extended).toContain(`w15:paraId="${id}" w15:done="0"`);
    expect(await partText(marked, '[Content_Types].xml')).toContain('/word/commentsExtended.xml');
    expect(await partText(marked, 'word/_rels/document.xml.rels')).toContain('Target="commentsExtended.xml"');

    const xml = await partText(marked, 'word/document.xml');
    expect(xml).toContain('<w:highlight w:val="yellow"/>');
    expect(xml).toContain('<w:highlight w:val="red"/>');
    expect(xml).toContain('<w:shd w:fill="00FF00" w:val="clear"/>');

    // Re-marking replaces ours; clearing leaves exactly the user's comment and shading.
    await doc.mark(FINDINGS(), { comments: true });
    expect(doc.commentList().filter((c) => c.ours)).toHaveLength(3);
    await doc.clearMarks();
    const cleared = await doc.save();
    expect(doc.commentList()).toEqual([
      expect.objectContaining({ author: "Ellis's social worker", text: 'Check with school first', ours: false }),
    ]);
    expect(await partText(cleared, 'word/commentsExtended.xml')).not.toContain('w15:commentEx ');
    const clearedXml = await partText(cleared, 'word/document.xml');
    expect(clearedXml).not.toContain('w:highlight');
    expect(clearedXml).toContain('<w:commentReference w:id="0"/>');
    expect(clearedXml).toContain('<w:shd w:fill="00FF00" w:val="clear"/>');
    // The input bytes were never touched.
    expect(fs.readFileSync(FIXTURE).equals(original)).toBe(true);
  });

  it('keeps every part it does not need to change byte for byte', async () => {
    const doc = await openFixture();
    await doc.mark(FINDINGS(), { comments: true });
    const before = await JSZip.loadAsync(fs.readFileSync(FIXTURE));
    const after = await JSZip.loadAsync(await doc.save());
    for (const name of ['word/styles.xml', 'word/settings.xml', 'word/fontTable.xml', 'docProps/core.xml']) {
      expect(await after.file(name)!.async('string')).toBe(await before.file(name)!.async('string'));
    }
  });

  it('applies two rewrites in one cell, each over its own words, as tracked changes', async () => {
    const doc = await openFixture();
    const [, eye, ongoing] = FINDINGS();
    // The later words first, then the earlier: offsets of the first finding must still hold.
    await doc.applySuggestion(ongoing, 'every week until 14/07/2025', { tracked: true });
    await doc.applySuggestion(eye, 'phone school every Friday', { tracked: true });
    const read = await doc.readTables('document');
    expect(read.tables[0].rows[2][2]).toBe('Dad to phone school every Friday - every week until 14/07/2025.');
    const xml = await partText(await doc.save(), 'word/document.xml');
    expect(xml.match(/<w:ins /g)).toHaveLength(2);
    expect(xml.match(/<w:del /g)).toHaveLength(2);
    expect(xml).toMatch(/<w:delText[^>]*>keep an eye on things<\/w:delText>/);
    expect(xml).toMatch(/<w:delText[^>]*>ongoing<\/w:delText>/);
  });
});
