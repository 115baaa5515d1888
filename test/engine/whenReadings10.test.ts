// Readings of who, when and whose word learnt from the tenth cold set, pinned as a user would see them: the rows
// flagged (role, quote) and the look-alikes that must stay clean. The rows are written here in their own words,
// not copied from the cold set.
import { ruleTester } from './ruleTester';

const SELF_REPORT = { rule: 'self-report-only', letters: ['M' as const], severity: 'warning' as const };
const NO_OWNER = { rule: 'no-owner', letters: ['S' as const, 'A' as const], severity: 'warning' as const };

// An outcome and an action by someone outside the family, so the child is known only from the outcome.
const BESIDE = {
  outcome: 'Bedtimes will be settled and Ruby will be asleep by 8pm on school nights.',
  action: 'Family support worker to go through a bedtime routine chart with Mum at home.',
  owner: 'FSW (Priya Shah)',
  when: 'From 18/01/2027 to 26/03/2027',
};

describe("the family's or the child's own word, in any form, is still their word (cold10)", () => {
  ruleTester('self-report-only', {
    meta: SELF_REPORT,
    flagged: [
      // The child named inside the outcome, not at its head, telling a worker how it went.
      {
        cells: { ...BESIDE, measure: 'Ruby will tell her key adult each Monday how many nights she slept well.' },
        role: 'measure',
        quote: 'Ruby will tell her key adult each Monday how',
      },
      // The child's own rating, whoever it is handed to.
      {
        cells: { ...BESIDE, measure: "Ruby's own score out of 10 for her sleep, passed to the school nurse weekly." },
        role: 'measure',
        quote: "Ruby's own score",
      },
      // A parent's own scale, asked at each visit: the occasion is not a second source.
      {
        cells: { ...BESIDE, measure: "Mum's own scale of how tired she feels, asked at every visit." },
        role: 'measure',
        quote: "Mum's own scale",
      },
      // The worker the account goes back to is its audience.
      { cells: { ...BESIDE, measure: 'Mum to report back to the FSW.' }, role: 'measure', quote: 'Mum to report' },
      {
        cells: { ...BESIDE, measure: 'Dad will feed back to the SENCo at the end of each half term.' },
        role: 'measure',
      },
      // The parent saying, at some occasion, whether it has worked.
      {
        cells: { ...BESIDE, measure: 'Dad to say at the next meeting if bedtimes are better.' },
        role: 'measure',
        quote: 'Dad to say at the next meeting if',
      },
      // A parent telling a tutor how many, in their own words.
      {
        cells: { ...BESIDE, measure: 'Mum will tell the form tutor at parents’ evening how many nights it went well.' },
        role: 'measure',
      },
      // The family's record, read by a worker, is still the family's record (in the outcome too).
      {
        cells: {
          ...BESIDE,
          outcome:
            'Ruby is asleep by 8pm on 4 nights in 5 by Easter, as recorded by her mum in the sleep diary the FSW reads at each visit.',
        },
        role: 'outcome',
        quote: 'recorded by her mum',
      },
    ],
    clean: [
      // What someone else sees or counts beside the child's word.
      {
        cells: {
          ...BESIDE,
          measure: "Ruby's own score out of 10, alongside the school's record of when she arrives each morning.",
        },
      },
      // A worker's record, not the family's.
      { cells: { ...BESIDE, measure: 'Sleep diary kept by the FSW from her visits, checked at the review.' } },
      { cells: { ...BESIDE, measure: 'Recorded by the class teacher in the school register each morning.' } },
      // A titled worker in the outcome is not the one whose change it is.
      {
        cells: {
          outcome: 'Mrs Khan will see Ruby settle in class on 4 mornings a week by Easter.',
          action: 'Mum to walk Ruby to the classroom door each morning.',
          owner: 'Mum',
          when: 'From 18/01/2027',
          measure: 'Khan will tell Mum at pick-up how the morning went, and the register shows when Ruby arrived.',
        },
      },
      // The parent passing on what others saw: the content is not theirs.
      {
        cells: {
          ...BESIDE,
          measure: 'Health visitor weighs the baby each fortnight and tells Mum how much she has gained.',
        },
      },
    ],
  });
});

