// The unrealistic rule pinned down: stopping drinking all at once, "no further incidents" and "at all times",
// and straight to 100%. The edges are asserted: 100% from exactly 75% is let off and from 74% is not, interim
// steps let it off, a plan for when it goes wrong lets off "at all times" and stopping drinking, one finding a
// cell, and the columns it reads. So `npm run mutation:rule -- unrealistic` finds a change to any of it.
import { listedAs, seen } from './ruleTester';

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
