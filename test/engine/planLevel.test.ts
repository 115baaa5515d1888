// The plan as a whole (issue #11, items 6 and 7): its date, read from the document before any setting;
// deadlines before it are faults and deadlines passed since are review questions; plan-level points
// counted whatever the rows say; a blank template read as "not filled in yet", with no score.
import { checkPlan, checkRow, PLAN_ACTIONS_LIMIT, validateHouseStyle } from '../../src/engine';
import { planDateIn } from '../../src/engine/check';
import { buildTemplate } from '../../src/engine/templates';
import { TORBAY_HEADER } from '../support/plans';

const SMART_ROW = [
  'Ava will be at school on time every day.',
  'Mum to walk Ava to school for 8:45am.',
  'Mum',
  'Every school day from 02/06/25',
  'School register checked weekly by Mr Owen.',
];
const ALL_SAID = 'Review date: 14/07/25. Ava says she wants to get to school before the bell. Signed by Mum and Ava.';
const TODAY = '2025-06-20';

const planCodes = (report: ReturnType<typeof checkPlan>) => report.planFindings.map((f) => f.code);

describe('plan-level points count whatever the rows say', () => {
  it('a plan of SMART rows with everything said scores 100 with no plan-level point', () => {
    const report = checkPlan([{ rows: [TORBAY_HEADER, SMART_ROW] }], { surroundingText: ALL_SAID, today: TODAY });
    expect(report.planFindings).toEqual([]);
    expect(report.score.overall).toBe(100);
    expect(report.notFilledIn).toBeUndefined();
  });

  it('a plan of SMART rows with no review date says so and does not score 100', () => {
    const report = checkPlan([{ rows: [TORBAY_HEADER, SMART_ROW] }], {
      surroundingText: 'Ava says she wants to get to school before the bell. Signed by Mum and Ava.',
      today: TODAY,
    });
    expect(report.planFindings).toEqual([
      expect.objectContaining({
        rule: 'no-review-date',
        code: 'no-review-date',
        letters: ['T'],
        severity: 'warning',
        table: -1,
        row: -1,
        column: -1,
        role: null,
        start: 0,
        end: 0,
        quote: '',
        message: 'The plan has no review date. Set one: every 6 weeks is good practice, and no later than 3 months.',
        guidance: expect.objectContaining({ document: expect.any(String) }),
      }),
    ]);
    // One plan-level T point over one judged row: T = 100 x (1 - 0.5 / 1.5) = 67, overall (4 x 100 + 67) / 5.
    expect(report.score.letters.find((l) => l.letter === 'T')).toEqual({ letter: 'T', score: 67, findings: 1 });
    expect(report.score.overall).toBe(93);
    expect(report.score.counts).toEqual({ error: 0, warning: 1, info: 0 });
  });

  it("a plan of SMART rows with no child's voice says so", () => {
    const report = checkPlan([{ rows: [TORBAY_HEADER, SMART_ROW] }], {
      surroundingText: 'Review date: 14/07/25. Signed by Mum.',
      today: TODAY,
    });
    expect(report.planFindings).toEqual([
      expect.objectContaining({
        code: 'no-child-voice',
        letters: ['A'],
        severity: 'warning',
        message:
          "Nothing in the plan says what the child thinks or wants. Add the child's wishes and feelings, in their own words where you can.",
      }),
    ]);
    expect(report.score.overall).toBeLessThan(100);
  });

  it('a SMART plan on a layout with signatures, with no sign it was agreed, gets a gentle note', () => {
    const report = checkPlan([{ rows: [TORBAY_HEADER, SMART_ROW] }], {
      surroundingText: 'Review date: 14/07/25. Ava says she wants to get to school before the bell.',
      today: TODAY,
    });
    expect(report.planFindings).toEqual([
      expect.objectContaining({ code: 'not-agreed', letters: ['A'], severity: 'info' }),
    ]);
    // Advice, not a fault: the score is untouched.
    expect(report.score.overall).toBe(100);
  });

  it('counts too many actions from SMART rows too, and names the number', () => {
    const rows = [TORBAY_HEADER, ...Array.from({ length: PLAN_ACTIONS_LIMIT + 1 }, () => SMART_ROW)];
    const report = checkPlan([{ rows }], { surroundingText: ALL_SAID, today: TODAY });
    expect(report.planFindings).toEqual([
      expect.objectContaining({
        code: 'too-many-actions',
        letters: ['A', 'R'],
        severity: 'warning',
        message: `The plan has ${PLAN_ACTIONS_LIMIT + 1} actions, which can overwhelm a family. Start with the most pressing needs and add the rest as these are done.`,
      }),
    ]);
    const atLimit = checkPlan([{ rows: rows.slice(0, -1) }], { surroundingText: ALL_SAID, today: TODAY });
    expect(planCodes(atLimit)).toEqual([]);
  });

  it('a review exactly 92 days after the plan date is in time; 93 days is too late', () => {
    const options = (review: string) => ({
      planDate: '2025-06-01',
      surroundingText: `Review date: ${review}. Ava says she wants to go. Signed by Mum.`,
      today: TODAY,
    });
    expect(planCodes(checkPlan([{ rows: [TORBAY_HEADER, SMART_ROW] }], options('01/09/25')))).toEqual([]);
    const late = checkPlan([{ rows: [TORBAY_HEADER, SMART_ROW] }], options('02/09/25'));
    expect(late.planFindings).toEqual([
      expect.objectContaining({
        code: 'no-review-date',
        message:
          'The review is more than 3 months after the plan date. Bring it forward: every 6 weeks is good practice.',
      }),
    ]);
  });

  it('a plan-level point can be switched off, ignored, or left out by house style', () => {
    const rows = [TORBAY_HEADER, SMART_ROW];
    const bare = { surroundingText: 'Signed by Mum.', today: TODAY };
    const all = checkPlan([{ rows }], bare);
    expect(planCodes(all)).toEqual(['no-review-date', 'no-child-voice']);
    expect(planCodes(checkPlan([{ rows }], { ...bare, disabledRules: ['no-review-date'] }))).toEqual([
      'no-child-voice',
    ]);
    expect(planCodes(checkPlan([{ rows }], { ...bare, houseStyle: { rules: { 'no-child-voice': 'off' } } }))).toEqual([
      'no-review-date',
    ]);
    expect(planCodes(checkPlan([{ rows }], { ...bare, ignored: [all.planFindings[0].id] }))).toEqual([
      'no-child-voice',
    ]);
  });
});

