// Readings of the S letter's meaning learnt from the ninth cold set: words that depend on who judges when the
// row measures them, vague verbs and aims hidden in agreement form, "regularly" with no frequency of its own,
// and comparisons with no amount. Pinned as a user would see them (role, quote, message) with the traps that
// must stay clean. The rows are written here in their own words, not copied from the cold set.
import { COMPARISON } from '../../src/engine/rules/noMeasure';
import { ruleTester } from './ruleTester';

const SUBJECTIVE = { rule: 'subjective', letters: ['S' as const, 'M' as const], severity: 'warning' as const };
const VAGUE = { rule: 'vague', letters: ['S' as const], severity: 'warning' as const };
const NO_MEASURE = { rule: 'no-measure', letters: ['M' as const], severity: 'warning' as const };
const WHO_JUDGES = 'can mean different things to the family and to professionals';

describe('a word that depends on who judges, where the row measures it (cold9)', () => {
  ruleTester('subjective', {
    meta: SUBJECTIVE,
    flagged: [
      // Counted in the outcome: on how many days was she dressed "suitably"?
      {
        cells: {
          outcome: 'Jade will be dressed suitably for PE on 3 days out of 4.',
          action: 'Mum to wash the PE kit every Sunday evening and pack it in Jade’s bag.',
          owner: 'Mum',
          when: 'From 8 February 2027',
        },
        role: 'outcome',
        quote: 'suitably',
        message: WHO_JUDGES,
      },
      // A progress column that looks at the standard itself.
      {
        cells: {
          outcome: 'The kitchen is kept hygienic for the baby.',
          action: 'Dad to wipe the worktops after every meal and empty the bin each night.',
          owner: 'Dad',
          when: 'From 1 March 2027',
          measure: 'Health visitor to look at the kitchen at each visit.',
        },
        role: 'outcome',
        quote: 'hygienic',
      },
      {
        cells: {
          outcome: 'The children have adequate meals.',
          action:
            'Mum to buy food with the voucher on Mondays; family worker Jo to bring the voucher on 4 January 2027.',
          owner: 'Mum; Jo',
          when: 'From 4 January 2027',
          measure: 'Jo to look in the fridge at each visit.',
        },
        role: 'outcome',
        quote: 'adequate',
      },
      // One statement of the standard: the word is what everyone will judge by, whatever the actions.
      {
        cells: {
          outcome: 'Lily wears appropriate clothes for school.',
          action: 'Dad to buy Lily a coat and boots with the hardship grant by 15/01/2027.',
          owner: 'Dad',
          when: '15/01/2027',
        },
        role: 'outcome',
        quote: 'appropriate',
      },
      // Being a good parent, and a calmer home: judged by whoever looks.
      {
        cells: { action: 'Dad will be a better dad to Leo.', owner: 'Dad', when: 'By 1 May 2027' },
        quote: 'better dad',
      },
      {
        cells: {
          outcome: 'Mealtimes will be more relaxed for the family.',
          action: 'Social worker to visit.',
          owner: 'SW',
        },
        role: 'outcome',
        quote: 'more relaxed',
      },
    ],
    clean: [
      // A general aim carried by specific actions, with nothing in the row that measures the word itself.
      {
        cells: {
          outcome: 'The family will receive the appropriate benefits. Their rent arrears will be paid off.',
          action:
            'SW to check which benefits the family receive by 15/02/2027 and refer them to the welfare rights service by 22/02/2027.',
          owner: 'SW Ann Cole',
          when: '22/02/2027',
        },
      },
      // The word defined in the row.
      {
        cells: {
          outcome: 'Jade wears suitable clothes for PE, meaning her full kit, on every PE day.',
          action: 'Mum to wash the PE kit every Sunday evening.',
          owner: 'Mum',
          when: 'From 8 February 2027',
          measure: 'PE teacher’s kit register.',
        },
      },
      // A course's name, and a standard in the need (the worry as found), carried by specific actions.
      {
        cells: {
          action: 'Mum to go to the Calmer Parents course every Tuesday from 12 January 2027.',
          owner: 'Mum',
          when: 'Tuesdays, 12 January to 16 March 2027',
        },
      },
      {
        cells: {
          need: 'The children are not appropriately dressed for the weather.',
          outcome: 'Each child has a waterproof coat and boots by 15 January 2027.',
          action: 'SW to apply to the hardship fund for coats and boots by 8 January 2027.',
          owner: 'SW',
          when: '15 January 2027',
        },
      },
    ],
  });
});

