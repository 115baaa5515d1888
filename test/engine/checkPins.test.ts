// Running and scoring pinned down (issue #11): the plan date read from the document, the review date, the
// plan-level points and when they are let off, the per-cell cap, finding ids, plan-row numbering, rows still
// to fill in and the score. Each test asserts what a user sees: the message, severity, letters, rule id,
// column, row and quote, so that `npm run mutation:check` finds a change to any of them.
import { analyseTable, checkPlan, checkRow, GUIDANCE, PLAN_ACTIONS_LIMIT, rewriteRowByRole } from '../../src/engine';
import { FINDINGS_PER_RULE_PER_CELL, planDateIn } from '../../src/engine/check';
import { buildTemplate } from '../../src/engine/templates';
import type { CheckOptions, Finding, TableInput } from '../../src/engine';

const HEADER = [
  'Desired outcome',
  'What needs to happen?',
  'Who will be responsible?',
  'When does it need to be done?',
  'How will we know we have made progress?',
];
const SMART_ROW = [
  'Ava will be at school on time every day.',
  'Mum to walk Ava to school for 8:45am.',
  'Mum',
  'Every school day from 02/06/25',
  'School register checked weekly by Mr Owen.',
];
const FAULTY_ROW = ['Zak will be safe.', 'Monitor', 'All', 'Ongoing', ''];
const VOICE = 'Ava says she wants to get to school before the bell.';
const SIGNED = 'Signed by Mum and Ava.';
const ALL_SAID = `Review date: 14/07/25. ${VOICE} ${SIGNED}`;
const TODAY = '2025-06-20';

const codes = (findings: Finding[]) => findings.map((f) => f.code);
const plan = (tables: TableInput[], options: CheckOptions = {}) => checkPlan(tables, { today: TODAY, ...options });
const where = (f: Finding) => [f.code, f.severity, f.table, f.row, f.column, f.planRow, f.quote];

describe('the plan date, read from the plan itself', () => {
  it.each([
    ['PLAN DATE 05/01/2027', '2027-01-05'],
    ['Meeting date: 3/3/27', '2027-03-03'],
    ['The meeting was held on 3 March 2027', '2027-03-03'],
    ['Plan agreed on 4 March 2027', '2027-03-04'],
    ['Date of the plan: by 05/01/2027', '2027-01-05'],
    // The first label has no date; the second has.
    ['Plan date: to be confirmed\nDate of meeting: 12/03/2027', '2027-03-12'],
    // Within 60 characters of its label, on the same line.
    [`Plan date: ${'x'.repeat(40)} 05/01/2027`, '2027-01-05'],
  ])('reads %j as %s', (text, date) => {
    expect(planDateIn(text, '2027-02-01')).toBe(date);
  });

  it.each([
    // A date on the next line belongs to something else.
    ['Plan date:\n05/01/2027'],
    // Too far from its label to be its value.
    [`Plan date: ${'x'.repeat(50)} 05/01/2027`],
    // A length of time or a frequency is not a date.
    ['Plan date: within 6 weeks'],
    ['Plan date: every week'],
    ['Reviewed on 05/01/2027'],
  ])('finds no plan date in %j', (text) => {
    expect(planDateIn(text, '2027-02-01')).toBeUndefined();
  });

  it('reads a details table, label in one cell and date in the next, and says it came from the document', () => {
    const report = plan(
      [
        {
          rows: [
            ['Child', 'Ava'],
            ['Date of meeting', '14/06/25'],
          ],
        },
        { rows: [HEADER, SMART_ROW] },
      ],
      {
        surroundingText: ALL_SAID,
        planDate: '2025-01-01',
      },
    );
    expect(report.planDate).toEqual({ date: '2025-06-14', source: 'document' });
  });

  it('reads the words around the tables', () => {
    const report = plan([{ rows: [HEADER, SMART_ROW] }], { surroundingText: `Plan date: 01/06/25. ${ALL_SAID}` });
    expect(report.planDate).toEqual({ date: '2025-06-01', source: 'document' });
  });

  it('gives deadlines before the plan date as past, once read from a details table', () => {
    const row = [SMART_ROW[0], SMART_ROW[1], 'Mum', 'By 01/06/25', SMART_ROW[4]];
    const report = plan([{ rows: [['Plan date', '05/06/25']] }, { rows: [HEADER, row] }], {
      surroundingText: ALL_SAID,
    });
    expect(report.tables[1].findings.map(where)).toEqual([['past-deadline', 'warning', 1, 1, 3, 1, '01/06/25']]);
  });
});

