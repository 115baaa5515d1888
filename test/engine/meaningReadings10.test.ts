// Readings of the S and M letters' meaning learnt from the tenth cold set: a standard that depends on who
// judges is not measured by someone looking at it; a bracket before the word says who someone is, not what the
// word means; a change with no amount beside a named count is the measure's gap, not a vague aim; a tally of
// stamps or ticks is a count. The rows are written here in their own words, not copied from the cold set.
import { ruleTester } from './ruleTester';

const NO_MEASURE = { rule: 'no-measure', letters: ['M' as const], severity: 'warning' as const };
const SUBJECTIVE = { rule: 'subjective', letters: ['S' as const, 'M' as const], severity: 'warning' as const };
const JUDGED = 'is judged, not counted';

describe('a standard that depends on who judges, with nothing counting it, has no measure (cold10)', () => {
  ruleTester('no-measure', {
    meta: NO_MEASURE,
    flagged: [
      // The outcome is the standard; the actions' visits count the help, not the standard.
      {
        cells: {
          outcome: 'Tom wears suitable shoes for the weather.',
          action:
            'Family worker to take Dad to the shoe bank on 14/01/2027 and check Tom’s shoes at each weekly visit.',
          owner: 'Family worker (Asha Bell); Dad',
          when: 'Weekly from 14/01/2027',
        },
        role: 'outcome',
        quote: 'suitable',
        message: JUDGED,
      },
      // A progress column that is someone's look at the standard.
      {
        cells: {
          outcome: 'The kitchen will be kept to a decent standard.',
          action: 'Dad to wash up after tea and wipe the sides each evening.',
          owner: 'Dad (Lee)',
          when: 'Daily from 18/01/2027',
          measure: 'Health visitor’s view at her visits.',
        },
        role: 'measure',
        message: JUDGED,
      },
      // How often someone writes down their view is not an amount of the thing.
      {
        cells: {
          outcome: 'Mia will be more relaxed at bedtime.',
          action: 'Mum to run a bath and read one story with Mia at 7pm each night.',
          owner: 'Mum (Kerry)',
          when: 'Nightly from 11/01/2027',
          measure: 'Mum to note each morning how bedtime went.',
        },
        role: 'measure',
        message: JUDGED,
      },
      // An agreement with no outcome: what it asks is the target.
      {
        cells: {
          action: 'Dad will keep the flat in a suitable state for the children’s visits.',
          owner: 'Dad (Rob Kane)',
          when: 'From 16/01/2027',
          measure: 'SW to look round at each visit.',
        },
        role: 'measure',
        message: JUDGED,
      },
      // A bracket before the word says who the child is; it defines nothing.
      {
        cells: {
          outcome: 'Leon (Y3) will behave appropriately at playtime.',
          action: 'TA to play a team game with Leon and two friends at each lunchtime.',
          owner: 'TA (Mrs Dunn)',
          when: 'Daily from 11/01/2027',
        },
        role: 'outcome',
        message: JUDGED,
      },
    ],
    clean: [
      // Counted in the outcome itself.
      {
        cells: {
          outcome: 'Tom wears suitable shoes for the weather on 4 school days out of 5.',
          action: 'Family worker to take Dad to the shoe bank on 14/01/2027.',
          owner: 'Family worker (Asha Bell); Dad',
          when: 'By 14/01/2027',
        },
      },
      // A tally of stamps given for each lesson is a count.
      {
        cells: {
          outcome: 'Kai will use kind words with staff and pupils.',
          action: 'A sticker for each lesson with no swearing; 5 stickers earn a choice of game on Friday.',
          owner: 'Class teacher (Mr Oak)',
          when: 'Spring term 2027',
          measure: 'Stickers on his reward chart.',
        },
      },
      // A progress column that gives an amount.
      {
        cells: {
          outcome: 'The kitchen will be kept to a decent standard.',
          action: 'Dad to wash up after tea and wipe the sides each evening.',
          owner: 'Dad (Lee)',
          when: 'Daily from 18/01/2027',
          measure: 'No dirty dishes left out at 4 visits out of 5.',
        },
      },
      // The word is defined, in words.
      {
        cells: {
          outcome: 'The bathroom is kept clean, meaning the toilet and bath are wiped and the floor is clear.',
          action: 'Mum to clean the bathroom every Sunday and Wednesday.',
          owner: 'Mum (Gail)',
          when: 'From 10/01/2027',
        },
      },
      // A statutory role named, not judged.
      {
        cells: {
          action:
            'Two social workers to do the age assessment over 2 sessions with an appropriate adult present, by 20/02/2027.',
          owner: 'SW (Ann Cole); SW (Raj Dev)',
          when: 'By 20/02/2027',
        },
      },
    ],
  });
});

