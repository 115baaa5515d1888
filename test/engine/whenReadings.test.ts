// Readings of who, when and whose word learnt from the ninth cold set, pinned as a user would see them: the rows
// flagged (role, quote, message) and the look-alikes that must stay clean. The rows are written here in their
// own words, not copied from the cold set.
import { ruleTester } from './ruleTester';

const NO_DATE = 'No date is given.';
const NOT_A_DATE = /is not a date yet/;

describe('a When left empty or "TBC" is not filled by a date elsewhere in the row (cold9)', () => {
  ruleTester('no-timescale', {
    meta: { rule: 'no-timescale', letters: ['T'], severity: 'warning' },
    flagged: [
      // The outcome's deadline is when the change is looked for, not when the work is done.
      {
        cells: {
          need: 'Jay has had no eye test since 2024 and squints at the board.',
          outcome: 'Jay wears glasses in class by February half term.',
          action: 'Dad to book an eye test at the optician on the high street.',
          owner: 'Dad',
          when: 'TBC',
        },
        role: 'when',
        quote: 'TBC',
        message: NOT_A_DATE,
      },
      // The measure's "each Friday" says when to look, not when the work happens.
      {
        cells: {
          outcome: 'Sami reads to an adult for 10 minutes on 5 evenings a week.',
          action: 'Mum to join the library with Sami and choose books together.',
          owner: 'Mum',
          when: '',
          measure: 'Reading record signed by the class teacher each Friday.',
        },
        role: 'when',
        message: NO_DATE,
      },
      // One step has its own time; the step before it has none.
      {
        cells: {
          action:
            'Nan to collect the new inhaler from the chemist; the practice nurse to show her how to use it at the clinic on 3 March 2027.',
          owner: 'Nan; practice nurse',
          when: 'To be confirmed',
        },
        role: 'when',
        quote: 'To be confirmed',
        message: NOT_A_DATE,
      },
      // A date in the need is the history, one in the outcome the row's end.
      {
        cells: {
          need: 'Since March 2026 the rent has not been paid.',
          outcome: 'The arrears are cleared by 31 July 2027.',
          action: 'Ms Obi to meet the housing officer and agree a repayment plan.',
          owner: 'Ms Obi',
          when: 'tba',
          measure: 'Rent statement each month showing a payment.',
        },
        role: 'when',
        quote: 'tba',
      },
      // "TBC" among other words, and a mark that no time applies, are no date either.
      {
        cells: {
          action: 'Housing officer to inspect the damp in the back bedroom.',
          owner: 'Housing officer',
          when: 'Date TBC',
          measure: 'Repairs seen at the SW visit on 12/03/2027.',
        },
        role: 'when',
        quote: 'Date TBC',
        message: NOT_A_DATE,
      },
      {
        cells: {
          action: 'Housing officer to inspect the damp in the back bedroom.',
          owner: 'Housing officer',
          when: 'N/A',
          measure: 'Repairs seen at the SW visit on 12/03/2027.',
        },
        role: 'when',
        quote: 'N/A',
      },
      // A who-and-when cell that says its date is still to set, beside the outcome's date.
      {
        cells: {
          outcome: 'Ella is registered with a dentist by 1 March 2027.',
          action: 'Mum to ring the dental practice and book a check-up.',
          owner_when: 'Mum – date TBC',
        },
        role: 'action',
        message: 'This does not say when.',
      },
      {
        cells: {
          outcome: 'Ella is registered with a dentist by 1 March 2027.',
          action_owner_when: 'Mum to ring the dental practice and book a check-up (date TBC).',
        },
        role: 'action_owner_when',
      },
    ],
    clean: [
      // The step has its own date; what is still to set is the appointment's.
      {
        cells: {
          outcome: 'Ella is registered with a dentist by 1 March 2027.',
          action_owner_when:
            'Mum to ring the dental practice by 12/02/2027 and book a check-up (appointment date TBC).',
        },
      },
      // With no When column and nothing said to be still to set, the outcome's date times the row, as before.
      {
        cells: {
          outcome: 'Ella is registered with a dentist by 1 March 2027.',
          action: 'Mum to ring the dental practice and book a check-up.',
          owner_when: 'Mum',
        },
      },
      // A time in the owner's cell is for all the work.
      {
        cells: {
          action: 'Housing officer to inspect the damp in the back bedroom.',
          owner: 'Housing officer, by 12/02/2027',
          when: '',
          measure: 'Repairs seen at the SW visit on 12/03/2027.',
        },
      },
      // A date inside the action is the action's timescale.
      {
        cells: {
          outcome: 'Jay wears glasses in class by February half term.',
          action: 'Dad to book an eye test at the optician by 12/02/2027.',
          owner: 'Dad',
          when: 'TBC',
        },
      },
      // So is how often, in the action.
      {
        cells: {
          action: 'Mum to take Sami to the library every Saturday morning.',
          owner: 'Mum',
          when: '',
          measure: 'Reading record signed by the class teacher each Friday.',
        },
      },
      // Every step with its own time.
      {
        cells: {
          action:
            'Nan to collect the inhaler from the chemist by 26 February 2027; the practice nurse to show her how to use it at the clinic on 3 March 2027.',
          owner: 'Nan; practice nurse',
          when: 'TBC',
        },
      },
      // A step that waits on an event is timed by it.
      {
        cells: {
          action: 'Mum to ring the school if Kai is unwell; Mum to walk Kai to school each morning.',
          owner: 'Mum',
          when: '',
        },
      },
      // A When filled in, beside an outcome's date.
      {
        cells: {
          outcome: 'Jay wears glasses in class by February half term.',
          action: 'Dad to book an eye test.',
          owner: 'Dad',
          when: 'By 19/02/2027',
        },
      },
      // With no When column, the outcome's date still times the row, as before.
      {
        cells: {
          outcome: 'Jay wears glasses in class by February half term.',
          action_owner_when: 'Dad to book an eye test at the optician.',
        },
      },
    ],
  });
});