describe('with no outcome or measure column, the action says how progress will be known (cold10)', () => {
  ruleTester('self-report-only', {
    meta: SELF_REPORT,
    flagged: [
      {
        cells: {
          action: 'Mum agrees to cut down on vodka and to tell the SW at each visit how much she has had that week.',
          owner: 'Mum (Jade)',
          when: 'Weekly from 11/01/2027 to 26/03/2027',
        },
        role: 'action',
      },
      {
        cells: {
          action: 'Dad will keep the flat tidy and will update the worker each Friday whether the bins have gone out.',
          owner: 'Dad',
          when: 'From 11/01/2027',
        },
        role: 'action',
      },
      {
        cells: {
          action_owner_when:
            'Gran and Mum will meet the SW monthly from 12/01/2027, and the plan will be closed once they both score the home 9 or more.',
        },
        role: 'action_owner_when',
      },
      {
        cells: {
          action_owner_when:
            'Mum and Dad to meet the FSW fortnightly from 12/01/2027; the work is complete when they say things are fine.',
        },
        role: 'action_owner_when',
      },
    ],
    clean: [
      // A worker telling, not the family.
      {
        cells: {
          action: 'SW to tell the nurse at each visit how much weight the baby has gained.',
          owner: 'SW',
          when: 'Fortnightly from 11/01/2027',
        },
      },
      // The family telling, but with a measure column that shows something else.
      {
        cells: {
          action: 'Mum to tell the SW at each visit how much she has drunk.',
          owner: 'Mum',
          when: 'Weekly from 11/01/2027',
          measure: 'Blood test results from the GP every month.',
        },
      },
      // The plan ends on a count, not on their word.
      {
        cells: {
          action_owner_when:
            'Mum to take Leo to nursery every weekday from 11/01/2027; the plan will be closed once nursery records 95% attendance.',
        },
      },
      { cells: { action: 'Dad to tell the school if Leo is ill.', owner: 'Dad', when: 'From 11/01/2027' } },
      // Telling a worker of an event is a task, not the row's proof of progress.
      { cells: { action: 'Mum to tell the teacher if Leo is unwell.', owner: 'Mum', when: 'From 11/01/2027' } },
      {
        cells: {
          action: 'Dad to tell the SW whether he can make the meeting on 3 March.',
          owner: 'Dad',
          when: 'By 01/03/2027',
        },
      },
    ],
  });
});

describe('"throughout" a named stretch ends when the stretch does (cold10)', () => {
  ruleTester('open-timescale', {
    flagged: [
      { cells: { action: 'Workers to keep Ava safe throughout.', owner: 'SW', when: '' }, role: 'action' },
      { cells: { action: 'Mum to attend every contact.', owner: 'Mum', when: 'Throughout' }, role: 'when' },
      { cells: { action: 'Mum to attend every contact.', owner: 'Mum', when: 'Ongoing' }, role: 'when' },
      { cells: { action: 'Mum to attend every contact.', owner: 'Mum', when: 'Throughout.' }, role: 'when' },
    ],
    clean: [
      { cells: { action: 'Mum to attend every contact.', owner: 'Mum', when: 'Throughout the PLO' } },
      { cells: { action: 'Mum to attend every contact.', owner: 'Mum', when: 'throughout pregnancy' } },
      { cells: { action: 'Mum to attend every contact.', owner: 'Mum', when: 'Throughout her placement' } },
      { cells: { action: 'Mum to attend every contact.', owner: 'Mum', when: 'Throughout the care proceedings' } },
    ],
  });
  ruleTester('no-timescale', {
    flagged: [
      { cells: { action: 'Mum to book a GP appointment.', owner: 'Mum', when: '' } },
      { cells: { action: 'Mum to book a GP appointment.', owner: 'Mum', when: 'TBC' } },
      { cells: { action: 'Mum to book a GP appointment.', owner: 'Mum', when: 'N/A' } },
      { cells: { action: 'Mum to book a GP appointment.', owner: 'Mum', when: 'To be agreed' } },
    ],
    clean: [
      { cells: { action: 'Mum to book a GP appointment.', owner: 'Mum', when: 'Throughout the PLO' } },
      { cells: { action: 'Mum to book a GP appointment.', owner: 'Mum', when: 'throughout pregnancy' } },
      { cells: { action: 'Mum to book a GP appointment.', owner: 'Mum', when: 'Throughout her placement' } },
      { cells: { action: 'Mum to book a GP appointment.', owner: 'Mum', when: 'Throughout the care proceedings' } },
    ],
  });
});

