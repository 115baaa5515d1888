import { DocxPlanDocument } from '../../src/docx';
import { checkPlan, type Finding } from '../../src/engine';
import { buildTemplate } from '../../src/engine/templates';
import { HEADER, makeDocx, p, partText, r, row, tbl, tc, tr } from './makeDocx';

async function openPlan(body: string, comments?: string) {
  return DocxPlanDocument.open(await makeDocx(body, comments), { author: 'Test Reviewer' });
}

async function findingsOf(doc: DocxPlanDocument): Promise<Finding[]> {
  const read = await doc.readTables('document');
  return checkPlan(read.tables, { surroundingText: read.surroundingText }).tables.flatMap((t) => t.findings);
}

describe('reading plan tables from .docx', () => {
  it('reads text across runs, hyperlinks, line breaks and paragraphs', async () => {
    const doc = await openPlan(
      tbl(
        HEADER,
        tr(
          tc(p(r('Zara needs '), r('to be', '<w:b/>'), r(' healthy.'))),
          tc(
            p('<w:hyperlink r:id="rId9">' + r('Zara will') + '</w:hyperlink>', r(' see the dentist.')) +
              p(r('Second line')),
          ),
          tc(p(r('Mum to book'), '<w:r><w:br/></w:r>', r('by 01/05/25.'))),
          tc(p()),
        ),
      ),
    );
    const { tables } = await doc.readTables('document');
    expect(tables[0].rows[1]).toEqual([
      'Zara needs to be healthy.',
      'Zara will see the dentist.\nSecond line',
      'Mum to book\nby 01/05/25.',
      '',
    ]);
  });

  it('reads merged cells as Word shows them: one cell across columns, continuations empty', async () => {
    const doc = await openPlan(
      tbl(
        HEADER,
        tr(
          tc(p(r('Need spanning two columns')), '<w:gridSpan w:val="2"/>'),
          tc(p(r('Dad to call school by 02/05/25.')), '<w:vMerge w:val="restart"/>'),
          tc(p()),
        ),
        tr(tc(p(r('Second need'))), tc(p(r('Second outcome'))), tc(p(r('stale text')), '<w:vMerge/>'), tc(p())),
      ),
    );
    const { tables } = await doc.readTables('document');
    expect(tables[0].rows[1]).toEqual(['Need spanning two columns', 'Dad to call school by 02/05/25.', '']);
    expect(tables[0].rows[2]).toEqual(['Second need', 'Second outcome', '', '']);
  });

  it('counts tracked insertions and leaves out tracked deletions', async () => {
    const doc = await openPlan(
      tbl(
        HEADER,
        tr(
          tc(p(r('Need'))),
          tc(p(r('Outcome'))),
          tc(
            p(
              r('Visit '),
              '<w:del w:id="1" w:author="A"><w:r><w:delText>ongoing</w:delText></w:r></w:del>',
              '<w:ins w:id="2" w:author="A">' + r('every Monday') + '</w:ins>',
            ),
          ),
          tc(p()),
        ),
      ),
    );
    expect((await doc.readTables('document')).tables[0].rows[1][2]).toBe('Visit every Monday');
  });

  it('gives nested tables their own index and nesting level', async () => {
    const inner = tbl(row('Who', 'When'), row('Mum', 'Friday'));
    const doc = await openPlan(
      tbl(HEADER, tr(tc(p(r('Need'))), tc(p(r('Outcome'))), tc(inner + p(r('Actions'))), tc(p()))),
    );
    const { tables, notes } = await doc.readTables('document');
    expect(tables.map((t) => [t.index, t.nestingLevel])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(tables[0].rows[1][2]).toBe('Actions');
    expect(notes.join(' ')).toMatch(/inside another table/);
  });

  it('reads template prompts as empty cells', async () => {
    const doc = await DocxPlanDocument.create(buildTemplate('torbay', { planDate: '2025-03-03', rows: 2 }));
    const { tables, surroundingText } = await doc.readTables('document');
    expect(tables[0].rows[1]).toEqual(['', '', '', '', '']);
    expect(surroundingText).toMatch(/Review date: 14\/04\/2025/);
  });
});

describe('marking a .docx', () => {
  const plan = () =>
    tbl(
      HEADER,
      tr(
        tc(p(r('Kai needs to be healthy.'))),
        tc(p(r('Kai will be seen '), r('regularly', '<w:highlight w:val="green"/>'), r('.'))),
        tc(p(r('Health visitor to visit - ongoing.', '<w:i/>'))),
        tc(p()),
      ),
    ) + p(r('Kai says he likes his nursery. Review date: 01/06/25.'));
  const userComment = '<w:comment w:id="1" w:author="Mum"><w:p><w:r><w:t>My own note</w:t></w:r></w:p></w:comment>';
  const withUserComment = () =>
    tbl(
      HEADER,
      tr(
        tc(
          p(
            '<w:commentRangeStart w:id="1"/>',
            r('Kai needs to be healthy.'),
            '<w:commentRangeEnd w:id="1"/>',
            '<w:r><w:commentReference w:id="1"/></w:r>',
          ),
        ),
        tc(p(r('Kai will be happy.'))),
        tc(p(r('Nursery to support ASAP.'))),
        tc(p()),
      ),
    );

  it('writes a highlight and a comment on the words at fault, and leaves the text as it was', async () => {
    const doc = await openPlan(plan());
    const before = await doc.readTables('document');
    const findings = await findingsOf(doc);
    const result = await doc.mark(findings, { comments: true });
    expect(result.commented).toBe(findings.length);
    expect((await doc.readTables('document')).tables).toEqual(before.tables);
    const saved = await doc.save();
    const xml = await partText(saved, 'word/document.xml');
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/>/);
    expect(xml).toContain('<w:i/>'); // the user's italics survive the split runs
    const comments = await partText(saved, 'word/comments.xml');
    expect(comments).toContain('w:author="Test Reviewer"');
    expect(comments).toMatch(/"ongoing" is not a timescale/);
    expect(await partText(saved, '[Content_Types].xml')).toContain('/word/comments.xml');
    expect(await partText(saved, 'word/_rels/document.xml.rels')).toContain('comments.xml');
  });

  it('re-marking updates rather than duplicates, and clearing removes exactly our marks', async () => {
    const doc = await openPlan(withUserComment(), userComment);
    const findings = await findingsOf(doc);
    await doc.mark(findings, { comments: true });
    await doc.mark(findings, { comments: true });
    const ours = doc.commentList().filter((c) => c.ours);
    expect(ours).toHaveLength(findings.length);
    expect(
      doc
        .commentList()
        .filter((c) => !c.ours)
        .map((c) => c.text),
    ).toEqual(['My own note']);
    await doc.clearMarks();
    expect(doc.commentList().map((c) => c.text)).toEqual(['My own note']);
    const xml = await partText(await doc.save(), 'word/document.xml');
    expect(xml).not.toMatch(/w:highlight/);
    expect(xml).toContain('<w:commentReference w:id="1"/>');
  });

  it("keeps the user's own highlight when marking and after clearing", async () => {
    const doc = await openPlan(plan());
    await doc.mark(await findingsOf(doc), { comments: true });
    await doc.clearMarks();
    const xml = await partText(await doc.save(), 'word/document.xml');
    expect(xml).toContain('<w:highlight w:val="green"/>');
    expect(xml).not.toContain('w:val="yellow"');
  });

  it('survives a save and reopen: our marks are still known as ours', async () => {
    const doc = await openPlan(plan());
    await doc.mark(await findingsOf(doc), { comments: true });
    const reopened = await DocxPlanDocument.open(await doc.save());
    expect(reopened.commentList().every((c) => c.ours)).toBe(true);
    await reopened.clearMarks();
    expect(reopened.commentList()).toEqual([]);
  });
});

