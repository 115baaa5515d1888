// Readings of what sits in the wrong column, and of demands a family cannot meet, learnt from the ninth cold
// set, pinned as a user would see them: the rows flagged (role, quote, message) and the traps that must stay
// clean. The rows are written here in their own words, not copied from the cold set or the guidance.
import { ruleTester } from './ruleTester';

const NEGATIVE = { rule: 'negative-framing', letters: ['R' as const], severity: 'warning' as const };
const UNREALISTIC = { rule: 'unrealistic', letters: ['A' as const, 'R' as const], severity: 'warning' as const };
const OUTCOME = { rule: 'action-as-outcome', letters: ['S' as const], severity: 'warning' as const };
const NEED = { rule: 'action-as-need', letters: ['S' as const], severity: 'warning' as const };

describe('"never" as the thing to reach: said of the world, and in the passive (cold9)', () => {
  ruleTester('negative-framing', {
    meta: NEGATIVE,
    flagged: [
      {
        cells: { outcome: 'There will never be another row in front of the children.' },
        role: 'outcome',
        quote: 'There will never be another row',
      },
      {
        cells: { outcome: 'There must never again be a fight at school pick-up.' },
        role: 'outcome',
        quote: 'There must never again be a fight',
      },
      {
        cells: { action: 'I will never be excluded from school again.' },
        role: 'action',
        quote: 'never be excluded',
      },
      { cells: { outcome: 'Tom will never be arrested again.' }, role: 'outcome', quote: 'never be arrested' },
      { cells: { outcome: 'Mia will never be hit by anyone in the house.' }, role: 'outcome', quote: 'never be hit' },
      { cells: { action: "I'll never be sent home from school again." }, role: 'action', quote: 'never be sent' },
    ],
    clean: [
      // A limit, a feeling, a past that is the need's.
      { cells: { outcome: 'There will never be fewer than two adults on the unit at night.' } },
      { cells: { outcome: 'There will never be less than £10 on the electricity meter; Dad tops it up on Fridays.' } },
      { cells: { outcome: 'Ava will never be worried about who is collecting her: the name is on the board by 9am.' } },
      { cells: { need: 'Sami has never been to the dentist and has two decayed teeth.' } },
      { cells: { outcome: 'Sami has never been excluded and will keep his place in the football team.' } },
    ],
  });

  ruleTester('unrealistic', {
    meta: UNREALISTIC,
    flagged: [
      {
        cells: { outcome: 'There will never be another row in front of the children.' },
        role: 'outcome',
        quote: 'There will never be another row',
        message: 'No family can promise',
      },
      {
        cells: { action: "I'll never be sent home from school again." },
        role: 'action',
        quote: "I'll never be sent home from school again",
      },
      {
        cells: { outcome: 'Mia will never be shouted at by her stepdad again.' },
        role: 'outcome',
        quote: 'will never be shouted at by her stepdad again',
      },
      {
        cells: { action: 'Reece will never be reported to the police again for anything.' },
        role: 'action',
        quote: 'will never be reported to the police again',
      },
    ],
    clean: [
      { cells: { outcome: 'There will never be fewer than two adults on the unit at night.' } },
      { cells: { outcome: 'Reece will not have to move school again.' } },
      { cells: { outcome: 'Ava will never feel left out of the class trips again.' } },
      // A limited refusal reaches four words to its "again", as it did: a longer one is a behaviour held to a place.
      { cells: { outcome: 'Dad will not drink in front of the children again; he drinks only at the pub.' } },
      { cells: { outcome: 'There will never be a need for Kai to ring 999: Gran is next door from 6pm.' } },
    ],
  });
});

describe('a life rebuilt at once, in the words a written agreement speaks to the parent in (cold9)', () => {
  ruleTester('unrealistic', {
    meta: UNREALISTIC,
    flagged: [
      {
        cells: { action: 'You must find work, end your relationship with Lee and move to a new address by 31 March.' },
        role: 'action',
        message: 'several big changes at once',
      },
      {
        cells: { action: 'I will get paid work, end my relationship with Ryan and pay off my rent arrears.' },
        role: 'action',
        message: 'several big changes at once',
      },
    ],
    clean: [
      { cells: { action: 'Mum will look for work in the spring, once Kai has settled at nursery.' } },
      { cells: { action: 'You will move to the new address on 3 March; the SW will book the van by 20 February.' } },
      { cells: { action: 'Jo will get some work done on her college folder each Sunday with her PA.' } },
    ],
  });
});

