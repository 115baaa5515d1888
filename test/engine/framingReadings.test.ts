// Readings of negation, absolutes and long lists learnt from the fifth and sixth cold sets, pinned as a
// user would see them: the rows flagged (role, quote, message) and the traps that must stay clean. The rows
// are written here in their own words, not copied from the cold sets.
import { checkRow } from '../../src/engine';
import { ruleTester } from './ruleTester';

const NEGATIVE = { rule: 'negative-framing', letters: ['R' as const], severity: 'warning' as const };
const POSITIVE_GOAL = 'Families respond better to a positive goal';

describe('negation as the goal in forms other than "will not" and "stop" (cold5, cold6)', () => {
  ruleTester('negative-framing', {
    meta: NEGATIVE,
    flagged: [
      {
        cells: { outcome: 'Callum will no longer be rough sleeping by the end of May.' },
        role: 'outcome',
        quote: 'no longer be rough sleeping',
        message: POSITIVE_GOAL,
      },
      {
        cells: { outcome: 'Maisie will no longer have outbursts in the playground.' },
        role: 'outcome',
        quote: 'no longer have outbursts',
      },
      {
        cells: { outcome: 'Theo will never get a detention in maths.' },
        role: 'outcome',
        quote: 'will never get',
      },
      {
        cells: { outcome: 'Dad will not miss any more of the contact sessions.' },
        role: 'outcome',
        quote: 'not miss any more of',
      },
      {
        cells: { outcome: 'Jade will have no contact with the older boys from the park.' },
        role: 'outcome',
        quote: 'will have no contact',
      },
      {
        cells: { action: 'There will be no rubbish bags left in the hallway.', owner: 'Mr Price', when: 'by 1/3/27' },
        role: 'action',
        quote: 'no rubbish',
      },
      {
        cells: { action: 'No friends will be allowed upstairs after 10pm.', owner: 'Mrs Akhtar', when: 'from 4/1/27' },
        role: 'action',
        quote: 'No friends will be allowed',
      },
      {
        cells: { outcome: 'Ellie will not be allowed out on school nights.' },
        role: 'outcome',
        quote: 'not be allowed out',
      },
      {
        cells: {
          action: 'We will not:\n- shout at each other\n- slam doors\n- leave the baby alone',
          owner: 'Mr and Mrs Grant',
          when: 'from signing on 3/2/27',
        },
        role: 'action',
        quote: 'will not:',
      },
      {
        // A ban at the end of a to-do list is still a ban: the "will" at its head names nothing instead of it.
        cells: {
          action: 'Dad will wash up after tea, put the bins out on Monday and not have Lee at the flat.',
          owner: 'Dad',
          when: 'by 1/4/27',
        },
        role: 'action',
        quote: 'not have Lee at the flat',
      },
      {
        // In the action column, stopping a drug names no step to take, as well as being all at once.
        cells: { action: 'Dad will give up cannabis straight away.', owner: 'Dad', when: 'by 8/1/27' },
        role: 'action',
        quote: 'give up cannabis',
      },
    ],
    clean: [
      { cells: { outcome: 'Jack will no longer have to share a bedroom with his brother by the summer.' } },
      { cells: { outcome: 'If Mum has not heard from Kai by 9pm, she will ring the police.' } },
      { cells: { outcome: 'Ava will leave at 8.15 so she is not late for registration.' } },
      { cells: { outcome: 'Mum will ring if Dad will not be allowed to collect the children.' } },
      { cells: { outcome: 'There will be no more than 2 visitors at the flat at any time.' } },
      { cells: { outcome: 'Dad will not have any more than 4 units on a contact day.' } },
      { cells: { outcome: 'There will be no need for a child protection plan after the review.' } },
      { cells: { outcome: 'Gran has had no contact with Dad since 2025; she will take Ella to school each day.' } },
      {
        cells: {
          outcome: 'The family will have a budget for the bills, meaning they will no longer be using payday loans.',
        },
      },
      { cells: { outcome: 'Mum will stop drinking alcohol.' }, count: 0 },
      { cells: { outcome: 'Dad will not shout; Gran will sit with the children at bedtime.' } },
    ],
  });

  it('leaves a drug given up in the outcome to the unrealistic rule alone, as the guidance does', () => {
    const codes = checkRow({ outcome: 'Mum will give up cannabis.' }).map((f) => f.code);
    expect(codes).toContain('unrealistic');
    expect(codes).not.toContain('negative-framing');
  });
});