describe('applying a rewrite', () => {
  it('replaces only the words at fault, as a tracked change when asked', async () => {
    const doc = await openPlan(
      tbl(
        HEADER,
        tr(tc(p(r('Need'))), tc(p(r('Outcome'))), tc(p(r('Health visitor to visit - ongoing.', '<w:i/>'))), tc(p())),
      ),
    );
    const finding = (await findingsOf(doc)).find((f) => f.code === 'open-timescale')!;
    await doc.applySuggestion(finding, 'every 2 weeks until 30/06/25', { tracked: true });
    expect((await doc.readTables('document')).tables[0].rows[1][2]).toBe(
      'Health visitor to visit - every 2 weeks until 30/06/25.',
    );
    const xml = await partText(await doc.save(), 'word/document.xml');
    expect(xml).toMatch(/<w:del [^>]*w:author="Test Reviewer"[^>]*>.*<w:delText[^>]*>ongoing<\/w:delText>/);
    expect(xml).toMatch(/<w:ins [^>]*>.*every 2 weeks until 30\/06\/25/);
  });

  it('rewrites in place without tracking, keeping the text around it', async () => {
    const doc = await openPlan(
      tbl(
        HEADER,
        tr(
          tc(p(r('Need'))),
          tc(p(r('Outcome'))),
          tc(p(r('Dad to phone '), r('ASAP', '<w:b/>'), r(' about the course.'))),
          tc(p()),
        ),
      ),
    );
    const finding = (await findingsOf(doc)).find((f) => f.code === 'open-timescale')!;
    await doc.applySuggestion(finding, 'by 09/05/25', { tracked: false });
    expect((await doc.readTables('document')).tables[0].rows[1][2]).toBe('Dad to phone by 09/05/25 about the course.');
    expect(await partText(await doc.save(), 'word/document.xml')).not.toMatch(/w:ins|w:del /);
  });
});