describe('the review date', () => {
  const withText = (surroundingText: string, planDate?: string) =>
    plan([{ rows: [HEADER, SMART_ROW] }], { surroundingText: `${surroundingText} ${VOICE} ${SIGNED}`, planDate });

  it.each([['Review: every 6 weeks.'], ['Review within 6 weeks.'], ['Review date: 14/07/25.']])(
    '%j is a review date',
    (text) => {
      expect(withText(text, '2025-06-01').planFindings).toEqual([]);
    },
  );

  it.each([['Review: ongoing.'], ['Review date: to be agreed.'], ['Next meeting 01/07/25.']])(
    '%j is no review date',
    (text) => {
      expect(withText(text, '2025-06-01').planFindings).toEqual([
        expect.objectContaining({
          id: 'nklttfz6httb',
          rule: 'no-review-date',
          code: 'no-review-date',
          letters: ['T'],
          severity: 'warning',
          message: 'The plan has no review date. Set one: every 6 weeks is good practice, and no later than 3 months.',
          guidance: GUIDANCE.review,
        }),
      ]);
    },
  );

  it('judges the first review line with a date against the plan date', () => {
    const late = withText('Review every 6 weeks; next review 01/12/25.', '2025-06-01');
    expect(late.planFindings).toEqual([
      expect.objectContaining({
        rule: 'no-review-date',
        letters: ['T'],
        severity: 'warning',
        message:
          'The review is more than 3 months after the plan date. Bring it forward: every 6 weeks is good practice.',
        guidance: GUIDANCE.review,
        table: -1,
        row: -1,
        column: -1,
      }),
    ]);
  });

  it('with no plan date, a distant review is not called late', () => {
    const report = withText('Next review 01/12/25.');
    expect(report.planDate).toBeUndefined();
    expect(report.planFindings).toEqual([]);
  });

  it('reads "will be reviewed on" as a review date', () => {
    expect(withText('This plan will be reviewed on 14/07/25.', '2025-06-01').planFindings).toEqual([]);
  });

  it('reads a review date from a details table, label and date in cells side by side', () => {
    const report = plan([{ rows: [['Review date', '14/07/25']] }, { rows: [HEADER, SMART_ROW] }], {
      surroundingText: `${VOICE} ${SIGNED}`,
      planDate: '2025-06-01',
    });
    expect(report.planFindings).toEqual([]);
    const late = plan([{ rows: [['Review date', '14/12/25']] }, { rows: [HEADER, SMART_ROW] }], {
      surroundingText: `${VOICE} ${SIGNED}`,
      planDate: '2025-06-01',
    });
    expect(late.planFindings.map((f) => f.message)).toEqual([
      'The review is more than 3 months after the plan date. Bring it forward: every 6 weeks is good practice.',
    ]);
  });

  it('reads a review date written in a plan row', () => {
    const row = [
      SMART_ROW[0],
      SMART_ROW[1],
      'Mum',
      'Every school day from 02/06/25',
      'Review at the meeting on 14/07/25.',
    ];
    expect(plan([{ rows: [HEADER, row] }], { surroundingText: `${VOICE} ${SIGNED}` }).planFindings).toEqual([]);
  });
});

describe("the child's voice", () => {
  it('is heard in a plan row as well as around the tables', () => {
    const row = [
      SMART_ROW[0],
      SMART_ROW[1],
      'Mum',
      SMART_ROW[3],
      'Ava told us she feels better. Register checked weekly.',
    ];
    const report = plan([{ rows: [HEADER, row] }], { surroundingText: `Review date: 14/07/25. ${SIGNED}` });
    expect(codes(report.planFindings)).toEqual([]);
  });

  it('is a warning with the letter A and its own guidance', () => {
    const report = plan([{ rows: [HEADER, SMART_ROW] }], { surroundingText: `Review date: 14/07/25. ${SIGNED}` });
    expect(report.planFindings).toEqual([
      {
        id: '1gsyyqhsqs8n',
        rule: 'no-child-voice',
        code: 'no-child-voice',
        letters: ['A'],
        severity: 'warning',
        table: -1,
        row: -1,
        column: -1,
        role: null,
        start: 0,
        end: 0,
        quote: '',
        message:
          "Nothing in the plan says what the child thinks or wants. Add the child's wishes and feelings, in their own words where you can.",
        guidance: GUIDANCE.childVoice,
      },
    ]);
  });
});

describe('too many actions across the plan', () => {
  const rows = (n: number) => [HEADER, ...Array.from({ length: n }, () => SMART_ROW)];

  it('names the count, with the letters A and R and its own guidance', () => {
    const report = plan([{ rows: rows(PLAN_ACTIONS_LIMIT + 1) }], { surroundingText: ALL_SAID });
    expect(report.planFindings).toEqual([
      expect.objectContaining({
        rule: 'too-many-actions',
        code: 'too-many-actions',
        letters: ['A', 'R'],
        severity: 'warning',
        guidance: GUIDANCE.tooManyActions,
      }),
    ]);
  });

  it('counts the actions of every table of the plan together', () => {
    const half = Math.ceil((PLAN_ACTIONS_LIMIT + 1) / 2);
    const report = plan([{ rows: rows(half) }, { rows: rows(half) }], { surroundingText: ALL_SAID });
    expect(report.planFindings.map((f) => f.message)).toEqual([
      `The plan has ${2 * half} actions, which can overwhelm a family. Start with the most pressing needs and add the rest as these are done.`,
    ]);
  });

  it('counts each sentence of an action cell, in a layout whose actions also say who and when', () => {
    const ccp = buildTemplate('childs-care-plan', { rows: 1 });
    const action = 'Mum to walk Ava to school at 8:30am every day from 02/06/25. Mr Owen to meet her at the gate.';
    const row = ['Ava is often late.', 'Ava will be at school by 8:50am every day.', action, ''];
    // Two actions a row: one row over half the limit is one action too many.
    const many = Array.from({ length: PLAN_ACTIONS_LIMIT / 2 + 1 }, () => row);
    const report = plan([{ rows: [ccp.header, ...many] }], { surroundingText: `Review date: 14/07/25. ${VOICE}` });
    expect(report.planFindings.map((f) => f.message)).toEqual([
      expect.stringContaining(`The plan has ${PLAN_ACTIONS_LIMIT + 2} actions`),
    ]);
  });

  it('is switched off with the row rule of the same id, by setting or house style', () => {
    const many = rows(PLAN_ACTIONS_LIMIT + 1);
    expect(
      codes(plan([{ rows: many }], { surroundingText: ALL_SAID, disabledRules: ['too-many-actions'] }).planFindings),
    ).toEqual([]);
    expect(
      codes(
        plan([{ rows: many }], { surroundingText: ALL_SAID, houseStyle: { rules: { 'too-many-actions': 'off' } } })
          .planFindings,
      ),
    ).toEqual([]);
  });
});

