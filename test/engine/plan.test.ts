import { checkPlan, findTimescales, summariseForReviewer, validateHouseStyle, RULES } from '../../src/engine';
import { TORBAY_HEADER } from '../support/plans';

describe('checkPlan', () => {
  it('reads a continuation row (empty outcome) as part of the outcome above, and judges who and when across the row', () => {
    const report = checkPlan(
      [
        {
          rows: [
            TORBAY_HEADER,
            [
              'Ava will be at school on time every day.',
              'Mum to walk Ava to school for 8:45am.',
              'Mum',
              'Every school day from 02/06/25',
              'School register checked weekly by Mr Owen.',
            ],
            [
              '',
              'Mr Owen (head of year) to phone Mum every Friday.',
              'Mr Owen',
              'Fridays until 18/07/25',
              'Call log kept by school.',
            ],
          ],
        },
      ],
      {
        surroundingText:
          'Review date: 14/07/25. Ava says she wants to get to school before the bell. Signed by Mum and Ava.',
      },
    );
    expect(report.tables[0].layout?.layoutId).toBe('torbay');
    expect(report.tables[0].findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(report.planFindings).toEqual([]);
    expect(report.score.overall).toBe(100);
  });

  it('does not ask a continuation row for its own measure when the outcome above has one, but still judges its timescale', () => {
    const report = checkPlan([
      {
        rows: [
          TORBAY_HEADER,
          [
            'Ben will sleep in his own bed by 7:30pm on at least 5 nights a week.',
            'Dad to run a bath-and-story routine from 7pm.',
            'Dad',
            'Every night from 05/05/25',
            'Sleep chart checked by the health visitor every two weeks.',
          ],
          ['', 'Health visitor to lend a night light.', 'Health visitor', 'as soon as possible', ''],
        ],
      },
    ]);
    const second = report.tables[0].findings.filter((f) => f.row === 2 && f.severity !== 'info');
    expect(second.map((f) => f.code)).toEqual(['open-timescale']);
    expect(second[0].quote).toBe('as soon as possible');
  });

  it('gives an empty template gentle "to complete" prompts, not warnings', () => {
    const report = checkPlan([{ rows: [TORBAY_HEADER, ['', '', '', '', ''], ['', '', '', '', '']] }]);
    const findings = report.tables[0].findings;
    expect(findings.map((f) => f.code)).toEqual(['to-complete', 'to-complete']);
    expect(findings.every((f) => f.severity === 'info')).toBe(true);
    expect(report.planFindings).toEqual([]);
  });

  it('flags the plan-level points: no review date, no child voice', () => {
    const report = checkPlan([{ rows: [TORBAY_HEADER, ['Zak will be safe.', 'Monitor', 'All', 'Ongoing', '']] }]);
    expect(report.planFindings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['no-review-date', 'no-child-voice']),
    );
    expect(report.score.actionsWithOwner).toBe(0);
    expect(report.score.overall).toBeLessThan(60);
  });

  it('flags a review more than 3 months after the plan date', () => {
    const report = checkPlan(
      [
        {
          rows: [
            TORBAY_HEADER,
            [
              'Zak will say he feels safe.',
              'Mum to call 999 if Dad comes to the house.',
              'Mum',
              'From 01/03/25',
              'Police log checked monthly by the social worker.',
            ],
          ],
        },
      ],
      {
        planDate: '2025-03-01',
        surroundingText: 'Review date: 01/09/25. Zak told us he wants his dad to stay away.',
      },
    );
    expect(report.planFindings.map((f) => f.code)).toContain('no-review-date');
  });

  it('honours switched-off rules, house-style severities and ignored findings', () => {
    const rows = [TORBAY_HEADER, ['Zak will be safe.', 'Monitor', 'All', 'Ongoing', '']];
    const before = checkPlan([{ rows }]).tables[0].findings;
    const open = before.find((f) => f.code === 'open-timescale')!;
    const after = checkPlan([{ rows }], {
      disabledRules: ['vague'],
      ignored: [open.id],
      houseStyle: { rules: { 'no-owner': 'error' } },
    }).tables[0].findings;
    expect(after.some((f) => f.code === 'vague')).toBe(false);
    expect(after.some((f) => f.id === open.id)).toBe(false);
    expect(after.find((f) => f.code === 'no-owner')?.severity).toBe('error');
  });

  it('writes a reviewer summary a supervisor can quote', () => {
    const report = checkPlan([
      {
        rows: [
          TORBAY_HEADER,
          ['Zak will be safe.', 'Monitor', 'All', 'Ongoing', ''],
          [
            'Zak will sleep better.',
            'Mum to keep a sleep diary.',
            'Mum',
            'Every night from 01/03/25',
            'Diary checked weekly by the health visitor.',
          ],
        ],
      },
    ]);
    const summary = summariseForReviewer(report);
    expect(summary).toMatch(/1 of 2 actions name no one responsible/);
    expect(summary).toMatch(/SMART check: \d+ out of 100/);
  });

  it('every finding span lies inside its cell and quotes it', () => {
    const rows = [
      TORBAY_HEADER,
      ['Ensure Zak is safe and happy.', 'CAMHS referral ASAP', '', 'ongoing', 'Mum says things are better'],
    ];
    for (const f of checkPlan([{ rows }]).tables[0].findings) {
      expect(rows[f.row][f.column].slice(f.start, f.end)).toBe(f.quote);
    }
  });
});

