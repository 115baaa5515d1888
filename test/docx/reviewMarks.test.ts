// What a reviewer reads in a marked .docx (issue #14): comments with no machine text, the link to each
// finding out of sight, one author for comments and tracked changes, plan-level points in the document,
// applying one suggestion leaving every other mark, and no cell saying the same thing twice.
import JSZip from 'jszip';
import { DocxPlanDocument } from '../../src/docx';
import { GapLeftError } from '../../src/document/applyRewrite';
import { commentTag } from '../../src/document/commentText';
import { checkPlan, type Finding } from '../../src/engine';
import { HEADER, makeDocx, p, partText, r, tbl, tc, tr } from './makeDocx';

const TAG = '[SMART Plan Checker';

async function openPlan(body: string, comments?: string, author = 'Priya Shah') {
  return DocxPlanDocument.open(await makeDocx(body, comments), { author });
}

function check(read: Awaited<ReturnType<DocxPlanDocument['readTables']>>) {
  return checkPlan(read.tables, { surroundingText: read.surroundingText });
}

const plan = (extra = '') =>
  tbl(
    HEADER,
    tr(
      tc(p(r('Kai needs to be healthy.'))),
      tc(p(r('Kai will be seen regularly.'))),
      tc(p(r('Health visitor to visit - ongoing. Mum to phone the GP ASAP.'))),
      tc(p()),
    ),
  ) + extra;

async function markAll(doc: DocxPlanDocument, author?: string): Promise<Finding[]> {
  const report = check(await doc.readTables('document'));
  const findings = [...report.tables.flatMap((t) => t.findings), ...report.planFindings];
  await doc.mark(findings, { comments: true, author });
  return findings;
}

describe('comments read as a reviewer wrote them', () => {
  it('carry no tag, and the link to each finding is kept in a custom XML part holding ids only', async () => {
    const doc = await openPlan(plan());
    const findings = await markAll(doc);
    const saved = await doc.save();
    const comments = await partText(saved, 'word/comments.xml');
    expect(comments).not.toContain(TAG);
    expect(comments).toMatch(/is not a timescale/);
    const zip = await JSZip.loadAsync(saved);
    const linkPart = Object.keys(zip.files).find((name) => /^customXml\/item\d+\.xml$/.test(name))!;
    const links = await partText(saved, linkPart);
    for (const f of findings.filter((f) => f.table >= 0)) expect(links).toContain(`finding="${f.id}"`);
    // Ids only: no word of the plan or of our comments is in the hidden part.
    for (const words of ['healthy', 'ongoing', 'ASAP', 'timescale']) expect(links).not.toContain(words);
    expect(await partText(saved, 'word/_rels/document.xml.rels')).toContain(`Target="../${linkPart}"`);
    expect(await partText(saved, '[Content_Types].xml')).toMatch(/customXmlProperties\+xml/);

    // After a save and reopen the comments are still known as ours, and clearing removes exactly them.
    const reopened = await DocxPlanDocument.open(saved);
    expect(reopened.commentList().length).toBeGreaterThan(0);
    expect(reopened.commentList().every((c) => c.ours)).toBe(true);
    await reopened.clearMarks();
    expect(reopened.commentList()).toEqual([]);
  });

  it('still recognises comments tagged by earlier versions, and clears them; the user’s comment stays', async () => {
    const old = `<w:comment w:id="7" w:author="Checker"><w:p><w:r><w:t>Old advice</w:t></w:r></w:p><w:p><w:r><w:t>${commentTag('abc123')}</w:t></w:r></w:p></w:comment>`;
    const mine = '<w:comment w:id="8" w:author="Mum"><w:p><w:r><w:t>My own note</w:t></w:r></w:p></w:comment>';
    const body = tbl(
      HEADER,
      tr(
        tc(
          p(
            '<w:commentRangeStart w:id="7"/>',
            r('Kai needs to be healthy.'),
            '<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>',
          ),
        ),
        tc(
          p(
            '<w:commentRangeStart w:id="8"/>',
            r('Kai will be happy.'),
            '<w:commentRangeEnd w:id="8"/><w:r><w:commentReference w:id="8"/></w:r>',
          ),
        ),
        tc(p(r('Nursery to support.'))),
        tc(p()),
      ),
    );
    const doc = await openPlan(body, old + mine);
    expect(doc.commentList().map((c) => [c.text.split('\n')[0], c.ours])).toEqual([
      ['Old advice', true],
      ['My own note', false],
    ]);
    await markAll(doc);
    expect(doc.commentList().some((c) => c.text.includes('Old advice'))).toBe(false);
    expect(
      doc
        .commentList()
        .filter((c) => !c.ours)
        .map((c) => c.text),
    ).toEqual(['My own note']);
    expect(doc.commentList().every((c) => !c.text.includes(TAG))).toBe(true);
  });

  it('no cell carries the same point twice', async () => {
    const doc = await openPlan(plan());
    const report = check(await doc.readTables('document'));
    const one = report.tables[0].findings.find((f) => f.code === 'open-timescale')!;
    // The same point arriving twice (as when two rules agree) is written once.
    await doc.mark([one, { ...one, id: `${one.id}-again` }], { comments: true });
    expect(doc.commentList()).toHaveLength(1);
  });
});

