// Readings of negation, absolutes, long lists, self-ratings and subjective words learnt from the seventh cold
// set, pinned as a user would see them: the rows flagged (role, quote, message) and the traps that must stay
// clean. The rows are written here in their own words, not copied from the cold set.
import { ruleTester } from './ruleTester';

const NEGATIVE = { rule: 'negative-framing', letters: ['R' as const], severity: 'warning' as const };
const POSITIVE_GOAL = 'Families respond better to a positive goal';
const UNREALISTIC = { rule: 'unrealistic', letters: ['A' as const, 'R' as const], severity: 'warning' as const };

describe('negation as the goal: missing an occasion, none of an event, a state to end, a doing in the progressive (cold7)', () => {
  ruleTester('negative-framing', {
    meta: NEGATIVE,
    flagged: [
      {
        cells: { outcome: 'Tom won’t miss college because he is looking after his dad.' },
        role: 'outcome',
        quote: 'won’t miss',
        message: POSITIVE_GOAL,
      },
      {
        cells: { outcome: 'Ella will not miss her speech therapy sessions.' },
        role: 'outcome',
        quote: 'will not miss',
      },
      {
        cells: { outcome: 'Leo won’t have any seizures at nursery.' },
        role: 'outcome',
        quote: 'won’t have any seizures',
      },
      {
        cells: { outcome: 'Priya will no longer be scared of the dark.' },
        role: 'outcome',
        quote: 'no longer be scared',
      },
      {
        cells: { outcome: 'Gran will not be smoking in the car with the baby.' },
        role: 'outcome',
        quote: 'will not be smoking',
      },
    ],
    clean: [
      // Missing a person is a feeling, not something done.
      { cells: { outcome: 'Tom will not miss his dad too much while he is in hospital.' } },
      { cells: { outcome: 'Sam won’t miss out on school trips because of money.' } },
      // A limit and a relief, not a ban.
      { cells: { outcome: 'Dad will not have any more than 3 units on a contact day.' } },
      { cells: { outcome: 'Mo will not have any need for a child in need plan by March.' } },
      // A condition and a reason, not the goal.
      { cells: { outcome: 'If Mum will not have any money left, she will ring the food bank.' } },
      { cells: { outcome: 'Kai will go to bed at 9 so that he does not miss school.' } },
      // A state felt, not a doing; and the end of a plan, not of a behaviour.
      { cells: { outcome: 'Paul will feel safe and will not be experiencing any abuse.' } },
      { cells: { outcome: 'Ava will no longer be subject to a child protection plan by June.' } },
    ],
  });
});

describe('all or nothing judged against the row: none of an event, never from many lately, the top of a scale (cold7)', () => {
  ruleTester('unrealistic', {
    meta: UNREALISTIC,
    flagged: [
      {
        cells: { outcome: 'Kian won’t get any detentions this term.' },
        role: 'outcome',
        quote: 'won’t get any detentions',
        message: 'No family can promise that nothing will ever happen again',
      },
      {
        cells: {
          need: 'Ruby has run away from her placement 6 times in the last two months.',
          outcome: 'Ruby will not run away from the placement.',
          action: 'Carers to talk with Ruby each evening about her day',
          owner: 'Carers',
          when: 'weekly',
        },
        role: 'outcome',
        quote: 'will not run',
        message: 'Going from many times in the last few months to never',
      },
      {
        cells: {
          outcome: "Dad's score on the Outcome Star 'Boundaries' will go from 3 to 10 by the review.",
          action: 'Dad to go to the Triple P group on Tuesdays',
          owner: 'Dad',
          when: 'by 1/3/27',
        },
        role: 'outcome',
        quote: 'from 3 to 10',
        message: 'Going from a low score to the top of the scale',
      },
    ],
    clean: [
      { cells: { outcome: 'Mum will not have any visitors after 10pm.' } },
      {
        // Twice is not yet a habit.
        cells: {
          need: 'Ruby has run away twice since October.',
          outcome: 'Ruby will not run away from the placement.',
          action: 'Carers to talk with Ruby each evening about her day',
          owner: 'Carers',
          when: 'weekly',
        },
      },
      {
        // A step up from the baseline, not never.
        cells: {
          need: 'Ruby has run away 6 times in the last two months.',
          outcome: 'Ruby will be home by 9pm on at least 5 nights a week by March.',
          action: 'Carers to talk with Ruby each evening about her day',
          owner: 'Carers',
          when: 'weekly',
        },
      },
      {
        cells: {
          outcome: "Mum's scaling score will go from 3 to 7 by the review.",
          action: 'Mum to go to the Freedom Programme on Mondays',
          owner: 'Mum',
          when: 'by 1/3/27',
        },
      },
      {
        cells: {
          outcome: "Mum's scaling score will go from 8 to 10 by the review.",
          action: 'Mum to go to the Freedom Programme on Mondays',
          owner: 'Mum',
          when: 'by 1/3/27',
        },
      },
      {
        // Hours, not a score.
        cells: {
          outcome: 'School hours will go from 2 to 10 hours a week by half term, scaled up in steps.',
          action: 'SENCo to set the timetable each fortnight',
          owner: 'SENCo',
          when: 'by 1/3/27',
        },
      },
    ],
  });
});