describe('timescales', () => {
  it.each([
    ['by 23.7.18', 'deadline', '2018-07-23'],
    ['completed by 13/04/20', 'deadline', '2020-04-13'],
    ['commencing 31st August', 'date', '2020-08-31'],
    ['review on 30 th June 18', 'date', '2018-06-30'],
  ])('reads the date in "%s"', (text, kind, date) => {
    expect(findTimescales(text, '2020-03-30')).toEqual([expect.objectContaining({ kind, date })]);
  });

  it.each([
    ['fortnightly', 'frequency'],
    ['every Thursday', 'frequency'],
    ['three times a week', 'frequency'],
    ['Monday-Friday', 'frequency'],
    ['within 10 working days', 'duration'],
    ['for the next 12 weeks', 'duration'],
    ['by the end of term', 'relative'],
    ['by the next review', 'relative'],
    ['ongoing', 'open'],
    ['ASAP', 'open'],
  ])('tells what "%s" is', (text, kind) => {
    expect(findTimescales(text).map((t) => t.kind)).toEqual([kind]);
  });

  it('does not read a name like June or April as a date', () => {
    expect(findTimescales('June will take April to the park.')).toEqual([]);
  });
});

describe('house style', () => {
  it('accepts a valid style', () => {
    const { style, errors } = validateHouseStyle({
      acronyms: { TAF: 'Team Around the Family' },
      rules: { jargon: 'off' },
      addWords: { vague: ['flourish'] },
    });
    expect(errors).toEqual([]);
    expect(style?.rules?.jargon).toBe('off');
  });

  it('names the key at fault', () => {
    const { style, errors } = validateHouseStyle({ rules: { vaguee: 'off', jargon: 'loud' }, colour: 'red' });
    expect(style).toBeUndefined();
    expect(errors.join('\n')).toMatch(/"rules.vaguee": there is no rule/);
    expect(errors.join('\n')).toMatch(/"rules.jargon" must be/);
    expect(errors.join('\n')).toMatch(/"colour" is not a house style setting/);
  });

  it('reports JSON that does not parse', () => {
    expect(validateHouseStyle('{ rules: ').errors[0]).toMatch(/not valid JSON/);
  });

  it('adds words to a rule and explains acronyms', () => {
    const rows = [
      TORBAY_HEADER,
      [
        'Zak will flourish.',
        'Mum to meet the TAF every Monday from 02/06/25.',
        'Mum',
        'Mondays',
        'Attendance at TAF meetings recorded by the chair.',
      ],
    ];
    const plain = checkPlan([{ rows }]).tables[0].findings.map((f) => f.code);
    expect(plain).toContain('jargon');
    const styled = checkPlan([{ rows }], {
      houseStyle: { addWords: { vague: ['flourish'] }, acronyms: { TAF: 'Team Around the Family' } },
    }).tables[0].findings.map((f) => f.code);
    expect(styled).not.toContain('jargon');
  });

  it('lists every rule with its SMART letters and guidance', () => {
    expect(RULES.map((r) => r.id)).toEqual(
      expect.arrayContaining(['vague', 'open-timescale', 'no-review-date', 'jargon']),
    );
    for (const rule of RULES) expect(rule.guidance.section).toBeTruthy();
  });
});