describe('the note that the plan is not agreed', () => {
  it('is an info note with the letter A, for a layout with signatures', () => {
    const report = plan([{ rows: [HEADER, SMART_ROW] }], { surroundingText: `Review date: 14/07/25. ${VOICE}` });
    expect(report.planFindings).toEqual([
      expect.objectContaining({
        rule: 'not-agreed',
        code: 'not-agreed',
        letters: ['A'],
        severity: 'info',
        message:
          'There is no sign the plan has been agreed and signed by the parents and the child. Add their signatures once they have had their say.',
        guidance: GUIDANCE.agreed,
      }),
    ]);
  });

  it('is not given for a layout with no signatures', () => {
    const ccp = buildTemplate('childs-care-plan', { rows: 1 });
    const row = [
      'Ava is often late for school.',
      'Ava will be at school by 8:50am every day.',
      'Mum to walk Ava to school every day from 02/06/25.',
      '',
    ];
    const report = plan([{ rows: [ccp.header, row] }], { surroundingText: `Review date: 14/07/25. ${VOICE}` });
    expect(report.tables[0].layout?.layoutId).toBe('childs-care-plan');
    expect(codes(report.planFindings)).toEqual([]);
  });

  it('is given when any table of the plan has a layout with signatures, and can be switched off', () => {
    const ccp = buildTemplate('childs-care-plan', { rows: 1 });
    const row = ['Ava is often late.', 'Ava will be at school by 8:50am every day.', 'Mum to walk Ava to school.', ''];
    const tables = [{ rows: [ccp.header, row] }, { rows: [HEADER, SMART_ROW] }];
    const options = { surroundingText: `Review date: 14/07/25. ${VOICE}` };
    expect(plan(tables, options).tables.map((t) => t.layout?.layoutId)).toEqual(['childs-care-plan', 'torbay']);
    expect(codes(plan(tables, options).planFindings)).toEqual(['not-agreed']);
    expect(codes(plan(tables, { ...options, disabledRules: ['not-agreed'] }).planFindings)).toEqual([]);
  });

  it.each([['Signed by Mum.'], ['Signature: Mum'], ['Agreed by Mum and Ava.']])('is let off by %j', (text) => {
    const report = plan([{ rows: [HEADER, SMART_ROW] }], {
      surroundingText: `Review date: 14/07/25. ${VOICE} ${text}`,
    });
    expect(report.planFindings).toEqual([]);
  });
});

describe('a plan not filled in yet', () => {
  it('gives a row still to fill in one gentle prompt in its first judged column', () => {
    const report = plan([{ rows: [HEADER, ['  ', '', '', '', '']] }]);
    expect(report.tables[0].findings).toEqual([
      {
        id: 'onwslnmseuph',
        rule: 'to-complete',
        code: 'to-complete',
        letters: [],
        severity: 'info',
        table: 0,
        row: 1,
        column: 0,
        role: 'outcome',
        planRow: 1,
        start: 0,
        end: 2,
        quote: '  ',
        message: 'This row is still to fill in. Start with what will be different for the child.',
        guidance: GUIDANCE.template,
      },
    ]);
    expect(report.notFilledIn).toBe(true);
    expect(report.score.overall).toBe(0);
    expect(report.score.counts).toEqual({ error: 0, warning: 0, info: 1 });
  });

  it('puts the prompt in the first judged column, past a strengths column', () => {
    const header = ['Strengths', ...HEADER.slice(0, 4)];
    const report = plan([{ rows: [header, ['Mum is kind.', '', '', '', '']] }]);
    expect(report.tables[0].findings.map((f) => [f.code, f.row, f.column, f.role, f.quote])).toEqual([
      ['to-complete', 1, 1, 'outcome', ''],
    ]);
  });

  it('reads a row with only its strengths or its "achieved?" filled in as still to fill in', () => {
    const dcs = buildTemplate('dcs', { rows: 1 });
    const strengthsOnly = plan([{ rows: [dcs.header, ['', 'Mum is kind and patient.', '', '', '', '', '']] }]);
    expect(strengthsOnly.tables[0].findings.map((f) => [f.code, f.column, f.role])).toEqual([
      ['to-complete', 0, 'need'],
    ]);
    expect(strengthsOnly.notFilledIn).toBe(true);

    const ccp = buildTemplate('childs-care-plan', { rows: 1 });
    const achievedOnly = plan([{ rows: [ccp.header, ['', '', '', 'Yes']] }]);
    expect(achievedOnly.tables[0].findings.map((f) => [f.code, f.column, f.role])).toEqual([
      ['to-complete', 0, 'need'],
    ]);
    expect(achievedOnly.notFilledIn).toBe(true);
    expect(achievedOnly.score.overall).toBe(0);
  });

  it('an ignored prompt stays ignored, and the plan is still not filled in', () => {
    const rows = [HEADER, ['', '', '', '', '']];
    const id = plan([{ rows }]).tables[0].findings[0].id;
    const report = plan([{ rows }], { ignored: [id] });
    expect(report.tables[0].findings).toEqual([]);
    expect(report.notFilledIn).toBe(true);
    expect(report.score.overall).toBe(0);
  });

  it('a plan written in is judged, whatever other tables the document has', () => {
    const contacts = {
      rows: [
        ['Name', 'Address'],
        ['Ava', '1 High Street'],
      ],
    };
    const report = plan([contacts, { rows: [HEADER, SMART_ROW] }, contacts], { surroundingText: `${VOICE} ${SIGNED}` });
    expect(report.notFilledIn).toBeUndefined();
    expect(codes(report.planFindings)).toEqual(['no-review-date']);
    expect(report.score.overall).toBe(93);
  });

  it('a filled-in plan has no notFilledIn flag at all', () => {
    expect(Object.keys(plan([{ rows: [HEADER, SMART_ROW] }], { surroundingText: ALL_SAID }))).not.toContain(
      'notFilledIn',
    );
  });
});