describe('with the When still to set, how often does not time the work (cold10)', () => {
  ruleTester('no-timescale', {
    flagged: [
      {
        cells: {
          action: 'OT to visit and teach Dad the daily hoist checks.',
          owner: 'OT',
          when: 'Date TBC with OT',
        },
        role: 'when',
      },
      {
        cells: { action: 'Speech therapist to show staff his weekly word games.', owner: 'SALT', when: 'TBC' },
        role: 'when',
      },
      {
        cells: { action: 'Nurse to train Nan in the twice-daily inhaler routine.', owner: 'Asthma nurse', when: 'tba' },
        role: 'when',
      },
      {
        cells: {
          action: 'Physio to come into nursery and set up the weekly exercises.',
          owner: 'Physio',
          when: 'To be confirmed by physio',
        },
        role: 'when',
      },
    ],
    clean: [
      // A date, a deadline or a span in the work itself still times it.
      { cells: { action: 'OT to visit by 12/02/2027 and teach Dad the hoist checks.', owner: 'OT', when: 'Date TBC' } },
      {
        cells: {
          action: 'Speech therapist to see him weekly from 11/01/2027 to 26/03/2027.',
          owner: 'SALT',
          when: 'TBC',
        },
      },
      // With a When given, a frequency in the action is how often.
      {
        cells: {
          action: 'Speech therapist to show staff his weekly word games.',
          owner: 'SALT',
          when: 'By 12/02/2027',
        },
      },
      { cells: { action: 'Nan to use the inhaler twice daily.', owner: 'Nan', when: 'Twice daily from 11/01/2027' } },
    ],
  });
});

describe('someone named only as done to, owned or told names no one to act (cold10)', () => {
  ruleTester('no-owner', {
    meta: NO_OWNER,
    flagged: [
      {
        cells: { action: 'Eye test to be booked with the optician and Nan told of the time.', when: 'By 12/02/2027' },
        role: 'action',
      },
      {
        cells: { action: 'A viability assessment of Aunt Sue and Uncle Tom will be done.', when: 'Within 8 weeks' },
        role: 'action',
      },
      {
        cells: {
          action: 'Rewrite the IEP to add daily reading, following the teacher’s notes, and send it to Mum.',
          when: 'By 12/02/2027',
        },
        role: 'action',
      },
      { cells: { action: 'A taxi to college to be booked.', when: 'By 12/02/2027' }, role: 'action' },
      {
        cells: { action: 'Mum and Dad will be offered a parenting course.', when: 'By 12/02/2027' },
        role: 'action',
      },
    ],
    clean: [
      { cells: { action: 'Nan to book an eye test with the optician.', when: 'By 12/02/2027' } },
      { cells: { action: 'Aunt Sue and Uncle Tom will attend the viability assessment.', when: 'Within 8 weeks' } },
      { cells: { action: 'SENCo to rewrite the IEP following the teacher’s notes.', when: 'By 12/02/2027' } },
      { cells: { action: 'School to book a taxi to college.', when: 'By 12/02/2027' } },
      { cells: { action: 'The social worker will tell Mum and Dad of the date.', when: 'By 12/02/2027' } },
    ],
  });
});

// The lead's own probes: each measure is only the family's or the child's word beside specific actions.
const NOAH = {
  outcome: 'Mornings at home will be calm and Noah will get to school on time.',
  action: 'Breakfast club to open at 8am; school to ring Mum by 9.15am if Noah is not in.',
  owner: 'Breakfast club lead; school office',
  when: 'From 11/01/2027 to 26/03/2027',
};

describe("the lead's probes: the family's word as the only measure (cold10)", () => {
  ruleTester('self-report-only', {
    meta: SELF_REPORT,
    flagged: [
      'Mum to say at the review whether things have improved.',
      'Noah will tell his teacher how he feels about school each Friday.',
      'Dad to report back to the social worker.',
      'Mum will keep her own diary and share it with SW.',
      "Noah's own rating of his mood (1-10), given to the SENCo weekly.",
      'Feedback from Mum and Dad.',
    ].map((measure) => ({ cells: { ...NOAH, measure }, role: 'measure' as const })),
    clean: [
      'School register of the time Noah arrives each morning.',
      'Late marks counted by the school office each week.',
      "Noah's teacher notes each Friday whether he arrived before the bell.",
      'Breakfast club sign-in sheet, checked at the review.',
    ].map((measure) => ({ cells: { ...NOAH, measure } })),
  });
  ruleTester('no-owner', {
    flagged: [
      { cells: { outcome: NOAH.outcome, action: 'Transport to school to be arranged.', when: 'By 11/01/2027' } },
    ],
    clean: [{ cells: { outcome: NOAH.outcome, action: 'SW to arrange transport to school.', when: 'By 11/01/2027' } }],
  });
});