describe('a plan not filled in yet', () => {
  it('a blank template reads "not filled in yet": no plan-level points, and no score of 100', () => {
    const report = checkPlan([{ rows: [TORBAY_HEADER, ['', '', '', '', ''], ['', '', '', '', '']] }], { today: TODAY });
    expect(report.notFilledIn).toBe(true);
    expect(report.planFindings).toEqual([]);
    expect(report.score.overall).toBe(0);
  });

  it("our template's prompts count as blank", () => {
    const spec = buildTemplate('torbay', { rows: 2 });
    const rows = [spec.header, ...spec.rows.map((r) => r.map((c) => c.prompt ?? ''))];
    const report = checkPlan([{ rows }], { today: TODAY });
    expect(report.notFilledIn).toBe(true);
    expect(report.score.overall).toBe(0);
  });

  it('one row written in is enough for the plan to be judged as a whole', () => {
    const report = checkPlan([{ rows: [TORBAY_HEADER, SMART_ROW, ['', '', '', '', '']] }], { today: TODAY });
    expect(report.notFilledIn).toBeUndefined();
    expect(planCodes(report)).toEqual(['no-review-date', 'no-child-voice', 'not-agreed']);
  });

  it('a table that is not a plan is neither filled in nor blank', () => {
    const report = checkPlan(
      [
        {
          rows: [
            ['Name', 'Address'],
            ['Ava', '1 High Street'],
          ],
        },
      ],
      { today: TODAY },
    );
    expect(report.notFilledIn).toBeUndefined();
    expect(report.planFindings).toEqual([]);
  });
});