describe('a document with no plan in it', () => {
  const contacts = {
    rows: [
      ['Name', 'Address'],
      ['Ava', '1 High Street'],
    ],
  };

  it('says why each table is not a plan', () => {
    expect(analyseTable(contacts, 3)).toEqual({
      table: 3,
      layout: null,
      reason: 'This table looks like a contacts list, not a plan.',
      readAs: 'Not a plan: a contacts list',
      findings: [],
    });
  });

  it('has no plan-level points and nothing counted', () => {
    const report = plan([contacts], { surroundingText: '' });
    expect(report.planFindings).toEqual([]);
    expect(report.score).toMatchObject({ overall: 100, counts: { error: 0, warning: 0, info: 0 }, actions: 0 });
  });

  it('a table the user says is not a plan is left unchecked, and only that table', () => {
    const options: CheckOptions = { tableOverrides: [{ table: 1, shape: 'not-a-plan' }] };
    const other = analyseTable({ rows: [HEADER, FAULTY_ROW] }, 0, options);
    expect(other.layout?.layoutId).toBe('torbay');
    expect(other.findings).toHaveLength(5);
    const analysis = analyseTable({ rows: [HEADER, FAULTY_ROW] }, 1, options);
    expect(analysis.layout).toBeNull();
    expect(analysis.findings).toEqual([]);
    const report = plan([{ rows: [HEADER, FAULTY_ROW] }, { rows: [HEADER, FAULTY_ROW] }], options);
    expect(report.tables.map((t) => [t.layout?.layoutId ?? null, t.findings.length])).toEqual([
      ['torbay', 5],
      [null, 0],
    ]);
  });
});

describe('plan rows', () => {
  it('are numbered through every table of the plan, skipping tables that are not plans', () => {
    const report = plan(
      [
        { rows: [HEADER, SMART_ROW, FAULTY_ROW] },
        {
          rows: [
            ['Name', 'Address'],
            ['Ava', '1 High Street'],
          ],
        },
        { rows: [HEADER, FAULTY_ROW] },
      ],
      { surroundingText: ALL_SAID },
    );
    expect(report.tables.map((t) => t.planRows)).toEqual([
      [
        { planRow: 1, row: 1, column: 0 },
        { planRow: 2, row: 2, column: 0 },
      ],
      undefined,
      [{ planRow: 3, row: 1, column: 0 }],
    ]);
    expect(report.tables.flatMap((t) => t.findings).map(where)).toEqual([
      ['vague', 'warning', 0, 2, 0, 2, 'be safe'],
      ['vague', 'warning', 0, 2, 1, 2, 'Monitor'],
      ['no-measure', 'warning', 0, 2, 4, 2, ''],
      ['no-owner', 'warning', 0, 2, 2, 2, 'All'],
      ['open-timescale', 'warning', 0, 2, 3, 2, 'Ongoing'],
      ['vague', 'warning', 2, 1, 0, 3, 'be safe'],
      ['vague', 'warning', 2, 1, 1, 3, 'Monitor'],
      ['no-measure', 'warning', 2, 1, 4, 3, ''],
      ['no-owner', 'warning', 2, 1, 2, 3, 'All'],
      ['open-timescale', 'warning', 2, 1, 3, 3, 'Ongoing'],
    ]);
  });
});

describe('a continuation row (empty outcome)', () => {
  it('is judged with the outcome above, which is reported once, on its own row', () => {
    const next = ['', 'Mum to walk Zak to school every day.', 'Mum', 'Every school day from 02/06/25', ''];
    const report = plan([{ rows: [HEADER, FAULTY_ROW, next] }], { surroundingText: ALL_SAID });
    expect(report.tables[0].planRows).toEqual([
      { planRow: 1, row: 1, column: 0 },
      { planRow: 2, row: 2, column: 0 },
    ]);
    expect(report.tables[0].findings.map(where)).toEqual([
      ['vague', 'warning', 0, 1, 0, 1, 'be safe'],
      ['vague', 'warning', 0, 1, 1, 1, 'Monitor'],
      ['no-measure', 'warning', 0, 1, 4, 1, ''],
      ['no-owner', 'warning', 0, 1, 2, 1, 'All'],
      ['open-timescale', 'warning', 0, 1, 3, 1, 'Ongoing'],
    ]);
    expect(report.score).toMatchObject({ actions: 2, actionsWithOwner: 1, actionsWithTimescale: 1 });
  });
});

