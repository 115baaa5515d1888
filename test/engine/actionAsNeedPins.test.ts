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