describe('a bracket before a judging word says who someone is, not what the word means (cold10)', () => {
  ruleTester('subjective', {
    meta: SUBJECTIVE,
    flagged: [
      {
        cells: { outcome: 'Rosie (Year 2) will be calmer after lunch.' },
        role: 'outcome',
        quote: 'calmer',
      },
      {
        cells: {
          action: 'Mum (Donna) will give the children proper breakfasts.',
          owner: 'Mum',
          when: 'Daily from 11/01/2027',
        },
        role: 'action',
        quote: 'proper',
      },
      {
        cells: { outcome: 'Jay (15) uses his phone appropriately.', measure: 'Keyworker’s view.' },
        role: 'outcome',
        quote: 'appropriately',
      },
      {
        cells: { outcome: 'Dad (Mr Green) keeps the home to a reasonable standard.' },
        role: 'outcome',
        quote: 'reasonable',
      },
    ],
    clean: [
      { cells: { outcome: 'The home is clean (floors clear, bins emptied, pots washed by 9pm each night).' } },
      { cells: { outcome: 'Sam wears appropriate clothing (a coat, hat and boots on days below 5°C).' } },
      {
        cells: {
          action: 'An appropriate adult to sit in on the police interview on 14/01/2027.',
          owner: 'Appropriate adult service',
          when: '14/01/2027',
        },
      },
      {
        cells: {
          outcome: 'Ben (Y5) reads 20 pages at home on 5 nights a week, logged in his reading record.',
        },
      },
    ],
  });
});

describe('a change with no amount, beside a count it names, is the measure’s gap (cold10)', () => {
  ruleTester('no-measure', {
    meta: NO_MEASURE,
    flagged: [
      {
        cells: { outcome: 'Josh’s spelling age will go up.', measure: 'Schonell spelling test each half term.' },
        role: 'outcome',
        quote: 'go up',
      },
      {
        cells: { outcome: 'Late marks will reduce.', measure: 'School register, checked monthly.' },
        role: 'outcome',
        quote: 'reduce',
      },
      {
        cells: { outcome: 'Priya’s weight will increase.', measure: 'Weighed by the school nurse every 2 weeks.' },
        role: 'outcome',
        quote: 'increase',
      },
      {
        cells: { outcome: 'His attendance will improve.', measure: 'Attendance figures each term.' },
        role: 'outcome',
        quote: 'improve',
      },
    ],
    clean: [
      { cells: { outcome: 'Josh’s spelling age will go up by 6 months.', measure: 'Schonell test each half term.' } },
      {
        cells: { outcome: 'Late marks will reduce from 9 to 2 a month.', measure: 'School register, checked monthly.' },
      },
      { cells: { outcome: 'Mum will rate her mood better, from 3 to 7.', measure: 'Scaling at each visit.' } },
      { cells: { outcome: 'Priya will weigh at least 30kg.', measure: 'Weighed by the school nurse every 2 weeks.' } },
    ],
  });
  ruleTester('vague', {
    flagged: [
      // With no count named anywhere, a direction alone is still a vague aim.
      { cells: { outcome: 'Dad’s drinking will reduce.', measure: 'Dad tells the worker.' }, role: 'outcome' },
    ],
    clean: [
      { cells: { outcome: 'Josh’s spelling age will go up.', measure: 'Schonell spelling test each half term.' } },
      { cells: { outcome: 'Late marks will reduce.', measure: 'School register, checked monthly.' } },
      { cells: { outcome: 'Priya’s weight will increase.', measure: 'Weighed by the school nurse every 2 weeks.' } },
      { cells: { outcome: 'His attendance will improve.', measure: 'Attendance figures each term.' } },
    ],
  });
});