describe('row rewrites in the whole plan', () => {
  const cellsOf = (report: ReturnType<typeof plan>) =>
    (report.rewrites ?? []).map((w) => [
      w.table,
      w.row,
      w.cells.map((c) => [c.row ?? null, c.column, c.role, c.before]),
    ]);

  it('put each cell of an outcome block back where it is, on its own row, and answer its findings', () => {
    const labels = ['What needs to change?', 'What will happen?', 'Who will do this?', 'By when?', 'How will we know?'];
    const block = (group: string, cells: string[]) => labels.map((label, i) => [i === 0 ? group : '', label, cells[i]]);
    const report = plan([{ rows: [...block('Outcome 1', FAULTY_ROW), ...block('Outcome 2', SMART_ROW)] }], {
      surroundingText: ALL_SAID,
    });
    expect(cellsOf(report)).toEqual([
      [
        0,
        0,
        [
          [null, 2, 'outcome', 'Zak will be safe.'],
          [1, 2, 'action', 'Monitor'],
          [2, 2, 'owner', 'All'],
          [3, 2, 'when', 'Ongoing'],
          [4, 2, 'measure', ''],
        ],
      ],
    ]);
    expect(report.rewrites?.[0].resolves).toEqual(report.tables[0].findings.map((f) => f.id));
  });

  it('keep the columns of a header-row plan, with no row of their own', () => {
    const next = ['', 'Monitor.', 'Mum', '', ''];
    const report = plan([{ rows: [HEADER, SMART_ROW, FAULTY_ROW, next] }], { surroundingText: ALL_SAID });
    expect(cellsOf(report)).toEqual([
      [
        0,
        2,
        [
          [null, 0, 'outcome', 'Zak will be safe.'],
          [null, 1, 'action', 'Monitor'],
          [null, 2, 'owner', 'All'],
          [null, 3, 'when', 'Ongoing'],
          [null, 4, 'measure', ''],
        ],
      ],
      // The continuation row's own cells only: the outcome above is rewritten with its own row.
      [
        0,
        3,
        [
          [null, 1, 'action', 'Monitor.'],
          [null, 3, 'when', ''],
        ],
      ],
    ]);
    expect((report.rewrites ?? []).every((w) => w.cells.every((c) => !('row' in c)))).toBe(true);
  });
});

describe('finding ids', () => {
  // A user's "ignore this one" is saved in the document by id: the same words in the same cell must keep
  // the same id from one version of the checker to the next, or ignored findings come back.
  it('are the ids they have always been', () => {
    const report = plan([{ rows: [HEADER, FAULTY_ROW] }], { surroundingText: ALL_SAID });
    expect(report.tables[0].findings.map((f) => [f.code, f.id])).toEqual([
      ['vague', '1pnmgtg1ho1e'],
      ['vague', '1mpct1rsobv5'],
      ['no-measure', '2qhi5wx466wm'],
      ['no-owner', 'd1vmyhv7obud'],
      ['open-timescale', '1lqt1fep6q8h'],
    ]);
  });

  it('stay the same when another cell changes, and change with the words at fault', () => {
    const id = (row: string[]) =>
      plan([{ rows: [HEADER, row] }]).tables[0].findings.find((f) => f.code === 'open-timescale')!.id;
    const before = id(FAULTY_ROW);
    expect(id(['Zak will feel safe at home.', ...FAULTY_ROW.slice(1)])).toBe(before);
    expect(id([...FAULTY_ROW.slice(0, 3), 'ongoing', ''])).not.toBe(before);
  });

  it('name a cell of up to 1,000 characters by its text, and a longer one by its length and a hash', () => {
    const id = (when: string) => checkRow({ when }).find((f) => f.code === 'open-timescale')!.id;
    expect(id('ASAP '.repeat(200))).toBe('givmwend950o');
    expect(id(`${'ASAP '.repeat(200)}!`)).toBe('1sigwfeul2nu');
  });

  it('an ignored id is left out of the findings, and only that one', () => {
    const rows = [HEADER, FAULTY_ROW];
    const all = plan([{ rows }]).tables[0].findings;
    const report = plan([{ rows }], { ignored: [all[1].id] });
    expect(report.tables[0].findings).toEqual([all[0], ...all.slice(2)]);
  });
});

describe('the per-cell cap', () => {
  const asap = Array.from({ length: FINDINGS_PER_RULE_PER_CELL + 50 }, () => 'ASAP').join(' ');

  it(`keeps ${FINDINGS_PER_RULE_PER_CELL} findings of one rule in one cell, and counts each cell on its own`, () => {
    const findings = checkRow({
      outcome: 'Ava will be at school on time every day.',
      action: `Mum to walk Ava to school ${asap}`,
      owner: 'Mum',
      when: asap,
    }).filter((f) => f.code === 'open-timescale');
    expect(findings.filter((f) => f.column === 1)).toHaveLength(FINDINGS_PER_RULE_PER_CELL);
    expect(findings.filter((f) => f.column === 3)).toHaveLength(FINDINGS_PER_RULE_PER_CELL);
    expect(findings[0]).toMatchObject({ quote: 'ASAP', severity: 'warning', letters: ['T'] });
  });
});

