// smart-plan compare on .docx pairs written for this test: a Child's Care Plan from January, and its
// review in April moved to the Torbay layout, reordered, with one row dropped and one added.
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { DocxPlanDocument } from '../../src/docx';
import { comparePlans, driftFindings } from '../../src/engine';
import { HEADER, makeDocx, p, r, row, tbl } from './makeDocx';

const bin = path.resolve(__dirname, '../../bin/smart-plan.cjs');
const smartPlan = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

const TORBAY = row(
  'Desired outcome',
  'What needs to happen?',
  'Who will be responsible?',
  'When does it need to be done?',
  'How will we know we have made progress?',
);

const OLD_PLAN = [
  p(r('Child: Noah Evans (9)')),
  p(r('Plan date: 13 January 2025')),
  tbl(
    HEADER,
    row(
      'Noah is often hungry at school and has lost weight since the autumn.',
      'Noah will eat breakfast and a packed lunch every school day and be back to his usual weight.',
      'Mum &amp; Dad will make his breakfast and lunch each morning; Ms Patel, school nurse, will weigh Noah every fortnight until 28/02/2025.',
      '',
    ),
    row(
      'The family are behind with the rent and fear losing the flat.',
      'The family will keep their flat with a repayment plan they can afford.',
      'Tom Reed, family support worker, will go with Dad to the council to agree a rent repayment plan by 31/01/2025.',
      '',
    ),
  ),
  p(r('Second page of the plan')),
  tbl(
    HEADER,
    row(
      'Noah has nightmares and comes into his parents\u2019 bed most nights.',
      'Noah will sleep in his own bed five nights out of seven.',
      'Kim Lowe, play worker, will see Noah weekly at school for six sessions starting 20/01/2025.',
      '',
    ),
  ),
].join('');

const NEW_PLAN = [
  p(r('Child: Noah Evans (9)')),
  p(r('Plan date: 14 April 2025')),
  p(
    r(
      'Since the last plan: Noah\u2019s nightmares have stopped after the six sessions with the play worker, so the sleep outcome is closed.',
    ),
  ),
  tbl(
    TORBAY,
    row(
      'The family will keep their flat with a repayment plan they can afford.',
      'Go with Dad to the council to agree a rent repayment plan.',
      'Tom Reed, family support worker',
      'By 30/05/2025',
      'The council confirms the plan in writing.',
    ),
    row(
      'Noah will eat breakfast and a packed lunch every school day and be back to his usual weight.',
      'Make his breakfast and lunch each morning; weigh Noah every fortnight.',
      'Mum &amp; Dad; Ms Patel, school nurse',
      'Every fortnight until 28/02/2025',
      'Noah&#8217;s weight goes up at each weigh-in.',
    ),
    row(
      'Noah will walk to school with his friend on Mon &amp; Wed, with &lt;3 late marks a term.',
      'Dad will walk with Noah and his friend on Mondays, Wednesdays and Fridays.',
      'Dad',
      'Starting 28/04/2025, until 18/07/2025',
      'The school notes who brings Noah in.',
    ),
  ),
].join('');