describe('a passive task whose only setting is a place names no one to do it (cold9)', () => {
  ruleTester('no-owner', {
    meta: { rule: 'no-owner', letters: ['S', 'A'], severity: 'warning' },
    flagged: [
      {
        cells: {
          action: 'Speech and language targets to be practised three times a week in nursery.',
          when: 'From 11/01/2027',
        },
        role: 'action',
        message: 'This does not say who will do it.',
      },
      {
        cells: {
          action: 'Hand exercises, 10 minutes a day, as set out in the therapy programme, done at college.',
          when: 'Daily from 1/2/27',
        },
        role: 'action',
      },
      {
        cells: {
          action: 'Social story about the new classroom to be read each morning at school.',
          when: 'From 1 March 2027',
        },
        role: 'action',
      },
      {
        cells: { action: 'Blood test to be booked at the GP surgery.', when: 'By 1/3/27' },
        role: 'action',
      },
      {
        cells: { action: 'Mentoring sessions to be set up within school, weekly.', when: 'Weekly from 8/2/27' },
        role: 'action',
      },
      // The one named before a passive is done to: "Dad to be supervised" names no one to supervise.
      {
        cells: { action: 'Contact with Dad to be supervised at the family centre.', when: 'Fortnightly from 9/1/27' },
        role: 'action',
      },
      {
        cells: { action: 'Ella to be taken to school and collected each day.', when: 'Daily from 4/1/27' },
        role: 'action',
      },
      // A whole sector, or the whole family, is everyone and so no one.
      {
        cells: { action: 'Health to look at her medication.', owner_when: 'Health' },
        role: 'action',
        message: 'This does not say who will do it.',
      },
      {
        cells: { action: 'Education to sort out transport for Kian.', when: 'By 12/02/2027' },
        role: 'action',
      },
      {
        cells: { action: 'Keep the boys away from the pub.', owner: 'The whole family', when: 'From 4/1/27' },
        role: 'owner',
        quote: 'The whole family',
        message: 'is everyone and so no one',
      },
      {
        cells: { action: 'Take turns to sit with Nia after school.', owner_when: 'family & network, from 4/1/27' },
        role: 'action',
      },
      {
        cells: { action: 'Family and friends to take turns to sit with Nia after school.', when: 'From 4/1/27' },
        role: 'action',
      },
    ],
    clean: [
      {
        cells: {
          action: 'Take turns to sit with Nia after school.',
          owner_when: 'Nan and Aunt Jo (family network), from 4/1/27',
        },
      },
      { cells: { action: 'Mum, Dad and the family network to take turns to sit with Nia.', when: 'From 4/1/27' } },
      { cells: { action: 'Health visitor to weigh the baby.', owner: 'Health Visitor Jo Bell', when: 'Fortnightly' } },
      // A team's initials and "lead" name the person in the role.
      { cells: { outcome: 'Sami goes to nursery 3 mornings a week.', action_owner_when: 'FH lead, by 31/3/27' } },
      { cells: { action: 'EH lead to book the first TAF meeting.', when: 'By 12/02/2027' } },
      // Provision with a worker, wherever it happens, names who gives it.
      { cells: { action: 'Weekly ELSA sessions in school with Mrs Patel.', when: 'Weekly from 4/1/27' } },
      {
        cells: {
          action: 'Speech therapy in nursery with the speech and language therapist, 30 minutes a week.',
          when: 'Weekly from 4/1/27',
        },
      },
      {
        cells: {
          action: 'Life story work with his social worker in school, six sessions.',
          when: 'From February 2027',
        },
      },
      { cells: { action: 'Ms Okafor (education welfare officer) to ring Mum.', when: 'By 12/02/2027' } },
      { cells: { action: 'Keep the boys away from the pub.', owner: 'Mum and Nan', when: 'From 4/1/27' } },
      {
        cells: {
          action: 'Contact with Dad to be supervised by contact worker Jan at the family centre.',
          when: 'Fortnightly from 9/1/27',
        },
      },
      {
        cells: {
          action: 'Dad to be at the family centre by 9.45am for each contact.',
          when: 'Fortnightly from 9/1/27',
        },
      },
      {
        cells: {
          action: 'The TA to practise speech targets with Kai three times a week in nursery.',
          when: 'From 11/01/2027',
        },
      },
      {
        cells: { action: 'Mrs Amos will read the social story with Leo each morning at school.', when: 'From 1/3/27' },
      },
      { cells: { action: 'School to arrange weekly mentoring with Mr Hale.', when: 'Weekly from 8/2/27' } },
      {
        cells: {
          action: 'Nursery staff to run a 10 minute speech group in the quiet room daily.',
          when: 'From 11/01/2027',
        },
      },
      // Who is in the owner column: the passive names no one, but the row does.
      { cells: { action: 'Hand exercises done at college.', owner: 'Mrs Amos (tutor)', when: 'Daily from 1/2/27' } },
    ],
  });
});

