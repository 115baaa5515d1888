// Readings of what sits in the wrong column, and of demands a family cannot meet, learnt from the tenth cold
// set's causes, pinned as a user would see them: the rows flagged (role, quote) and the traps that must stay
// clean. The rows are written here in their own words, not copied from the cold set or the guidance.
import { ruleTester } from './ruleTester';

const UNREALISTIC = { rule: 'unrealistic', letters: ['A' as const, 'R' as const], severity: 'warning' as const };
const OUTCOME = { rule: 'action-as-outcome', letters: ['S' as const], severity: 'warning' as const };
const NEED = { rule: 'action-as-need', letters: ['S' as const], severity: 'warning' as const };
const TOO_MANY = { rule: 'too-many-actions', letters: ['A' as const, 'R' as const], severity: 'warning' as const };

const SCHOOL_RUN = {
  action: 'Mr Reid to meet Ellis at the gate at 8.40am each school day and walk him to his classroom.',
  owner: 'Mr Reid (learning mentor)',
  when: 'From 11/01/2027, reviewed 12/02/2027',
};

describe('a worker named as who does the passive task, however often (cold10)', () => {
  ruleTester('action-as-outcome', {
    meta: OUTCOME,
    flagged: [
      {
        cells: { outcome: 'Ellis will be supported by his key adult every morning.', ...SCHOOL_RUN },
        role: 'outcome',
        quote: 'will be supported',
      },
      {
        cells: { outcome: "Ellis's attendance will be monitored by the education welfare officer.", ...SCHOOL_RUN },
        role: 'outcome',
        quote: 'will be monitored',
      },
      {
        cells: { outcome: 'Priya will be checked on by the night staff twice a night.' },
        role: 'outcome',
        quote: 'will be checked',
      },
      {
        cells: { outcome: 'The twins will be visited by their social worker every two weeks.' },
        role: 'outcome',
        quote: 'will be visited',
      },
      {
        cells: { outcome: 'Jax to be observed by the nursery key person three times a week.' },
        role: 'outcome',
        quote: 'to be observed',
      },
    ],
    clean: [
      // Support towards a change, a count of the child's own doing, a date after "by".
      { cells: { outcome: 'Ellis will be supported to walk into class on his own by half term.' } },
      { cells: { outcome: "Ellis's mood will be checked by his key adult using a 1 to 5 scale every Friday." } },
      { cells: { outcome: 'Ellis walks into class on his own on 4 mornings out of 5 by 12/02/2027.', ...SCHOOL_RUN } },
      { cells: { outcome: 'Priya sleeps through the night on 5 nights a week, as checked by the night staff log.' } },
      { cells: { outcome: 'Jax will be observed playing alongside two other children by the end of term.' } },
      { cells: { outcome: 'Ellis will be settled in class by 9am on 4 days out of 5 by Friday 12 February.' } },
    ],
  });
});

describe('a service had, offered or in place, named as the outcome (cold10)', () => {
  ruleTester('action-as-outcome', {
    meta: OUTCOME,
    flagged: [
      {
        cells: { outcome: 'Ellis will have access to a calm room at school.', ...SCHOOL_RUN },
        role: 'outcome',
        quote: 'will have access to',
      },
      {
        cells: { outcome: 'A weekly check-in with his mentor will be in place.', ...SCHOOL_RUN },
        role: 'outcome',
      },
      {
        cells: { outcome: 'Rosa has had her dental check and any treatment referrals are made by 01/03/2027.' },
        role: 'outcome',
      },
      {
        cells: { outcome: 'Ben will have two short breaks a month at the respite unit.' },
        role: 'outcome',
      },
      {
        cells: { outcome: 'The family home will be adapted.', owner: 'OT', when: 'By 01/04/2027' },
        role: 'outcome',
        quote: 'will be adapted',
      },
      {
        cells: { outcome: 'A stairlift to be fitted.' },
        role: 'outcome',
        quote: 'to be fitted',
      },
      {
        cells: { outcome: "Dad will attend the school's 8-week Triple P course." },
        role: 'outcome',
      },
    ],
    clean: [
      // What the child or parent will then do, that anyone could count or see.
      { cells: { outcome: 'Ellis will use the calm room instead of leaving the building, at least once a day.' } },
      { cells: { outcome: 'Rosa brushes her teeth twice a day and has no new fillings at her check on 01/03/2027.' } },
      { cells: { outcome: 'Ben sleeps in his own bed at home on 6 nights out of 7 by the review.' } },
      { cells: { outcome: 'Ben gets himself upstairs to bed with the stairlift by 01/04/2027.' } },
      { cells: { outcome: 'Jay will attend school on 9 of 10 days each fortnight by half term.' } },
      // What the service is for, said beside it; a family member doing it; the person's own change after it.
      {
        cells: {
          outcome: 'Mum will have access to a washing machine by 01/02/2027 so the girls have clean uniform daily.',
        },
      },
      { cells: { outcome: 'A safety plan will be in place and Mum can name three people she will ring.' } },
      { cells: { outcome: 'Dad will have access to the children every Saturday from 10am to 4pm at Gran’s.' } },
      { cells: { outcome: 'Tia will be collected by Nan every day at 3.15pm and be home by 3.40pm.' } },
      { cells: { outcome: 'Ellis will attend the school gates on time on 4 days out of 5 by half term.' } },
    ],
  });
});

