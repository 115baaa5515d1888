// Readings of what sits in the wrong column, of demands a family cannot meet, of bans and of open timescales,
// learnt from the eleventh cold set's causes and pinned as a user would see them: the rows flagged (role,
// quote) and the look-alikes that must stay clean. The rows are written here in their own words, not copied
// from the cold set or the guidance.
import { ruleTester } from './ruleTester';

const OUTCOME = { rule: 'action-as-outcome', letters: ['S' as const], severity: 'warning' as const };

const STEPS = {
  action: 'Key worker to meet Sami at the library every Wednesday at 4pm.',
  owner: 'Key worker Dan Poole',
  when: 'From 18/01/2027 to 26/03/2027',
};

describe('a label typed before the outcome is not part of it (cold11)', () => {
  ruleTester('action-as-outcome', {
    meta: OUTCOME,
    flagged: [
      { cells: { outcome: 'Our goal: Sami will attend the anger management course.', ...STEPS }, role: 'outcome' },
      {
        cells: { outcome: 'Short-term target: Ruby will access the sensory room each afternoon.', ...STEPS },
        role: 'outcome',
      },
      { cells: { outcome: 'What needs to happen: Dad to complete the parenting programme.', ...STEPS } },
    ],
    clean: [
      { cells: { outcome: 'Our goal: Sami walks away from an argument at the club, seen by staff.', ...STEPS } },
      { cells: { outcome: 'Short-term target: Ruby reads 20 words from the Year 1 list by 26/03/2027.', ...STEPS } },
      // A heading whose verb governs a list is the outcome's own verb, not a label.
      { cells: { outcome: 'Sami will: be home by 9pm on school nights and at the club on Wednesdays.', ...STEPS } },
    ],
  });
});

describe('a service decided, given or done, in the present or as going on (cold11)', () => {
  ruleTester('action-as-outcome', {
    meta: OUTCOME,
    flagged: [
      {
        cells: { outcome: 'Tyler is referred to the young carers service and offered a place.', ...STEPS },
        quote: 'is referred',
      },
      { cells: { outcome: 'Mum has been allocated a family support worker.', ...STEPS }, quote: 'has been allocated' },
      {
        cells: { outcome: 'A family-finding search is completed and a network meeting held for Jo.', ...STEPS },
        role: 'outcome',
      },
      { cells: { outcome: 'The parenting assessment has been completed.', ...STEPS }, role: 'outcome' },
      {
        cells: { outcome: 'Outreach support will continue for the family.', ...STEPS },
        quote: 'support will continue',
      },
      { cells: { outcome: 'Play therapy sessions to start for Lily after Easter.', ...STEPS }, role: 'outcome' },
      { cells: { outcome: 'Respite to be in place for the boys.', ...STEPS }, role: 'outcome' },
      { cells: { outcome: 'Grandad will receive a special guardianship allowance.', ...STEPS }, role: 'outcome' },
      { cells: { outcome: 'Kian will have a part-time timetable of afternoons only.', ...STEPS }, role: 'outcome' },
    ],
    clean: [
      {
        cells: {
          outcome: 'Lily will go to her new foster home, whose assessment is done, straight from hospital.',
          ...STEPS,
        },
      },
      { cells: { outcome: 'Once the assessment is completed, Dad will see Ava every Saturday.', ...STEPS } },
      { cells: { outcome: 'Tyler says he is less tired in class on 4 days out of 5, on the class log.', ...STEPS } },
      { cells: { outcome: 'Kian will continue to read at home for 10 minutes each night.', ...STEPS } },
      // Getting oneself somewhere is the child's own doing, whatever room is named.
      {
        cells: {
          outcome: 'By Easter I will get myself from the gate to my tutor base on my own each morning.',
          ...STEPS,
        },
      },
      { cells: { outcome: 'Jade will get herself to the group room on time every Tuesday.', ...STEPS } },
    ],
  });
});

const NEED = { rule: 'action-as-need', letters: ['S' as const], severity: 'warning' as const };
const needRow = (need: string) => ({
  need,
  outcome: 'Ellie is in class for 5 lessons a day by 26/03/2027, on the register.',
  ...STEPS,
});

