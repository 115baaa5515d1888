// Readings of negation, absolutes, self-report and subjective words learnt from the eighth cold set, pinned as
// a user would see them: the rows flagged (role, quote, message) and the traps that must stay clean. The rows
// are written here in their own words, not copied from the cold set.
import { checkRow } from '../../src/engine';
import { ruleTester } from './ruleTester';

const NEGATIVE = { rule: 'negative-framing', letters: ['R' as const], severity: 'warning' as const };
const POSITIVE_GOAL = 'Families respond better to a positive goal';
const UNREALISTIC = { rule: 'unrealistic', letters: ['A' as const, 'R' as const], severity: 'warning' as const };

describe('negation as the goal: a noun to have none of, a rule as a heading, the present tense, a behaviour named as a noun (cold8)', () => {
  ruleTester('negative-framing', {
    meta: NEGATIVE,
    flagged: [
      {
        cells: { outcome: 'Mia will have no tantrums at bedtime.' },
        role: 'outcome',
        quote: 'will have no tantrums',
        message: POSITIVE_GOAL,
      },
      {
        cells: { action_owner_when: 'No alcohol in the flat when the children visit.' },
        role: 'action_owner_when',
        quote: 'No alcohol',
        message: POSITIVE_GOAL,
      },
      {
        cells: { action: '- Mum to ring school by 9am\n- No visitors after 8pm' },
        role: 'action',
        quote: 'No visitors',
      },
      {
        cells: { outcome: 'Dad does not drink when he has the children.' },
        role: 'outcome',
        quote: 'does not drink',
      },
      {
        cells: { outcome: 'The twins do not fight at bedtime.' },
        role: 'outcome',
        quote: 'do not fight',
      },
      {
        cells: { outcome: 'Tyler will stop his aggressive behaviour towards staff.' },
        role: 'outcome',
        quote: 'stop his aggressive behaviour',
      },
    ],
    clean: [
      // A limit, a relief, a feeling, a finding.
      { cells: { outcome: 'Mia will have no more than 2 late marks a month.' } },
      { cells: { outcome: 'Mia will have no need for a plan by June.' } },
      { cells: { outcome: 'Mia will have no worries about school.' } },
      { cells: { action_owner_when: 'No more than 2 hours of screen time on school nights.' } },
      { cells: { action: 'Mum will make sure there are no gaps in the medication.' } },
      { cells: { outcome: 'The children will have no unmet health needs.' } },
      // A ban that names the way through.
      { cells: { outcome: 'Parental controls on the tablet: no apps without Dad’s say-so.' } },
      // A description, a relief, a condition and a reason, not the goal.
      { cells: { outcome: 'Dad does not currently attend his appointments.' } },
      { cells: { action: 'Mum does not need to attend the meeting.' } },
      { cells: { outcome: 'If Jo does not arrive by 9.15, school will ring Mum.' } },
      { cells: { outcome: 'Mum walks Jo to school so that Jo does not have to cross the main road alone.' } },
      // A behaviour chart is a tool, not the behaviour.
      { cells: { action: 'Staff will stop the behaviour chart once Tyler has 5 good days.' } },
    ],
  });
});

describe('all or nothing: none of an event as a noun, and what any child does at times, stopped for good (cold8)', () => {
  ruleTester('unrealistic', {
    meta: UNREALISTIC,
    flagged: [
      {
        cells: { outcome: 'Mia will have no tantrums at bedtime.' },
        role: 'outcome',
        quote: 'will have no tantrums',
        message: 'No family can promise that nothing will ever happen again',
      },
      {
        cells: { outcome: 'Leo to stop calling out and fidgeting.', action: 'Visual timetable', when: 'Summer term' },
        role: 'outcome',
        quote: 'stop calling out',
        message: 'No child can stop this all at once and for good.',
      },
    ],
    clean: [
      { cells: { outcome: 'Mia will have no more than 2 tantrums a week by Easter.' } },
      // Held to a time or a place, it is a behaviour to change, which negative framing speaks to.
      { cells: { outcome: 'Leo will stop calling out in assembly.' } },
      { cells: { outcome: 'Mum will help Tyler to stop and think before he acts.' } },
    ],
  });
});

describe('the child’s own account or own rating as the only evidence is their own word (cold8)', () => {
  ruleTester('self-report-only', {
    meta: { rule: 'self-report-only', letters: ['M'], severity: 'warning' },
    flagged: [
      {
        cells: {
          outcome: 'Mo will settle at his new school.',
          measure: 'Mo will tell us he feels settled.',
          when: 'by 1/3/27',
        },
        role: 'measure',
        quote: 'Mo will tell us he',
        message: 'What Mo tells us matters, but on its own it cannot show the plan is working',
      },
      {
        cells: {
          outcome: 'Mo will settle at his new school.',
          measure: 'Mo’s own rating on the 1-5 scale.',
          when: 'by 1/3/27',
        },
        role: 'measure',
        quote: 'Mo’s own rating',
        message: 'What Mo tells us matters',
      },
    ],
    clean: [
      // Someone else sees it too.
      {
        cells: {
          outcome: 'Mo will settle at his new school.',
          measure: 'Mo will tell us he feels settled, and his form tutor sees him join in at break.',
          when: 'by 1/3/27',
        },
      },
      {
        cells: {
          outcome: 'Mo will settle at his new school.',
          measure: 'Mo’s own score on the feelings scale, and the attendance register.',
          when: 'by 1/3/27',
        },
      },
      // A worker’s rating is not the child’s own word.
      {
        cells: {
          outcome: 'Mo will settle at his new school.',
          measure: 'Miss Ali’s own rating of Mo’s confidence each week.',
          when: 'by 1/3/27',
        },
      },
    ],
  });
});