describe("say-so in other forms: a parent named in the need, a child's own score past a heading, an account given to a worker (cold9)", () => {
  ruleTester('self-report-only', {
    meta: { rule: 'self-report-only', letters: ['M'], severity: 'warning' },
    flagged: [
      // The one whose act the need describes tells the worker it has not happened again.
      {
        cells: {
          need: 'Ms Rowe has left the baby with her 11-year-old while she goes out.',
          action: 'Mum to ask her sister to sit with the baby when she goes out.',
          owner: 'Ms Rowe',
          when: 'From 4 January 2027',
          measure: 'Ms Rowe will tell the health visitor at each visit that the baby has not been left.',
        },
        role: 'measure',
        message: 'on its own it cannot show the plan is working',
      },
      // A child's own score, the outcome opening with a heading.
      {
        cells: {
          outcome: 'Outcome: Zac will feel calmer at lunchtime, scoring 3 or less on his worry scale by Easter.',
          action: 'Lunchtime club with Mr Bell every day.',
          owner: 'Mr Bell',
          when: 'Daily from 4/1/27',
          measure: "Zac's own score, given to Mr Bell at the end of lunch.",
        },
        role: 'measure',
        quote: "Zac's own score",
        message: 'What Zac tells us matters',
      },
      // The worker the parent confirms it to is the audience, not a second source.
      {
        cells: {
          action: 'Mum to keep the front door locked and not let Dean in.',
          owner: 'Mum',
          when: 'From 8/1/27',
          measure: 'Mum to confirm at each home visit with the social worker that Dean has not been in.',
        },
        role: 'measure',
      },
      // A young person's own telling, the outcome opening with a heading.
      {
        cells: {
          outcome: 'Personal outcome: Rhys will get himself up for college by 8am on 4 days a week.',
          action: 'Alarm clock bought by Rhys; PA to text at 8am.',
          owner: 'Rhys; PA',
          when: 'From 11/1/27',
          measure: 'Rhys tells his PA each Friday how many days he was up on time.',
        },
        role: 'measure',
      },
      // The account named first, then whose it is.
      {
        cells: {
          action: 'Mum to give Leo his inhaler morning and night.',
          owner: 'Mum',
          when: 'Daily from 4/1/27',
          measure: 'Verbal update from Mum at each core group.',
        },
        role: 'measure',
        quote: 'update from Mum',
        message: 'What a parent tells us matters',
      },
      {
        cells: {
          action: 'Kyle to stay away from the family home.',
          owner: 'Kyle',
          when: 'From 4/1/27',
          measure: 'Confirmation from Kyle each week that he has kept away.',
        },
        role: 'measure',
        quote: 'Confirmation from Kyle',
        message: 'What Kyle tells us matters',
      },
      {
        cells: {
          action: 'Mum to put the children to bed by 8pm.',
          owner: 'Mum',
          when: 'Nightly from 4/1/27',
          measure: 'As reported by Mum at core group.',
        },
        role: 'measure',
        quote: 'reported by Mum',
      },
      {
        cells: {
          action: 'Mum to put the children to bed by 8pm.',
          owner: 'Mum',
          when: 'Nightly from 4/1/27',
          measure: 'Discussion with Mum at each visit.',
        },
        role: 'measure',
        quote: 'Discussion with Mum',
      },
      {
        cells: {
          action: 'Sam to go to the gym 3 times a week.',
          owner: 'Sam',
          when: 'From 4/1/27',
          measure: "Sam's feedback to his PA at each meeting.",
        },
        role: 'measure',
        quote: "Sam's feedback",
        message: 'What Sam tells us matters',
      },
      // The children's word alone.
      {
        cells: {
          action: 'Dad and Nan to talk in turn at tea time.',
          owner: 'Dad, Nan',
          when: 'From 4/1/27',
          measure: 'The kids will tell us tea times are calmer.',
        },
        role: 'measure',
        quote: 'The kids will tell',
        message: 'What the children tell us matters',
      },
    ],
    clean: [
      // A worker further on is someone else, who weighs the baby.
      {
        cells: {
          action: 'Mum to feed Kai every 3 hours.',
          owner: 'Mum',
          when: 'From 4/1/27',
          measure: 'Mum reports feeds to the health visitor, who weighs Kai fortnightly at clinic.',
        },
      },
      // The children's word beside a parent's record checked against it.
      {
        cells: {
          action: 'Dad and Nan to talk in turn at tea time.',
          owner: 'Dad, Nan',
          when: 'From 4/1/27',
          measure:
            'Tea times logged by the family support worker on her Tuesday visits; the children say how they went.',
        },
      },
      // A discussion with the family beside what a worker sees.
      {
        cells: {
          action: 'Mum to put the children to bed by 8pm.',
          owner: 'Mum',
          when: 'Nightly from 4/1/27',
          measure: 'Discussion with Mum and the bedtime seen by the family support worker on her evening visits.',
        },
      },
      // Confirmed by someone outside the family.
      {
        cells: {
          action: 'Sam to go to the gym 3 times a week.',
          owner: 'Sam',
          when: 'From 4/1/27',
          measure: 'Attendance confirmed by the gym each month.',
        },
      },
      // A report from someone outside the family.
      {
        cells: {
          action: 'Kyle to stay away from the family home.',
          owner: 'Kyle',
          when: 'From 4/1/27',
          measure: 'Report from the probation officer each month.',
        },
      },
      // The parent's account beside a record someone else keeps.
      {
        cells: {
          need: 'Mr Dale has left Tia alone at home.',
          action: 'Dad to book Tia into the childminder on the days he works.',
          owner: 'Mr Dale',
          when: 'From 4/1/27',
          measure:
            'Mr Dale will tell the SW at each visit who has looked after Tia, and the childminder’s register will show the days she was there.',
        },
      },
      // The worker who hears it also checks.
      {
        cells: {
          action: 'Mum to keep the front door locked and not let Dean in.',
          owner: 'Mum',
          when: 'From 8/1/27',
          measure: 'Mum to confirm at each visit with the social worker, who will check the door camera log.',
        },
      },
      // A worker's tally past a heading.
      {
        cells: {
          outcome: 'Target: Zac will stay at the lunch table for 20 minutes on 4 of 5 days by Easter.',
          action: 'Lunchtime club with Mr Bell every day.',
          owner: 'Mr Bell',
          when: 'Daily from 4/1/27',
          measure: "Mr Bell's tally of the days Zac stays, shared with his parents weekly.",
        },
      },
      // A service that leads the need is not the family: its report is a second source.
      {
        cells: {
          need: 'School report that Amy arrives hungry most mornings.',
          outcome: 'Amy eats breakfast at home on 5 days a week by half term.',
          action: 'Mum to buy cereal and milk each week.',
          owner: 'Mum',
          when: 'From 11/1/27',
          measure: 'School report at each review how many mornings Amy has come to breakfast club.',
        },
      },
    ],
  });
});