describe('a score someone gives themselves is their own word, whatever scale it is on (cold7)', () => {
  ruleTester('self-report-only', {
    meta: { rule: 'self-report-only', letters: ['M'], severity: 'warning' },
    flagged: [
      {
        cells: {
          outcome: "Dad will rate himself at 8 or more on the 'Keeping calm' scale by June.",
          action: 'Dad to go to the anger management group on Wednesdays',
          owner: 'Dad',
          when: 'by 1/6/27',
        },
        role: 'outcome',
        quote: 'Dad will rate himself',
        message: 'What a parent tells us matters, but on its own it cannot show the plan is working',
      },
      {
        cells: {
          outcome: 'Mum will feel safer at home by April.',
          measure: "Mum's own score on the Star at each TAF.",
          action: 'Mum to go to the Freedom Programme on Mondays',
          owner: 'Mum',
          when: 'by 1/4/27',
        },
        role: 'measure',
        quote: "Mum's own score",
      },
    ],
    clean: [
      {
        // The family and a worker score it together: a second view.
        cells: {
          outcome: 'Mum and the health visitor both score the bedtime routine 7 out of 10 by April.',
          action: 'HV to visit every other Tuesday at 7pm',
          owner: 'HV',
          when: 'by 1/4/27',
        },
      },
      {
        cells: {
          outcome:
            'Dad rates himself 7 on the scale and the FSW records the bedtimes she sees at her fortnightly visit by April.',
          action: 'Dad to go to Triple P on Thursdays',
          owner: 'Dad',
          when: 'by 1/4/27',
        },
      },
      {
        // A child's own view beside an adult's.
        cells: {
          outcome:
            'Amelia rates how she is coping from 2 to 5 on her 0-10 scale, and her form tutor rates it 5 or more, by March.',
          action: 'Amelia meets the school counsellor every Monday',
          owner: 'Ms Reid',
          when: 'by 1/3/27',
        },
      },
      {
        // Doing something for oneself is not a rating.
        cells: {
          outcome: 'Ruby will put herself to bed by 8pm on school nights by March.',
          action: 'Carers to read with Ruby at 7.30 each night',
          owner: 'Carers',
          when: 'by 1/3/27',
        },
      },
    ],
  });
});

describe('how someone is to drink or behave, in a word whose meaning depends on who judges (cold7)', () => {
  ruleTester('subjective', {
    flagged: [
      {
        cells: {
          outcome: 'Dad will drink sensibly when he has the children.',
          action_owner_when: 'Dad to engage with CGL',
        },
        role: 'outcome',
        quote: 'sensibly',
        message: 'can mean different things to the family and to professionals',
      },
    ],
    clean: [
      {
        // Whose job it is, not how well.
        cells: {
          outcome: 'Dad is responsible for taking Ava to school each day by 8.45 from 5/1/27.',
          action_owner_when: 'Dad to walk Ava to school at 8.30 each day from 5/1/27',
        },
      },
    ],
  });
});