describe('the plan date', () => {
  it.each([
    ['Plan date: 05/01/2027', '2027-01-05'],
    ['Date of plan - 5 January 2027', '2027-01-05'],
    ['Date of meeting: 12.3.27', '2027-03-12'],
    ['Child: Ava\nPlan date: \nReview date: 01/02/27', undefined],
    ['Review date: 01/02/27', undefined],
  ])('reads %j as %s', (text, date) => {
    expect(planDateIn(text, TODAY)).toBe(date);
  });

  it('comes from the document before the setting, and the report says where from', () => {
    const late = [...SMART_ROW];
    late[3] = 'By 20/12/2026';
    const options = { planDate: '2027-02-01', today: '2027-03-01', surroundingText: ALL_SAID };
    const fromSetting = checkPlan([{ rows: [TORBAY_HEADER, late] }], options);
    expect(fromSetting.planDate).toEqual({ date: '2027-02-01', source: 'option' });
    expect(fromSetting.tables[0].findings.map((f) => [f.code, f.severity])).toEqual([['past-deadline', 'warning']]);

    const fromDocument = checkPlan([{ rows: [['Plan date', '05/12/2026']] }, { rows: [TORBAY_HEADER, late] }], options);
    expect(fromDocument.planDate).toEqual({ date: '2026-12-05', source: 'document' });
    const due = fromDocument.tables[1].findings;
    expect(due).toEqual([
      expect.objectContaining({
        code: 'deadline-due',
        rule: 'deadline-due',
        severity: 'info',
        letters: [],
        column: 3,
        quote: '20/12/2026',
        message: 'This was due on 20/12/2026. At the review, ask whether it was done, and agree what happens next.',
      }),
    ]);
  });

  it('a deadline on the plan date is not past; the day before is', () => {
    const row = (when: string) => [SMART_ROW[0], SMART_ROW[1], 'Mum', when, SMART_ROW[4]];
    const check = (when: string) =>
      checkPlan([{ rows: [TORBAY_HEADER, row(when)] }], {
        surroundingText: `Plan date: 10/01/2027. ${ALL_SAID}`,
        today: '2027-01-10',
      }).tables[0].findings.map((f) => f.code);
    expect(check('By 10/01/2027')).toEqual([]);
    expect(check('By 09/01/2027')).toEqual(['past-deadline']);
    expect(check('By 11/01/2027')).toEqual([]);
  });

  it('with no plan date at all, a passed deadline is a question for the review, never a fault', () => {
    const row = [SMART_ROW[0], SMART_ROW[1], 'Mum', 'By 11/12/2026', SMART_ROW[4]];
    const report = checkPlan([{ rows: [TORBAY_HEADER, row] }], { surroundingText: ALL_SAID, today: '2027-01-10' });
    expect(report.planDate).toBeUndefined();
    expect(report.tables[0].findings.map((f) => [f.code, f.severity])).toEqual([['deadline-due', 'info']]);
    expect(report.score.overall).toBe(100);
  });

  it('a deadline still to come, or today itself, is not asked about', () => {
    const row = (when: string) => [SMART_ROW[0], SMART_ROW[1], 'Mum', when, SMART_ROW[4]];
    for (const when of ['By 10/01/2027', 'By 11/01/2027'])
      expect(
        checkPlan([{ rows: [TORBAY_HEADER, row(when)] }], { surroundingText: ALL_SAID, today: '2027-01-10' }).tables[0]
          .findings,
      ).toEqual([]);
  });

  it('a row judged on its own (the corpus) has no review to ask about', () => {
    expect(checkRow({ outcome: SMART_ROW[0], action: SMART_ROW[1], owner: 'Mum', when: 'By 11/12/2020' })).toEqual([]);
  });
});

describe('house style limits', () => {
  it('accepts a house style saved with a byte order mark', () => {
    const { style, errors } = validateHouseStyle('\uFEFF{ "rules": { "jargon": "off" } }');
    expect(errors).toEqual([]);
    expect(style).toEqual({ rules: { jargon: 'off' } });
  });

  it('refuses too many phrases for one rule, naming the key', () => {
    const words = Array.from({ length: 1001 }, (_, i) => `word${i}`);
    expect(validateHouseStyle({ addWords: { vague: words } }).errors).toEqual([
      '"addWords.vague" has 1,001 words or phrases; a rule may have at most 1,000.',
    ]);
    expect(validateHouseStyle({ addWords: { vague: words.slice(0, 1000) } }).errors).toEqual([]);
  });

  it('refuses a phrase of too many words or characters, naming the key and the item', () => {
    const long = Array.from({ length: 13 }, () => 'very').join(' ');
    expect(validateHouseStyle({ removeWords: { subjective: ['fine', long] } }).errors).toEqual([
      '"removeWords.subjective" item 2 is too long: a phrase may have at most 12 words and 200 characters.',
    ]);
    expect(validateHouseStyle({ addWords: { vague: ['x'.repeat(201)] } }).errors).toHaveLength(1);
    expect(validateHouseStyle({ addWords: { vague: [long.split(' ').slice(1).join(' ')] } }).errors).toEqual([]);
  });

  it('refuses a house style too big to be a list of words, and too many acronyms', () => {
    const huge = JSON.stringify({ addWords: { vague: ['a'] }, padding: 'x'.repeat(200_000) });
    expect(validateHouseStyle(huge).errors[0]).toMatch(
      /^The house style is 200,0\d\d characters long; it may be at most 200,000\./,
    );
    const acronyms = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`A${i}`, 'Something']));
    expect(validateHouseStyle({ acronyms }).errors).toEqual([
      '"acronyms" has 1,001 acronyms; it may have at most 1,000.',
    ]);
  });

  // Left out of `npm run mutation:check` (QUICK_MUTATION): seconds for each of hundreds of mutants.
  const unlessQuick = (globalThis as { QUICK_MUTATION?: unknown }).QUICK_MUTATION ? it.skip : it;
  unlessQuick('a large house style list is compiled once, not for every row', () => {
    // Words with no digits in them (a number would make the outcome countable, and so not vague).
    const name = (i: number) => `zork${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`;
    const words = Array.from({ length: 1000 }, (_, i) => `${name(i)} nicely`);
    const style = validateHouseStyle({ addWords: { vague: words, subjective: words } }).style!;
    const rows = [
      TORBAY_HEADER,
      ...Array.from({ length: 200 }, (_, i) => [`Ava will be ${name(i)} nicely.`, '', '', '', '']),
    ];
    const report = checkPlan([{ rows }], { houseStyle: style, today: TODAY });
    const vague = report.tables[0].findings.filter((f) => f.code === 'vague');
    expect(vague).toHaveLength(200);
    expect(vague[199].quote).toBe(`${name(199)} nicely`);
  });
});
