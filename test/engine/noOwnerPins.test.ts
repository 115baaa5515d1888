// The no-owner rule pinned down: an empty owner cell, an owner that is everyone ("All"), an action with no one
// named in a row with no owner column, passive tasks whose only people are companions ("written with Ellis"),
// and a lone instruction ("Ensure ...") with no action columns. Messages, fixes, column and quote are asserted,
// and what lets each off, so that `npm run mutation:rule -- noOwner` finds a change to any of it.
import { listedAs, seen } from './ruleTester';

const META = { rule: 'no-owner', letters: ['S', 'A'], severity: 'warning' };
const NAME_THEM = { kind: 'replace-cell', text: '[Name] ([role])' };
const WHO_WILL_DO_IT =
  'This does not say who will do it. Name the person and their role, or the family member, for each action.';
const GP = 'Take Ava to the GP.';
const BY = 'By 01/05/25';

describe('no-owner', () => {
  it('is listed as a specific and achievable (S, A) warning', () => {
    expect(listedAs('no-owner')).toEqual({
      code: 'no-owner',
      letters: ['S', 'A'],
      severity: 'warning',
      title: 'Nobody named as responsible',
    });
  });

  it('asks who, in an empty owner cell beside an action', () => {
    expect(seen('no-owner', { action: GP, owner: '', when: BY })).toEqual([
      {
        ...META,
        role: 'owner',
        column: 1,
        quote: '',
        start: 0,
        message: 'No one is named as responsible for this. Who will do it?',
        fix: NAME_THEM,
      },
    ]);
    expect(seen('no-owner', { action: GP, owner: '   ', when: BY }).map((f) => f.message)).toEqual([
      'No one is named as responsible for this. Who will do it?',
    ]);
  });

  it('says an owner of "All" or "Everyone" is no one, quoting it without its spaces', () => {
    expect(seen('no-owner', { action: GP, owner: ' Everyone ', when: BY })).toEqual([
      {
        ...META,
        role: 'owner',
        column: 1,
        quote: 'Everyone',
        start: 1,
        message: '"Everyone" is everyone and so no one. Name the person or family member who will do it.',
        fix: NAME_THEM,
      },
    ]);
    expect(seen('no-owner', { action: '', owner: 'All', when: BY }).map((f) => f.message)).toEqual([
      '"All" is everyone and so no one. Name the person or family member who will do it.',
    ]);
  });

  it('lets off an owner cell naming someone, and an empty owner with nothing to do', () => {
    expect(seen('no-owner', { action: GP, owner: 'Mum', when: BY })).toEqual([]);
    expect(seen('no-owner', { action: '', owner: '', when: BY })).toEqual([]);
    expect(seen('no-owner', { action: '', owner: '  ', when: BY })).toEqual([]);
  });

  it('with no owner column, asks who of passive tasks whose only person is a companion', () => {
    expect(seen('no-owner', { action_owner_when: 'Safety plan to be written with Ellis by 01/05/25.' })).toEqual([
      {
        ...META,
        role: 'action_owner_when',
        column: 0,
        quote: 'Safety plan to be written with Ellis by 01/05/25.',
        start: 0,
        message: WHO_WILL_DO_IT,
        fix: { kind: 'append', text: ' [Name and role] will do this.' },
      },
    ]);
    expect(
      seen('no-owner', { when: BY, action: 'Safety plan to be shared with the police.' }).map((f) => [
        f.role,
        f.column,
      ]),
    ).toEqual([['action', 1]]);
  });

  it('asks who in a who-and-when cell of passive tasks', () => {
    expect(
      seen('no-owner', {
        outcome: 'Ava is safe.',
        owner_when: 'Safety plan to be written with Ellis by 01/05/25.',
      }).map((f) => [f.role, f.column, f.message]),
    ).toEqual([['owner_when', 1, WHO_WILL_DO_IT]]);
  });

  it.each([
    'Safety plan to be written with  Ellis by 01/05/25.',
    'Safety plan to be shared with the  police by 01/05/25.',
    'Safety plan to be shared with  the police by 01/05/25.',
    'Safety plan to be written with his dad by 01/05/25.',
    'Safety plan to be written with his  dad by 01/05/25.',
    'Safety plan to be written with her  gran by 01/05/25.',
    'Safety plan to be written with their  gran by 01/05/25.',
  ])('reads the companion in %j however it is spaced', (action_owner_when) => {
    expect(seen('no-owner', { action_owner_when }).map((f) => f.message)).toEqual([WHO_WILL_DO_IT]);
  });

  it('lets off passive tasks once someone in them, or in another action cell, is the one who acts', () => {
    expect(
      seen('no-owner', {
        action_owner_when:
          'Safety plan to be written with Ellis and checked by Priya Shah (social worker) by 01/05/25.',
      }),
    ).toEqual([]);
    expect(
      seen('no-owner', {
        action: 'Safety plan to be written with Ellis.',
        action_owner_when: 'Priya Shah (social worker) to visit by 01/05/25.',
      }),
    ).toEqual([]);
  });

  it('with no owner column, lets off an action naming who does it, and a row with nothing to do', () => {
    expect(seen('no-owner', { action: 'Mum to take Ava to the GP.', when: BY })).toEqual([]);
    expect(seen('no-owner', { action: '  ', when: BY })).toEqual([]);
  });

  it('asks who of a lone instruction when there are no action columns', () => {
    expect(seen('no-owner', { outcome: 'Ensure there are no further incidents.' })).toEqual([
      {
        ...META,
        role: 'outcome',
        column: 0,
        quote: 'Ensure there are no further incidents.',
        start: 0,
        message: 'This does not say who will make it happen. Name the person or family member responsible.',
        fix: { kind: 'append', text: ' [Name and role] will be responsible for this.' },
      },
    ]);
    expect(seen('no-owner', { outcome: '  make sure Ava gets to school.' }).map((f) => [f.quote, f.start])).toEqual([
      ['make sure Ava gets to school.', 2],
    ]);
    expect(seen('no-owner', { outcome: 'Arrange a GP appointment for Ava.' }).map((f) => f.role)).toEqual(['outcome']);
  });

  it('lets off a lone instruction that names who, and an outcome that is not an instruction', () => {
    expect(seen('no-owner', { outcome: 'Ensure Mum takes Ava to school.' })).toEqual([]);
    expect(seen('no-owner', { outcome: 'Mum will make sure Ava gets to school.' })).toEqual([]);
    expect(seen('no-owner', { outcome: 'Ava will be at school.' })).toEqual([]);
    expect(seen('no-owner', { outcome: 'Things will be better at home.' })).toEqual([]);
    expect(seen('no-owner', { outcome: 'The home will be clean to ensure the children are healthy.' })).toEqual([]);
    expect(seen('no-owner', { need: 'Ensure Ava is fed.' })).toEqual([]);
  });
});