describe('rule settings', () => {
  const rows = [HEADER, SMART_ROW, FAULTY_ROW];

  it('house style sets severities, switches rules off, and the score follows', () => {
    const report = plan([{ rows }], {
      surroundingText: ALL_SAID,
      houseStyle: { rules: { vague: 'info', 'no-owner': 'error', 'open-timescale': 'off' } },
    });
    expect(report.tables[0].findings.map(where)).toEqual([
      ['vague', 'info', 0, 2, 0, 2, 'be safe'],
      ['vague', 'info', 0, 2, 1, 2, 'Monitor'],
      ['no-measure', 'warning', 0, 2, 4, 2, ''],
      ['no-owner', 'error', 0, 2, 2, 2, 'All'],
    ]);
    expect(report.score.counts).toEqual({ error: 1, warning: 1, info: 2 });
    // An info point is advice: T is untouched now that open-timescale is off.
    expect(report.score.letters.map((l) => [l.letter, l.score, l.findings])).toEqual([
      ['S', 50, 1],
      ['M', 50, 1],
      ['A', 50, 1],
      ['R', 100, 0],
      ['T', 100, 0],
    ]);
    expect(report.score).toMatchObject({ overall: 70, actions: 2, actionsWithOwner: 1, actionsWithTimescale: 2 });
  });

  it('a house style with only acronyms leaves every rule and plan-level point on', () => {
    const report = plan([{ rows: [HEADER, SMART_ROW] }], {
      surroundingText: SIGNED,
      houseStyle: { acronyms: { TAF: 'Team Around the Family' } },
    });
    expect(codes(report.planFindings)).toEqual(['no-review-date', 'no-child-voice']);
  });

  it('a rule switched off for one row check is off for that row', () => {
    const row = { outcome: 'Zak will be safe.', action: 'Monitor', owner: 'All', when: 'Ongoing' };
    expect(codes(checkRow(row))).toEqual(['vague', 'vague', 'no-measure', 'no-owner', 'open-timescale']);
    expect(codes(checkRow(row, { disabledRules: ['vague', 'no-measure'] }))).toEqual(['no-owner', 'open-timescale']);
    expect(codes(checkRow(row, { houseStyle: { rules: { 'no-owner': 'off' } } }))).toEqual([
      'vague',
      'vague',
      'no-measure',
      'open-timescale',
    ]);
  });
});

describe('the score', () => {
  it('counts each plan row once, and each action by what it lacks', () => {
    const report = plan([{ rows: [HEADER, SMART_ROW, FAULTY_ROW] }], { surroundingText: ALL_SAID });
    expect(report.score).toEqual({
      overall: 60,
      letters: [
        { letter: 'S', score: 50, findings: 3 },
        { letter: 'M', score: 50, findings: 1 },
        { letter: 'A', score: 50, findings: 1 },
        { letter: 'R', score: 100, findings: 0 },
        { letter: 'T', score: 50, findings: 1 },
      ],
      counts: { error: 0, warning: 5, info: 0 },
      actions: 2,
      actionsWithOwner: 1,
      actionsWithTimescale: 1,
      actionsWithMeasure: 1,
    });
  });
});

