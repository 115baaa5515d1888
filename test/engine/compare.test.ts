// Comparing a plan with the one before it: pairs of plans written for these tests (a family of three:
// Ellie, 7, her brother Kai, 2, and their mum Dana), in the layouts the guidance describes.
import { checkPlan, comparePlans, driftFindings, type PlanComparison, type TableInput } from '../../src/engine';
import { figures } from '../../src/engine/compare/points';
import { findTimescales } from '../../src/engine/timescale';
import { CHILDS_HEADER, TORBAY_HEADER } from '../support/plans';

const SCHOOL = [
  'Ellie has missed one day in four at school this term; mornings at home are rushed and she often arrives after registration.',
  'Ellie will attend school every day and arrive by 8.45am, raising her attendance from 74% to 90%.',
  'Dana will set an alarm for 7am and walk Ellie to school each morning. Mrs Okafor, attendance officer, will share the register with Dana every Friday until 28/03/2025.',
  '',
];
const MOOD = [
  'Dana feels low and has stopped going out, so Ellie looks after Kai after school.',
  "Dana will see her GP about her mood and join a local parents' group, so that Ellie can go to after-school club twice a week.",
  "Dana will book a GP appointment by 31/01/2025. Jo Banks, family support worker, will go with Dana to the parents' group on Wednesdays from 5 February.",
  '',
];
const HEATING = [
  "Ellie's bedroom has no working heater and the flat is damp.",
  'Ellie will sleep in a warm, dry bedroom.',
  'Sam Reid, housing officer, will inspect the flat and repair the heater by 14/02/2025.',
  '',
];
const JABS = [
  'Kai has not had his one-year immunisations.',
  'Kai will be up to date with his immunisations.',
  'Dana will take Kai to the surgery for his jabs by 28/02/2025; Priya Shah, health visitor, will check his red book at her next visit.',
  '',
];

const table = (header: string[], ...rows: string[][]): TableInput => ({ rows: [header, ...rows] });
const OLD = {
  tables: [table(CHILDS_HEADER, SCHOOL, MOOD, HEATING, JABS)],
  surroundingText: 'Plan date: 6 January 2025',
};

function rowFor(result: PlanComparison, old: number | null, next: number | null) {
  const row = result.rows.find((r) => (r.old?.number ?? null) === old && (r.new?.number ?? null) === next);
  if (!row) throw new Error(`no row pairing old ${old} with new ${next}: ${JSON.stringify(pairs(result))}`);
  return { status: row.status, points: row.points.map((p) => p.code), messages: row.points.map((p) => p.message) };
}

const pairs = (result: PlanComparison) =>
  result.rows.map((r) => [r.old?.number ?? null, r.new?.number ?? null, r.status]);

