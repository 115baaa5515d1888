// What a time does not do (the fifth and sixth cold sets, in our own words): a When cell says when to look, not
// what will be seen, so it does not make a standard someone judges countable, nor carry a state of mind; and
// "often" describing something ("the times he most often gets upset") is not the row's frequency.
import { ruleTester } from './ruleTester';

describe('a time says when to look, not what will be seen', () => {
  ruleTester('no-measure', {
    flagged: [
      { cells: { action: 'Dad will behave appropriately at handover.', owner: 'Dad', when: 'Every handover' } },
      { cells: { action: 'Dad will keep the flat clean and tidy.', owner: 'Dad', when: 'Every Friday' } },
      {
        cells: {
          outcome: 'Tyler to be more aware of online risks.',
          action: 'Online safety sessions with Mr Reid (youth worker).',
          owner: 'Mr Reid',
          when: 'Summer term',
        },
      },
    ],
    clean: [
      {
        cells: {
          action: 'Dad will hand Ellie over at the school gate at 3.15pm.',
          owner: 'Dad',
          when: 'Every handover',
        },
      },
      // With no action, the When is the outcome's own: registered by that day, or not.
      { cells: { outcome: 'Registered with the dentist', owner: 'Carer (Jo)', when: '12/3/27' } },
    ],
  });

  ruleTester('vague', {
    flagged: [
      {
        cells: {
          outcome: 'Tyler to be more aware of online risks.',
          action: 'Online safety sessions with Mr Reid (youth worker).',
          owner: 'Mr Reid',
          when: 'Summer term',
        },
        quote: 'be more aware of online risks',
      },
      { cells: { action: 'Mum to ring the school often.', owner: 'Mum' }, quote: 'often' },
    ],
    clean: [
      {
        cells: {
          action:
            'Mrs Grey (SENCo) to write down the 3 times of day when Finn most often gets upset, and share them with Mum by 12/02/2027.',
        },
      },
    ],
  });
});

describe('a time in the cell that holds the work counts no more than a When cell', () => {
  ruleTester('no-measure', {
    flagged: [
      {
        cells: {
          outcome: 'Grandad will drink less.',
          action_owner_when: 'Grandad to engage with the alcohol team - review at next CIN.',
        },
      },
      {
        cells: {
          outcome: 'Mum will demonstrate insight into how the arguments affect Jack.',
          action: 'Mum to complete work with the family support worker around the arguments.',
          owner: 'Family support worker',
          when: 'Before the birth',
        },
      },
    ],
    clean: [
      {
        cells: {
          outcome: 'Grandad will have no more than 2 drinks on the days he has Jack.',
          action_owner_when: 'Grandad to see the alcohol team every Tuesday - check at next CIN.',
        },
      },
    ],
  });

  ruleTester('vague', {
    flagged: [
      {
        cells: {
          outcome: 'Amira will make healthy choices about food.',
          action: 'School nurse to offer healthy eating advice.',
          owner: 'School nurse',
          when: 'next IHA',
        },
      },
    ],
    clean: [
      {
        cells: {
          outcome: 'Amira will eat a portion of fruit or vegetables at lunch on 4 of 5 school days.',
          action: 'School nurse to go through the lunchbox planner with Amira and Mum on 12/01/2027.',
          owner: 'School nurse',
          when: 'next IHA',
        },
      },
    ],
  });
});