describe('the score, by plan row and by action', () => {
  it('an info point leaves an action counted as having an owner, a timescale and a measure', () => {
    const report = plan([{ rows: [HEADER, SMART_ROW, FAULTY_ROW] }], {
      surroundingText: ALL_SAID,
      houseStyle: { rules: { 'no-owner': 'info', 'open-timescale': 'info', 'no-measure': 'info' } },
    });
    expect(report.score).toMatchObject({
      overall: 90,
      counts: { error: 0, warning: 2, info: 3 },
      actions: 2,
      actionsWithOwner: 2,
      actionsWithTimescale: 2,
      actionsWithMeasure: 2,
    });
  });

  it('counts a plan row that runs down the table (an outcome block) once, however many of its rows are at fault', () => {
    const block = (group: string, cells: string[]) =>
      [
        'What needs to change?',
        'What will happen?',
        'Who will do this?',
        'By when?',
        'How will we know it has worked?',
      ].map((label, i) => [i === 0 ? group : '', label, cells[i]]);
    const report = plan([{ rows: [...block('Outcome 1', FAULTY_ROW), ...block('Outcome 2', SMART_ROW)] }], {
      surroundingText: ALL_SAID,
    });
    expect(report.tables[0].planRows).toEqual([
      { planRow: 1, row: 0, column: 2, group: 'Outcome 1' },
      { planRow: 2, row: 5, column: 2, group: 'Outcome 2' },
    ]);
    expect(report.tables[0].findings.map(where)).toEqual([
      ['vague', 'warning', 0, 0, 2, 1, 'be safe'],
      ['vague', 'warning', 0, 1, 2, 1, 'Monitor'],
      ['no-measure', 'warning', 0, 4, 2, 1, ''],
      ['no-owner', 'warning', 0, 2, 2, 1, 'All'],
      ['open-timescale', 'warning', 0, 3, 2, 1, 'Ongoing'],
    ]);
    // S is hit on three table rows of one plan row out of two: 50, not 0.
    expect(report.score.letters.map((l) => [l.letter, l.score, l.findings])).toEqual([
      ['S', 50, 3],
      ['M', 50, 1],
      ['A', 50, 1],
      ['R', 100, 0],
      ['T', 50, 1],
    ]);
    expect(report.score.overall).toBe(60);
  });

  it('judges a row once something is written in it, and counts an action once one is', () => {
    const letters = (report: ReturnType<typeof plan>) => [
      report.score.overall,
      report.score.actions,
      ...report.score.letters.map((l) => l.score),
    ];
    const blank = plan([{ rows: [HEADER, FAULTY_ROW, ['', '', '', '', '']] }], { surroundingText: ALL_SAID });
    // The blank row is not judged: one judged row, at fault for S, M, A and T.
    expect(letters(blank)).toEqual([20, 1, 0, 0, 0, 100, 0]);
    const outcomeOnly = plan([{ rows: [HEADER, FAULTY_ROW, [SMART_ROW[0], '', '', '', '']] }], {
      surroundingText: ALL_SAID,
    });
    // An outcome with no action yet is judged (its no-measure is an M point) but is no action.
    expect(letters(outcomeOnly)).toEqual([50, 1, 50, 0, 50, 100, 50]);
    const ccp = buildTemplate('childs-care-plan', { rows: 1 });
    const achievedOnly = plan(
      [{ rows: [ccp.header, ['Zak is not safe.', 'Zak will be safe.', 'Monitor - ongoing', ''], ['', '', '', 'Yes']] }],
      { surroundingText: ALL_SAID },
    );
    expect(letters(achievedOnly)).toEqual([20, 1, 0, 0, 0, 100, 0]);
  });

  it("counts each action by its own row's findings", () => {
    const report = plan([{ rows: [HEADER, SMART_ROW, SMART_ROW, FAULTY_ROW] }], { surroundingText: ALL_SAID });
    expect(report.score).toMatchObject({
      actions: 3,
      actionsWithOwner: 2,
      actionsWithTimescale: 2,
      actionsWithMeasure: 2,
    });
  });

  it('an action with no timescale, or only a self-report to measure it, is counted as lacking one', () => {
    const selfReport = [
      'Ava will be at school on time.',
      'Mum to walk Ava to school.',
      'Mum',
      'Daily from 4/1/27',
      'Mum will tell the social worker how many days Ava was late each week.',
    ];
    // An empty When is not filled by the measure's "each week": when to look is not when the work is done.
    const noWhen = [...selfReport.slice(0, 3), '', 'Mum says Ava was on time on 9 of 10 days.'];
    const report = plan([{ rows: [HEADER, SMART_ROW, selfReport, noWhen] }], { surroundingText: ALL_SAID });
    expect(report.tables[0].findings.map(where)).toEqual([
      ['self-report-only', 'warning', 0, 2, 4, 2, 'Mum will tell the social worker'],
      // Her count is still only her word (fifth cold set).
      ['self-report-only', 'warning', 0, 3, 4, 3, 'Mum says'],
      ['no-timescale', 'warning', 0, 3, 3, 3, ''],
    ]);
    expect(report.score).toMatchObject({
      actions: 3,
      actionsWithOwner: 3,
      actionsWithTimescale: 2,
      actionsWithMeasure: 1,
    });
  });

  it('a fault in the first row of an outcome block counts against its letter', () => {
    const labels = ['What needs to change?', 'What will happen?', 'Who will do this?', 'By when?', 'How will we know?'];
    const cells = ['Ava will not be late for school.', ...SMART_ROW.slice(1)];
    const report = plan([{ rows: labels.map((label, i) => [i === 0 ? 'Outcome 1' : '', label, cells[i]]) }], {
      surroundingText: ALL_SAID,
    });
    expect(report.tables[0].findings.map(where)).toEqual([
      ['negative-framing', 'warning', 0, 0, 2, 1, 'will not be late'],
    ]);
    expect(report.score.letters.map((l) => l.score)).toEqual([100, 100, 100, 0, 100]);
  });

  it("an empty outcome block's prompt lands on its first answer, in the block's own row", () => {
    const rows = [
      ['Outcome 1', 'What needs to change?', ''],
      ['', 'What will happen?', ''],
      ['', 'Who will do this?', ''],
      ['', 'By when?', ''],
      ['', 'How will we know it has worked?', ''],
    ];
    const report = plan([{ rows }]);
    expect(report.tables[0].findings.map(where)).toEqual([['to-complete', 'info', 0, 0, 2, 1, '']]);
  });

  it("our template's prompts count as blank with Word's spaces and line ends around them", () => {
    const spec = buildTemplate('torbay', { rows: 1 });
    const rows = [spec.header, ...spec.rows.map((r) => r.map((c) => `${c.prompt ?? ''} \n`))];
    const report = plan([{ rows }]);
    expect(codes(report.tables[0].findings)).toEqual(['to-complete']);
    expect(report.notFilledIn).toBe(true);
  });
});

