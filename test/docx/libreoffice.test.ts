// Reviewed files must open in other programs without a repair prompt. LibreOffice (installed by
// .ci/run, or `apt-get install libreoffice-writer-nogui poppler-utils`) converts them to PDF, and the
// PDF must hold the original text and our comments. Files made by LibreOffice must read correctly too.
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { DocxPlanDocument } from '../../src/docx';
import { checkPlan } from '../../src/engine';
import { SAMPLE_PLAN } from '../../src/engine/practice';
import { libreOffice, which } from '../support/libreoffice';

jest.setTimeout(180000);

const pdftotext = which('pdftotext');
const { work, convertTo } = libreOffice('smart-plan-lo-');

/** PDF with comments exported as annotations. */
function toPdf(file: string): string {
  return convertTo(file, 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}');
}

/** Annotation texts in a PDF: LibreOffice writes each comment as a UTF-16 hex string. */
function pdfAnnotations(pdf: string): string[] {
  const raw = fs.readFileSync(pdf).toString('latin1');
  return [...raw.matchAll(/\/Contents\s*<FEFF([0-9A-Fa-f]+)>/g)].map((m) =>
    Buffer.from(m[1], 'hex').swap16().toString('utf16le'),
  );
}

describe('LibreOffice opens what we write', () => {
  it('converts a reviewed plan to PDF holding the original text and our comments', async () => {
    if (!pdftotext) throw new Error('pdftotext is needed for this test: apt-get install poppler-utils');
    const doc = await DocxPlanDocument.create(SAMPLE_PLAN.spec, { author: 'Test Reviewer' });
    const read = await doc.readTables('document');
    const findings = checkPlan(read.tables, { surroundingText: read.surroundingText }).tables.flatMap(
      (t) => t.findings,
    );
    await doc.mark(findings, { comments: true });
    const open = findings.find((f) => f.code === 'open-timescale')!;
    await doc.applySuggestion(open, 'every 2 weeks until 30/06/25', { tracked: true });
    const file = path.join(work, 'reviewed.docx');
    fs.writeFileSync(file, await doc.save());

    const pdf = toPdf(file);
    const text = execFileSync(pdftotext, [pdf, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('Maya needs to be healthy.');
    expect(text).toContain('every 2 weeks until 30/06/25');
    const notes = pdfAnnotations(pdf).join('\n');
    expect(notes).toContain('is not a timescale');
    expect(notes).toContain('Guidance:');
  });

  it('reads, marks and writes back a plan that LibreOffice made from a web page', async () => {
    const html = path.join(work, 'council-plan.html');
    fs.writeFileSync(
      html,
      `<html><body><p>Child: Noor, 6. Review date: 30/06/2025. Noor says she wants to stay at her school.</p>
      <table border="1"><tr><th>Desired outcome</th><th>What needs to happen?</th><th>Who will be responsible?</th><th>When does it need to be done?</th><th>How will we know we have made progress?</th></tr>
      <tr><td>Noor will be happier.</td><td>Support to be given.</td><td></td><td>ASAP</td><td>Mum says things are better.</td></tr>
      <tr><td>Noor will go to bed by 7.30pm on school nights.</td><td>Mum to follow the bedtime routine agreed with the health visitor.</td><td>Mum</td><td>Every night from 02/06/2025</td><td>Sleep diary checked every week by the health visitor.</td></tr></table></body></html>`,
    );
    const made = convertTo(html, 'docx:MS Word 2007 XML');
    const doc = await DocxPlanDocument.open(fs.readFileSync(made));
    const read = await doc.readTables('document');
    expect(read.tables[0].rows[1][0]).toBe('Noor will be happier.');
    const report = checkPlan(read.tables, { surroundingText: read.surroundingText });
    expect(report.tables[0].layout?.layoutId).toBe('torbay');
    const codes = report.tables[0].findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['vague', 'no-owner', 'open-timescale', 'self-report-only']));
    expect(report.tables[0].findings.filter((f) => f.row === 2 && f.severity !== 'info')).toEqual([]);
    await doc.mark(report.tables[0].findings, { comments: true });
    const back = path.join(work, 'council-plan-reviewed.docx');
    fs.writeFileSync(back, await doc.save());
    const pdf = toPdf(back);
    expect(pdfAnnotations(pdf).length).toBe(report.tables[0].findings.length);
  });
});

