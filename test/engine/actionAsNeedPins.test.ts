// The action-as-need rule pinned down: a service named in the need column, quoted from where it starts, with
// its id, letter, severity and message; the same words in another column are not its business. Asserted so
// that `npm run mutation:rule -- actionAsNeed` finds a change to any of it.
import { listedAs, seen } from './ruleTester';

describe('action-as-need', () => {
  it('is listed as a specific (S) warning', () => {
    expect(listedAs('action-as-need')).toEqual({
      code: 'action-as-need',
      letters: ['S'],
      severity: 'warning',
      title: 'A service written as a need',
    });
  });

  it('flags a referral written in the need column, and only there', () => {
    expect(
      seen('action-as-need', {
        outcome: 'Ava needs a referral to CAMHS.',
        need: 'Ava needs a referral to CAMHS.',
      }),
    ).toEqual([
      {
        rule: 'action-as-need',
        letters: ['S'],
        severity: 'warning',
        role: 'need',
        column: 1,
        quote: 'needs a referral',
        start: 4,
        message:
          'This names a service, which is an action rather than a need, and the family may not know what the service does. Say what is happening for the child that it should help with, and move the referral to the actions.',
        fix: undefined,
      },
    ]);
  });

  it('leaves alone a need that says what is happening for the child', () => {
    expect(seen('action-as-need', { need: 'Ava wets the bed most nights.' })).toEqual([]);
  });
});

describe('action-as-need, a service as one item of what is needed (cold3)', () => {
  const quotes = (need: string) => seen('action-as-need', { need }).map((f) => [f.quote, f.start]);

  it('finds the service wherever it stands in the list', () => {
    expect(quotes('Family need IFSS and a referral to Families First')).toEqual([['need IFSS and a referral', 7]]);
    expect(quotes('Abdi needs a solicitor and an age assessment')).toEqual([['needs a solicitor', 5]]);
    expect(quotes('Teddy needs a funded nursery place and Portage')).toEqual([['needs a funded nursery place', 6]]);
    expect(quotes('Uncle Dev needs kinship allowance & a support group')).toEqual([
      ['needs kinship allowance & a support group', 10],
    ]);
  });

  it('finds a placement asked for, and a service said to be required', () => {
    expect(quotes('Demi needs to be accommodated under s20 or put in a B&B')).toEqual([
      ['needs to be accommodated', 5],
    ]);
    expect(quotes('Parenting assessment required')).toEqual([['assessment required', 10]]);
  });

  it('leaves alone a need that only mentions a service, or what the child needs to do', () => {
    expect(quotes('The CAMHS waiting list is 18 weeks and Zoe has no one to talk to about her panic attacks')).toEqual(
      [],
    );
    expect(quotes('Kai needs to understand why the assessment is happening')).toEqual([]);
    expect(quotes('Sam needs a safe place to sleep')).toEqual([]);
  });

  it('finds a worker, short breaks or transport as what is needed, and a referral said to be needed (cold4)', () => {
    const MESSAGE =
      'This names a service, which is an action rather than a need, and the family may not know what the service does. Say what is happening for the child that it should help with, and move the referral to the actions.';
    expect(seen('action-as-need', { need: 'Dexter requires SEN transport to and from school.' })).toEqual([
      {
        rule: 'action-as-need',
        letters: ['S'],
        severity: 'warning',
        role: 'need',
        column: 0,
        quote: 'requires SEN transport',
        start: 7,
        message: MESSAGE,
        fix: undefined,
      },
    ]);
    const quoted = (need: string) => seen('action-as-need', { need }).map((f) => f.quote);
    expect(quoted('Family would benefit from a Family Help lead practitioner.')).toEqual([
      'would benefit from a Family Help lead practitioner',
    ]);
    expect(quoted('Dexter needs overnight short breaks at Maple Lodge.')).toEqual(['needs overnight short breaks']);
    expect(quoted('Referral into Family Help needed due to concerns at home.')).toEqual([
      'Referral into Family Help needed',
    ]);
    expect(quoted('Mum needs to get to the hospital twice a week and has no car.')).toEqual([]);
  });
});