describe('too many at once: one verb over a list, targets written ahead, big changes, and a fallback read as one step (cold7)', () => {
  ruleTester('too-many-actions', {
    meta: { rule: 'too-many-actions', letters: ['A', 'R'], severity: 'warning' },
    flagged: [
      {
        cells: {
          action:
            'Over the next six weeks Jo to go to: Sure Start on Mondays, the food bank, the GP, the dentist, the Job Centre, the housing office and the library.',
          owner: 'Jo',
          when: 'by 1/3/27',
        },
        role: 'action',
        message: 'This cell asks for 7 things at once',
      },
      {
        cells: {
          outcome:
            'By July Leah will have found a job, moved into a flat of her own, paid off her catalogue debt and started driving lessons.',
        },
        role: 'outcome',
        message: 'This cell asks for 4 things at once, several of them big changes on their own',
      },
      {
        // Conditions set for a return home are demands, not a fallback.
        cells: {
          action:
            'If the children are to come home, Mum must: move to a 2-bed flat, finish the Freedom Programme, do a hair strand test, clear her arrears, register with a GP, go to every contact, start counselling and get a job.',
          owner: 'Mum',
          when: 'by 1/4/27',
        },
        role: 'action',
      },
    ],
    clean: [
      {
        // Two big changes with support around them are a plan, not too much.
        cells: {
          outcome:
            'By July Leah will have moved into her own flat and found a part-time job, with her PA checking in fortnightly.',
          action: 'PA (Tom) to meet Leah every other Monday at the library',
          owner: 'Tom',
          when: 'by 1/7/27',
        },
      },
      {
        // What to do if something happens is one response to one event.
        cells: {
          action:
            'If Mia has an asthma attack, sit her up, give 2 puffs of her blue inhaler every 2 minutes up to 10 puffs, stay with her, and ring 999 if she does not improve. If she is better in 10 minutes, let her rest in the office and ring Dad.',
          owner: 'Class teacher',
          when: 'any attack in school',
        },
      },
      {
        // The commas inside brackets are one item's details.
        cells: {
          action:
            'Mum to attend: the Freedom Programme (Mondays, 10am, from 4/1/27, at the family hub) and the CGL group.',
          owner: 'Mum',
          when: 'from 4/1/27',
        },
      },
    ],
  });
});

describe('a life rebuilt at once is all or nothing, whatever the date (cold7)', () => {
  ruleTester('unrealistic', {
    meta: UNREALISTIC,
    flagged: [
      {
        cells: {
          action:
            'Before the twins come home Dad must find a bigger flat, clear his council tax arrears, finish the 10-week Caring Dads course and get a job.',
          owner: 'Dad',
          when: 'by 28/2/27',
        },
        role: 'action',
        message: 'This asks for several big changes at once',
      },
    ],
    clean: [
      {
        cells: {
          action: 'Dad to complete the 12-week Caring Dads course by June.',
          owner: 'Dad',
          when: 'by 30/6/27',
        },
      },
      {
        cells: {
          outcome: 'By July Leah will have moved into her own flat and found a part-time job.',
          action: 'PA (Tom) to meet Leah every other Monday at the library',
          owner: 'Tom',
          when: 'by 1/7/27',
        },
      },
    ],
  });
});

describe('stopping something everyone does at times, with nothing to hold it to, is never again (cold7)', () => {
  ruleTester('unrealistic', {
    meta: UNREALISTIC,
    flagged: [
      {
        cells: { outcome: 'Mum and Gary will stop rowing.', action_owner_when: 'Both to go to Relate on Thursdays' },
        role: 'outcome',
        quote: 'stop rowing',
        message: 'No one can promise never to argue or shout again',
      },
      {
        cells: { outcome: 'Mum and Dad will stop arguing with each other by the summer.' },
        role: 'outcome',
        quote: 'stop arguing',
      },
    ],
    clean: [
      // Held to a place or a person: a behaviour to change, which negative framing speaks to.
      { cells: { outcome: 'Mum and Gary will stop rowing in front of the children.' } },
      { cells: { outcome: 'Dad to stop shouting at the kids.' } },
      // The fallback, not the goal.
      {
        cells: {
          outcome: 'If they cannot stop arguing, Dad will go for a walk and Mum will take the children upstairs.',
        },
      },
    ],
  });
  ruleTester('negative-framing', {
    meta: NEGATIVE,
    flagged: [{ cells: { outcome: 'Mum and Gary will stop rowing in front of the children.' }, quote: 'stop rowing' }],
    clean: [
      {
        cells: {
          outcome: 'If they cannot stop arguing, Dad will go for a walk and Mum will take the children upstairs.',
        },
      },
    ],
  });
});

