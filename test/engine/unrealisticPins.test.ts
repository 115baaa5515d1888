// The unrealistic rule pinned down: stopping drinking all at once, "no further incidents" and "at all times",
// and straight to 100%. The edges are asserted: 100% from exactly 75% is let off and from 74% is not, interim
// steps let it off, a plan for when it goes wrong lets off "at all times" and stopping drinking, one finding a
// cell, and the columns it reads. So `npm run mutation:rule -- unrealistic` finds a change to any of it.
import { listedAs, ruleTester, seen } from './ruleTester';

const META = { rule: 'unrealistic', letters: ['A', 'R'], severity: 'warning', fix: undefined };
const ALL_AT_ONCE =
  'For someone who depends on alcohol or drugs, stopping all at once is rarely realistic, and the plan fails if they cannot. Agree a step they can take, with support, and say how the child will be kept safe if they do drink.';
const NEVER_AGAIN =
  'No family can promise that nothing will ever happen again. Say what people will do to keep the child safe, and what happens if it does.';
const STRAIGHT_TO_100 =
  'Going straight to 100% sets the family up to fail. Start from where things are now and set a step they can reach first.';
const HUNDRED = 'Ava will attend school 100% of the time.';

describe('unrealistic', () => {
  it('is listed as an achievable and realistic (A, R) warning', () => {
    expect(listedAs('unrealistic')).toEqual({
      code: 'unrealistic',
      letters: ['A', 'R'],
      severity: 'warning',
      title: 'All-or-nothing demands',
    });
  });

  it('flags stopping drinking at once in each column that asks it', () => {
    expect(
      seen('unrealistic', { outcome: 'Mum will stop drinking.', action: 'Mum to stop drinking alcohol by 01/05/25.' }),
    ).toEqual([
      { ...META, role: 'outcome', column: 0, quote: 'stop drinking', start: 9, message: ALL_AT_ONCE },
      { ...META, role: 'action', column: 1, quote: 'stop drinking', start: 7, message: ALL_AT_ONCE },
    ]);
  });

  it('lets off stopping drinking with a plan in the cell for when it goes wrong, whoever and however spaced', () => {
    expect(
      seen('unrealistic', { outcome: 'Mum will stop drinking. If Nan is worried, she will ring the social worker.' }),
    ).toEqual([]);
    expect(seen('unrealistic', { outcome: 'Mum will stop drinking. If  she  has a drink, Gran will come.' })).toEqual(
      [],
    );
    expect(
      seen('unrealistic', { outcome: 'Mum will stop drinking. If she has had a drink, Gran will care for Ava.' }),
    ).toEqual([]);
  });

  it('flags "no further incidents" and "at all times", once a cell', () => {
    expect(
      seen('unrealistic', {
        outcome: 'There will be no further incidents.',
        measure: 'No incidents at all times.',
      }),
    ).toEqual([
      { ...META, role: 'outcome', column: 0, quote: 'no further incidents', start: 14, message: NEVER_AGAIN },
      { ...META, role: 'measure', column: 1, quote: 'No incidents', start: 0, message: NEVER_AGAIN },
    ]);
    expect(
      seen('unrealistic', { outcome: 'No further incidents. Ava will attend 100% of the time.' }).map((f) => f.quote),
    ).toEqual(['No further incidents']);
  });

  it('does not let off "no further incidents" for a plan for when it goes wrong', () => {
    expect(
      seen('unrealistic', {
        outcome: 'There will be no further incidents.',
        action: 'If Mum has had a drink, Gran will come.',
      }).map((f) => f.quote),
    ).toEqual(['no further incidents']);
  });

  it('lets off "at all times" with a plan anywhere in the row for when it cannot hold', () => {
    expect(seen('unrealistic', { outcome: 'Ava will be safe at all times.' }).map((f) => f.quote)).toEqual([
      'at all times',
    ]);
    expect(
      seen('unrealistic', {
        outcome: 'Ava will be safe at all times.',
        action: 'If Mum has had a drink, Gran will come.',
      }),
    ).toEqual([]);
  });

  it('flags straight to 100% from a low start, or from nowhere', () => {
    expect(seen('unrealistic', { need: 'Ava attends 74% of the time.', outcome: HUNDRED })).toEqual([
      { ...META, role: 'outcome', column: 1, quote: '100%', start: 23, message: STRAIGHT_TO_100 },
    ]);
    expect(seen('unrealistic', { outcome: HUNDRED }).map((f) => f.message)).toEqual([STRAIGHT_TO_100]);
    expect(seen('unrealistic', { need: 'Attendance 100%, then 100 %.', outcome: HUNDRED })).toHaveLength(1);
    // The same low figure twice is one starting point, not a step on the way.
    expect(
      seen('unrealistic', { need: 'Ava attended 60% last term and 60% this term.', outcome: HUNDRED }),
    ).toHaveLength(1);
  });

  it('lets off 100% from exactly 75%, or after interim steps', () => {
    expect(seen('unrealistic', { need: 'Ava attends 75% of the time.', outcome: HUNDRED })).toEqual([]);
    expect(seen('unrealistic', { need: 'Ava attends 75 % of the time.', outcome: HUNDRED })).toEqual([]);
    expect(
      seen('unrealistic', {
        need: 'Ava attends 25% of the time.',
        outcome: 'Ava will attend 50% by half term and 100% by summer.',
      }),
    ).toEqual([]);
  });

  it('reads the combined action and who-and-when columns', () => {
    expect(
      seen('unrealistic', { owner_when: 'Mum, no further incidents', action_owner_when: 'Mum to stop drinking.' }).map(
        (f) => [f.role, f.quote],
      ),
    ).toEqual([
      ['owner_when', 'no further incidents'],
      ['action_owner_when', 'stop drinking'],
    ]);
  });

  it('does not read the need, owner or when columns', () => {
    expect(
      seen('unrealistic', {
        need: 'Mum will stop drinking.',
        owner: 'Mum will stop drinking.',
        when: 'no further incidents',
      }),
    ).toEqual([]);
  });
});