describe('a provision as the outcome: named as its means, or a worker’s task in the passive (cold9)', () => {
  ruleTester('action-as-outcome', {
    meta: OUTCOME,
    flagged: [
      {
        cells: { outcome: "Leo's needs will be met through a package of speech therapy and 1:1 support." },
        role: 'outcome',
        quote: 'through a package of speech therapy and 1:1 support',
      },
      {
        cells: { outcome: 'Maisie will be kept safe by means of a safety plan and daily check-ins.' },
        role: 'outcome',
        quote: 'by means of a safety plan and daily check-ins',
      },
      {
        cells: { outcome: 'Ollie will manage his worries via weekly CAMHS sessions.' },
        role: 'outcome',
        quote: 'via weekly CAMHS sessions',
      },
      {
        cells: { outcome: 'Jayden will be included in PE with the help of adapted equipment and a TA.' },
        role: 'outcome',
        quote: 'with the help of adapted equipment and a TA',
      },
      {
        cells: { outcome: "Kai's time with his father to be supervised." },
        role: 'outcome',
        quote: 'to be supervised',
      },
      { cells: { outcome: 'The placement will be closely monitored.' }, quote: 'will be closely monitored' },
      { cells: { outcome: 'Mia will be supported at home and at school.' }, quote: 'will be supported' },
    ],
    clean: [
      // A change anyone could see, reached through the provision.
      { cells: { outcome: 'Aled will answer a question in class in 3 lessons a day through his radio aid.' } },
      { cells: { outcome: 'Aled will answer questions in class, through his radio aid, in 3 lessons a day.' } },
      { cells: { outcome: 'Dad will have cut down to 3 cans a night by April with the help of the alcohol service.' } },
      // A way in, a date, support towards a change, checks beside a result.
      { cells: { outcome: 'Lily will come in through the side gate and be in class by 8.50 on 9 of 10 mornings.' } },
      { cells: { outcome: 'Ruby will feel settled at home by the end of the plan.' } },
      { cells: { outcome: 'Jess will be supported to travel to college on the bus on her own.' } },
      {
        cells: {
          outcome: "Harvey's blood sugar will be checked before lunch every school day and stay between 4 and 10.",
        },
      },
    ],
  });
});

describe('a placement, a move or a transfer as the need (cold9)', () => {
  ruleTester('action-as-need', {
    meta: NEED,
    flagged: [
      {
        cells: { need: 'Ruby requires a place at a special school for autistic children.' },
        role: 'need',
        quote: 'requires a place at a special school',
      },
      {
        cells: { need: 'Mum and the boys need a housing transfer to a three-bedroom home.' },
        role: 'need',
        quote: 'need a housing transfer',
      },
      {
        cells: { need: 'Tyrese needs a managed move to another school.' },
        role: 'need',
        quote: 'needs a managed move',
      },
      { cells: { need: 'The family need to be rehoused.' }, role: 'need', quote: 'need to be rehoused' },
      {
        cells: { need: 'Mum and the children need a place in a refuge away from Dad.' },
        role: 'need',
        quote: 'need a place in a refuge',
      },
      {
        cells: { need: 'Amelia needs a place on the nurture group.' },
        role: 'need',
        quote: 'needs a place on the nurture group',
      },
    ],
    clean: [
      { cells: { need: 'Tia needs a quiet place to calm down when the classroom gets loud.' } },
      { cells: { need: 'Jade needs a place to do her homework away from her brothers.' } },
      { cells: { need: 'Mum needs a safe place to stay tonight, away from Dad.' } },
      { cells: { need: 'Kai needs the move to secondary school to be planned with him.' } },
      { cells: { need: 'The four children share two beds in a one-bedroom flat with damp walls.' } },
    ],
  });
});

describe('"to avoid" after a step is its reason; asked of someone, the person stands right before it (cold4)', () => {
  ruleTester('negative-framing', {
    meta: NEGATIVE,
    flagged: [
      { cells: { outcome: 'Kai to avoid the underpass on his way home.' }, role: 'outcome', quote: 'to avoid' },
      { cells: { action: 'Mum and Dad to avoid arguing at bedtime.' }, role: 'action', quote: 'to avoid' },
      { cells: { action: '- To avoid the park after dark' }, role: 'action', quote: 'To avoid' },
    ],
    clean: [
      { cells: { action: 'Jo will leave class 2 minutes early to avoid the crowds on the stairs.' } },
      { cells: { action: 'I will take the long way round to avoid walking past his flat.' } },
      { cells: { action: 'Dad parks at the back gate at 3pm to avoid the school-run traffic.' } },
    ],
  });
});
