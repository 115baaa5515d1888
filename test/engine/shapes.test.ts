// Every plan shape practitioners use, with labels worded as different councils word them: a header row,
// outcome blocks (labels down the left, one table per outcome or one long table), a plan on its side
// (labels down, outcomes across), and header-row tables with titles, headings and repeated headers.
// In each: no label is marked, the faults are those the header-row layout finds, SMART cells stay clean.
import { checkPlan, readingLine, type Finding, type PlanReport, type Role } from '../../src/engine';
import {
  FAULTY,
  OPTIONS,
  SHAPES,
  SMART,
  WORDINGS,
  at,
  blockTables,
  headerRow,
  longBlockTable,
  transposed,
} from './planShapes';

const judged = (f: Finding) => f.severity !== 'info';
const faults = (report: PlanReport) =>
  report.tables
    .flatMap((t) => t.findings)
    .filter(judged)
    .map((f) => `${f.code}: ${f.quote}`)
    .sort();

describe.each(Object.entries(WORDINGS))('labels worded %s', (_wording, labels) => {
  const reference = checkPlan(
    headerRow(labels).tables.map((rows) => ({ rows })),
    OPTIONS,
  );

  it('finds the faults in the header-row layout and leaves the SMART row clean (the yardstick)', () => {
    expect(reference.tables[0].layout).not.toBeNull();
    expect(faults(reference).length).toBeGreaterThanOrEqual(2);
    const smartRow = reference.tables[0].findings.filter((f) => f.row === 2 && judged(f));
    expect(smartRow).toEqual([]);
  });

  it.each(Object.entries(SHAPES))('reads %s', (_shape, make) => {
    const shape = make(labels);
    const report = checkPlan(
      shape.tables.map((rows) => ({ rows })),
      OPTIONS,
    );
    const findings = report.tables.flatMap((t) => t.findings);
    expect(report.tables.every((t) => t.layout)).toBe(true);
    for (const f of findings) {
      // No label, title or heading is marked: every finding is on a content cell, on its own words.
      expect(shape.content).toContain(at(f.table, f.row, f.column));
      expect(shape.tables[f.table][f.row][f.column].slice(f.start, f.end)).toBe(f.quote);
      if (judged(f)) expect(shape.smart).not.toContain(at(f.table, f.row, f.column));
    }
    expect(faults(report)).toEqual(faults(reference));
    expect(report.planFindings.map((f) => f.code)).toEqual(reference.planFindings.map((f) => f.code));
    expect(report.score.overall).toBe(reference.score.overall);
    // Numbered as the user counts: the faulty outcome is plan row 1, the SMART one plan row 2.
    expect(report.tables.flatMap((t) => t.planRows ?? []).map((r) => r.planRow)).toEqual([1, 2]);
    expect(new Set(findings.filter(judged).map((f) => f.planRow))).toEqual(new Set([1]));
  });
});

describe('reading lines', () => {
  const labels = WORDINGS['issue-style'];
  const lines = (tables: string[][][]) =>
    checkPlan(
      tables.map((rows) => ({ rows })),
      OPTIONS,
    ).tables.map((t, i) => readingLine(t, i + 1));

  it('says in plain words how each table was read', () => {
    expect(lines(longBlockTable(labels).tables)).toEqual(['Table 1: read as outcome blocks: 2 outcomes']);
    expect(lines(blockTables(labels).tables)).toEqual([
      'Table 1: read as outcome blocks: 1 outcome',
      'Table 2: read as outcome blocks: 1 outcome',
    ]);
    expect(lines(transposed(labels).tables)[0]).toMatch(/^Table 1: read as a plan on its side .*: 2 outcomes$/);
    expect(lines(headerRow(WORDINGS['Torbay-style']).tables)).toEqual([
      'Table 1: read as a table with a header row: 2 rows',
    ]);
    expect(
      lines([
        [
          ['Desired outcome', 'What needs to happen?', 'Who will be responsible?', 'When does it need to be done?'],
          [SMART.outcome, SMART.action, SMART.owner, SMART.when],
        ],
        [
          ['Name', 'Role', 'Phone'],
          ['Mr Patel', 'Head of year', '01234 567890'],
        ],
      ]),
    ).toEqual(['Table 1: read as Torbay layout: 1 row', 'Table 2 is not a plan: a contacts list']);
  });
});