describe('a meeting a service convenes, named as the need (cold10)', () => {
  ruleTester('action-as-need', {
    meta: NEED,
    flagged: [
      { cells: { need: 'The family needs a family group conference.' }, role: 'need' },
      { cells: { need: 'Worry: Jess needs a strategy meeting.' }, role: 'need' },
      { cells: { need: 'The children need an FGC before the review.' }, role: 'need' },
      { cells: { need: 'Mum and Dad need a TAF meeting.' }, role: 'need' },
    ],
    clean: [
      { cells: { need: 'Jess needs to know who she can talk to when she feels unsafe at home.' } },
      { cells: { need: 'The wider family do not know the children are at risk and have not met to plan together.' } },
      { cells: { need: 'Mum needs the school to tell her about meetings in writing, as she cannot read well.' } },
      { cells: { need: 'Dad has missed the last three core group meetings.' } },
    ],
  });
});

describe('every day or every session straight from a frequent-absence baseline (cold10)', () => {
  const need = 'Ellis has missed 12 of the last 30 school days.';
  ruleTester('unrealistic', {
    meta: UNREALISTIC,
    flagged: [
      { cells: { need, outcome: 'Ellis will be in school every day from Monday.' }, quote: 'every day' },
      {
        cells: { need, outcome: 'Ellis will arrive on time every single day until the summer.' },
        quote: 'every single day',
      },
      {
        cells: { need: 'Ellis attended 9 out of 20 sessions this half term.', outcome: 'Ellis attends every session.' },
        quote: 'every session',
      },
      {
        cells: {
          need: 'Ellis came to 41% of sessions last term.',
          outcome: 'Ellis attends every session from 11/01/2027.',
        },
        quote: 'every session',
      },
    ],
    clean: [
      // A high start, interim steps, or days counted that are not attendance.
      {
        cells: {
          need: 'Ellis has missed 2 of the last 30 school days.',
          outcome: 'Ellis will be in school every day.',
        },
      },
      {
        cells: {
          need,
          outcome: 'Ellis will be in school 4 days a week by half term, then every day by Easter.',
        },
      },
      { cells: { need, outcome: 'Ellis will be in school on 8 of 10 days each fortnight by half term.' } },
      { cells: { need: 'Ellis has read 3 of the last 10 class books.', outcome: 'Ellis reads at home every day.' } },
      // Every day of something done at home, not of being at school.
      { cells: { need, outcome: 'Ellis will have breakfast every day before school.' } },
      { cells: { need, outcome: 'Ellis will take his inhaler every day, morning and night.' } },
    ],
  });
});

describe('drink given up in everyday words, and none of a harm caused anywhere (cold10)', () => {
  ruleTester('unrealistic', {
    meta: UNREALISTIC,
    flagged: [
      { cells: { action: 'Dad will give up the drink from this weekend.' }, quote: 'give up the drink' },
      { cells: { action_owner_when: 'Mum says she will pack in the booze for good.' }, quote: 'pack in the booze' },
      { cells: { outcome: 'Gary comes off the drink before the baby is born.' }, quote: 'comes off the drink' },
      {
        cells: { action: 'I will not cause any damage to the flats or the cars on the estate.' },
        quote: 'not cause any damage',
      },
      { cells: { action: "Liam won't cause any trouble on the bus." }, quote: "won't cause any trouble" },
    ],
    clean: [
      { cells: { action: 'Dad will have no more than 2 cans on the nights he has the children, from 16/01/2027.' } },
      { cells: { action: 'Mum will see the alcohol worker every Tuesday to plan cutting down, from 12/01/2027.' } },
      { cells: { action: 'Liam will sit near the driver so he does not cause any trouble on the bus.' } },
      { cells: { action: 'If the dog does not cause any damage this month, it can stay in the kitchen.' } },
    ],
  });
});