describe('unrealistic: smoking, and every day from a low start (cold3)', () => {
  it('reads giving up smoking at once as an all-at-once demand, with a message about smoking', () => {
    expect(seen('unrealistic', { outcome: 'Kyan (14) to give up smoking by next week' })).toEqual([
      {
        rule: 'unrealistic',
        letters: ['A', 'R'],
        severity: 'warning',
        role: 'outcome',
        column: 0,
        quote: 'give up smoking',
        start: 13,
        message:
          'For someone who smokes, stopping all at once is rarely realistic, and the plan fails if they cannot. Agree a step they can take, with support.',
        fix: undefined,
      },
    ]);
  });

  it('reads every day straight from one low percentage as 100% in other words', () => {
    expect(
      seen('unrealistic', {
        need: 'Harley’s attendance is 22% this year',
        outcome: 'Harley will be in school every day from next Monday',
      }).map((f) => [f.role, f.quote, f.start, f.message]),
    ).toEqual([
      [
        'outcome',
        'every day',
        25,
        'Going straight to every day from a low start sets the family up to fail. Start from where things are now and set a step they can reach first.',
      ],
    ]);
  });

  it('leaves every day alone from a high start, with interim steps, or with no starting point', () => {
    const every = (need: string) =>
      seen('unrealistic', { need, outcome: 'Harley will be in school every day by the summer' });
    expect(every('Harley’s attendance is 85%')).toEqual([]);
    expect(every('Harley’s attendance is 22%; 50% by Easter')).toEqual([]);
    expect(every('Harley is often late')).toEqual([]);
  });

  it('reads giving up the substance named as a thing as all at once (cold4 plo-all-in-two-weeks)', () => {
    expect(
      seen('unrealistic', { action_owner_when: 'Within 2 weeks Kirsty must: give up cannabis completely' }),
    ).toEqual([
      {
        ...META,
        role: 'action_owner_when',
        column: 0,
        quote: 'give up cannabis',
        start: 28,
        message: ALL_AT_ONCE,
      },
    ]);
    expect(seen('unrealistic', { outcome: 'Caelan will quit weed' }).map((f) => f.quote)).toEqual(['quit weed']);
    expect(
      seen('unrealistic', {
        outcome: 'If Kirsty has used cannabis, Nan will have the children; Kirsty to stop cannabis',
      }),
    ).toEqual([]);
  });

  it('reads any event never to happen again, and perfection, as absolute (cold4 hsb-no-further, unreal-perfect)', () => {
    expect(seen('unrealistic', { outcome: 'No further harmful sexual behaviour from Riley.' })).toEqual([
      { ...META, role: 'outcome', column: 0, quote: 'No further harmful', start: 0, message: NEVER_AGAIN },
    ]);
    expect(
      seen('unrealistic', { outcome: 'Bodhi not to have any more meltdowns at school' }).map((f) => f.quote),
    ).toEqual(['not to have any more meltdowns']);
    expect(seen('unrealistic', { outcome: 'Cruz to behave perfectly at school every day' })).toEqual([
      {
        ...META,
        role: 'outcome',
        column: 0,
        quote: 'perfectly',
        start: 15,
        message:
          'No one gets something perfect every day. Say what it will look like on most days, and a first step from where things are now.',
      },
    ]);
    expect(seen('unrealistic', { outcome: 'Cruz will get no more than 4 red cards a week by Easter' })).toEqual([]);
    expect(seen('unrealistic', { outcome: 'No further action after the assessment on 3/3/27' })).toEqual([]);
  });
});

