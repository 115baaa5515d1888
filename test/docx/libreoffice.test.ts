// Reviewed files must open in other programs without a repair prompt. LibreOffice (installed by
// .ci/run, or `apt-get install libreoffice-writer-nogui poppler-utils`) converts them to PDF, and the
// PDF must hold the original text and our comments. Files made by LibreOffice must read correctly too.
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { DocxPlanDocument } from '../../src/docx';
import { checkPlan } from '../../src/engine';
import { SAMPLE_PLAN } from '../../src/engine/practice';

jest.setTimeout(180000);

function which(command: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const soffice = which('soffice') ?? which('libreoffice');
const pdftotext = which('pdftotext');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'smart-plan-lo-'));

function convertTo(file: string, to: string): string {
  if (!soffice) throw new Error('LibreOffice is needed for this test: apt-get install libreoffice-writer-nogui');
  execFileSync(
    soffice,
    [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', to, '--outdir', work, file],
    { stdio: 'ignore', timeout: 150000 },
  );
  const out = path.join(work, `${path.basename(file).replace(/\.[^.]+$/, '')}.${to.split(':')[0]}`);
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert ${file}`);
  return out;
}

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
