// The deadline-due rule pinned down: a deadline that fell due between the plan's date and today is a question
// for the review, at info severity and with no SMART letter. The edges are asserted (due today, due on the plan
// date, before the plan date, no today), so that `npm run mutation:rule -- deadlineDue` finds a change to them.
import { listedAs, seen } from './ruleTester';

const row = (when: string) => ({ action: 'Mum to take Ava to the GP.', owner: 'Mum', when });
const DUE_10_JUNE = {
  rule: 'deadline-due',
  letters: [],
  severity: 'info',
  role: 'when',
  column: 2,
  quote: '10/06/25',
  start: 3,
  message: 'This was due on 10/06/2025. At the review, ask whether it was done, and agree what happens next.',
  fix: undefined,
};

describe('deadline-due', () => {
  it('is listed as a review question (info, no letter)', () => {
    expect(listedAs('deadline-due')).toEqual({
      code: 'deadline-due',
      letters: [],
      severity: 'info',
      title: 'Deadlines passed since the plan: was it done?',
    });
  });

  it('asks at the review about a deadline that has passed since the plan, in the column it is written in', () => {
    expect(seen('deadline-due', row('By 10/06/25'), { today: '2025-06-20', planDate: '2025-03-01' })).toEqual([
      DUE_10_JUNE,
    ]);
  });

  it('asks about a deadline due on the plan date itself once it has passed', () => {
    expect(seen('deadline-due', row('By 10/06/25'), { today: '2025-06-11', planDate: '2025-06-10' })).toEqual([
      DUE_10_JUNE,
    ]);
  });

  it('asks when the plan date is not known', () => {
    expect(seen('deadline-due', row('By 10/06/25'), { today: '2025-06-11' })).toEqual([DUE_10_JUNE]);
  });

  it('does not ask about a deadline due today, or one before the plan date (past-deadline says that)', () => {
    expect(seen('deadline-due', row('By 10/06/25'), { today: '2025-06-10', planDate: '2025-03-01' })).toEqual([]);
    expect(seen('deadline-due', row('By 10/06/25'), { today: '2025-06-20', planDate: '2025-06-11' })).toEqual([]);
  });

  it('does not ask without today, nor about a start date ("from")', () => {
    expect(seen('deadline-due', row('By 10/06/25'), { planDate: '2025-03-01' })).toEqual([]);
    expect(
      seen('deadline-due', row('Every week from 01/04/25'), { today: '2025-06-20', planDate: '2025-03-01' }),
    ).toEqual([]);
  });
});