describe('one verb over a long list is as many demands as the list has things, whoever does them (cold9)', () => {
  ruleTester('too-many-actions', {
    meta: { rule: 'too-many-actions', letters: ['A', 'R'], severity: 'warning' },
    flagged: [
      {
        cells: {
          outcome: 'Kai stays in class for the whole lesson in 4 of 5 lessons by Easter.',
          action:
            'Staff to use a visual timetable, a sand timer, movement breaks, a workstation, a reward chart, now-and-next cards, social stories and a calm corner.',
          owner: 'Class teacher',
          when: 'From 4/1/27',
        },
        role: 'action',
        message: /asks for \d+ things at once/,
      },
      {
        cells: {
          action:
            'Jade to attend the anger management group, the gym, an art course, driving lessons, a cookery class, the youth club, a volunteering project and the Duke of Edinburgh award in the autumn term.',
          owner: 'PA',
          when: 'Autumn term 2027',
        },
        role: 'action',
      },
      {
        cells: {
          action:
            'Mr and Mrs Lee will complete the fostering training, first aid, safer caring, the attachment course, the online safety module, the paediatric first aid refresher and the therapeutic parenting course by March.',
          when: 'By 31/3/27',
        },
        role: 'action',
      },
      {
        cells: {
          action_owner_when:
            'The nursery will start a daily key person check-in, a weekly diary home, a sleep log, a toileting plan, a speech group, a sensory circuit and outdoor play sessions from 4/1/27.',
        },
        role: 'action_owner_when',
      },
      // A provider's list, and a list after a colon.
      {
        cells: {
          action:
            'The school will provide a daily check-in, a weekly mentor session, a buddy at break, a time-out card, an exit pass, a sensory room slot and a home-school diary.',
          owner: 'SENCo',
          when: 'From 4/1/27',
        },
        role: 'action',
      },
      {
        cells: {
          action:
            'Tutor to arrange: maths, English, the careers fair, a work placement, a CV workshop, an interview practice day and a budgeting session.',
          owner: 'Tutor',
          when: 'Spring term 2027',
        },
        role: 'action',
      },
    ],
    clean: [
      {
        cells: {
          action: 'Kai to use a visual timetable, a sand timer and a reward chart.',
          owner: 'TA',
          when: 'Daily',
        },
      },
      // Examples of one thing to use.
      {
        cells: {
          action:
            'Staff to use calming strategies such as a sand timer, movement breaks, a workstation, a reward chart, now-and-next cards, social stories and a calm corner.',
          owner: 'Class teacher',
          when: 'From 4/1/27',
        },
      },
      // A list that spells out one whole, and a list of whom it is with.
      {
        cells: {
          outcome:
            'Kai will attend all his lessons, maths, English, science, PE, art, music and drama, on 9 of 10 days.',
          action: 'TA to meet Kai at the gate.',
          owner: 'TA',
          when: 'Daily from 4/1/27',
        },
      },
      {
        cells: {
          action: 'SW to see Amy, Ben, Cara, Dan, Eve, Finn and Gus alone at each visit.',
          owner: 'SW',
          when: 'Monthly from 4/1/27',
        },
      },
      // Things to buy are one trip to the shops.
      {
        cells: {
          action:
            'Mum to buy a cot, sheets, blankets, bottles, a steriliser, nappies, wipes and a car seat before the birth.',
          owner: 'Mum',
          when: 'By 1/3/27',
        },
      },
      // One demand and its details.
      {
        cells: {
          action: 'Dad to attend the perpetrator group for 12 weeks, starting 03/04/2027, every Tuesday.',
          owner: 'Dad',
          when: 'From 3/4/27',
        },
      },
      {
        cells: {
          action: 'Jade to attend the gym, swimming and the youth club each week, with her PA.',
          owner: 'Jade',
          when: 'Weekly',
        },
      },
    ],
  });
});