describe('one author for every mark', () => {
  it('writes comments, tracked rewrites and the tracked summary under the reviewer’s name', async () => {
    // Opened with no name (as the preview does): the name given when marking is used everywhere after.
    const doc = await DocxPlanDocument.open(await makeDocx(plan()));
    const findings = await markAll(doc, 'Priya Shah');
    const fix = findings.find((f) => f.code === 'open-timescale' && f.quote === 'ongoing')!;
    await doc.applySuggestion(fix, 'every Monday until 30/06/25', { tracked: true });
    await doc.insertSummary('SMART check: 40 out of 100.\nTwo actions have no date.', { tracked: true });
    const saved = await doc.save();
    const xml = await partText(saved, 'word/document.xml');
    const authors = [...xml.matchAll(/<w:(?:ins|del) [^>]*w:author="([^"]*)"/g)].map((m) => m[1]);
    expect(authors.length).toBeGreaterThanOrEqual(3);
    expect(new Set(authors)).toEqual(new Set(['Priya Shah']));
    const commentAuthors = [...(await partText(saved, 'word/comments.xml')).matchAll(/w:author="([^"]*)"/g)].map(
      (m) => m[1],
    );
    expect(new Set(commentAuthors)).toEqual(new Set(['Priya Shah']));
  });

  it('puts the summary in as a tracked insertion when Track Changes is on in the document, plain otherwise', async () => {
    const tracked = await openPlan(plan());
    const zipped = await JSZip.loadAsync(await tracked.save());
    zipped.file(
      'word/settings.xml',
      '<?xml version="1.0"?><w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:trackRevisions/></w:settings>',
    );
    const withTracking = await DocxPlanDocument.open(await zipped.generateAsync({ type: 'uint8array' }), {
      author: 'Priya Shah',
    });
    await withTracking.insertSummary('SMART check: 40 out of 100.');
    expect(await partText(await withTracking.save(), 'word/document.xml')).toMatch(
      /<w:ins [^>]*w:author="Priya Shah"[^>]*><w:r><w:rPr><w:b\/><\/w:rPr><w:t[^>]*>SMART check: 40 out of 100\./,
    );
    const plain = await openPlan(plan());
    await plain.insertSummary('SMART check: 40 out of 100.');
    expect(await partText(await plain.save(), 'word/document.xml')).not.toMatch(/<w:ins /);
  });
});