describe('no-owner: who is named by the column, by brackets, or by no one (cold3)', () => {
  const NO_OWNER =
    'This does not say who will do it. Name the person and their role, or the family member, for each action.';

  it('reads the names before the first comma or dash of a who-and-when column as who', () => {
    expect(seen('no-owner', { outcome: 'Kyan to give up smoking', owner_when: 'Kyan, by Mon 8/3/27' })).toEqual([]);
    expect(seen('no-owner', { outcome: 'Walk home by the road', owner_when: 'Mollie & Kayne, from 1/3/27' })).toEqual(
      [],
    );
  });

  it('does not read a day, a month or a crowd at the start of that column as a name', () => {
    for (const owner_when of ['Monday, 9am', 'March - review', 'All, by 3/4/27', 'Professionals, from 1/3/27']) {
      expect(seen('no-owner', { action: 'Referral to the Healthy Minds team', owner_when })).toEqual([
        {
          rule: 'no-owner',
          letters: ['S', 'A'],
          severity: 'warning',
          role: 'action',
          column: 0,
          quote: 'Referral to the Healthy Minds team',
          start: 0,
          message: NO_OWNER,
          fix: { kind: 'append', text: ' [Name and role] will do this.' },
        },
      ]);
    }
  });

  it('reads people named in brackets before "to" as the ones who act', () => {
    expect(
      seen('no-owner', {
        action_owner_when: 'Two trained assessors (Grace and Ben) to do the age assessment with Abdi by 30/4/27.',
      }),
    ).toEqual([]);
  });

  it('does not read "Everyone" as a name', () => {
    expect(
      seen('no-owner', { action: 'Everyone to keep an eye on Sana and raise any concerns' }).map((f) => f.message),
    ).toEqual([NO_OWNER]);
  });
});

