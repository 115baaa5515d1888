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
      // Things named as what is packed, not as work with someone.
      {
        cells: {
          action: 'Mum to pack some things on Sunday night for Leo’s first short break.',
          owner: 'Mum (Tina)',
          when: 'By 24/01/2027',
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

const NO_MEASURE = { rule: 'no-measure', letters: ['M' as const], severity: 'warning' as const };
const COMPARES = 'compares with nothing anyone has counted';

describe('a direction in everyday words, or a comparative of length, speed or time, has no amount (cold11)', () => {
  // Torbay, "Measurable": say where things are now and where they should be. "Comes down", "picks up",
  // "longer", "faster" and "earlier" each ask how far, from where.
  ruleTester('no-measure', {
    meta: NO_MEASURE,
    flagged: [
      {
        cells: {
          outcome: 'Dad’s smoking in the flat comes down before the baby is born.',
          action: 'Stop smoking adviser to see Dad every Monday for 8 weeks from 11/01/2027.',
          owner: 'Stop smoking adviser (Pat Low)',
          when: 'Weekly from 11/01/2027',
        },
        role: 'outcome',
        quote: 'comes down',
        message: COMPARES,
      },
      {
        cells: {
          outcome: 'Section E: Noor’s progress in phonics picks up by the summer term.',
          action: 'TA to run Read Write Inc with Noor for 15 minutes every afternoon.',
          owner: 'TA (Mrs Ince)',
          when: 'Daily from 11/01/2027',
          measure: 'Phonics screening sample each half term.',
        },
        role: 'outcome',
        message: COMPARES,
      },
      {
        cells: {
          outcome: 'Ethan will get dressed faster on school mornings.',
          action: 'Mum to lay out his uniform each night and use the picture sequence card at 7.15am.',
          owner: 'Mum (Clare)',
          when: 'Every school day from 11/01/2027',
        },
        role: 'outcome',
        quote: 'faster',
      },
      {
        cells: {
          outcome: 'Ruby will stay at the dinner table for longer at teatime.',
          action: 'Foster carer to set a sand timer and sit with Ruby at tea each day.',
          owner: 'Foster carer (Liz Hart)',
          when: 'Daily from 18/01/2027',
          measure: 'Carer’s daily food diary, read by the SSW at each visit.',
        },
        role: 'outcome',
        quote: 'longer',
      },
    ],
    clean: [
      // The same words with their amount.
      {
        cells: {
          outcome: 'Dad’s smoking comes down from 20 to 5 cigarettes a day by 01/03/2027, none indoors.',
          action: 'Stop smoking adviser to see Dad every Monday for 8 weeks from 11/01/2027.',
          owner: 'Stop smoking adviser (Pat Low)',
          when: 'Weekly from 11/01/2027',
        },
      },
      // Picking someone up, and coming down to a place, are acts, not directions.
      {
        cells: {
          outcome: 'Grace is at the school gate by 8.45am on every school day by half term.',
          action: 'Nan to pick up Grace at 8.15am and come down to the school with her on Mondays.',
          owner: 'Nan (Joan Ellis)',
          when: 'Every school day from 11/01/2027',
        },
      },
      // A score against its own first reading, taken by a clinician.
      {
        cells: {
          outcome: 'Dad’s GAD-7 score, taken by his GP, is lower at the review than at his first appointment.',
          action: 'Dad to book a GP appointment by 15/01/2027 and go to each one offered.',
          owner: 'Dad (Mark)',
          when: 'By 15/01/2027; review 12/04/2027',
        },
      },
      // "No longer" is a negation, not a comparison of length.
      {
        cells: {
          outcome: 'By 26/03/2027 Jack will be in bed by 8pm on 5 nights out of 7 and no longer up past 10pm.',
          action: 'Dad to start the bedtime routine at 7.30pm each night.',
          owner: 'Dad (Ian)',
          when: 'Nightly from 11/01/2027',
        },
      },
    ],
  });
});

describe('an agreement asking for something "more often" beside a named count has no amount, and is not a vague frequency (cold11)', () => {
  ruleTester('no-measure', {
    meta: NO_MEASURE,
    flagged: [
      {
        cells: {
          action: 'Mum will take Zac to the library more often.',
          owner: 'Mum (Kim)',
          when: 'From 11/01/2027 to 31/03/2027',
          measure: 'Library card record checked by the FSW on Fridays.',
        },
        role: 'action',
        message: COMPARES,
      },
      {
        cells: {
          action: 'Jade will come home for her tea more often.',
          owner: 'Jade; residential key worker',
          when: 'From 18/01/2027 to the review on 22/03/2027',
          measure: 'The home’s daily sign-in book.',
        },
        role: 'action',
        message: COMPARES,
      },
    ],
    clean: [
      {
        cells: {
          action: 'Mum will take Zac to the library every Saturday morning.',
          owner: 'Mum (Kim)',
          when: 'From 11/01/2027 to 31/03/2027',
          measure: 'Library card record checked by the FSW on Fridays.',
        },
      },
      {
        cells: {
          action: 'Jade will be home for tea at 5.30pm on 4 days a week.',
          owner: 'Jade; residential key worker',
          when: 'From 18/01/2027 to the review on 22/03/2027',
          measure: 'The home’s daily sign-in book.',
        },
      },
    ],
  });
  ruleTester('vague', {
    meta: VAGUE,
    flagged: [
      // With nothing counted anywhere, "often" is still a frequency left vague.
      {
        cells: {
          action: 'Dad will phone the children more often.',
          owner: 'Dad (Rob)',
          when: 'By the review on 12/03/2027',
        },
        role: 'action',
        quote: 'often',
      },
      {
        cells: {
          action: 'Grandparents to visit often.',
          owner: 'Grandparents',
          when: 'From 11/01/2027',
          measure: 'Visits book at the foster home.',
        },
        role: 'action',
        quote: 'often',
      },
    ],
    clean: [
      {
        cells: {
          action: 'Mum will take Zac to the library more often.',
          owner: 'Mum (Kim)',
          when: 'From 11/01/2027 to 31/03/2027',
          measure: 'Library card record checked by the FSW on Fridays.',
        },
      },
      {
        cells: {
          action: 'Jade will come home for her tea more often.',
          owner: 'Jade; residential key worker',
          when: 'From 18/01/2027 to the review on 22/03/2027',
          measure: 'The home’s daily sign-in book.',
        },
      },
    ],
  });
});

describe('a written confirmation, a form or a log on a case system is a record to check (cold11)', () => {
  ruleTester('no-measure', {
    meta: NO_MEASURE,
    flagged: [
      {
        cells: {
          action: 'Housing officer to arrange for the broken window to be boarded and then replaced by 05/02/2027.',
          owner: 'Housing officer (Sam Frey)',
          when: 'By 05/02/2027',
          measure: 'SW to keep an eye on it.',
        },
        role: 'measure',
      },
      {
        cells: {
          action: 'Letterbox co-ordinator to send Jo’s letter to her birth mother by 31/01/2027.',
          owner: 'Letterbox co-ordinator (Ann Rhys)',
          when: 'By 31/01/2027',
          measure: 'To be discussed.',
        },
        role: 'measure',
      },
    ],
    clean: [
      {
        cells: {
          action: 'Housing officer to arrange for the broken window to be replaced by 05/02/2027.',
          owner: 'Housing officer (Sam Frey)',
          when: 'By 05/02/2027',
          measure: 'Repair confirmed in writing by the council’s contractor to the SW.',
        },
      },
      {
        cells: {
          action: 'Letterbox co-ordinator to send Jo’s letter to her birth mother by 31/01/2027.',
          owner: 'Letterbox co-ordinator (Ann Rhys)',
          when: 'By 31/01/2027',
          measure: 'Date sent logged on the adoption support system.',
        },
      },
      {
        cells: {
          action:
            'Family time supervisor to write up each Saturday session with Dad and send it to the SW within 3 days.',
          owner: 'Family time supervisor (Ros Lee)',
          when: 'Every Saturday from 16/01/2027',
          measure: 'Family time forms.',
        },
      },
    ],
  });
});

const SELF_REPORT = { rule: 'self-report-only', letters: ['M' as const], severity: 'warning' as const };

describe('a record or an answer that is the family’s own is still their word (cold11)', () => {
  // Torbay, "Measurable": self-reporting by parents or non-professionals as the only proof of progress is not safe.
  ruleTester('self-report-only', {
    meta: SELF_REPORT,
    flagged: [
      // The parent's chart or diary, named as theirs without "own".
      {
        cells: {
          outcome: 'Lily brushes her teeth twice a day by 12/03/2027.',
          action: 'HV to give Mum a brushing chart on 13/01/2027; Mum to tick it morning and night.',
          owner: 'HV (Nia Roberts); Mum (Sara)',
          when: 'From 13/01/2027',
          measure: 'Mum’s brushing chart.',
        },
        role: 'measure',
      },
      {
        cells: {
          outcome: 'The twins are asleep by 8pm on 5 nights out of 7 by the review.',
          action: 'Dad to start the bath at 7pm each night.',
          owner: 'Dad (Owen)',
          when: 'Nightly from 18/01/2027',
          measure: 'Dad’s sleep diary, shown to the FSW.',
        },
        role: 'measure',
      },
      // A first-person plan's own record.
      {
        cells: {
          action: 'I will smoke no more than 3 joints a week and write each one down.',
          owner: 'Me (Carl Dunn)',
          when: 'From 11/01/2027 to 08/03/2027',
          measure: 'My cannabis log.',
        },
        role: 'measure',
      },
      // A parent messaging a school lead, and a young person's answer to a parent.
      {
        cells: {
          outcome: 'Tia attends every school day from 18/01/2027.',
          action: 'Mum to walk Tia to the gate at 8.40am.',
          owner: 'Mum (Lucy)',
          when: 'Every school day from 18/01/2027',
          measure: 'Mum will message the attendance lead each morning to say Tia is in.',
        },
        role: 'measure',
      },
      {
        cells: {
          action: 'Kayla will be home by 9pm on school nights, and Mum will ask her where she has been.',
          owner: 'Kayla; Mum (Jo)',
          when: 'From 11/01/2027 to 22/02/2027',
          measure: 'Kayla’s answers to Mum.',
        },
        role: 'measure',
      },
      // An outcome naming its only evidence as a young person's or a relative's word.
      {
        cells: {
          outcome: 'Mo is back at the foster home by 10pm each night, as Mo will text his carer at 10pm.',
          action: 'SW to go through the keeping-safe plan with Mo on 14/01/2027.',
          owner: 'SW (Ada Lin)',
          when: 'From 14/01/2027 to 25/02/2027',
        },
        role: 'outcome',
        message: 'What Mo tells us',
      },
      {
        cells: {
          outcome: 'Jess has breakfast before school every day, which Uncle Ray will report at each kinship visit.',
          action: 'Kinship worker to shop with Ray for breakfast food on 15/01/2027.',
          owner: 'Kinship worker (Sue Hay); Uncle Ray',
          when: 'From 15/01/2027',
        },
        role: 'outcome',
      },
    ],
    clean: [
      // A bank's record of money paid beside a carer's report is a second source.
      {
        cells: {
          action: 'Ellis will pay £40 board every Friday and be in by 11pm on weeknights.',
          owner: 'Ellis; carers Sue and Tom Hill',
          when: 'From 15/01/2027',
          measure: 'Direct debit; carers’ report at each pathway review.',
        },
      },
      // A parent's diary beside a professional's weighing.
      {
        cells: {
          outcome: 'Sam eats 3 meals a day and is back on the 25th centile by 30/06/2027.',
          action: 'Dietitian to see Sam and Mum monthly; Mum to offer 3 meals and 2 snacks a day.',
          owner: 'Dietitian (Lee Ho); Mum',
          when: 'Monthly from 20/01/2027',
          measure: 'Weighed at each dietitian appointment; Mum’s food diary.',
        },
      },
      // A worker's first-person notes in a plan the worker writes: not the family's record.
      {
        cells: {
          action: 'Key worker to meet Carl every Tuesday to go through his use that week.',
          owner: 'Key worker (Ben Ash)',
          when: 'Weekly from 12/01/2027',
          measure: 'My session notes, shared with the SW.',
        },
      },
      // Telling a worker of an event is a task, not the row's evidence.
      {
        cells: {
          outcome: 'Ella is asleep by 7.30pm on 5 nights a week by March, and Mum tells the HV if she wakes in pain.',
          action: 'HV to go through the bedtime plan with Mum on 13/01/2027.',
          owner: 'HV (Nia Roberts)',
          when: 'From 13/01/2027',
        },
      },
      // The outcome's own evidence is someone else's count.
      {
        cells: {
          outcome: 'Mo is back at the foster home by 10pm each night, as the home’s sign-in book shows.',
          action: 'SW to go through the keeping-safe plan with Mo on 14/01/2027.',
          owner: 'SW (Ada Lin)',
          when: 'From 14/01/2027 to 25/02/2027',
        },
      },
      {
        cells: {
          outcome: 'Jess has breakfast before school every day, which Uncle Ray will report at each kinship visit.',
          action: 'Kinship worker to shop with Ray for breakfast food on 15/01/2027.',
          owner: 'Kinship worker (Sue Hay); Uncle Ray',
          when: 'From 15/01/2027',
          measure: 'Breakfast club register at school.',
        },
      },
    ],
  });
});

const SUBJECTIVE = { rule: 'subjective', letters: ['S' as const, 'M' as const], severity: 'warning' as const };

describe('how something looks, what an occasion was like, a child’s state and a stable home are judged (cold11)', () => {
  // Practitioner's Guide, Top Tips: words that mean different things to different people need spelling out.
  ruleTester('subjective', {
    meta: SUBJECTIVE,
    flagged: [
      {
        cells: {
          outcome: 'Section E: Priya will set out her maths working neatly by the end of Year 4.',
          action: 'TA to give Priya squared paper and a worked example each maths lesson.',
          owner: 'TA (Mrs Kerr)',
          when: 'Every maths lesson from 11/01/2027',
        },
        role: 'outcome',
        quote: 'neatly',
      },
      {
        cells: {
          outcome: 'Ollie will not come to school looking scruffy.',
          action: 'FSW to take Mum to the uniform exchange on 15/01/2027.',
          owner: 'FSW (Di Ames)',
          when: 'By 15/01/2027',
        },
        role: 'outcome',
        quote: 'scruffy',
      },
      {
        cells: {
          action: 'Gran will make sure every visit is a good experience for Lola.',
          owner: 'Gran (Pam)',
          when: 'Every other Sunday from 17/01/2027',
          measure: 'Contact supervisor’s notes.',
        },
        role: 'action',
        quote: 'good experience',
      },
      {
        cells: {
          outcome: 'The residential trip will be an enjoyable experience for Amir.',
          action: 'School nurse to train 2 staff in Amir’s inhaler and spacer by 01/03/2027.',
          owner: 'School nurse (Jo Pike)',
          when: 'By 01/03/2027',
        },
        role: 'outcome',
      },
      {
        cells: {
          outcome: 'Max will arrive at nursery in a good mood each morning.',
          action: 'Dad to give Max breakfast at 7.30am and walk him in by 8.45am.',
          owner: 'Dad (Lee)',
          when: 'Every nursery day from 11/01/2027',
          measure: 'Key person’s note at drop-off.',
        },
        role: 'outcome',
        quote: 'good mood',
      },
      {
        cells: {
          outcome: 'Mum will be in a good frame of mind for family time.',
          action: 'Mum to see her CPN every fortnight.',
          owner: 'Mum (Ria); CPN',
          when: 'Fortnightly from 14/01/2027',
        },
        role: 'outcome',
      },
      {
        cells: {
          action: 'Parents to provide a stable environment for the children.',
          owner: 'Mum and Dad',
          when: 'From 11/01/2027',
        },
        role: 'action',
        quote: 'stable environment',
      },
      {
        cells: {
          outcome: 'Mia will have a stable home with her kinship carers.',
          action: 'Kinship worker to visit monthly.',
          owner: 'Kinship worker (Rae Tull)',
          when: 'Monthly from 20/01/2027',
        },
        role: 'outcome',
      },
    ],
    clean: [
      // The look spelled out in what anyone can see.
      {
        cells: {
          outcome: 'Section E: Priya will line up the digits in columns in 4 of 5 maths books checked by half term.',
          action: 'TA to give Priya squared paper and a worked example each maths lesson.',
          owner: 'TA (Mrs Kerr)',
          when: 'Every maths lesson from 11/01/2027',
        },
      },
      // A place name and a piece of work experience are not judging words.
      {
        cells: {
          action: 'PA to book Jordan a week’s work experience at the Neath garage by 30/04/2027.',
          owner: 'PA (Gwen Rhys)',
          when: 'By 30/04/2027',
        },
      },
      // What Lola will do at contact, counted.
      {
        cells: {
          action: 'Gran will bring a board game to every visit and play it with Lola for the first half hour.',
          owner: 'Gran (Pam)',
          when: 'Every other Sunday from 17/01/2027',
          measure: 'Contact supervisor’s notes.',
        },
      },
      // "Messy play" is an activity, not a look.
      {
        cells: {
          action: 'Key person to do 20 minutes of messy play with Ava on Tuesdays and Thursdays.',
          owner: 'Key person (Meg Hill)',
          when: 'From 12/01/2027',
        },
      },
      // Ready to learn, shown by what he does.
      {
        cells: {
          outcome: 'Max sits at his table with his book open within 5 minutes of each break by Easter.',
          action: 'TA to run a 5-minute movement break with Max before each lesson.',
          owner: 'TA (Mr Fox)',
          when: 'Daily from 11/01/2027',
        },
      },
      // Staying at the same address, and a stable dose, are facts.
      {
        cells: {
          outcome: 'Mia stays living at the same address with her kinship carers until the hearing on 12/05/2027.',
          action: 'Kinship worker to visit monthly and Dad to stay stable on his methadone script.',
          owner: 'Kinship worker (Rae Tull); Dad',
          when: 'Monthly from 20/01/2027',
        },
      },
    ],
  });
});