describe('comparing a plan with the one before it', () => {
  it('matches rows by what they say, not where they stand, when the plan is reordered', () => {
    const result = comparePlans(
      { ...OLD, planDate: '2025-01-06' },
      { tables: [table(CHILDS_HEADER, JABS, HEATING, SCHOOL, MOOD)], planDate: '2025-01-20' },
    );
    expect(pairs(result)).toEqual([
      [4, 1, 'carried-over'],
      [3, 2, 'carried-over'],
      [1, 3, 'carried-over'],
      [2, 4, 'carried-over'],
    ]);
    // Two weeks on, no deadline has passed yet.
    expect(result.rows.flatMap((r) => r.points)).toEqual([]);
    expect(result.summary).toMatchObject({ carriedOver: 4, changed: 0, new: 0, dropped: 0, deadlinesPassed: 0 });
  });

  it('points out a row carried over word for word after its deadline passed, unless it was marked done', () => {
    const next = {
      tables: [table(CHILDS_HEADER, SCHOOL, MOOD, HEATING, JABS)],
      surroundingText: 'Plan date: 7 April 2025',
    };
    const result = comparePlans(OLD, next);
    expect(result.oldPlanDate).toBe('2025-01-06');
    expect(result.newPlanDate).toBe('2025-04-07');
    expect(rowFor(result, 4, 4)).toMatchObject({ status: 'carried-over', points: ['deadline-passed'] });
    expect(rowFor(result, 4, 4).messages[0]).toMatch(/28 February 2025.*has passed/);
    expect(result.summary.deadlinesPassed).toBe(4);

    const done = [...JABS.slice(0, 3), 'Yes: all jabs given on 20/02/2025'];
    const marked = comparePlans(OLD, { ...next, tables: [table(CHILDS_HEADER, SCHOOL, MOOD, HEATING, done)] });
    expect(rowFor(marked, 4, 4).points).toEqual([]);
    const notYet = [...JABS.slice(0, 3), 'Not yet: appointment missed'];
    const missed = comparePlans(OLD, { ...next, tables: [table(CHILDS_HEADER, SCHOOL, MOOD, HEATING, notYet)] });
    expect(rowFor(missed, 4, 4).points).toEqual(['deadline-passed']);
  });

  it('notices a deadline pushed back, and an owner changed', () => {
    const moodLater = [MOOD[0], MOOD[1], MOOD[2].replace('31/01/2025', '30/04/2025'), ''];
    const schoolNewOfficer = [SCHOOL[0], SCHOOL[1], SCHOOL[2].replace('Mrs Okafor', 'Mr Hughes'), ''];
    const result = comparePlans(OLD, {
      tables: [table(CHILDS_HEADER, schoolNewOfficer, moodLater, HEATING, JABS)],
      planDate: '2025-02-03',
    });
    const mood = rowFor(result, 2, 2);
    expect(mood.status).toBe('changed');
    expect(mood.points).toEqual(['deadline-passed', 'date-moved']);
    expect(mood.messages[1]).toMatch(/from 31 January 2025 to 30 April 2025/);
    const school = rowFor(result, 1, 1);
    expect(school.status).toBe('changed');
    expect(school.points).toEqual(['owner-changed']);
    expect(school.messages[0]).toMatch(/Mrs Okafor.*Mr Hughes/);
    expect(rowFor(result, 3, 3)).toEqual({ status: 'carried-over', points: [], messages: [] });
    expect(result.summary).toMatchObject({ datesMoved: 1, ownersChanged: 1, carriedOver: 2, changed: 2 });
  });

  it('reports a dropped row, with the reason the plan gives or the lack of one, and a new row', () => {
    const speech = [
      'Kai uses only a few words and is hard to understand.',
      'Kai will use 20 words that his family and nursery understand.',
      'Priya Shah, health visitor, will refer Kai to speech and language therapy by 14/04/2025; nursery staff will count his words each Friday.',
      '',
    ];
    const tables = [table(CHILDS_HEADER, SCHOOL, MOOD, speech, JABS)];
    const silent = comparePlans(OLD, { tables, planDate: '2025-02-03' });
    expect(rowFor(silent, 3, null)).toMatchObject({ status: 'dropped', points: ['no-reason-given'] });
    expect(rowFor(silent, null, 3)).toEqual({ status: 'new', points: [], messages: [] });
    expect(silent.rows.map((r) => r.status)).toEqual([
      'carried-over',
      'carried-over',
      'new',
      'carried-over',
      'dropped',
    ]);
    expect(silent.summary).toMatchObject({ dropped: 1, droppedWithoutReason: 1, outcomesDropped: 1, new: 1 });

    const explained = comparePlans(OLD, {
      tables,
      planDate: '2025-02-03',
      surroundingText:
        'Changes since the last plan\nThe housing officer repaired the heater on 10 February and the damp was treated, so that outcome is closed.',
    });
    const dropped = explained.rows.find((r) => r.status === 'dropped')!;
    expect(dropped.points.map((p) => p.code)).toEqual(['reason-given']);
    expect(dropped.points[0].message).toMatch(/repaired the heater/);
    expect(explained.summary.droppedWithoutReason).toBe(0);
  });

  it('matches rows across a change of layout, by role rather than column', () => {
    // The new plan moves to the Torbay layout: who and when get their own columns, and a measure is added.
    const result = comparePlans(OLD, {
      tables: [
        table(
          TORBAY_HEADER,
          [
            JABS[1],
            'Take Kai to the surgery for his jabs, and check his red book at the next visit.',
            'Dana; Priya Shah, health visitor',
            'By 28/02/2025',
            'The red book shows every jab given.',
          ],
          [
            SCHOOL[1],
            'Set an alarm for 7am and walk Ellie to school each morning; share the register with Dana every Friday.',
            'Dana; Mrs Okafor, attendance officer',
            'Every morning; register every Friday until 28/03/2025',
            'The school register shows Ellie in by 8.45am.',
          ],
          [
            MOOD[1],
            "Book a GP appointment. Go with Dana to the parents' group on Wednesdays.",
            'Dana; Jo Banks, family support worker',
            'GP by 31/01/2025; group from 5 February',
            'Ellie goes to after-school club twice a week.',
          ],
        ),
      ],
      planDate: '2025-01-20',
    });
    expect(pairs(result)).toEqual([
      [4, 1, 'changed'],
      [1, 2, 'changed'],
      [2, 3, 'changed'],
      [3, null, 'dropped'],
    ]);
    expect(result.rows.flatMap((r) => r.points.map((p) => p.code))).toEqual(['no-reason-given']);
  });

  it('flags the same measure with no progress figure, and not once a figure is recorded', () => {
    const header = [...TORBAY_HEADER, 'Progress'];
    const row = (progress: string) => [
      SCHOOL[1],
      'Walk Ellie to school each morning.',
      'Dana',
      'Every school day until 18/07/2025',
      'The school register shows Ellie in by 8.45am on 9 days in 10.',
      progress,
    ];
    const old = { tables: [table(header, row(''))], planDate: '2025-01-06' };
    const same = comparePlans(old, { tables: [table(header, row('Going better'))], planDate: '2025-02-17' });
    expect(rowFor(same, 1, 1).points).toEqual(['measure-unchanged']);
    const counted = comparePlans(old, {
      tables: [table(header, row('In by 8.45am on 41 of 50 days'))],
      planDate: '2025-02-17',
    });
    expect(rowFor(counted, 1, 1).points).toEqual([]);
  });

  it('reads the plan date from the text, and falls back to today when the newer plan has none', () => {
    const result = comparePlans(
      { tables: OLD.tables, surroundingText: 'Child: Ellie\nDate of plan: 06/01/2025' },
      { tables: OLD.tables },
      { today: '2025-03-03' },
    );
    expect(result.oldPlanDate).toBe('2025-01-06');
    expect(result.newPlanDate).toBe('2025-03-03');
    expect(result.notes.join(' ')).toMatch(/no plan date/);
  });

  it('says plainly when one version has no plan table', () => {
    const result = comparePlans(OLD, {
      tables: [
        {
          rows: [
            ['Name', 'Ellie'],
            ['School', 'Hillside'],
          ],
        },
      ],
    });
    expect(result.problems).toEqual([expect.stringMatching(/newer plan has no table that reads as a plan/)]);
    expect(result.rows.every((r) => r.status === 'dropped')).toBe(true);
  });
});