describe('a row on its own', () => {
  it('leaves out roles given no text, and numbers the columns it keeps', () => {
    const cells = { outcome: 'Zak will be safe.', action: undefined, when: 'Ongoing' };
    expect(checkRow(cells).map((f) => [f.code, f.column, f.role, f.quote])).toEqual([
      ['vague', 0, 'outcome', 'be safe'],
      ['no-measure', 0, 'outcome', 'Zak will be safe.'],
      ['open-timescale', 1, 'when', 'Ongoing'],
    ]);
  });

  it('has no rewrite when it is SMART, and one when it is not', () => {
    const smart = {
      outcome: SMART_ROW[0],
      action: SMART_ROW[1],
      owner: 'Mum',
      when: SMART_ROW[3],
      measure: SMART_ROW[4],
    };
    expect(rewriteRowByRole(smart)).toBeNull();
    expect(
      rewriteRowByRole({ outcome: 'Zak will be safe.', action: 'Monitor', owner: 'All', when: 'Ongoing' }),
    ).not.toBeNull();
  });
});

describe('what a row is judged on', () => {
  const row = (cells: Parameters<typeof checkRow>[0]) => checkRow(cells).map((f) => [f.code, f.role, f.quote]);
  const SMART_ACTIONS = {
    action: 'Mum to walk Ava to school every day.',
    owner: 'Mum',
    when: 'Every school day from 02/06/25',
  };

  it('a date in the need or the strengths is not a timescale for the actions; one in the measure is', () => {
    const cells = { outcome: 'Ava will get to school on time.', action: 'Mum to walk Ava to school.', owner: 'Mum' };
    const noTimescale = [
      ['no-measure', 'outcome', 'Ava will get to school on time.'],
      ['no-timescale', 'action', 'Mum to walk Ava to school.'],
    ];
    expect(row({ need: 'Since 01/03/25 Ava has been late.', ...cells })).toEqual(noTimescale);
    expect(row({ context: 'Since 01/03/25 Ava has been late.', ...cells })).toEqual(noTimescale);
    expect(row({ ...cells, measure: 'Register checked from 02/06/25.' })).toEqual([]);
  });

  it('numbers in the need or the strengths do not make the outcome countable', () => {
    const cells = { outcome: 'Ava will be happier.', action: 'Mum to walk Ava to school.' };
    const flagged = [
      ['vague', 'outcome', 'happier'],
      ['no-measure', 'outcome', 'Ava will be happier.'],
      ['no-timescale', 'action', 'Mum to walk Ava to school.'],
    ];
    expect(row({ need: 'Ava missed 12 of 30 school days.', ...cells })).toEqual(flagged);
    expect(row({ context: 'Ava missed 12 of 30 school days.', ...cells })).toEqual(flagged);
  });

  it('a general outcome is carried by SMART actions only when the measure, if filled in, is one too', () => {
    const outcome = 'Ava will be happy.';
    expect(row({ outcome, ...SMART_ACTIONS, measure: 'Register checked weekly by Mr Owen.' })).toEqual([]);
    // A measure of spaces is not filled in: it asks for a measure, and leaves the outcome carried.
    expect(row({ outcome, ...SMART_ACTIONS, measure: '   ' })).toEqual([['no-measure', 'measure', '   ']]);
    expect(row({ outcome, ...SMART_ACTIONS, measure: 'Things will be better.' })).toEqual([
      ['vague', 'outcome', 'be happy'],
      ['no-measure', 'measure', 'Things will be better.'],
    ]);
  });

  it('a name in the "when" column is not the owner; one in "who and when" is', () => {
    const cells = { outcome: 'Ava will get to school on time.', action: 'Referral to be made to the clinic.' };
    expect(row({ ...cells, when: 'Mum, every Monday from 02/06/25' })).toEqual([
      ['no-owner', 'action', 'Referral to be made to the clinic.'],
    ]);
    expect(row({ ...cells, owner_when: 'Mum, every Monday from 02/06/25' })).toEqual([]);
  });

  it('a specific action in the "who and when" column carries the outcome', () => {
    expect(
      row({
        outcome: 'Ava will be happy.',
        action: 'Support Ava.',
        owner_when: 'Mum to walk Ava to school every day from 02/06/25.',
        measure: 'Register checked weekly by Mr Owen.',
      }),
    ).toEqual([['vague', 'action', 'Support']]);
    expect(
      row({
        outcome: 'Ava will be happy.',
        action: 'Support Ava.',
        owner: 'Mum',
        when: 'Every school day from 02/06/25',
        measure: 'Register checked weekly by Mr Owen.',
      }),
    ).toEqual([
      ['vague', 'outcome', 'be happy'],
      ['vague', 'action', 'Support'],
    ]);
  });
});

describe('a table with a missing cell (a merged cell, or JSON from the command line)', () => {
  const row = [...SMART_ROW.slice(0, 4), null as unknown as string];

  it('reads the missing cell as empty, in a whole plan and in one table', () => {
    const asEmpty = [['no-measure', 4, '', 0, 0]];
    const found = (findings: Finding[]) => findings.map((f) => [f.code, f.column, f.quote, f.start, f.end]);
    expect(found(plan([{ rows: [HEADER, row] }]).tables[0].findings)).toEqual(asEmpty);
    expect(found(analyseTable({ rows: [HEADER, row] }, 0).findings)).toEqual(asEmpty);
  });
});
