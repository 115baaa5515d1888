// Rows timed the way schools and written agreements time them (the fifth and sixth cold sets, in our own
// words): a term, a key stage, the plan's own meetings, the life of the agreement, every session, a dose, a
// duration in the When column; "TBC" is no timescale yet, "until further notice" an open one.
import { ruleTester, seen } from './ruleTester';

/** A task with no time of its own. */
const TASK = 'Miss Dale (TA) to make Finn a visual timetable.';

const row = (when: string, action = 'Miss Dale (TA) to go through the visual timetable with Finn each morning.') => ({
  outcome: 'Finn will start his morning work on his own on at least 4 days a week.',
  action,
  owner: 'Miss Dale',
  when,
});

describe('timescales in school and plan terms', () => {
  ruleTester('no-timescale', {
    flagged: [
      { cells: row('TBC', TASK), role: 'when', message: '"TBC" is not a date yet' },
      { cells: row('to be agreed', TASK) },
      // "Spring" as a word, and a duration that is someone's age, time nothing.
      { cells: { action: 'Nan to take Rio to the Spring Gardens play park.', owner: 'Nan' } },
      { cells: { action: 'Mum to bring Baby Ava, who is 6 weeks old, to the clinic.', owner: 'Mum' } },
    ],
    clean: [
      { cells: row('Summer term') },
      { cells: row('Spring 2') },
      { cells: row('Autumn 2027') },
      { cells: row('By the end of KS2') },
      { cells: row('Post-16') },
      { cells: row('Class teacher – next meeting') },
      { cells: row('Until the review') },
      { cells: row('Check at the next team around the child meeting') },
      { cells: row('For the length of the agreement') },
      { cells: row('8 weeks') },
      { cells: row('Every swimming lesson') },
      { cells: row('All sessions') },
      {
        cells: {
          outcome: 'By the next EHCP review Finn will write his name and the date without help.',
          action_owner_when: 'Handwriting group 2 x 20 mins a week, run by Miss Dale.',
        },
      },
      { cells: { action: 'Mrs Cole to ring Dad after each family time session.', owner: 'Mrs Cole' } },
      { cells: { action: 'Physio exercises with Dad.', owner_when: 'Dad – 6 weeks' } },
      // A time on a line of its own after a list is for every step in it.
      {
        cells: {
          action_owner_when:
            '- Ruby to pack her PE kit the night before\n- Ruby to hand her reading book in on Mondays\n- Ruby to bring her water bottle to school\n(Ruby and Mum, all by half term)',
        },
      },
    ],
  });

  it('gives the fix for a date still to set as a whole When cell', () => {
    expect(seen('no-timescale', row('TBC', TASK)).map((f) => f.fix)).toEqual([
      { kind: 'replace-cell', text: 'By [dd/mm/yyyy]' },
    ]);
  });
});

describe('open timescales: going on with no end, or waiting on no date', () => {
  ruleTester('open-timescale', {
    flagged: [
      { cells: { action: 'Respite at the weekend to continue until further notice.', owner: 'Short breaks team' } },
      {
        cells: { action: 'Key worker to be allocated when available.', owner: 'Team manager' },
        quote: 'when available',
      },
      { cells: { action: 'Dad to keep the gate locked.', owner_when: 'Dad, all the time' }, quote: 'all the time' },
      { cells: { action: 'Grief counselling for Mia.', owner_when: 'Hospice team, when a space comes up' } },
      { cells: { action: 'Mum to tell Ruby about the move.', owner: 'Mum', when: 'when she feels ready' } },
    ],
    clean: [
      { cells: row('TBC', TASK) },
      { cells: row('when he starts nursery') },
      {
        cells: {
          action: 'Nan to ring the police straight away when Dad turns up drunk.',
          owner: 'Nan',
          when: 'From 04/01/2027',
        },
      },
      {
        cells: {
          outcome: 'Jade will be with a sober adult at all times when Mum has been drinking.',
          action: 'Nan to have Jade overnight whenever Mum has been drinking, from 04/01/2027.',
          owner: 'Nan',
        },
      },
    ],
  });
});

describe("how often the child will do something is the change sought, not the work's timescale", () => {
  ruleTester('no-timescale', {
    flagged: [
      {
        cells: {
          outcome: 'Leo will use his brown inhaler twice a day.',
          action: 'Dad to collect the new inhaler from the chemist.',
          owner_when: 'Dad',
        },
        role: 'action',
      },
    ],
    clean: [
      {
        cells: {
          outcome: 'By 28/02/2027 Leo will use his brown inhaler twice a day.',
          action: 'Dad to collect the new inhaler from the chemist.',
          owner_when: 'Dad',
        },
      },
      {
        cells: {
          outcome: 'Leo will use his brown inhaler twice a day.',
          action: 'Dad to check the inhaler chart with Leo every Sunday.',
          owner_when: 'Dad',
        },
      },
    ],
  });
});