describe('words that depend on who judges: "good" as a standard, and a relative clause that defines nothing (cold8)', () => {
  ruleTester('subjective', {
    meta: { rule: 'subjective', letters: ['S', 'M'], severity: 'warning' },
    flagged: [
      {
        cells: { outcome: 'Mum will keep a good bedtime routine.' },
        role: 'outcome',
        quote: 'good bedtime routine',
        message: '"good bedtime routine" can mean different things to the family and to professionals.',
      },
      {
        cells: { outcome: 'Jess will have good relationships with other children.' },
        role: 'outcome',
        quote: 'good relationships',
      },
      {
        cells: { action: 'Mum must provide a home that is suitable for the children.' },
        role: 'action',
        quote: 'suitable',
      },
    ],
    clean: [
      // Defined on the spot.
      { cells: { action: 'Mum must keep the home tidy, that is: dishes washed daily and floors clear.' } },
      { cells: { outcome: 'A good routine looks like: bath at 7, story, and in bed by 7.30.' } },
      { cells: { outcome: 'Jess will have a good time at the school disco.' } },
    ],
  });
});

describe('out of reach judged by the row’s own start and time: years of catching up, a skill in full, a steep rise (cold8)', () => {
  ruleTester('unrealistic', {
    meta: UNREALISTIC,
    flagged: [
      {
        cells: { outcome: 'Ava (Year 6, reading age 7.5) will read at age-related expectations by Easter.' },
        role: 'outcome',
        quote: 'age-related expectations',
        message: 'Catching up several school years at once',
      },
      {
        cells: {
          need: 'Ava is in Year 6 with a reading age of 7.',
          outcome: 'Ava will read at the level expected for her age by July.',
        },
        role: 'outcome',
        quote: 'level expected for her age',
      },
      {
        cells: { outcome: 'Noah will be completely dry at night by Easter.' },
        role: 'outcome',
        quote: 'completely dry at night',
        message: 'Children learn this over months, with accidents on the way, so "completely" sets them up to fail.',
      },
      {
        cells: { outcome: 'Jo will attend 85% of sessions (now 40%).', when: '8/1/27 to 5/2/27' },
        role: 'outcome',
        quote: '85%',
        message: 'Going from 40% to 85% in about 4 weeks is a big jump',
      },
      {
        cells: { outcome: 'Jo will attend 85% of sessions by half term (now 40%).' },
        role: 'outcome',
        quote: '85%',
      },
    ],
    clean: [
      // A step first, a later school year, a reading age near the child's own.
      {
        cells: {
          need: 'Ava is in Year 6 with a reading age of 7.',
          outcome:
            'Ava’s reading age will rise by 9 months by July, and reach age-related expectations by the end of Year 8.',
        },
      },
      {
        cells: {
          need: 'Ava, Year 6, reading age 10.',
          outcome: 'Ava will read at age-related expectations by July.',
        },
      },
      {
        cells: {
          outcome:
            'Noah will be dry in the day with reminders by Easter, building up to fully toilet trained by the summer.',
        },
      },
      { cells: { outcome: 'Noah will be fully included in PE lessons.' } },
      // The guidance's own pace (about 2 points a week), a staged rise, a long window, and no window at all.
      { cells: { outcome: 'Jo will attend 65% of sessions this term (now 40%).' } },
      { cells: { outcome: 'Jo will attend 85% of sessions within 6 weeks (now 40%), with 60% by the end of week 3.' } },
      { cells: { outcome: 'Jo will attend 85% of sessions (now 40%).', when: '8/1/27 to 16/7/27' } },
      { cells: { outcome: 'Jo will attend 85% of sessions (now 40%).', when: 'from 8/1/27, reviewed 5/2/27' } },
      { cells: { outcome: 'Jo will attend 80% of sessions within 2 weeks (now 70%).' } },
    ],
  });
});

describe('every exam at once from a long time out of school is all or nothing (cold5, read again for cold8)', () => {
  ruleTester('unrealistic', {
    meta: UNREALISTIC,
    flagged: [
      {
        cells: {
          need: 'Kez (16) has been 12 months out of school.',
          outcome: 'Kez will pass all his GCSEs this summer.',
          action: 'Tutor 3 hours a week',
        },
        role: 'outcome',
        quote: 'pass all his GCSEs',
        message: 'After a long time out of school, top results in every subject at once sets them up to fail.',
      },
    ],
    clean: [
      {
        cells: {
          need: 'Kez (16) has been 12 months out of school.',
          outcome: 'Kez will sit all his GCSEs this summer.',
          action: 'Tutor 3 hours a week',
        },
      },
      {
        cells: {
          need: 'Kez (16) has been 12 months out of school.',
          outcome: 'Kez will pass English and maths at grade 4 this summer, building up to other subjects at college.',
          action: 'Tutor 3 hours a week',
        },
      },
      {
        cells: {
          need: 'Kez is in Year 11 and attends well.',
          outcome: 'Kez will get grade 7 or above in all his GCSEs.',
        },
      },
    ],
  });
});

describe('a service named after what it helps with is no demand (cold9)', () => {
  it('reads "stop smoking adviser" and "quit smoking clinic" as services, not as stopping', () => {
    const codes = (action: string) =>
      checkRow({ action, owner: 'Mum', when: 'weekly from 12/1/27 to 30/3/27' })
        .map((f) => f.code)
        .filter((c) => c === 'negative-framing' || c === 'unrealistic');
    expect(codes('Stop smoking adviser Julie to see Mum weekly and supply patches.')).toEqual([]);
    expect(codes('Mum to go to the quit smoking clinic each Tuesday.')).toEqual([]);
    expect(codes('Mum to stop smoking.')).toEqual(['unrealistic', 'negative-framing']);
  });
});