describe('rows read and numbered as the checker reads them', () => {
  // A title above the header, a group heading, the header typed again after a page break, a row that
  // carries on the outcome above, and a table with no header of its own that continues the plan.
  const FOLLOW_UP = [
    '',
    '',
    'Jo Banks will ring Dana every Monday from 3 February 2025 to ask how the group went.',
    '',
  ];
  const tables: TableInput[] = [
    {
      rows: [
        ['Child\u2019s plan for Ellie and Kai'],
        CHILDS_HEADER,
        ['Outcome 1: School'],
        SCHOOL,
        CHILDS_HEADER,
        MOOD,
        FOLLOW_UP,
        HEATING,
      ],
    },
    { rows: [JABS] },
  ];
  const checkerRows = () =>
    checkPlan(tables, { today: '2025-01-20' }).tables.flatMap((t) =>
      (t.planRows ?? []).map((r) => ({ table: t.table, row: r.row, number: r.planRow })),
    );

  it('gives each row the number the check cards give it, across titles, headings, repeated headers and tables', () => {
    const result = comparePlans({ tables, planDate: '2025-01-06' }, { tables, planDate: '2025-01-20' });
    const compared = result.rows.map((r) => ({ table: r.new!.table, row: r.new!.row, number: r.new!.number }));
    expect(compared).toEqual(checkerRows());
    expect(compared.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
    expect(pairs(result).every(([o, n, status]) => o === n && status === 'carried-over')).toBe(true);
  });

  it('reads a continuation row as its own words under the outcome above', () => {
    const result = comparePlans({ tables, planDate: '2025-01-06' }, { tables, planDate: '2025-01-20' });
    const follow = result.rows.find((r) => r.new?.number === 3)!.new!;
    expect(follow.aimInherited).toBe(true);
    expect(follow.aim).toBe(`${MOOD[0]}\n${MOOD[1]}`);
    expect(follow.cells.find((c) => c.role === 'outcome')?.text).toBe('');
    expect(follow.cells.find((c) => c.role === 'action_owner_when')?.text).toBe(FOLLOW_UP[2]);
  });

  it('reads outcome blocks (labels down the left) and notes points on the cell they are about', () => {
    const block = (need: string[], date: string): TableInput => ({
      rows: [
        ['Need', need[0]],
        ['Outcome', need[1]],
        ['Actions, by whom and by when', need[2].replace('31/01/2025', date)],
      ],
    });
    const result = comparePlans(
      { tables: [block(SCHOOL, '31/01/2025'), block(MOOD, '31/01/2025')], planDate: '2025-01-06' },
      { tables: [block(SCHOOL, '31/01/2025'), block(MOOD, '30/04/2025')], planDate: '2025-01-20' },
    );
    expect(pairs(result)).toEqual([
      [1, 1, 'carried-over'],
      [2, 2, 'changed'],
    ]);
    const moved = driftFindings(result).find((f) => f.rule === 'drift-date-moved')!;
    expect([moved.table, moved.row, moved.column, moved.quote]).toEqual([1, 2, 1, '30/04/2025']);
    expect(result.newHeader).toMatchObject({ table: 0, row: 0, column: 0, text: 'Need' });
  });
});

describe('the points of a comparison as comments on the newer plan', () => {
  it('puts each point on the cell it is about, and a dropped row on the first header cell', () => {
    const moodLater = [MOOD[0], MOOD[1], MOOD[2].replace('31/01/2025', '30/04/2025'), ''];
    const result = comparePlans(OLD, {
      tables: [{ rows: [['Notes'], ['Seen at home']] }, table(CHILDS_HEADER, SCHOOL, moodLater, JABS)],
      planDate: '2025-02-03',
    });
    const findings = driftFindings(result);
    expect(findings.every((f) => f.severity === 'info' && f.code === 'drift')).toBe(true);
    const moved = findings.find((f) => f.rule === 'drift-date-moved')!;
    expect([moved.table, moved.row, moved.column, moved.quote]).toEqual([1, 2, 2, '30/04/2025']);
    const dropped = findings.find((f) => f.rule === 'drift-no-reason-given')!;
    expect([dropped.table, dropped.row, dropped.column, dropped.quote]).toEqual([1, 0, 0, 'Assessed need']);
    expect(dropped.message).toMatch(
      /^Row 3 of the last plan, “Ellie will sleep in a warm, dry bedroom\.”: This was in the last plan/,
    );
    // Rows carried over word for word get a gentle note on their outcome.
    const carried = findings.filter((f) => f.rule === 'drift-carried-over').map((f) => [f.row, f.column]);
    expect(carried).toEqual([
      [1, 1],
      [3, 1],
    ]);
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
  });
});

describe('pairing by meaning when the words change', () => {
  const before = [
    [
      'Ellie has missed one day in four at school this term.',
      'Ellie will attend school every day and arrive by 8.45am.',
      'Dana will walk Ellie to school each morning. Mrs Okafor will share the register with Dana every Friday until 28/03/2025.',
      '',
    ],
    [
      'Dana feels low and has stopped going out.',
      'Dana will see her GP about her mood and join a parents group.',
      'Dana will book a GP appointment by 31/01/2025. Jo Banks will go with Dana to the group on Wednesdays.',
      '',
    ],
    [
      "Ellie's bedroom has no working heater.",
      'Ellie will sleep in a warm, dry bedroom.',
      'Sam Reid, housing officer, will repair the heater by 14/02/2025.',
      '',
    ],
    [
      'Kai has not had his immunisations.',
      'Kai will be up to date with his immunisations.',
      'Dana will take Kai to the surgery by 28/02/2025.',
      '',
    ],
  ];
  const oldPlan = { tables: [table(CHILDS_HEADER, ...before)], planDate: '2025-01-06' };

  it('pairs rows rewritten in other words (and another layout), and leaves a new subject unpaired', () => {
    const rewritten = [
      [
        'Ellie will be in class on time every school day so that her attendance reaches 90% by July.',
        'Walk Ellie in each morning; the school rings Dana on any day Ellie is absent.',
        'Dana; Mrs Okafor (attendance)',
        'Until 18/07/2025',
        'Weekly attendance figure from the school.',
      ],
      [
        "Dana's low mood improves so she can take Ellie and Kai out at weekends.",
        'Dana to start the talking therapy her GP referred her to.',
        'Dana',
        'First session by 30/04/2025',
        'Dana scores her mood each week with Jo.',
      ],
      [
        'Kai will have had all the jabs due for his age.',
        'Take Kai for his catch-up jabs at the surgery.',
        'Dana; practice nurse',
        'By 30/04/2025',
        'The red book is up to date.',
      ],
      [
        'Ellie has no friends at school.',
        'Ellie will have a friend round for tea once a month.',
        'Dana',
        'Each month',
        'Ellie tells us who came.',
      ],
    ];
    const result = comparePlans(oldPlan, { tables: [table(TORBAY_HEADER, ...rewritten)], planDate: '2025-04-07' });
    expect(pairs(result)).toEqual([
      [1, 1, 'changed'],
      [2, 2, 'changed'],
      [4, 3, 'changed'],
      [null, 4, 'new'],
      [3, null, 'dropped'],
    ]);
  });

  it('does not pair rows about other things just because they name the same family', () => {
    const other = [
      [
        'Kai uses only a few words.',
        'Kai will use 20 words that his family and nursery understand.',
        'Priya Shah will refer Kai to speech therapy by 14/04/2025.',
        '',
      ],
      [
        'Ellie is frightened of the dog next door.',
        "Ellie will walk past the neighbour's garden without crying.",
        'Dana will speak to the neighbour about keeping the dog in by 30/04/2025.',
        '',
      ],
      [
        'Dana is £600 behind with the rent.',
        'Dana will keep her tenancy with a repayment plan she can afford.',
        'Jo Banks will go with Dana to the council by 30/04/2025.',
        '',
      ],
      [
        'Ellie has no friends at school.',
        'Ellie will have a friend round for tea once a month.',
        "Dana will invite a friend from Ellie's class on a Saturday each month.",
        '',
      ],
    ];
    const result = comparePlans(oldPlan, { tables: [table(CHILDS_HEADER, ...other)], planDate: '2025-04-07' });
    expect(result.rows.map((r) => r.status)).toEqual([
      'new',
      'new',
      'new',
      'new',
      'dropped',
      'dropped',
      'dropped',
      'dropped',
    ]);
    expect(result.summary).toMatchObject({ new: 4, dropped: 4, outcomesDropped: 4, droppedWithoutReason: 4 });
  });
});

describe('reading progress figures between reviews', () => {
  it('leaves the timescales found in a cell in order for every rule that asks after it', () => {
    // figures() once reversed the remembered list of a cell's timescales in place, so every later check
    // of the same text saw its deadlines back to front.
    const text = 'Attended 3 of 4 sessions between 05/01/2027 and 26/01/2027; next by 09/02/2027.';
    const before = findTimescales(text, '2027-01-01').map((t) => t.start);
    expect(figures(text, '2027-01-01')).toEqual(['3', '4']);
    expect(figures(text, '2027-01-01')).toEqual(['3', '4']);
    expect(findTimescales(text, '2027-01-01').map((t) => t.start)).toEqual(before);
    expect(before).toEqual([...before].sort((a, b) => a - b));
  });
});