describe('all or nothing: never, not again, flawless, and targets beyond the baseline the row states (cold5, cold6)', () => {
  ruleTester('unrealistic', {
    meta: { rule: 'unrealistic', letters: ['A', 'R'], severity: 'warning' },
    flagged: [
      {
        cells: { outcome: 'Riley will not walk out of lessons again.' },
        role: 'outcome',
        quote: 'will not walk out of lessons again',
        message: 'No family can promise that nothing will ever happen again',
      },
      {
        cells: { outcome: "Zara won't get any more red cards this term." },
        role: 'outcome',
        quote: "won't get any more red",
      },
      {
        cells: { outcome: 'Ollie will tidy his room daily and never leave food in it.' },
        role: 'outcome',
        quote: 'and never leave',
      },
      {
        cells: { outcome: 'The bathroom to be immaculate from this weekend.', owner_when: 'Mr Hill, from 6/3/27' },
        role: 'outcome',
        quote: 'immaculate',
        message: 'No one gets something perfect every day',
      },
      {
        // None at all, from several a day.
        cells: {
          need: 'Finn kicks out at his brother 3 or 4 times a day.',
          outcome: 'Finn will not kick his brother.',
        },
        role: 'outcome',
        quote: 'will not kick',
        message: 'Going from several times a day or a week to never',
      },
      {
        cells: {
          need: 'Ms Reid owes £2,600 on her council tax and has £30 a week spare.',
          action: 'Ms Reid to pay off the debt within 6 weeks.',
        },
        role: 'action',
        quote: 'pay off',
        message: 'more than the money the plan says there is',
      },
      {
        cells: {
          need: 'Ayla is in Year 6 and writes at about a Year 2 level.',
          outcome: 'Ayla will write at the expected standard by Easter.',
        },
        role: 'outcome',
        quote: 'expected standard',
        message: 'Catching up several school years at once',
      },
    ],
    clean: [
      { cells: { outcome: 'If Riley does not come back again by 9pm, his carer will ring the police.' } },
      { cells: { outcome: 'Leo will live with his aunt so that he does not have to change school again.' } },
      { cells: { outcome: 'Mia will not have to move again before her exams.' } },
      { cells: { outcome: 'Cruz will get no more than 2 red cards a week by half term.' } },
      { cells: { outcome: 'Dad will not have any more than 4 units on a contact day.' } },
      { cells: { outcome: 'Jo will not be sent out again more than once a week by half term.' } },
      {
        cells: {
          need: 'Finn kicks out at his brother most days.',
          outcome: 'Finn will keep his feet to himself at tea.',
        },
      },
      {
        cells: {
          need: 'Ms Reid owes £600 on her council tax and has £30 a week spare.',
          action: 'Ms Reid to pay off the debt within 6 months at £25 a week.',
        },
      },
      {
        cells: {
          need: 'Ms Reid owes £2,600 and has £30 a week spare.',
          action: 'Ms Reid to pay £20 a week towards the debt from 1/3/27.',
        },
      },
      {
        cells: {
          need: 'Ms Reid owes £2,600 and has £30 a week spare.',
          outcome: 'Ms Reid will pay £20 a week from 1/3/27, clearing the debt by the end of 2029.',
        },
      },
      {
        cells: {
          need: 'Ayla is in Year 6 and writes at about a Year 3 level.',
          outcome: 'Ayla will go up one writing band by Easter and reach the expected standard by the end of Year 8.',
        },
      },
      {
        cells: {
          need: 'Ayla is in Year 3 and writes at about a Year 2 level.',
          outcome: 'Ayla will write at the expected standard by the summer.',
        },
      },
    ],
  });
});

describe('too many actions: a list numbered inline, and a list of targets in one outcome sentence (cold5, cold6)', () => {
  ruleTester('too-many-actions', {
    meta: { rule: 'too-many-actions', letters: ['A', 'R'], severity: 'warning' },
    flagged: [
      {
        cells: {
          action:
            'Goals: 1) spelling 2) tables 3) reading log 4) swimming badge 5) tidy bedroom 6) bus pass 7) library card',
          owner: 'Carer',
          when: 'By the next review',
        },
        role: 'action',
        message: 'This cell asks for 7 things at once',
      },
      {
        cells: {
          outcome:
            'By July Noor will: wash her hair, share toys with her sister, eat with the family, sit for a story, wear her glasses, sleep in her own bed and change for bed on her own.',
        },
        role: 'outcome',
        message: 'This cell asks for 7 things at once',
      },
    ],
    clean: [
      {
        cells: {
          outcome: 'Noor will eat breakfast, lunch and tea at the table with the family on 5 days a week by July.',
          action: 'Mum will buy bread, milk, eggs, cheese, apples, butter and jam for the week on Saturdays.',
          owner: 'Mum',
          when: 'Weekly from 6/3/27',
        },
      },
      {
        cells: {
          action: 'Carer to take Ellis to 2 swimming lessons a week (Tue and Thu) and 1 reading session.',
          owner: 'Carer',
          when: 'From 1/3/27',
        },
      },
    ],
  });
});

describe('a long to-do list is read item by item, and all of it in a few weeks is all at once (cold5, cold6)', () => {
  const list =
    'Dad will make the packed lunches, walk Sol to school for 8:45, cook tea on weekdays, go to the GP about his sleep, engage with the alcohol service, bath the twins on Sundays and not have Kev at the flat.';

  ruleTester('vague', {
    flagged: [
      {
        cells: { action: list, owner: 'Dad', when: 'By the review on 3/5/27' },
        role: 'action',
        quote: 'engage with',
        message: '"engage with" does not say what will be done',
      },
    ],
    clean: [
      {
        cells: {
          action:
            'Dad will make the packed lunches, walk Sol to school for 8:45, cook tea on weekdays, bath the twins on Sundays and read with Sol at bedtime.',
          owner: 'Dad',
          when: 'From 1/3/27',
        },
      },
    ],
  });

  it('still reports the ban and the vague item once the list is too long', () => {
    const codes = checkRow({ action: list, owner: 'Dad', when: 'By the review on 3/5/27' }).map((f) => [
      f.code,
      f.quote,
    ]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['vague', 'engage with'],
        ['negative-framing', 'not have Kev at the flat'],
        ['too-many-actions', list],
      ]),
    );
  });

  ruleTester('unrealistic', {
    flagged: [
      {
        cells: { action: `Within 3 weeks ${list}`, owner: 'Dad' },
        role: 'action',
        message: 'This is a lot to do in a few weeks',
      },
    ],
    clean: [
      { cells: { action: list, owner: 'Dad', when: 'By the review on 3/5/27' } },
      { cells: { action: 'Within 3 weeks Dad will book the GP and ring the alcohol service.', owner: 'Dad' } },
    ],
  });
});