describe('what a service arranges, contributes or runs, named as the need (cold11)', () => {
  ruleTester('action-as-need', {
    meta: NEED,
    flagged: [
      { cells: needRow('Ellie needs a reduced timetable.'), quote: 'needs a reduced timetable' },
      { cells: needRow('Marcus (17) needs a supported lodgings arrangement.'), role: 'need' },
      { cells: needRow('The family requires a care package.'), role: 'need' },
      { cells: needRow('Section B: Ellie needs physiotherapy input for her balance.'), role: 'need' },
      { cells: needRow('Dad needs speech and language input to help Finn talk.'), role: 'need' },
      { cells: needRow('Mum needs a Women’s Aid support worker.'), role: 'need' },
      { cells: needRow('The boys need a Barnardo’s young carers practitioner.'), role: 'need' },
      { cells: needRow('Theo (5) needs a sensory diet in class.'), role: 'need' },
      { cells: needRow('Ellie needs an OT programme for her grip.'), role: 'need' },
    ],
    clean: [
      { cells: needRow('Ellie needs a predictable routine at bedtime.') },
      { cells: needRow('Ellie needs to trust her social worker before she will talk about home.') },
      { cells: needRow('Theo needs a healthy diet: he eats crisps for most meals.') },
      { cells: needRow('Marcus needs to learn to cook and budget before he turns 18.') },
      { cells: needRow('Ellie needs a quiet place to calm down when the class is noisy.') },
    ],
  });
});

const OPEN = { rule: 'open-timescale', letters: ['T' as const], severity: 'warning' as const };
const openRow = (when: string) => ({
  outcome: 'Ayo is in school until 3.15pm on 4 days out of 5, on the register.',
  action: 'Ayo to attend mornings; Gran to collect him at 12.15pm; SENCo to ring Gran each Friday.',
  owner: 'Gran (Bisi); SENCo Mrs Ladd',
  when,
});

describe('no end, in other words; a "when" after an end date says what happens then (cold11)', () => {
  ruleTester('open-timescale', {
    meta: OPEN,
    flagged: [
      { cells: openRow('For the foreseeable future'), quote: 'For the foreseeable future', role: 'when' },
      { cells: openRow('Mornings only for the time being'), quote: 'for the time being' },
      {
        cells: {
          action: 'I will let Nan have the boys on Saturdays for as long as it is needed.',
          owner: 'Mum (Tess)',
          when: 'From 09/01/2027',
        },
        quote: 'as long as it is needed',
      },
      { cells: openRow('Daily, as long as necessary'), quote: 'as long as necessary' },
      { cells: openRow('Until further review'), quote: 'Until further review' },
      { cells: openRow('Long term'), role: 'when' },
      { cells: { action: 'Nan to have Ayo after school on Fridays.', owner_when: 'Nan - for now' }, quote: 'for now' },
      // A start alone still waits on something with no date.
      { cells: openRow('From 11/01/2027, when a place is free'), role: 'when' },
    ],
    clean: [
      { cells: openRow('11/01/2027 to 12/02/2027, when the plan is reviewed') },
      { cells: openRow('Weekly until 26/03/2027, when Ayo goes back to full days') },
      { cells: openRow('From 11/01/2027 to 05/03/2027') },
      {
        cells: {
          outcome: 'The long-term aim is for Ayo to live with Nan, agreed at the review on 26/03/2027.',
          action: 'Nan to have Ayo after school on Fridays.',
          owner_when: 'Nan - weekly from 08/01/2027 to 26/03/2027',
        },
      },
      // "As long as" as a condition is not a timescale.
      { cells: openRow('Every Friday from 15/01/2027 to 26/03/2027, as long as Gran is well') },
    ],
  });
});

const NEGATIVE = { rule: 'negative-framing', letters: ['R' as const], severity: 'warning' as const };

describe('never drinking or using again is stopping altogether: unrealistic, not also a ban (cold11)', () => {
  ruleTester('negative-framing', {
    flagged: [
      // Held to the times of care, it is a ban that names nothing to do instead.
      {
        cells: { action: 'Dad will not drink alcohol while Rhys is with him.', owner: 'Dad', when: 'From 11/01/2027' },
      },
      { cells: { outcome: 'Mum will never leave the baby alone in the bath again.' }, role: 'outcome' },
      { cells: { action: 'I will never take Jake to my dealer’s flat.', owner: 'Mum (Toni)', when: 'From today' } },
    ],
    clean: [
      { cells: { outcome: 'Grandad never drinks alcohol again.' } },
      {
        cells: {
          action: 'I will never use cannabis again, at home or anywhere else.',
          owner: 'Dad (Lee)',
          when: 'From 11/01/2027',
        },
      },
      { cells: { outcome: 'Mum will never again take drugs, shown by monthly hair tests.' } },
    ],
  });
  ruleTester('unrealistic', {
    flagged: [
      { cells: { outcome: 'Grandad never drinks alcohol again.' }, role: 'outcome' },
      {
        cells: { action: 'I will never use cannabis again.', owner: 'Dad (Lee)', when: 'From 11/01/2027' },
        role: 'action',
      },
    ],
    clean: [{ cells: { outcome: 'Grandad has no more than 2 drinks on the evenings he collects Ava from school.' } }],
  });
});