const VAGUE = { rule: 'vague', letters: ['S' as const], severity: 'warning' as const };

describe('provision in an unnamed amount, and an attempt in place of an act, are vague (cold10)', () => {
  ruleTester('vague', {
    meta: VAGUE,
    flagged: [
      {
        cells: {
          action: 'Youth worker to arrange some visits to local colleges.',
          owner: 'Youth worker (Dee)',
          when: 'By 26/02/2027',
        },
        role: 'action',
        quote: 'some visits',
        message: 'how many or how often',
      },
      {
        cells: {
          action: 'School nurse to offer a few drop-in sessions on sleep.',
          owner: 'School nurse (Pat)',
          when: 'Spring term 2027',
        },
        role: 'action',
        quote: 'a few drop-in sessions',
      },
      {
        cells: {
          action: 'SENCo to give Ali several extra lessons in reading before the SATs.',
          owner: 'SENCo',
          when: 'By 30/04/2027',
        },
        role: 'action',
        quote: 'several extra lessons',
      },
      {
        cells: {
          action_owner_when:
            'I will try to be home by 9pm on school nights. My keyworker will ring me at 8.30 from 11 January. - Jade (15)',
        },
        role: 'action_owner_when',
        quote: 'try to',
      },
      {
        cells: {
          action: 'Dad will try his best to get the boys to school on time.',
          owner: 'Dad',
          when: 'From 11/01/2027',
        },
        role: 'action',
        quote: 'try his best',
      },
      {
        cells: { action: 'Mum will do her best to keep the bedrooms tidy.', owner: 'Mum', when: 'From 11/01/2027' },
        role: 'action',
      },
      {
        cells: {
          outcome: 'Ryan tries and stays in class for the whole lesson.',
          measure: 'Number of times sent out, from the log.',
        },
        role: 'outcome',
        quote: 'tries and',
      },
    ],
    clean: [
      {
        cells: {
          action: 'Youth worker to arrange 3 visits to local colleges.',
          owner: 'Youth worker (Dee)',
          when: 'By 26/02/2027',
        },
      },
      {
        cells: {
          action: 'School nurse to run some drop-in sessions on sleep.',
          owner: 'School nurse (Pat)',
          when: 'Every Tuesday lunchtime from 12/01/2027 to 23/03/2027',
        },
      },
      {
        cells: {
          action: 'Dad to get the boys to school by 8.45am every school day.',
          owner: 'Dad (Lewis)',
          when: 'From 11/01/2027',
        },
      },
      {
        cells: {
          action: 'Mia to try on her new school shoes at the shop on 16/01/2027 with Nan.',
          owner: 'Nan (Mrs Bell)',
          when: '16/01/2027',
        },
      },
    ],
  });
});

describe('a warmer, safer or quieter home with no amount is a comparison to count (cold10)', () => {
  ruleTester('no-measure', {
    meta: NO_MEASURE,
    flagged: [
      {
        cells: { outcome: 'The flat will be warmer.', measure: 'Looked at by the SW at the review.' },
        role: 'outcome',
        quote: 'warmer',
      },
      {
        cells: { outcome: 'The children’s bedroom will be drier.', measure: 'Checked at the next core group.' },
        role: 'outcome',
        quote: 'drier',
      },
      {
        cells: { outcome: 'Evenings at home will be quieter.', measure: 'Discussed at each visit.' },
        role: 'outcome',
        quote: 'quieter',
      },
      {
        cells: { outcome: 'Dad will be fitter.', measure: 'Asked about at the review.' },
        role: 'outcome',
        quote: 'fitter',
      },
    ],
    clean: [
      {
        cells: {
          outcome: 'The living room will be at least 18°C at each visit.',
          measure: 'SW’s room thermometer at each visit.',
        },
      },
      {
        cells: {
          outcome: 'No damp patches on the bedroom walls by 26/02/2027.',
          measure: 'Landlord’s repair record and photos.',
        },
      },
      {
        cells: {
          outcome: 'Neighbours make no noise complaints in 8 weeks.',
          measure: 'Housing officer’s complaints log.',
        },
      },
      {
        cells: {
          outcome: 'Dad walks for 30 minutes on 5 days a week.',
          measure: 'His phone’s step log, shown at visits.',
        },
      },
    ],
  });
});