describe('smart-plan compare', () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smart-plan-compare-'));
    fs.writeFileSync(file('january.docx'), await makeDocx(OLD_PLAN));
    fs.writeFileSync(file('april.docx'), await makeDocx(NEW_PLAN));
    fs.writeFileSync(file('letter.docx'), await makeDocx(p(r('Dear Mr and Mrs Evans, thank you for meeting us.'))));
    fs.writeFileSync(file('contacts.docx'), await makeDocx(tbl(row('Name', 'Phone'), row('Tom Reed', '01234 567890'))));
    fs.writeFileSync(file('notes.docx'), 'not really a Word file');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints each row as the user counts them, by meaning, across tables and layouts, as JSON', () => {
    const result = smartPlan('compare', file('january.docx'), file('april.docx'), '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.oldPlanDate).toBe('2025-01-13');
    expect(json.newPlanDate).toBe('2025-04-14');
    expect(
      json.rows.map((r: { old: number; new: number; status: string; points: string[] }) => [
        r.old,
        r.new,
        r.status,
        r.points,
      ]),
    ).toEqual([
      [2, 1, 'changed', ['deadline-passed', 'date-moved']],
      [1, 2, 'changed', ['deadline-passed']],
      [null, 3, 'new', []],
      [3, null, 'dropped', ['reason-given']],
    ]);
    expect(json.summary).toMatchObject({
      oldRows: 3,
      newRows: 3,
      deadlinesPassed: 2,
      datesMoved: 1,
      dropped: 1,
      new: 1,
    });
  });

  it('prints plain words by default and writes a self-contained, escaped HTML report', () => {
    const report = file('drift.html');
    const result = smartPlan('compare', file('january.docx'), file('april.docx'), '--report', report);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /Since the last plan: 0 actions were carried over unchanged; 2 deadlines have passed/,
    );
    expect(result.stdout).toMatch(/Row 1 \(row 2 in the last plan\): changed/);
    expect(result.stdout).toMatch(/moved from 31 January 2025 to 30 May 2025/);
    expect(result.stdout).toMatch(/Row 3 of the last plan: dropped\. Noah will sleep in his own bed/);
    expect(result.stdout).not.toMatch(/deadline-passed|reason-given/);
    const html = fs.readFileSync(report, 'utf8');
    expect(html).toMatch(/Summary for supervision/);
    expect(html).toMatch(/<td>Deadlines passed with nothing to say they were done<\/td><td>2<\/td>/);
    expect(html).toMatch(/<td>Outcomes dropped<\/td><td>1<\/td>/);
    expect(html).toContain('on Mon &amp; Wed, with &lt;3 late marks');
    expect(html).not.toMatch(/\bsrc=|\bhref=|https?:|@import/);
  });

  it('tells the user plainly what is wrong with the input', () => {
    const usage = smartPlan('compare', file('january.docx'));
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/name the last plan and the newer plan, two \.docx files/);
    expect(smartPlan('compare', file('january.docx'), file('april.docx'), '--report', file('x.pdf')).stderr).toMatch(
      /--report needs a \.html file name/,
    );
    expect(smartPlan('compare', file('january.docx'), file('april.docx'), '--plan-date', '14/04/2025').status).toBe(2);

    const cases: Array<[string, RegExp]> = [
      ['missing.docx', /missing\.docx: no such file/],
      ['notes.docx', /notes\.docx: This is not a \.docx file/],
      ['letter.docx', /letter\.docx: this document has no tables/],
      ['contacts.docx', /contacts\.docx: The last plan has no table that reads as a plan/],
    ];
    for (const [name, message] of cases) {
      const result = smartPlan('compare', file(name), file('april.docx'));
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    }
    const newer = smartPlan('compare', file('january.docx'), file('contacts.docx'));
    expect(newer.stderr).toMatch(/contacts\.docx: The newer plan has no table/);
  });
});

describe('drift points as comments in a .docx plan', () => {
  it('writes each point beside its row, the dropped row on the first heading, and removes exactly them again', async () => {
    const previous = await DocxPlanDocument.open(await makeDocx(OLD_PLAN));
    const current = await DocxPlanDocument.open(await makeDocx(NEW_PLAN), { author: 'A Supervisor' });
    const [before, after] = [await previous.readTables('document'), await current.readTables('document')];
    const comparison = comparePlans(before, after);
    const findings = driftFindings(comparison);
    const result = await current.mark(findings, { comments: true });
    expect(result.notFound).toEqual([]);
    expect(result.commented).toBe(findings.length);
    const comments = current.commentList().filter((c) => c.ours);
    expect(comments).toHaveLength(findings.length);
    expect(comments.map((c) => c.text).join('\n')).toMatch(/moved from 31 January 2025 to 30 May 2025/);
    expect(comments.map((c) => c.text).join('\n')).toMatch(/Row 3 of the last plan, “Noah will sleep in his own bed/);
    expect(await current.clearMarks()).toBeGreaterThan(0);
    expect(current.commentList().filter((c) => c.ours)).toEqual([]);
    const reread = await current.readTables('document');
    expect(reread.tables.map((t) => t.rows)).toEqual(after.tables.map((t) => t.rows));
  });
});