describe('plan-level points reach the document', () => {
  it('as comments on the first plan table’s first cell, without a highlight', async () => {
    // No review date, no child's own words anywhere: points about the whole plan.
    const doc = await openPlan(plan());
    const report = check(await doc.readTables('document'));
    expect(report.planFindings.length).toBeGreaterThan(0);
    await doc.mark([...report.tables[0].findings, ...report.planFindings], { comments: true });
    const texts = doc.commentList().map((c) => c.text);
    for (const f of report.planFindings) expect(texts.some((t) => t.startsWith(f.message))).toBe(true);
    const xml = await partText(await doc.save(), 'word/document.xml');
    const firstCell = xml.slice(xml.indexOf('<w:tc>'), xml.indexOf('</w:tc>'));
    expect(firstCell).toContain('Assessed need');
    expect((firstCell.match(/<w:commentReference /g) ?? []).length).toBe(report.planFindings.length);
    expect(firstCell).not.toContain('w:highlight');
  });
});

describe('applying one suggestion', () => {
  it('resolves only that finding’s comment; every other mark stays', async () => {
    const doc = await openPlan(plan());
    const findings = await markAll(doc);
    const before = doc.commentList();
    const fix = findings.find((f) => f.code === 'open-timescale' && f.quote === 'ongoing')!;
    await doc.applySuggestion(fix, 'every Monday until 30/06/25', { tracked: true });
    const after = doc.commentList();
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
    const resolved = after.filter((c) => c.resolved);
    expect(resolved).toHaveLength(1);
    expect(resolved[0].text.startsWith(fix.message)).toBe(true);
    const xml = await partText(await doc.save(), 'word/document.xml');
    expect(xml).toContain('w:val="yellow"'); // other highlights remain
    expect((xml.match(/<w:commentReference /g) ?? []).length).toBe(before.length);
  });

  it('never writes a [gap] into the plan, tracked or not', async () => {
    const doc = await openPlan(plan());
    const findings = await markAll(doc);
    const fix = findings.find((f) => f.code === 'open-timescale')!;
    await expect(doc.applySuggestion(fix, 'by [dd/mm/yyyy]', { tracked: true })).rejects.toBeInstanceOf(GapLeftError);
    await expect(doc.applySuggestion(fix, 'by [dd/mm/yyyy]', { tracked: false })).rejects.toBeInstanceOf(GapLeftError);
    expect((await doc.readTables('document')).tables[0].rows[1][2]).toBe(
      'Health visitor to visit - ongoing. Mum to phone the GP ASAP.',
    );
  });
});

describe('marking many findings in one cell', () => {
  it('places every mark on exactly its own words and leaves the text as it was', async () => {
    const sentence = 'Mum to phone the GP ASAP and the school regularly. ';
    const long = sentence.repeat(150).trim();
    const doc = await openPlan(
      tbl(HEADER, tr(tc(p(r('Kai needs to be healthy.'))), tc(p(r('Kai will be well.'))), tc(p(r(long))), tc(p()))),
    );
    const before = await doc.readTables('document');
    // The findings on words in the cell (not the ones about the whole cell, which would cover it all).
    const findings = check(before).tables[0].findings.filter((f) => f.column === 2 && f.quote.length < 20);
    expect(findings.length).toBeGreaterThanOrEqual(150);
    const result = await doc.mark(findings, { comments: true });
    expect(result.notFound).toEqual([]);
    expect((await doc.readTables('document')).tables).toEqual(before.tables);
    // Every finding's words are highlighted, and nothing else; the same point in one cell is one comment.
    const xml = await partText(await doc.save(), 'word/document.xml');
    const cell = xml.slice(xml.indexOf(long.slice(0, 20)) - 200);
    const stretches: string[] = [];
    let current = '';
    for (const run of cell.matchAll(/<w:r>(?:<w:rPr>((?:<[^>]*\/>)*)<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)) {
      if (run[1]?.includes('w:highlight')) current += run[2];
      else if (current) {
        stretches.push(current);
        current = '';
      }
    }
    if (current) stretches.push(current);
    expect(stretches.sort()).toEqual(findings.map((f) => f.quote).sort());
    expect(result.commented).toBe(new Set(findings.map((f) => f.message)).size);
  });
});