describe('vague verbs and aims hidden in agreement form, and "regularly" with no frequency of its own (cold9)', () => {
  ruleTester('vague', {
    meta: VAGUE,
    flagged: [
      {
        cells: { action: 'Leah will put her children first.', owner: 'Leah', when: 'From 4 January 2027' },
        quote: 'put her children first',
      },
      {
        cells: { action: 'Kai will stop his risky behaviour online.', owner: 'Kai', when: 'From 4 January 2027' },
        quote: 'risky behaviour',
      },
      {
        cells: {
          action: 'Connor to reduce his challenging behaviour in class.',
          owner: 'Connor',
          when: 'By Easter 2027',
        },
        quote: 'challenging behaviour',
      },
      // A meeting says when the work happens, not what it is.
      {
        cells: {
          action: 'Family worker Jo to visit on Mondays for 6 weeks and do some work with Mum around routines.',
          owner: 'Jo',
          when: 'From 11 January 2027',
        },
        role: 'action',
      },
      {
        cells: {
          action: 'SW to see Tia fortnightly and carry out further work on healthy relationships.',
          owner: 'SW',
          when: 'From 11 January 2027 to 8 March 2027',
        },
        role: 'action',
      },
      {
        cells: {
          action: 'YOT worker to see Tyler weekly and undertake work around knife crime.',
          owner: 'YOT worker Sam',
          when: 'From 4/1/27 to 29/3/27',
        },
        quote: 'undertake work',
      },
      // A span says for how long, and the progress column's checking how often someone looks.
      {
        cells: {
          action: 'Mum to take Ava to nursery regularly.',
          owner: 'Mum',
          when: 'For 10 weeks from 4 January 2027',
        },
        quote: 'regularly',
      },
      {
        cells: {
          action: 'Dad to phone the school regularly about Sam’s progress.',
          owner: 'Dad',
          when: 'Until 31 March 2027',
          measure: 'Head of year to check the call log every Friday.',
        },
        quote: 'regularly',
      },
    ],
    clean: [
      {
        cells: {
          action:
            'Family worker Jo to visit on Mondays for 6 weeks and go through the bedtime routines workbook with Mum.',
          owner: 'Jo',
          when: 'From 11 January 2027',
        },
      },
      {
        cells: {
          action: 'SW to meet Niamh every Wednesday for 8 weeks and work through the keeping safe booklet with her.',
          owner: 'SW',
          when: 'From 13 January 2027',
        },
      },
      {
        cells: {
          action: 'Kai will go to the anti-social behaviour panel on 5 February 2027.',
          owner: 'Kai',
          when: '5 February 2027',
        },
      },
      {
        cells: {
          action: 'Mum will put the baby to bed first, then bath Leo by 7pm each night.',
          owner: 'Mum',
          when: 'From 4 January 2027',
        },
      },
      {
        cells: {
          action: 'Sam to do some work experience with Mr Lee at the garage every Friday.',
          owner: 'Sam; Mr Lee',
          when: 'Fridays from 8 January 2027',
        },
      },
      {
        cells: {
          action: 'Mum to take Ava to nursery regularly.',
          owner: 'Mum',
          when: 'Every weekday from 4 January 2027',
        },
      },
    ],
  });
});

