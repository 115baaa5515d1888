// The too-many-actions rule pinned down: seven actions in one action cell is too many and six is not; a
// sentence of fewer than three words is not an action; only action cells are counted. The message gives the
// count. Asserted so that `npm run mutation:rule -- tooManyActions` finds a change to any of it.
import { ACTIONS_PER_ROW_LIMIT } from '../../src/engine/rules/tooManyActions';
import { listedAs, seen } from './ruleTester';

const tasks = (n: number) => Array.from({ length: n }, (_, i) => `Mum to do task ${i + 1}.`).join(' ');

describe('too-many-actions', () => {
  it('is listed as an achievable and realistic (A, R) warning, with a limit of seven a cell', () => {
    expect(listedAs('too-many-actions')).toEqual({
      code: 'too-many-actions',
      letters: ['A', 'R'],
      severity: 'warning',
      title: 'Too many actions at once',
    });
    expect(ACTIONS_PER_ROW_LIMIT).toBe(7);
  });

  it('flags seven actions in one cell, quoting the cell and giving the count', () => {
    expect(seen('too-many-actions', { outcome: 'Ava is well.', action_owner_when: tasks(7) })).toEqual([
      {
        rule: 'too-many-actions',
        letters: ['A', 'R'],
        severity: 'warning',
        role: 'action_owner_when',
        column: 1,
        quote: tasks(7),
        start: 0,
        message:
          'This cell asks for 7 things at once, which can overwhelm a family. Keep the few that matter most now; the rest can follow at review.',
        fix: undefined,
      },
    ]);
    expect(
      seen('too-many-actions', { action: tasks(9), owner: 'Mum', when: 'By 01/05/25' }).map((f) => f.message),
    ).toEqual([expect.stringMatching(/^This cell asks for 9 things at once/)]);
  });

  it('lets off six actions, and does not count a sentence of two words, however it is spaced', () => {
    expect(seen('too-many-actions', { action_owner_when: tasks(6) })).toEqual([]);
    expect(seen('too-many-actions', { action_owner_when: `Go now. Ring  Mum. ${tasks(6)}` })).toEqual([]);
  });

  it('counts a sentence of three words as an action', () => {
    expect(seen('too-many-actions', { action_owner_when: `Ring Mum today. ${tasks(6)}` })).toHaveLength(1);
  });

  it('counts action and outcome cells (a list of targets in one outcome, cold6), not who-and-when or measure', () => {
    expect(seen('too-many-actions', { owner_when: tasks(8), measure: tasks(8) })).toEqual([]);
    expect(seen('too-many-actions', { outcome: tasks(8), owner_when: tasks(8) }).map((f) => f.role)).toEqual([
      'outcome',
    ]);
  });

  it("counts a comma list's last task joined by 'and', and tasks that start with finish, end, give or be (cold4)", () => {
    const action =
      "Dad to attend parenting, finish the AIM parents' sessions, get a bigger house, find a job with school hours, pay off the catalogue debt, go to the GP about his back, do the online safety course and take both children to all appointments";
    expect(seen('too-many-actions', { action })).toEqual([
      {
        rule: 'too-many-actions',
        letters: ['A', 'R'],
        severity: 'warning',
        role: 'action',
        column: 0,
        quote: action,
        start: 0,
        message:
          'This cell asks for 8 things at once, which can overwhelm a family. Keep the few that matter most now; the rest can follow at review.',
        fix: undefined,
      },
    ]);
    expect(
      seen('too-many-actions', {
        action:
          'Mikey to go to school, go to YOT, see the drug worker, do his reparation hours, go to boxing, be home by 9pm and meet his mentor',
      }).map((f) => f.message.slice(0, 28)),
    ).toEqual(['This cell asks for 7 things ']);
    // "and" inside one task, with no list of tasks around it, is not another task.
    expect(seen('too-many-actions', { action: 'Mum and Dad to take and collect Ava from school every day' })).toEqual(
      [],
    );
  });
});