/** What LibreOffice read: its own flat ODF, with each comment and each tracked change and their authors. */
function readByLibreOffice(file: string) {
  const fodt = fs.readFileSync(convertTo(file, 'fodt'), 'utf8');
  const text = (xml: string) =>
    xml
      .replace(/<text:tab\/>/g, '\t')
      .replace(/<[^>]+>/g, '')
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const comments = [...fodt.matchAll(/<office:annotation(?:\s[^>]*)?>([\s\S]*?)<\/office:annotation>/g)].map((m) => ({
    author: text(m[1].match(/<dc:creator>([\s\S]*?)<\/dc:creator>/)?.[1] ?? ''),
    text: [...m[1].matchAll(/<text:p\b[^>]*>([\s\S]*?)<\/text:p>/g)].map((p) => text(p[1])).join('\n'),
  }));
  const changes = [
    ...fodt.matchAll(/<text:changed-region\s[^>]*text:id="([^"]+)"[^>]*>([\s\S]*?)<\/text:changed-region>/g),
  ].map((m) => {
    const kind = m[2].includes('<text:insertion')
      ? 'insertion'
      : m[2].includes('<text:deletion')
        ? 'deletion'
        : 'other';
    // LibreOffice 7.4 keeps both inserted and deleted words in the body between change-start and change-end.
    const inline = fodt.match(
      new RegExp(
        `<text:change-start text:change-id="${m[1]}"/>([\\s\\S]*?)<text:change-end text:change-id="${m[1]}"/>`,
      ),
    );
    return {
      kind,
      author: text(m[2].match(/<dc:creator>([\s\S]*?)<\/dc:creator>/)?.[1] ?? ''),
      text: inline ? text(inline[1]) : text(m[2].replace(/<office:change-info>[\s\S]*?<\/office:change-info>/, '')),
    };
  });
  return { comments, changes };
}

describe('the reviewed copy as LibreOffice reads it (issues #13, #14, #16)', () => {
  it('shows comments without a tag, every change of ours under the reviewer, no [gap] inserted, plan-level points as comments, and the user’s own comment and deletion', async () => {
    const { makeDocx, HEADER, p, r, tbl, tc, tr } = await import('./makeDocx');
    const userDeletion =
      '<w:del w:id="5" w:author="Sam Jones" w:date="2025-03-01T10:00:00Z"><w:r><w:delText>weekly </w:delText></w:r></w:del>';
    const body = tbl(
      HEADER,
      tr(
        tc(
          p(
            '<w:commentRangeStart w:id="1"/>',
            r('Kai needs to be healthy.&#1;'),
            '<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>',
          ),
        ),
        tc(p(r('Kai will be seen regularly.'))),
        tc(p(r('Health visitor to visit '), userDeletion, r('- ongoing. Mum to call the GP ASAP.'))),
        tc(p()),
      ),
    );
    const userComment =
      '<w:comment w:id="1" w:author="Sam Jones" w:initials="SJ"><w:p><w:r><w:t>Check with nursery first</w:t></w:r></w:p></w:comment>';
    const plan = path.join(work, 'kai-plan.docx');
    fs.writeFileSync(plan, await makeDocx(body, userComment));
    const bin = path.resolve(__dirname, '../../bin/smart-plan.cjs');
    execFileSync(process.execPath, [bin, 'check', plan, '--tracked', '--author', 'Priya Shah', '--force'], {
      stdio: 'ignore',
    });
    const reviewedFile = path.join(work, 'kai-plan.reviewed.docx');
    // The reviewer's summary, tracked, on top of what the command wrote.
    const reviewed = await DocxPlanDocument.open(fs.readFileSync(reviewedFile), { author: 'Priya Shah' });
    await reviewed.insertSummary('SMART check: some actions need a date.', { tracked: true });
    fs.writeFileSync(reviewedFile, await reviewed.save());

    const read = await DocxPlanDocument.open(fs.readFileSync(reviewedFile));
    const report = checkPlan((await read.readTables('document')).tables, {});
    const { comments, changes } = readByLibreOffice(reviewedFile);

    const ours = comments.filter((c) => c.author !== 'Sam Jones');
    expect(ours.length).toBeGreaterThan(3);
    for (const c of ours) {
      expect(c.author).toBe('Priya Shah');
      expect(c.text).not.toMatch(/SMART Plan Checker|\[[a-z0-9]{8,}\]/);
    }
    expect(comments).toContainEqual({ author: 'Sam Jones', text: 'Check with nursery first' });
    // Plan-level points (no review date, no child's voice) are there as comments.
    expect(report.planFindings.length).toBeGreaterThan(0);
    for (const f of report.planFindings) expect(ours.some((c) => c.text.startsWith(f.message))).toBe(true);

    const ourChanges = changes.filter((c) => c.author !== 'Sam Jones');
    expect(ourChanges.some((c) => c.kind === 'insertion' && c.text.includes('SMART check'))).toBe(true);
    for (const c of ourChanges) expect(c.author).toBe('Priya Shah');
    for (const c of changes.filter((c) => c.kind === 'insertion')) expect(c.text).not.toMatch(/\[[^\]]+\]/);
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'deletion', author: 'Sam Jones' }));
    expect(changes.find((c) => c.author === 'Sam Jones')!.text).toContain('weekly');
  });
});