describe('tables that make one plan', () => {
  const TORBAY = [
    'Desired outcome',
    'What needs to happen?',
    'Who will be responsible?',
    'When does it need to be done?',
    'How will we know we have made progress?',
  ];
  const row = (cells: Record<Role, string>) => [cells.outcome, cells.action, cells.owner, cells.when, cells.measure];

  it('reads a table continued after a page break without its header, numbering rows through', () => {
    const report = checkPlan([{ rows: [TORBAY, row(SMART)] }, { rows: [row(FAULTY), row(SMART)] }], OPTIONS);
    expect(report.tables[1].layout).not.toBeNull();
    expect(report.tables[1].readAs).toMatch(/rest of the plan above/);
    expect(report.tables[1].planRows?.map((r) => r.planRow)).toEqual([2, 3]);
    const open = report.tables[1].findings.find((f) => f.code === 'open-timescale');
    expect(open).toMatchObject({ table: 1, row: 0, column: 3, quote: 'ASAP', planRow: 2 });
    expect(report.tables[1].findings.filter((f) => f.row === 1 && judged(f))).toEqual([]);
  });

  it('counts plan-level points once across outcome tables and scores the whole plan', () => {
    const labels = WORDINGS['issue-style'];
    const tables = blockTables(labels).tables.map((rows) => ({ rows }));
    const report = checkPlan(tables, { planDate: OPTIONS.planDate });
    expect(report.planFindings.filter((f) => f.code === 'no-review-date')).toHaveLength(1);
    expect(report.score.actions).toBe(2);
    expect(report.score.actionsWithOwner).toBe(1);
    expect(report.score.actionsWithTimescale).toBe(1);
  });

  it('never judges a header repeated inside the table', () => {
    const report = checkPlan([{ rows: [TORBAY, row(SMART), TORBAY, row(SMART)] }], OPTIONS);
    expect(report.tables[0].findings.filter(judged)).toEqual([]);
    expect(report.tables[0].planRows?.map((r) => [r.planRow, r.row])).toEqual([
      [1, 1],
      [2, 3],
    ]);
  });
});

describe('outcome blocks with more than one action', () => {
  it('judges each action with its own who and when, and reports the outcome once', () => {
    const rows = [
      ['What needs to change?', 'Jay will be happier at school.'],
      ['What will happen?', 'Jay to have a chat with someone.'],
      ['Who will do this?', ''],
      ['By when?', 'ongoing'],
      ['What will happen?', SMART.action],
      ['Who will do this?', SMART.owner],
      ['By when?', SMART.when],
      ['What will happen?', ''],
      ['Who will do this?', ''],
      ['By when?', ''],
      ['How will we know it has worked?', SMART.measure],
    ];
    const report = checkPlan([{ rows }], OPTIONS);
    const findings = report.tables[0].findings.filter(judged);
    // The spare empty action is no plan row; the outcome and measure are judged with each action and
    // reported once, as a header-row plan reads a second action under the same outcome.
    expect(report.tables[0].planRows?.map((r) => [r.planRow, r.row])).toEqual([
      [1, 0],
      [2, 4],
    ]);
    const asHeaderRow = checkPlan(
      [
        {
          rows: [
            ['Desired outcome', 'What needs to happen?', 'Who will be responsible?', 'By when?', 'How will we know?'],
            [rows[0][1], rows[1][1], rows[2][1], rows[3][1], rows[10][1]],
            ['', rows[4][1], rows[5][1], rows[6][1], ''],
          ],
        },
      ],
      OPTIONS,
    );
    expect(faults(report)).toEqual(faults(asHeaderRow));
    expect(findings.filter((f) => f.row >= 4)).toEqual([]);
    expect(findings.map((f) => `${f.row}:${f.code}`)).toEqual(
      expect.arrayContaining(['2:no-owner', '3:open-timescale']),
    );
    expect(findings.every((f) => f.column === 1)).toBe(true);
  });

  it('reads labels beside a merged group column ("Outcome 1" down the left of its block)', () => {
    const labels = WORDINGS['issue-style'];
    const rows = [
      ...labels.map(([label, role], i) => [i === 0 ? 'Outcome 1' : '', label, FAULTY[role]]),
      ...labels.map(([label, role], i) => [i === 0 ? 'Outcome 2' : '', label, SMART[role]]),
    ];
    const report = checkPlan([{ rows }], OPTIONS);
    expect(report.tables[0].readAs).toBe('Read as outcome blocks: 2 outcomes');
    expect(report.tables[0].planRows?.map((r) => r.group)).toEqual(['Outcome 1', 'Outcome 2']);
    const findings = report.tables[0].findings.filter(judged);
    expect(findings.length).toBeGreaterThan(2);
    expect(findings.every((f) => f.column === 2 && f.row < 5)).toBe(true);
  });
});

