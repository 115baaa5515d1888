// Fixing one fault never blesses another (issue #11, item 8): writing one cell of a plan as SMART text
// removes no finding from any other cell, except those that truly depended on that cell (an owner or a
// date now found for its row, or a general outcome now carried by specific actions).
import fc from 'fast-check';
import { checkPlan, type Finding } from '../../src/engine';
import { fuzzRuns } from '../support/fuzz';
import { TORBAY_HEADER } from '../support/plans';

/** Per column: texts with faults, then SMART texts (all in our own words). */
const FAULTY: string[][] = [
  ['Zak will be safe.', 'Mum will be more confident.', 'Leo will not shout at his sister.', 'Kai needs CAMHS.', ''],
  ['Monitor the situation.', 'Parents to engage with services.', 'Support Mum with routines as needed.', ''],
  ['All', 'Professionals', 'TBC', ''],
  ['Ongoing', 'ASAP', 'When possible', 'By 01/01/2020', ''],
  ['Mum will tell us it is better.', 'Regular check-ins.', 'The home will be clean and tidy.', ''],
];
const SMART: string[][] = [
  [
    'Leo will get himself to school by 8:50am on at least 4 days a week.',
    'Amy will sleep in her own bed by 8pm on 5 nights a week.',
  ],
  [
    'Dad to take Leo to the dentist at Park Surgery on 14/01/2027.',
    'Mum to cook a hot meal with the children on three evenings a week.',
  ],
  ['Mrs Begum (class teacher)', 'Dad'],
  ['Every Monday until 28/02/2027', 'By 14/01/2027'],
  [
    'School register, checked every Friday by Mrs Begum.',
    'Sleep chart kept by Mum and seen by the health visitor every two weeks.',
  ],
];
/** Judged across the row: may go once the fixed cell names the owner, the date, or carries the outcome. */
const ROW_DEPENDENT = new Set(['no-owner', 'no-timescale', 'vague', 'subjective', 'no-measure', 'self-report-only']);
const OPTIONS = { surroundingText: 'Plan for Leo and Amy.', planDate: '2026-12-01', today: '2026-12-10' };

const key = (f: Finding) => `${f.table}|${f.row}|${f.column}|${f.code}|${f.quote}`;
const row = fc.tuple(...[0, 1, 2, 3, 4].map((c) => fc.constantFrom(...FAULTY[c], ...SMART[c])));

describe('one fix never blesses another fault', () => {
  it('writing one cell as SMART keeps every finding of the other cells, but those that depended on it', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.integer({ min: 0, max: 4 }),
        fc.nat(),
        (body, rowPick, column, smartPick) => {
          const rows = [TORBAY_HEADER, ...body.map((r) => [...r])];
          const r = 1 + (rowPick % body.length);
          const before = checkPlan([{ rows }], OPTIONS);
          const fixed = rows.map((cells) => [...cells]);
          fixed[r][column] = SMART[column][smartPick % SMART[column].length];
          const fixedReport = checkPlan([{ rows: fixed }], OPTIONS);
          const after = new Set([...fixedReport.tables[0].findings, ...fixedReport.planFindings].map(key));
          const lost = [...before.tables[0].findings, ...before.planFindings].filter(
            (f) =>
              !after.has(key(f)) &&
              !(f.row === r && f.column === column) &&
              !(f.row === r && ROW_DEPENDENT.has(f.code)) &&
              // A row with an empty outcome carries on the row above (its outcome, need and measure), so a
              // fix there truly changes how that continuation row reads.
              !(
                f.row > r &&
                ROW_DEPENDENT.has(f.code) &&
                rows.slice(r + 1, f.row + 1).every((row) => !row[0]?.trim())
              ) &&
              // An empty row filled in is judged from now on: its "to complete" prompt goes.
              !(f.row === r && f.code === 'to-complete') &&
              f.code !== 'too-many-actions',
          );
          expect(lost.map((f) => `${f.code} at row ${f.row} column ${f.column}: ${f.quote}`)).toEqual([]);
        },
      ),
      { numRuns: fuzzRuns(150) },
    );
  });

  it('the plan-level points stay when every row is put right', () => {
    const rows = [TORBAY_HEADER, [...FAULTY.map((c) => c[0])], [...FAULTY.map((c) => c[1])]];
    const before = checkPlan([{ rows }], OPTIONS);
    const fixed = [TORBAY_HEADER, SMART.map((c) => c[0]), SMART.map((c) => c[1])];
    const after = checkPlan([{ rows: fixed }], OPTIONS);
    expect(after.tables[0].findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(after.planFindings.map((f) => f.code)).toEqual(before.planFindings.map((f) => f.code));
    expect(after.planFindings.map((f) => f.code)).toEqual(['no-review-date', 'no-child-voice', 'not-agreed']);
    expect(after.score.overall).toBeLessThan(100);
  });
});