describe('the same say-so as a view, a score or a message (cold10)', () => {
  ruleTester('self-report-only', {
    meta: SELF_REPORT,
    flagged: [
      {
        cells: { ...BESIDE, measure: "Dad's own view at the review meeting." },
        role: 'measure',
        quote: "Dad's own view",
      },
      { cells: { ...BESIDE, measure: "Ruby's views on how her nights have gone." }, role: 'measure' },
      { cells: { ...BESIDE, measure: 'Mum will score the week out of 5 each Sunday.' }, role: 'measure' },
      { cells: { ...BESIDE, measure: 'Ruby to rate her mornings with a thumbs up or down.' }, role: 'measure' },
      { cells: { ...BESIDE, measure: 'Dad to message the FSW on Fridays to say how the week went.' }, role: 'measure' },
    ],
    clean: [
      { cells: { ...BESIDE, measure: "The FSW's view from her weekly visits, with the nursery's sleep log." } },
      { cells: { ...BESIDE, measure: 'Nursery staff score how tired Ruby is on arrival, 1-5, each morning.' } },
      { cells: { ...BESIDE, measure: 'FSW to text Mum on Fridays with the nursery’s record of arrival times.' } },
      // A diary the parent fills in and goes through with the worker each week (labelled SMART in broader.jsonl).
      {
        cells: { ...BESIDE, measure: 'Mum fills in a sleep diary each night and the FSW reads it with her each week.' },
      },
    ],
  });
});

describe('a capacity, a setting’s thing and a list of the done-to name no one to act (cold10)', () => {
  ruleTester('no-owner', {
    meta: NO_OWNER,
    flagged: [
      { cells: { action: 'Aunt Kim and Uncle Lee will be assessed as special guardians.', when: 'Within 12 weeks' } },
      { cells: { action: 'A nursery place close to Nan’s flat to be found.', when: 'By 12/02/2027' } },
      { cells: { action: 'College transport to be sorted before September.', when: 'By 31/07/2027' } },
      {
        cells: { action: 'Short breaks for Mum and Dad to be arranged and the family updated.', when: 'By 12/02/2027' },
      },
    ],
    clean: [
      { cells: { action: 'Aunt Kim and Uncle Lee will apply to be special guardians.', when: 'Within 12 weeks' } },
      { cells: { action: 'Nursery to offer a place from Monday.', when: 'By 12/02/2027' } },
      { cells: { action: 'College to book his transport before September.', when: 'By 31/07/2027' } },
      { cells: { action: 'Mum will be helped by the FSW to arrange short breaks.', when: 'By 12/02/2027' } },
    ],
  });
});

describe('the account named by whose it is (cold10)', () => {
  ruleTester('self-report-only', {
    meta: SELF_REPORT,
    flagged: [
      {
        cells: { ...BESIDE, measure: 'According to Dad, at each review.' },
        role: 'measure',
        quote: 'According to Dad',
      },
      {
        cells: { ...BESIDE, measure: "Mum's weekly report to the FSW." },
        role: 'measure',
        quote: "Mum's weekly report",
      },
      { cells: { ...BESIDE, measure: "Dad's written report each month." }, role: 'measure' },
      { cells: { ...BESIDE, measure: 'According to her parents, asked at each visit.' }, role: 'measure' },
    ],
    clean: [
      { cells: { ...BESIDE, measure: 'According to the nursery register, checked each Friday.' } },
      { cells: { ...BESIDE, measure: 'Mum reports each week, and the nursery records when Ruby arrives.' } },
      { cells: { ...BESIDE, measure: "The health visitor's written report each month." } },
      { cells: { ...BESIDE, measure: 'According to the school nurse’s weigh-ins each fortnight.' } },
    ],
  });
});