// Branch struct (cold9, cold4): a clear test asked for, and a whole debt with no money named. Rows in their own words.
const UNREALISTIC = { rule: 'unrealistic', letters: ['A' as const, 'R' as const], severity: 'warning' as const };
const CLEAR_TEST =
  'A clear test means no use at all by then, which for someone who uses drugs or alcohol is stopping all at once; a hair strand test also shows use from up to three months before. Agree a step they can take, with support, and say how the child will be kept safe if they do use.';
const DEBT =
  'This debt is more than the money the plan says there is in the time given. Agree a repayment the family can afford each week, with help from a debt adviser.';

describe('a clear drug or alcohol test asked for by a date is no use at all by then (cold9)', () => {
  ruleTester('unrealistic', {
    meta: UNREALISTIC,
    flagged: [
      {
        cells: { action: 'Mum to provide a clear hair strand test by the end of February.' },
        role: 'action',
        quote: 'clear hair strand test',
        message: 'A clear test means no use at all',
      },
      {
        cells: { action_owner_when: "Dad's drug screens to come back negative from next week (Dad, CGL)." },
        role: 'action_owner_when',
        quote: 'screens to come back negative',
      },
      {
        cells: { action: 'Kelly will give a urine sample showing no cocaine at every CGL appointment.' },
        role: 'action',
        quote: 'sample showing no cocaine',
      },
      {
        cells: { outcome: 'Lee will have negative alcohol results by the final hearing.' },
        role: 'outcome',
        quote: 'negative alcohol results',
      },
    ],
    clean: [
      // In a condition, held to the times of care, the evidence for a goal, the measure, or a test with no result asked.
      { cells: { outcome: 'If Mum gives clear urine tests for 8 weeks, overnight stays will start.' } },
      { cells: { action: 'Dad will give clean saliva tests on the mornings he has the children.' } },
      { cells: { outcome: 'Mum stays sober when she has the boys, shown by negative saliva tests at CGL.' } },
      { cells: { measure: 'Negative urine screens from CGL each week.' } },
      { cells: { action: 'SW to arrange a hair strand test by 12 March 2027.' } },
      { cells: { outcome: 'The assessment will give clear results about what Ben needs by May.' } },
    ],
  });
});

describe('a whole debt at once, with no money named, is held to what a family can spare (cold4)', () => {
  ruleTester('unrealistic', {
    meta: UNREALISTIC,
    flagged: [
      {
        cells: { outcome: 'Kim will pay off all £2,500 of her catalogue debts within 8 weeks.' },
        role: 'outcome',
        quote: 'pay off',
        message: 'Agree a repayment the family can afford',
      },
      { cells: { action: 'Dad to repay the whole £1,800 loan to his brother by the next review.' }, quote: 'repay' },
      { cells: { action: 'You must clear the full £6,000 of rent arrears.' }, quote: 'clear' },
    ],
    clean: [
      { cells: { outcome: 'Kim will pay off all £300 of her catalogue debt within 8 weeks.' } },
      {
        cells: { action: 'SW to help Mum apply to the hardship fund to clear all £1,500 of the gas arrears by March.' },
      },
      { cells: { action: 'Mum will pay £15 a week towards the £2,000 arrears, clearing them in full by 2029.' } },
    ],
  });
});