describe('an occasion no one is to miss, said of everyone, is a ban (cold11)', () => {
  ruleTester('negative-framing', {
    meta: NEGATIVE,
    flagged: [
      {
        cells: { outcome: 'None of the girls misses swimming club while Mum is in hospital, on the club register.' },
        role: 'outcome',
      },
      { cells: { outcome: 'Nobody misses a Cubs meeting this term.' }, role: 'outcome' },
      { cells: { outcome: 'None of the children will be late for school during the move.' }, role: 'outcome' },
      { cells: { action: 'Kai will not miss football practice on Thursdays.', owner: 'Dad', when: 'Weekly' } },
    ],
    clean: [
      { cells: { outcome: 'All three girls go to swimming club every Tuesday while Mum is in hospital.' } },
      { cells: { outcome: 'Neither boy misses his dad as much, scoring 7 or more on the feelings chart.' } },
      { cells: { outcome: 'Kai will not miss out on football because of the cost: the club fee is paid.' } },
    ],
  });
});

const UNREALISTIC = { rule: 'unrealistic', letters: ['A' as const, 'R' as const], severity: 'warning' as const };

describe('all at once, in counts, levels, centiles, habits and events of a condition (cold11)', () => {
  ruleTester('unrealistic', {
    meta: UNREALISTIC,
    flagged: [
      {
        cells: {
          need: 'Ruby (Year 1) can read 9 of the 100 high-frequency words.',
          outcome: 'Ruby reads all 100 high-frequency words by 05/02/2027.',
          action: 'TA to practise the words with Ruby for 10 minutes a day.',
          owner: 'TA Mrs Khan',
          when: 'From 18/01/2027',
        },
        quote: 'all 100',
      },
      {
        cells: {
          need: 'Kacper knows 5 out of 26 letter sounds.',
          outcome: 'Kacper will say all 26 letter sounds when shown the cards.',
          owner_when: 'Nursery teacher, 11/01/2027 to 22/01/2027',
        },
        role: 'outcome',
      },
      {
        cells: {
          need: 'Fraser (P5) is working at early level in literacy.',
          outcome: 'Fraser achieves second level in reading and writing by the summer holidays.',
          action: 'Pupil support assistant to read with Fraser daily.',
          owner: 'PSA Mr Grant',
          when: 'From 11/01/2027 to 25/06/2027',
        },
        quote: 'achieves second level',
      },
      {
        cells: {
          need: 'Ellie (9) has a BMI above the 98th centile.',
          outcome: 'Ellie’s BMI drops to the 50th centile within 10 weeks.',
          action: 'Mum to cook tea from the healthy eating book 5 nights a week.',
          owner: 'Mum (Sian)',
          when: 'From 11/01/2027',
        },
        quote: 'drops to the 50th centile',
      },
      {
        cells: {
          need: 'Lewis (14) games for about 7 hours a day in the holidays.',
          action: 'Lewis will game for no more than 1 hour a day, starting immediately.',
          owner: 'Lewis; Mum (Gail)',
          when: 'From 11/01/2027 to 12/02/2027',
        },
        quote: '1 hour a day',
      },
      {
        cells: {
          outcome: 'Amira will not have any epileptic seizures at nursery this term.',
          action: 'Keyworker to give her medication at 12pm.',
          owner: 'Keyworker Jo',
          when: 'Daily',
        },
        role: 'outcome',
      },
    ],
    clean: [
      // A long enough window for the same climb, or a step below all of them.
      {
        cells: {
          need: 'Ruby (Year 1) can read 9 of the 100 high-frequency words.',
          outcome: 'Ruby reads all 100 high-frequency words by the end of Year 2 (July 2028).',
          action: 'TA to practise the words with Ruby for 10 minutes a day.',
          owner: 'TA Mrs Khan',
          when: 'From 18/01/2027 to 14/07/2028',
        },
      },
      {
        cells: {
          need: 'Ruby (Year 1) can read 9 of the 100 high-frequency words.',
          outcome: 'Ruby reads 30 of the 100 high-frequency words by 26/03/2027.',
          owner_when: 'TA Mrs Khan, from 18/01/2027',
        },
      },
      {
        cells: {
          need: 'Fraser (P5) is working at early level in literacy.',
          outcome: 'Fraser achieves early level in reading by the summer holidays.',
          owner_when: 'PSA Mr Grant, from 11/01/2027 to 25/06/2027',
        },
      },
      {
        cells: {
          need: 'Lewis (14) games for about 7 hours a day in the holidays.',
          action: 'Lewis will game for no more than 5 hours a day from tomorrow, then 4 hours from February.',
          owner: 'Lewis; Mum (Gail)',
          when: 'From 11/01/2027 to 12/02/2027',
        },
      },
      {
        cells: {
          need: 'Amira has epilepsy.',
          outcome: 'Amira will not have any missed doses of her medication at nursery.',
          owner_when: 'Keyworker Jo, daily',
        },
      },
      // A standard held to the occasion it is kept at is how the thing is done, not a promise about every moment.
      {
        cells: {
          outcome:
            'Dan feeds Mia safely (bottle made to the line, Mia held upright at all times) at every feed the carer sees, by 26/02/2027.',
          owner_when: 'Foster carer, from 18/01/2027',
        },
      },
      {
        cells: {
          action: 'Aunt Jo will keep the children in sight at all times during the park visits.',
          owner: 'Aunt Jo',
          when: 'Saturdays from 16/01/2027',
        },
      },
    ],
  });
  ruleTester('unrealistic', {
    flagged: [
      // Said of every moment, "at all times" is still a promise no one can keep.
      { cells: { outcome: 'Tia will be polite to staff at all times.' }, role: 'outcome' },
      { cells: { action: 'Dad will stay calm at all times during the day.', owner: 'Dad', when: 'Daily' } },
    ],
    clean: [
      {
        cells: {
          action: 'Aunt Jo will keep the children in sight at all times during each park visit.',
          owner: 'Aunt Jo',
          when: 'Saturdays from 16/01/2027',
        },
      },
    ],
  });
});

