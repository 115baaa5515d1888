// Readings of the S and M letters' meaning learnt from the eleventh cold set: influence, liaison, work and
// interest named with no act; a direction or a comparison with no amount; a parent's or a young person's own
// record or answer as the only evidence; standards of appearance and state judged by whoever looks; and the
// records that do count (a contractor's written confirmation, a case system's log, a bank's standing order).
// The rows are written here in their own words, not copied from the cold set.
import { ruleTester } from './ruleTester';

const VAGUE = { rule: 'vague', letters: ['S' as const], severity: 'warning' as const };
const NOT_DONE = 'does not say what will be done';

describe('influence with no act named is a vague action (cold11)', () => {
  // DCS: say how the support will be provided and how often. Bolstering, boosting, building trust, steering,
  // backing and guiding name what the worker hopes for, not what they will do.
  ruleTester('vague', {
    meta: VAGUE,
    flagged: [
      {
        cells: {
          outcome: 'Amir reads aloud to the class once a week by 26/03/2027.',
          action: 'Learning mentor to boost Amir’s self-esteem in English.',
          owner: 'Learning mentor (Ms Hale)',
          when: 'From 11/01/2027',
        },
        role: 'action',
        message: NOT_DONE,
      },
      {
        cells: {
          action: 'Family worker to build up rapport with Jade and steer her away from the older group at the park.',
          owner: 'Family worker (Tom Price)',
          when: 'Weekly from 18/01/2027',
        },
        role: 'action',
        quote: 'build up rapport',
      },
      {
        cells: {
          action: 'Nan will back up Mum’s bedtime rules at weekends.',
          owner: 'Nan (Iris Cole)',
          when: 'Every weekend from 16/01/2027',
          measure: 'Bedtime log checked by the SW at each visit.',
        },
        role: 'action',
      },
      {
        cells: {
          outcome: 'Kelsey pays her gas and electric on time every month by 30/04/2027.',
          action: 'Leaving care worker to keep guiding Kelsey with her bills.',
          owner: 'Leaving care worker (Dev Shah)',
          when: 'By 30/04/2027',
        },
        role: 'action',
      },
    ],
    clean: [
      // The help is to do a named act.
      {
        cells: {
          action: 'PA to guide Kelsey to open a bank account at the Post Office by 12/02/2027.',
          owner: 'PA (Dev Shah)',
          when: 'By 12/02/2027',
        },
      },
      // A guide as a thing, not a way of acting.
      {
        cells: {
          action: 'SENCo to send home the reading guide booklet and phone Mum about it by 22/01/2027.',
          owner: 'SENCo (Mrs Ray)',
          when: 'By 22/01/2027',
        },
      },
      // A back as a body part, and a steer as a named act: driving him there.
      {
        cells: {
          action: 'Physio to show Dad 3 back stretches for Leo and check them at each fortnightly session.',
          owner: 'Physio (Ann Lowe)',
          when: 'Fortnightly from 14/01/2027',
        },
      },
    ],
  });
});

describe('liaison, work and interest named in everyday words do not say what will be done (cold11)', () => {
  ruleTester('vague', {
    meta: VAGUE,
    flagged: [
      // "Link up", "link in": liaising in other words.
      {
        cells: {
          action: 'Health visitor and nursery to link in about Ruby’s speech.',
          owner: 'HV (Jo Dale); nursery manager',
          when: 'By 05/02/2027',
        },
        role: 'action',
      },
      {
        cells: {
          action: 'Youth offending worker to link up with the college regarding Dean’s timetable.',
          owner: 'YOS worker (Kim Noor)',
          when: 'By 29/01/2027',
        },
        role: 'action',
      },
      // Work of no named kind, in everyday words.
      {
        cells: {
          action: 'Family support worker to do some bits with the twins about sharing.',
          owner: 'FSW (Lee Marsh)',
          when: 'Weekly, Wednesdays, from 13/01/2027',
        },
        role: 'action',
      },
      {
        cells: {
          action: 'I will do a few things with my key worker around my anger.',
          owner: 'Me (Jordan)',
          when: 'Fortnightly from 20/01/2027',
        },
        role: 'action',
      },
      // An interest taken, or a relationship to mend, is an attitude or a hope, not a task.
      {
        cells: {
          action: 'Dad will take a real interest in Maya’s homework.',
          owner: 'Dad (Sunil)',
          when: 'From 11/01/2027 to 26/03/2027',
          measure: 'Homework diary signed each week, checked by her form tutor.',
        },
        role: 'action',
      },
      {
        cells: {
          action: 'Mum to rebuild her relationship with Ellie.',
          owner: 'Mum (Gemma)',
          when: 'By the review on 15/04/2027',
        },
        role: 'action',
      },
      // Looking at ways is thinking, not doing.
      {
        cells: {
          action: 'Short breaks co-ordinator to look at options for a weekend break for the family.',
          owner: 'Short breaks co-ordinator (Ana Reid)',
          when: 'By 19/02/2027',
        },
        role: 'action',
      },
      // Strategies put in place, in the passive, name none.
      {
        cells: {
          action: 'Measures will be put in place to help Olly at lunchtimes.',
          owner: 'School',
          when: 'From 11/01/2027',
        },
        role: 'action',
      },
    ],
    clean: [
      // Linking someone to a named service by a named act is a task.
      {
        cells: {
          action: 'HV to phone the nursery on 19/01/2027 and book Ruby a speech screening.',
          owner: 'HV (Jo Dale)',
          when: 'By 19/01/2027',
        },
      },
      // A named piece of work about a topic: a workbook, with sessions.
      {
        cells: {
          action: 'FSW to go through the 6-session "Sharing" workbook with the twins on Wednesdays.',
          owner: 'FSW (Lee Marsh)',
          when: 'Weekly from 13/01/2027',
        },
      },
      // A relationship shown by what Mum will do.
      {
        cells: {
          action: 'Mum to take Ellie swimming every Saturday morning and read with her at bedtime.',
          owner: 'Mum (Gemma)',
          when: 'From 16/01/2027',
        },
      },
      // Strategies named.
      {
        cells: {
          action: 'TA to give Olly a lunchtime pass to the library and a 5-minute warning before the bell each day.',
          owner: 'TA (Mr Obi)',
          when: 'Daily from 11/01/2027',
        },
      },
    ],
  });
});

describe('work with a child in a stated dose says how and how often (cold11)', () => {
  ruleTester('vague', {
    meta: VAGUE,
    flagged: [
      {
        cells: {
          action: 'Learning support assistant to work with Finn on his reading.',
          owner: 'LSA (Mrs Bell)',
          when: 'Spring term 2027',
        },
        role: 'action',
      },
      {
        cells: {
          action: 'Support for learning teacher to work with Isla.',
          owner: 'Support for learning teacher (Mr Burns)',
          when: 'From 11/01/2027',
        },
        role: 'action',
      },
    ],
    clean: [
      {
        cells: {
          action:
            'Support for learning teacher to work with Isla and two other pupils for 25 minutes on Tuesdays and Thursdays.',
          owner: 'Support for learning teacher (Mr Burns)',
          when: 'From 11/01/2027 to 26/03/2027',
        },
      },
      {
        cells: {
          action: 'TA to work with Finn for 15 minutes every morning.',
          owner: 'TA (Mrs Bell)',
          when: 'From 11/01/2027',
        },
      },
    ],
  });
});