describe('unrealistic: a clear test and a whole debt, pinned at their edges (branch struct)', () => {
  it('says where a clear test is asked for, and why it cannot be met', () => {
    expect(seen('unrealistic', { need: 'x', action: 'Mum to provide a clear hair strand test by 1 March.' })).toEqual([
      { ...META, role: 'action', column: 1, quote: 'clear hair strand test', start: 17, message: CLEAR_TEST },
    ]);
  });

  it('reads a clear test after a condition or a reason only there, and reads the next one', () => {
    const cell =
      'If Dad gives a clean urine test on Monday, Gran will not come; Dad to give negative drug tests by June.';
    expect(seen('unrealistic', { action: cell }).map((f) => f.quote)).toEqual(['negative drug tests']);
    expect(seen('unrealistic', { action: 'Dad will go to CGL so that his tests come back clear by June.' })).toEqual(
      [],
    );
  });

  it('lets a time of care beyond sixty characters hold it no longer', () => {
    const near = 'Dad to give a clean saliva test at the contact centre before each contact with Mia.';
    const far =
      'Dad to give a clean saliva test at the contact centre on Hill Road, just past the park gates and the library, before each contact.';
    expect(seen('unrealistic', { action: near })).toEqual([]);
    expect(seen('unrealistic', { action: far }).map((f) => f.quote)).toEqual(['clean saliva test']);
  });

  it('holds a whole debt to £100 a week over the window given, or over a review', () => {
    const quotes = (outcome: string) => seen('unrealistic', { outcome }).map((f) => [f.quote, f.message]);
    expect(quotes('Kim will pay off all £600 of her debts within 6 weeks.')).toEqual([]);
    expect(quotes('Kim will pay off all £601 of her debts within 6 weeks.')).toEqual([['pay off', DEBT]]);
    expect(quotes('Dad will repay the whole £1,200 loan.')).toEqual([]);
    expect(quotes('Dad will repay the whole £1,201 loan.')).toEqual([['repay', DEBT]]);
    // Not the whole debt in words, or paid by others.
    expect(quotes('Kim will pay off £2,500 of debts within 6 weeks.')).toEqual([]);
    expect(quotes('Kim will pay off all £2,500 of her debts within 6 weeks with a charity grant.')).toEqual([]);
  });

  it('reads a clear test by its own words: in the measure, after evidence, held to a time of care', () => {
    const found = (cells: Record<string, string>) => seen('unrealistic', cells).map((f) => f.quote);
    for (const measure of [
      'Test showing no use each week',
      'Sample showing no use',
      'Screen showing no alcohol',
      'Result showing no drugs',
    ]) {
      expect(found({ measure })).toEqual([]);
    }
    expect(found({ outcome: "Mum stays sober when she has the boys, shown by Dad's negative saliva tests." })).toEqual(
      [],
    );
    expect(
      found({ outcome: "Mum stays sober when she has the boys, shown  by  Dad's  negative saliva tests." }),
    ).toEqual([]);
    expect(found({ action: "Mum's mood is shown by her diary; Mum to give clear urine tests by June." })).toEqual([
      'clear urine tests',
    ]);
    expect(found({ action: 'Dad will give clean saliva tests on days he has Mia.' })).toEqual([]);
    expect(found({ action: 'Dad will give clean saliva tests on  the  days he has Mia.' })).toEqual([]);
    expect(found({ action: 'Dad will give clean saliva tests before  each contact.' })).toEqual([]);
    // A time of care before the test is not one it is held to.
    expect(found({ action: 'During the summer Dad will give clear urine tests by June.' })).toEqual([
      'clear urine tests',
    ]);
  });

  it('looks for a condition in the clause before a clear test, however long the cell', () => {
    const cell =
      'If Mum gives clear urine tests for 8 weeks, overnight stays will start, with Gran there for the first two nights, the social worker visiting on the Saturday morning, and a look at how it went at the core group on the following Tuesday afternoon at the family centre.';
    expect(seen('unrealistic', { outcome: cell })).toEqual([]);
  });

  it('lets someone else pay a whole debt off: a grant, a fund, a write-off, debt relief', () => {
    for (const who of [
      'with a grant',
      'from the welfare fund',
      'unless it is written off',
      'unless it is written  off',
      'if the council will write off part',
      'if the council will write  off part',
      'through debt relief',
      'through debt  relief',
    ]) {
      expect(
        seen('unrealistic', { outcome: `Kim will pay off all £2,500 of her debts within 6 weeks ${who}.` }),
      ).toEqual([]);
    }
  });

  it('reads money a fortnight or a month as money a week', () => {
    const quotes = (need: string, outcome: string) => seen('unrealistic', { need, outcome }).map((f) => f.quote);
    expect(quotes('Kim has £200 a fortnight left.', 'Kim will pay off all £700 of her debts within 6 weeks.')).toEqual([
      'pay off',
    ]);
    expect(quotes('Kim has £200 a fortnight left.', 'Kim will pay off all £500 of her debts within 6 weeks.')).toEqual(
      [],
    );
    expect(quotes('Kim has £520 a month left.', 'Kim will pay off all £800 of her debts within 6 weeks.')).toEqual([
      'pay off',
    ]);
    expect(quotes('Kim has £520 a month left.', 'Kim will pay off all £700 of her debts within 6 weeks.')).toEqual([]);
  });

  it('keeps to the money the row names when it names some', () => {
    const row = {
      need: 'Kim has £500 a week left after rent.',
      outcome: 'Kim will pay off all £2,500 of her debts within 6 weeks.',
    };
    expect(seen('unrealistic', row)).toEqual([]);
  });
});