describe('a comparison with no amount beside a specific provision (cold9)', () => {
  ruleTester('no-measure', {
    meta: NO_MEASURE,
    flagged: [
      {
        cells: {
          outcome: 'Ella’s reading will improve.',
          action: 'Reading Recovery with TA Mrs Bell, 4 x 30 minutes a week.',
          owner: 'TA Mrs Bell',
          when: 'From 11 January 2027',
        },
        role: 'outcome',
        quote: 'improve',
        message: 'compares with nothing anyone has counted',
      },
      {
        cells: {
          outcome: 'Dad will spend more time outdoors with the boys.',
          action: 'Dad to take the boys to the park every Saturday morning.',
          owner: 'Dad',
          when: 'Saturdays from 9 January 2027',
        },
        role: 'outcome',
        quote: 'more',
      },
      {
        cells: {
          outcome: 'By the end of Year 3 Kian will use a greater variety of words in his writing.',
          action: 'Vocabulary group with Mr Shah, 3 x 20 minutes a week.',
          owner: 'Mr Shah',
          when: 'From 11 January 2027',
        },
        quote: 'greater',
      },
      {
        cells: {
          outcome: 'Mum and Jack will have fewer arguments at home.',
          action: 'Mum and Jack to go to the family mediation service every Thursday for 6 weeks.',
          owner: 'Mum, Jack',
          when: 'From 14 January 2027',
        },
        quote: 'fewer',
      },
      // A change named by its direction, or by a comparative.
      {
        cells: {
          outcome: 'Jo’s reading scores will go up.',
          action: 'Jo to read with Mum for 10 minutes every night.',
          owner: 'Jo; Mum',
          when: 'From 7/1/27',
        },
        quote: 'go up',
      },
      {
        cells: {
          outcome: 'Jo’s confidence will grow.',
          action: 'Jo to go to drama club every Thursday.',
          owner: 'Jo; Mum',
          when: 'From 7/1/27',
        },
        quote: 'grow',
      },
      {
        cells: {
          outcome: 'Leo will have a healthier diet.',
          action: 'Mum to give Leo fruit with breakfast every day.',
          owner: 'Mum',
          when: 'From 4/1/27',
        },
        quote: 'healthier',
      },
      // How often, with no number anywhere in the row.
      {
        cells: {
          outcome: 'Mia will go to Brownies regularly.',
          action: 'Mum to take Mia to Brownies.',
          owner: 'Mum',
          when: 'From 5 January 2027',
        },
        quote: 'regularly',
        message: 'gives no number to count by',
      },
      // An agreement with no outcome column: what it asks to be done is the target.
      {
        cells: { action: 'Dad will cut down his drinking.', owner: 'Dad', when: 'By 31 March 2027' },
        quote: 'cut down',
      },
    ],
    clean: [
      {
        cells: {
          outcome: 'Ella’s reading age will improve from 6y 2m to 7y by July 2027.',
          action: 'Reading Recovery with TA Mrs Bell, 4 x 30 minutes a week.',
          owner: 'TA Mrs Bell',
          when: 'From 11 January 2027',
        },
      },
      {
        cells: {
          outcome: 'Dad will spend at least 2 hours outdoors with the boys each weekend.',
          action: 'Dad to take the boys to the park every Saturday morning.',
          owner: 'Dad',
          when: 'Saturdays from 9 January 2027',
        },
      },
      {
        cells: {
          outcome: 'Mia will go to Brownies regularly.',
          action: 'Mum to take Mia to Brownies.',
          owner: 'Mum',
          when: 'Every Tuesday from 5 January 2027',
        },
      },
      // An agreement whose words hold no comparison ("drop off" is no fall).
      { cells: { action: 'Mum to drop Leo off at nursery by 9am every weekday.', owner: 'Mum', when: 'From 4/1/27' } },
      // A progress column gives the yardstick.
      {
        cells: {
          outcome: 'Kian will use more describing words in his writing.',
          action: 'Vocabulary group with Mr Shah, 3 x 20 minutes a week.',
          owner: 'Mr Shah',
          when: 'From 11 January 2027',
          measure: 'Mr Shah counts the describing words in one piece of writing each Friday: 2 now, 6 by Easter.',
        },
      },
      // A yes/no fact that makes the child better protected.
      {
        cells: {
          outcome: 'Ben will have had his boosters and be better protected from measles.',
          action: 'Practice nurse to give the boosters by 26 February 2027.',
          owner: 'Practice nurse',
          when: '26 February 2027',
        },
      },
    ],
  });
});