const NO_OWNER = { rule: 'no-owner', letters: ['S' as const, 'A' as const], severity: 'warning' as const };

describe('a setting told, or a service naming its own thing, is not who acts (cold11)', () => {
  ruleTester('no-owner', {
    meta: NO_OWNER,
    flagged: [
      {
        cells: {
          outcome: 'The twins are registered at their new surgery and school by 12/02/2027.',
          action: '- GP registration to be moved\n- nursery to be told of the move\n- bus pass to be renewed',
          when: 'By 12/02/2027',
        },
        role: 'action',
      },
      {
        cells: {
          action:
            'Dentist appointment to be rebooked; college to be sent the new address; school to be paid for the trip.',
          when: 'By 29/01/2027',
        },
        role: 'action',
      },
    ],
    clean: [
      {
        cells: {
          action: '- Mum to move the GP registration\n- nursery to be told of the move by Mum',
          when: 'By 12/02/2027',
        },
      },
      {
        cells: {
          action: 'School to send the new timetable to Dad; the GP to write to housing about the damp.',
          when: 'By 29/01/2027',
        },
      },
    ],
  });
});

const NO_TIME = { rule: 'no-timescale', letters: ['T' as const], severity: 'warning' as const };

describe('when a date will be set is not the date (cold11)', () => {
  ruleTester('no-timescale', {
    meta: NO_TIME,
    flagged: [
      {
        cells: {
          action: 'Dad to ring the council; fill in the grant form; see the debt adviser.',
          owner_when: 'Dad (Jon) - dates TBC at the next visit',
        },
      },
      {
        cells: {
          action: 'Gran to take Mia to the dentist and to her eye test.',
          owner_when: 'Gran; dates to be agreed at the core group on 03/02/2027',
        },
      },
    ],
    clean: [
      {
        cells: {
          action: 'Dad to ring the council; fill in the grant form; see the debt adviser.',
          owner_when: 'Dad (Jon) - all by the next visit on 05/02/2027',
        },
      },
      {
        cells: {
          action: 'Gran to take Mia to the dentist by 12/02/2027; eye test date TBC by the optician.',
          owner: 'Gran (Pat)',
        },
      },
    ],
  });
});