describe('the user corrects how a table is read', () => {
  const rows = [
    ['Outcome', SMART.outcome],
    ['What will happen?', SMART.action],
    ['Who', 'Mum and Mr Patel'],
    ['Finish', 'ASAP'],
    ['How will we know?', 'Mum says things are better.'],
  ];

  it('gives a label the role the user chose, and drops one they say is not part of the plan', () => {
    const plain = checkPlan([{ rows }], OPTIONS).tables[0];
    expect(plain.layout?.labels?.map((l) => l.row)).toEqual([0, 1, 2, 4]);
    expect(plain.findings.some((f) => f.row === 3)).toBe(false);
    expect(plain.findings.some((f) => f.row === 4 && f.code === 'self-report-only')).toBe(true);
    const corrected = checkPlan([{ rows }], {
      ...OPTIONS,
      tableOverrides: [
        {
          table: 0,
          roles: [
            { index: 3, role: 'when' },
            { index: 4, role: null },
          ],
        },
      ],
    }).tables[0];
    expect(corrected.layout?.labels?.map((l) => [l.row, l.role])).toEqual([
      [0, 'outcome'],
      [1, 'action'],
      [2, 'owner'],
      [3, 'when'],
    ]);
    expect(corrected.findings.filter((f) => f.row === 3).map((f) => [f.code, f.quote])).toEqual([
      ['open-timescale', 'ASAP'],
    ]);
    expect(corrected.findings.some((f) => f.row === 4)).toBe(false);
  });

  it('leaves a table alone when the user says it is not a plan', () => {
    const report = checkPlan([{ rows }], { ...OPTIONS, tableOverrides: [{ table: 0, shape: 'not-a-plan' }] });
    expect(report.tables[0]).toMatchObject({
      layout: null,
      findings: [],
      readAs: 'Not a plan: you chose not to check it',
    });
  });

  it('reads a table with a header row when the user says so', () => {
    const table = [
      ['Goal', 'Support', 'Lead'],
      [SMART.outcome, 'Support to be offered.', ''],
    ];
    const report = checkPlan([{ rows: table }], {
      ...OPTIONS,
      tableOverrides: [{ table: 0, shape: 'header-row', roles: [{ index: 1, role: 'action' }] }],
    });
    expect(report.tables[0].layout?.columns.map((c) => c.role)).toEqual(['outcome', 'action', 'owner']);
    expect(report.tables[0].findings.every((f) => f.row === 1)).toBe(true);
  });
});

describe('rewrites of plan rows that run down the table', () => {
  it('put each rewritten cell back at its own row and column, never on a label', () => {
    const shape = longBlockTable(WORDINGS['issue-style']);
    const report = checkPlan(
      shape.tables.map((rows) => ({ rows })),
      OPTIONS,
    );
    const rewrites = report.rewrites ?? [];
    expect(rewrites.length).toBeGreaterThan(0);
    for (const rewrite of rewrites) {
      for (const cell of rewrite.cells) {
        const row = cell.row ?? rewrite.row;
        expect(shape.content).toContain(at(rewrite.table, row, cell.column));
        expect(shape.smart).not.toContain(at(rewrite.table, row, cell.column));
        expect(shape.tables[rewrite.table][row][cell.column]).toBe(cell.before);
      }
    }
  });
});