describe('help, support and check-ins that name the act, the person and the time are not vague (cold9)', () => {
  const SKILLS_ROW = {
    outcome: 'Tom will be ready to live on his own.',
    action: 'Tom to cook one meal a week with his carer and pay the gas bill each month.',
    owner: 'Tom; carer Mr Ray',
    when: 'From 11 January 2027, reviewed 10 May 2027',
    measure: 'Meals cooked and bills paid ticked off on Tom’s checklist.',
  };
  ruleTester('vague', {
    meta: VAGUE,
    flagged: [
      {
        cells: { action: 'Dad will help Mum more at home.', owner: 'Dad', when: 'From 4 January 2027' },
        quote: 'help',
      },
      { cells: { action: 'TA to support Ava with her reading.', owner: 'TA Mrs Bell', when: 'From 11 January 2027' } },
      { cells: { action: 'Check in with Mum now and then.', owner: 'SW', when: 'From 11 January 2027' } },
      {
        cells: {
          action: 'Worker to support Chloe with her independence.',
          owner: 'PA Sam',
          when: 'From 11 January 2027',
        },
      },
    ],
    clean: [
      {
        cells: {
          action: 'Dad will help Nan into the bath on Sunday evenings.',
          owner: 'Dad',
          when: 'Sundays from 3 January 2027',
        },
      },
      {
        cells: {
          action: 'Carer to help Zak get dressed each school morning.',
          owner: 'Carer Mrs Ray',
          when: 'From 4 January 2027',
        },
      },
      {
        cells: {
          action: 'One-to-one reading help in the library from Mrs Patel every Tuesday.',
          owner: 'Mrs Patel',
          when: 'From 5 January 2027',
        },
      },
      {
        cells: {
          action: 'Check in with Ava at the start of each lesson.',
          owner: 'TA Mr Cole',
          when: 'From 5 January 2027',
        },
      },
      {
        cells: {
          action: 'Mum to ask the housing officer for a transfer (letter from SW to back it, sent by 5 February 2027).',
          owner: 'Mum; SW',
          when: '5 February 2027',
        },
      },
      // A general aim carried by weekly tasks whose acts are logged.
      { cells: SKILLS_ROW },
    ],
  });
  ruleTester('no-measure', {
    meta: NO_MEASURE,
    flagged: [
      // What is noted is no act done: nothing to count.
      {
        cells: {
          outcome: 'Mum will be more organised.',
          action: 'Mum to attend the Family Matters course weekly for 8 weeks from 12 January 2027.',
          owner: 'Mum',
          when: '12 January 2027 to 2 March 2027',
          measure: 'Feelings shared noted in the worker’s notes.',
        },
        role: 'measure',
      },
    ],
    // A log of the acts themselves, beside specific actions, is a count.
    clean: [{ cells: SKILLS_ROW }],
  });
});

describe('a comparison word, not the negation idioms "no more" and "any more"', () => {
  it.each(['Jack will read more.', 'fewer late marks', 'a wider range of foods', 'Her spelling will improve.'])(
    'reads a comparison in: %s',
    (text) => expect(COMPARISON.test(text)).toBe(true),
  );
  it.each(['There will be no more missed visits.', 'Jo won’t miss any more lessons.', 'Jo will read daily.'])(
    'reads none in: %s',
    (text) => expect(COMPARISON.test(text)).toBe(false),
  );
});