describe('a check-up or an assessment had, a document held, a thing fitted: yes/no facts a record or a worker shows (cold9)', () => {
  ruleTester('no-measure', {
    flagged: [
      // A quality seen by a worker is still not counted.
      {
        cells: {
          outcome: 'Zoe has a closer bond with her mum.',
          action: 'SW to do life story sessions with Zoe and Mum.',
          owner: 'SW',
          when: 'By 26/02/2027',
          measure: 'Improvement seen by the SW.',
        },
        role: 'measure',
      },
      {
        cells: {
          outcome: 'Leo will have a good relationship with his carers.',
          action: 'Foster carer Ann to spend time with Leo.',
          owner: 'Ann',
          when: 'By 26/02/2027',
          measure: 'Report on file.',
        },
        role: 'measure',
      },
    ],
    clean: [
      {
        cells: {
          need: 'Leo has not had a dental check for two years.',
          outcome: 'Leo has his dental check-up and any treatment is booked.',
          action: 'Foster carer Ann to take Leo to the dentist.',
          owner: 'Ann (foster carer)',
          when: 'By 26/02/2027',
          measure: 'Dentist’s letter on file.',
        },
      },
      {
        cells: {
          outcome: 'Ruby gets her hearing test at audiology.',
          action: 'Carer to take Ruby to the audiology clinic.',
          owner: 'Carer (Jean)',
          when: 'By 12/3/27',
          measure: 'Audiology report seen by the SW.',
        },
      },
      {
        cells: {
          outcome: 'Sam has had his pre-school immunisations.',
          action: 'Mum to take Sam to the practice nurse.',
          owner: 'Mum',
          when: 'By 30/4/27',
          measure: 'Red book entry seen by the health visitor.',
        },
      },
      // A document held, seen by a worker.
      {
        cells: {
          outcome: 'Zoe has a passport in her own name before the school trip in June 2027.',
          action: "SW to complete the passport application with Zoe's carer and send it with the photos.",
          owner: 'SW Amy Hart',
          when: 'By 26/02/2027',
          measure: 'Passport seen by the SW.',
        },
      },
      {
        cells: {
          outcome: 'Dan has his own bank account.',
          action: 'PA to go with Dan to the bank with his ID.',
          owner: 'PA Joe Lim',
          when: 'By 12/02/2027',
          measure: 'Bank card and statement seen by the PA.',
        },
      },
      // A thing fitted.
      {
        cells: {
          outcome: 'A smoke alarm is fitted in the hallway.',
          action: 'Fire service to fit the alarm on a home safety visit.',
          owner: 'Fire service',
          when: 'By 29/01/2027',
          measure: 'Fire service visit record.',
        },
      },
      {
        cells: {
          outcome: 'Ava will have an eye test and glasses if she needs them.',
          action: 'Dad to take Ava to the optician.',
          owner: 'Dad',
          when: 'By 5/2/27',
          measure: 'Optician’s record.',
        },
      },
    ],
  });
});
