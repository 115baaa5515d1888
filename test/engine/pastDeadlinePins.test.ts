// The past-deadline rule pinned down: a deadline before the plan's date, and the edges: a deadline on the plan
// date, a start date ("from") before it, and no plan date at all. Message, column, quote, rule id, letter and
// severity are asserted, so that `npm run mutation:rule -- pastDeadline` finds a change to any of them.
import { listedAs, seen } from './ruleTester';

const PLAN_DATE = { planDate: '2025-03-01' };
const row = (when: string, action = 'Mum to take Ava to the GP.') => ({ action, owner: 'Mum', when });

describe('past-deadline', () => {
  it('is listed as a timely (T) warning', () => {
    expect(listedAs('past-deadline')).toEqual({
      code: 'past-deadline',
      letters: ['T'],
      severity: 'warning',
      title: 'Deadline already passed',
    });
  });

  it('flags a deadline before the plan date in the column it is written in, and offers a new date', () => {
    expect(seen('past-deadline', row('By 28/02/25'), PLAN_DATE)).toEqual([
      {
        rule: 'past-deadline',
        letters: ['T'],
        severity: 'warning',
        role: 'when',
        column: 2,
        quote: '28/02/25',
        start: 3,
        message: "28/02/25 is before the plan's date, so this deadline has already passed. Agree a new date.",
        fix: { kind: 'replace-span', text: '[new date, dd/mm/yyyy]' },
      },
    ]);
  });

  it('lets off a deadline on the plan date itself', () => {
    expect(seen('past-deadline', row('By 01/03/25'), PLAN_DATE)).toEqual([]);
  });

  it('lets off a start date before the plan date: "from" is when it began, not a deadline', () => {
    expect(seen('past-deadline', row('Every week from 01/02/25 to 30/04/25'), PLAN_DATE)).toEqual([]);
  });

  it('says nothing when the plan date is not known or not a date', () => {
    expect(seen('past-deadline', row('By 01/02/25'))).toEqual([]);
    expect(seen('past-deadline', row('By 01/02/25'), { planDate: 'March' })).toEqual([]);
  });
});