describe('no-owner: who acts, read from roles, brackets, relative clauses and passives (cold5, cold6)', () => {
  const NO_OWNER =
    'This does not say who will do it. Name the person and their role, or the family member, for each action.';
  const flaggedAt = (cells: Record<string, string>) => seen('no-owner', cells).map((f) => [f.role, f.message]);

  it('reads a school role named by what it leads as the one who acts', () => {
    for (const who of ['Safeguarding lead', 'Pastoral lead', 'Deputy head', 'Personal adviser']) {
      expect(seen('no-owner', { action_owner_when: `${who} to book the meeting with Ms Kaur by 12/2/27` })).toEqual([]);
    }
  });

  it('reads "Me (name)" at the start of a who-and-when column as the writer acting', () => {
    expect(seen('no-owner', { outcome: 'I will pack my PE kit every Sunday night', owner_when: 'Me (Noor)' })).toEqual(
      [],
    );
    expect(
      seen('no-owner', { outcome: 'I will walk the dog after tea', owner_when: 'Me (Callum), from 4/1/27' }),
    ).toEqual([]);
  });

  it('reads a worker after "with" who is then said to act ("who reads", "who will check") as the owner', () => {
    expect(
      seen('no-owner', {
        action: 'Reading club on Tuesdays with Mr Adeyemi (HLTA), who hears Zara read and signs her record.',
      }),
    ).toEqual([]);
    expect(
      seen('no-owner', { action: 'Time at the allotment with Grandad Ray, who will show Leo how to plant seeds.' }),
    ).toEqual([]);
  });

  it('still asks who when the person after "with" is only mentioned', () => {
    expect(flaggedAt({ action: 'Tea-time routine chart to be made with Mr Adeyemi.' })).toEqual([['action', NO_OWNER]]);
  });

  it('asks who for a thing "to be" done, when a capitalised noun only looks like a name', () => {
    expect(flaggedAt({ action: 'Bunk beds to be bought before Jayden moves in.', when: 'by 15/1/27' })).toEqual([
      ['action', NO_OWNER],
    ]);
    expect(flaggedAt({ action: 'Bus pass to be sent to Amira.', when: 'by 1/3/27' })).toEqual([['action', NO_OWNER]]);
    // A child "to be" helped still needs the one who helps.
    expect(flaggedAt({ action: 'Jayden to be taken to football practice.', when: 'Saturdays from 9/1/27' })).toEqual([
      ['action', NO_OWNER],
    ]);
  });

  it('leaves a passive alone when the doer is named after "by", or when the name acts', () => {
    expect(seen('no-owner', { action: 'Jayden to be taken to football practice by his uncle Sam.' })).toEqual([]);
    expect(seen('no-owner', { action: 'Jayden to be at the front door ready for the taxi at 8am.' })).toEqual([]);
  });

  it('reads a person after "to", "with" or "for" and a describing word as whom it is for, not who acts', () => {
    expect(flaggedAt({ action: 'Referral to a debt adviser', when: 'by 3/2/27' })).toEqual([['action', NO_OWNER]]);
    expect(flaggedAt({ action: 'Request to be made to the school nurse for a review', when: 'by 3/2/27' })).toEqual([
      ['action', NO_OWNER],
    ]);
    // Time with a worker, or help from one, names who gives it.
    expect(seen('no-owner', { action: 'Weekly sessions with a trained mentor', when: 'from 3/2/27' })).toEqual([]);
    expect(seen('no-owner', { action: 'Daily phonics from a trained teaching assistant', when: 'to 3/2/27' })).toEqual(
      [],
    );
  });
});

describe('no-owner: whom a task is for, and who gives time, word by word', () => {
  const NO_OWNER =
    'This does not say who will do it. Name the person and their role, or the family member, for each action.';
  const asked = (action: string) => seen('no-owner', { action, when: 'by 3/3/27' }).map((f) => f.message);

  it.each([
    'Plan to be written with Ellis.',
    'Letter to be sent to Mum.',
    'Chart to be made for Dad.',
    'Report to be copied from the school.',
    'Worries to be shared about Mum.',
    'Copy to be kept of his mentor.',
    'Letter to be sent to  his  teacher.',
    'Letter to be sent to their teacher.',
    'Letter to be sent to her teacher.',
    'Referral to an adviser.',
    'Referral to the  new  keyworker.',
    'Plan to be written with his new keyworker.',
    'Plan to be written with her new keyworker.',
    'Plan to be written for their new keyworker.',
  ])('asks who, when the only person in "%s" is whom it is for', (action) => {
    expect(asked(action)).toEqual([NO_OWNER]);
  });

  it.each([
    'One session with the nurse each week.',
    'Weekly sessions with  the  nurse.',
    'An appointment with his nurse.',
    'Fortnightly appointments with her keyworker.',
    'A meeting with their keyworker.',
    'Two meetings with a mentor.',
    'Tuition with the tutor on Mondays.',
    'Therapy with an art therapist.',
    'Counselling with the school counsellor.',
    'A lesson with the teacher each Friday.',
    'Swimming lessons with the teacher.',
    'Time with his mentor after school.',
    '1:1 with Miss Hart (ELSA).',
    '1-1 with the mentor.',
    'One-to-one with the mentor.',
    'One to one with the mentor.',
  ])('reads the worker as who gives the time in "%s"', (action) => {
    expect(asked(action)).toEqual([]);
  });

  it('looks at every action cell: one cell naming who acts is enough', () => {
    expect(
      seen('no-owner', { action: 'Plan to be written with Ellis.', action_owner_when: 'Mum to ring school by 3/3/27' }),
    ).toEqual([]);
    expect(
      seen('no-owner', {
        action: 'Plan to be written with Ellis.',
        action_owner_when: 'Letter to be sent to Mum by 3/3/27',
      }).map((f) => f.role),
    ).toEqual(['action']);
  });

  it('takes a who-and-when column that leads with a name as naming who acts', () => {
    expect(seen('no-owner', { action: 'Plan to be written with Ellis.', owner_when: 'Ellis, by 3/3/27' })).toEqual([]);
  });

  it('reads a setting that acts beside a companion as named, and a setting where it happens as no one (cold9)', () => {
    expect(asked('Nursery visit with Mum.')).toEqual([]);
    expect(asked('Visit at the nursery with Mum.')).toEqual([NO_OWNER]);
    expect(asked('Exercises practised in school.')).toEqual([NO_OWNER]);
    expect(asked('Exercises practised around  the  school.')).toEqual([NO_OWNER]);
  });
});