describe("years of catching up, against the child's own age (cold10)", () => {
  ruleTester('unrealistic', {
    meta: UNREALISTIC,
    flagged: [
      {
        cells: {
          need: 'Nia (10) reads at the level expected of a 6-year-old.',
          outcome: 'By Easter Nia will read at the level expected for her age.',
        },
        quote: 'level expected for her age',
      },
      {
        cells: {
          need: 'Kofi (9) writes like a 5-year-old.',
          outcome: 'Kofi will be at age-related expectations in writing by July.',
        },
      },
      {
        cells: {
          need: 'Ayo, aged 12, works at the standard of a 7-year-old in maths.',
          outcome: 'Ayo will be working in line with his peers by the summer term.',
        },
      },
      {
        cells: {
          need: 'Remy (8) speaks like a 4 year old.',
          outcome: "Remy's speech will be at the level expected for his age by half term.",
        },
      },
    ],
    clean: [
      {
        cells: {
          need: 'Nia (10) reads at the level expected of a 9-year-old.',
          outcome: 'By Easter Nia will read at the level expected for her age.',
        },
      },
      {
        cells: {
          need: 'Nia (10) reads at the level expected of a 6-year-old.',
          outcome: 'By Easter Nia will read 40 new sight words from the Year 1 list.',
        },
      },
      {
        cells: {
          need: 'Kofi (9) writes like a 5-year-old.',
          outcome: 'Kofi will write two sentences with full stops on his own by half term.',
        },
      },
      {
        cells: { need: 'Ayo (12) loves maths.', outcome: 'Ayo will be working in line with his peers by the summer.' },
      },
    ],
  });
});

describe('living on one\u2019s own, every skill of it at once (cold10)', () => {
  ruleTester('unrealistic', {
    meta: UNREALISTIC,
    flagged: [
      {
        cells: {
          outcome: 'By June Kira will live in her own flat, cook all her own meals and pay all her bills without help.',
        },
      },
      {
        cells: {
          outcome: 'Dean will live independently, manage his own money and cook all his own meals by the autumn.',
        },
      },
      {
        cells: {
          action: 'Zak to live on his own, pay all of his bills and manage his own medication from next month.',
        },
      },
      {
        cells: {
          outcome: 'Jo lives in her own tenancy, manages her own budget and pays all her bills by March.',
        },
      },
    ],
    clean: [
      { cells: { outcome: 'By June Kira will cook a hot meal on her own twice a week, with her PA there.' } },
      { cells: { outcome: 'Dean will live in his own flat by the autumn, with support visits 3 times a week.' } },
      { cells: { outcome: 'Zak will pay his gas and electric bills on time each month from April.' } },
      { cells: { outcome: 'Jo manages her own medication with a weekly blister pack by March.' } },
    ],
  });
});

describe('a thing kept ready "at all times" is a standard anyone can keep (cold10)', () => {
  ruleTester('unrealistic', {
    meta: UNREALISTIC,
    flagged: [
      { cells: { outcome: 'Mila will be safe at all times.' }, quote: 'at all times' },
      { cells: { action: 'Tom will behave well at all times.' }, quote: 'at all times' },
      { cells: { action: 'Mum will keep the children supervised at all times.' }, quote: 'at all times' },
      { cells: { outcome: 'Kian will be polite to staff at all times.' }, quote: 'at all times' },
    ],
    clean: [
      { cells: { action: 'Mum will keep her mobile charged and on her at all times, from 11/01/2027.' } },
      { cells: { action: 'Ear defenders and a weighted blanket available at all times in class.' } },
      { cells: { action: 'Gran will keep the back door locked at all times when the children are there.' } },
      { cells: { action: "Naomi's inhaler to be kept in her bag at all times; school office holds a spare." } },
    ],
  });
});