describe('weight lost faster than anyone safely can, judged by the row’s own start and time (cold7)', () => {
  ruleTester('unrealistic', {
    meta: UNREALISTIC,
    flagged: [
      {
        cells: {
          need: 'Kelly is 15 and weighs 95 kg.',
          outcome: 'Kelly to be a healthy weight within 2 months.',
          action: 'Carers to plan meals with Kelly every Sunday',
          owner: 'Carers',
          when: '2 months',
        },
        role: 'outcome',
        quote: 'healthy weight',
        message: 'Losing weight safely takes time',
      },
      {
        cells: {
          need: 'Jayden (12) is above the 98th centile for weight.',
          outcome: 'Jayden will lose 3 stone by the summer holidays.',
          action: 'Mum to cook from the healthy eating plan',
          owner: 'Mum',
          when: 'by 20/7/27',
        },
        role: 'outcome',
        quote: 'lose 3 stone',
      },
    ],
    clean: [
      {
        cells: {
          need: 'Jayden (12) is above the 98th centile for weight.',
          outcome: 'Jayden will lose 4kg over 6 months, weighed by the school nurse each half term.',
          action: 'Mum to cook from the healthy eating plan',
          owner: 'Mum',
          when: 'by 20/7/27',
        },
      },
      {
        // No window to judge it by: the steps are the plan.
        cells: {
          need: 'Kelly is 15 and weighs 95 kg.',
          outcome: 'Kelly to reach a healthy weight by the end of Year 11, losing about 2kg a month.',
          action: 'Carers to plan meals with Kelly every Sunday',
          owner: 'Carers',
          when: 'June 2028',
        },
      },
      {
        // Gaining towards a healthy weight, from a light start.
        cells: {
          need: 'Ben (2) is underweight.',
          outcome: 'Ben will be back on a healthy weight curve in 6 weeks.',
          action: 'HV to weigh Ben every Tuesday',
          owner: 'HV',
          when: '6 weeks',
        },
      },
    ],
  });
});

describe('every day from a long time with no school at all is 100% from nothing (cold2, read again for cold7)', () => {
  ruleTester('unrealistic', {
    meta: UNREALISTIC,
    flagged: [
      {
        cells: {
          need: 'After 10 months out of education, Chloe rarely leaves the house.',
          outcome: 'Chloe will go to college every day from next week.',
          action: 'PA to drive Chloe to college at 8.30',
          owner: 'PA',
          when: 'from 18/1/27',
        },
        role: 'outcome',
        quote: 'every day',
        message: 'Going straight to every day from a low start',
      },
    ],
    clean: [
      {
        // Steps on the way.
        cells: {
          need: 'Liam has not been to school since last March.',
          outcome: 'Liam to attend school 2 mornings a week from 11 January, building up to full time by Easter.',
          action: 'SENCo to set a reduced timetable',
          owner: 'SENCo',
          when: 'from 11/1/27',
        },
      },
      {
        // A good start already.
        cells: {
          need: 'Liam missed 2 days last week.',
          outcome: 'Liam to attend school every day from Monday 11 January.',
          action: 'Mum to wake Liam at 7 each school day',
          owner: 'Mum',
          when: 'from 11/1/27',
        },
      },
    ],
  });
});

describe('flawless and presentable depend on who looks (cold4, cold5)', () => {
  ruleTester('subjective', {
    flagged: [
      {
        cells: { outcome: 'The kitchen to be kept spotless from now on.', owner_when: 'Mr and Mrs Lowe, from 1/3/27' },
        role: 'outcome',
        quote: 'spotless',
      },
    ],
    clean: [
      {
        cells: {
          outcome: 'The kitchen worktops will be wiped and the floor swept every evening, seen by the FSW on Tuesdays.',
          owner_when: 'Mr and Mrs Lowe, from 1/3/27',
        },
      },
    ],
  });
});