describe('templates, summaries and remembered state', () => {
  it('inserts a plan table after the table the cursor is in', async () => {
    const doc = await openPlan(tbl(HEADER, row('Need', 'Outcome', 'Action', '')) + p(r('After the plan')));
    doc.setCursorTable(0);
    await doc.insertPlanTable(buildTemplate('wakefield', { rows: 1 }));
    const { tables } = await doc.readTables('document');
    expect(tables).toHaveLength(2);
    expect(tables[1].nestingLevel).toBe(0);
    expect(tables[1].rows[0][0]).toBe('Concern and its impact on the child');
    const xml = await partText(await doc.save(), 'word/document.xml');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('w:val="smart-plan:template:wakefield"');
  });

  it('puts the reviewer summary at the top', async () => {
    const doc = await openPlan(tbl(HEADER, row('Need', 'Outcome', 'Action', '')));
    await doc.insertSummary('SMART check: 40 out of 100.\n3 of 5 actions have no date.');
    const read = await doc.readTables('document');
    expect(read.surroundingText.split('\n').slice(0, 2)).toEqual([
      'SMART check: 40 out of 100.',
      '3 of 5 actions have no date.',
    ]);
  });

  it('remembers ignored findings inside the file', async () => {
    const doc = await openPlan(tbl(HEADER, row('Need', 'Outcome', 'Action', '')));
    await doc.setState({ ignored: ['abc123'] });
    const reopened = await DocxPlanDocument.open(await doc.save());
    expect(await reopened.getState()).toEqual({ ignored: ['abc123'] });
  });

  it('refuses a file that is not a .docx, and a password-protected one, with a clear message', async () => {
    await expect(DocxPlanDocument.open(new TextEncoder().encode('hello'))).rejects.toThrow(/not a .docx file/);
    await expect(DocxPlanDocument.open(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).rejects.toThrow(
      /password-protected/,
    );
  });
});