describe('only what the family is asked to do counts towards too many (cold10)', () => {
  ruleTester('too-many-actions', {
    meta: TOO_MANY,
    flagged: [
      {
        cells: {
          action_owner_when:
            'Mum to take the boys to school, collect them, cook tea, do the washing, see the GP, attend the group and ring the SW each Friday. SW to visit weekly.',
        },
      },
      {
        cells: {
          action:
            'We are worried the house is unsafe. Dad will clear the hall, fix the stair gate, empty the bins, wash the bedding, tidy the kitchen, put a lock on the window, hoover the stairs and buy a fireguard.',
        },
      },
      {
        cells: {
          action:
            'Nan to collect the girls; Mum to cook tea; Mum to bath them; Dad to read with them; Dad to wash up; Mum to do the ironing; Dad to put the bins out.',
        },
      },
      {
        cells: {
          action_owner_when:
            '- Jay to go to college, see his PA, go to the gym, cook his tea, wash his clothes, clean his room and sign on by Friday.\n- PA to visit on Mondays.',
        },
      },
    ],
    clean: [
      {
        cells: {
          action_owner_when:
            '- Mum will keep her phone on her and ring 999 if he comes back.\n- Mum will change the locks by 15/01/2027.\n- IDVA (Ann Hart) will meet Mum every Monday until March.\n- School will let only Mum collect the children and ring her if anyone else tries.\n- SW to arrange the locksmith by 13/01/2027 and visit weekly.',
        },
      },
      {
        cells: {
          action_owner_when:
            'Danger statement: we are worried that when Dad drinks he shouts and the children hide. What we will do: Dad will go to the pub only when the children are at Nan’s. Nan will keep their beds made up. Mum will text Nan if she is worried. SW (Lee) will see the children at school every fortnight.',
        },
      },
      {
        cells: {
          action:
            'School nurse to see Lily weekly; class teacher to send a home-school book daily; ELSA to run a group on Tuesdays; Mum to read the book each night.',
        },
      },
      {
        cells: {
          action: 'We are concerned that Ava is missing breakfast. Mum will give Ava breakfast before school each day.',
        },
      },
    ],
  });
});

const NEGATIVE = { rule: 'negative-framing', letters: ['R' as const], severity: 'warning' as const };

describe('a ban is not redeemed by a check on it, nor hidden in a list under one "will:" (cold10)', () => {
  ruleTester('negative-framing', {
    meta: NEGATIVE,
    flagged: [
      {
        cells: {
          action_owner_when:
            'I agree I will not let Craig into the flat while the children are here. The SW will check with Craig’s probation officer monthly.',
        },
        quote: 'will not let',
      },
      {
        cells: {
          action_owner_when:
            'Tyler (14) agrees he will not go to the skate park after dark until 01/03/2027. Dad will check the tracker app at 9pm.',
        },
        quote: 'will not go',
      },
      {
        cells: { action: 'Dad will: get up at 7; walk the kids to school; not smoke indoors; cook tea each night.' },
        quote: '; not smoke',
      },
      {
        cells: { action: 'Mum to:\n- book the GP\n- not leave the baby with Jordan\n- keep the health visits' },
        quote: '\n- not leave',
      },
      {
        cells: { action_owner_when: "I'll try to get to college on time and not get into fights. - Reece" },
        quote: 'and not get',
      },
      {
        cells: {
          action_owner_when:
            'I will not go out after 9pm on school nights. My key worker Dee will see me every Monday at 4.',
        },
        quote: 'will not go',
      },
      {
        cells: { action: 'Dad will not drink before contact. The support worker will meet him at the centre at 10am.' },
        quote: 'will not drink',
      },
    ],
    clean: [
      // What to do instead, named; a not that describes; a limit; a condition.
      {
        cells: {
          action_owner_when:
            'Mum will not leave the children alone; Gran will stay with them when Mum goes out. The SW will check monthly.',
        },
      },
      { cells: { action: 'Dad will: get up at 7; walk the kids to school; smoke only in the garden; cook tea.' } },
      {
        cells: {
          action: 'Mum to:\n- book the GP\n- not yet known who will collect on Fridays\n- keep the health visits',
        },
      },
      { cells: { action: 'Jo and not Sam will collect Ava from nursery on Tuesdays, from 12/01/2027.' } },
      { cells: { action: 'Contact on Saturdays:\n- not before 10am\n- Dad to bring lunch for both boys' } },
      {
        cells: {
          action_owner_when:
            'I will not go out after 9pm on school nights; I will be home by 9 and text Mum. My key worker will see me on Mondays.',
        },
      },
      { cells: { action: 'If he is not home by 9pm, Mum will ring his phone and then the police at 10pm.' } },
    ],
  });
});
