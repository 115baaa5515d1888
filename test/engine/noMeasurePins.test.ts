// The no-measure rule pinned down: an empty or vague measure cell, a lone outcome or need with nothing to count,
// "will be measured" with no how, "will understand" beside countable actions, and a row with nothing countable.
// Each message is asserted whole, with the row's topic sentence ("Here that could be ...") or without one when
// no topic is known, and the column and quote it lands on, so `npm run mutation:rule -- noMeasure` finds a
// change to any of it.
import { listedAs, seen } from './ruleTester';

const META = { rule: 'no-measure', letters: ['M'], severity: 'warning', fix: undefined };
const SCHOOL = ' Here that could be the days at school each week from the school register, or how many times late.';
const SCALE = ' Here that could be a 0–10 scale the child fills in each week with their worker, and what they say.';
const FOOD = ' Here that could be the days a week with breakfast, or meals a day, noted on a chart.';
const NOTHING_YET = 'Nothing here yet says how we will know this is working. What will we count or see?';
const NOT_WHAT =
  'This does not say what we will count or see. How much, how many, or how often will tell us it is working?';
const HOW_WILL_WE_KNOW =
  'How will we know when this has happened? Add something we can count or see, such as how often or how many.';
const NOT_HOW = 'This says it will be measured but not how. Say who will measure it, with what, and how often.';
const NOTHING_COUNTED =
  'Nothing in this row can be counted or seen, so no one can tell if it is working. Add how often, how many, or what will be different.';
const SESSIONS = { action: 'Mum to attend 6 sessions by 01/05/25.', owner: 'Mum', when: 'By 01/05/25' };

describe('no-measure', () => {
  it('is listed as a measurable (M) warning', () => {
    expect(listedAs('no-measure')).toEqual({
      code: 'no-measure',
      letters: ['M'],
      severity: 'warning',
      title: 'Nothing to measure',
    });
  });

  describe('with a measure column', () => {
    it('asks an empty measure cell what will be counted, with the row topic when there is one', () => {
      expect(seen('no-measure', { outcome: 'Ava will go to school.', measure: '' })).toEqual([
        { ...META, role: 'measure', column: 1, quote: '', start: 0, message: NOTHING_YET + SCHOOL },
      ]);
      expect(seen('no-measure', { action: 'Mum to support Ava.', measure: '  ' }).map((f) => f.message)).toEqual([
        NOTHING_YET,
      ]);
    });

    it('says a measure with nothing to count does not say what', () => {
      expect(seen('no-measure', { outcome: 'Ava will go to school.', measure: 'Attendance will be better.' })).toEqual([
        {
          ...META,
          role: 'measure',
          column: 1,
          quote: 'Attendance will be better.',
          start: 0,
          message: NOT_WHAT + SCHOOL,
        },
      ]);
      expect(
        seen('no-measure', { action: 'Mum to support Ava.', measure: 'Mum will feel better.' }).map((f) => f.message),
      ).toEqual([NOT_WHAT]);
    });

    it('lets off a measure that counts, and a measure cell alone on its row', () => {
      expect(
        seen('no-measure', {
          outcome: 'Ava will go to school.',
          measure: 'School register shows 95% attendance by 01/07/25.',
        }),
      ).toEqual([]);
      expect(seen('no-measure', { outcome: '', measure: '' })).toEqual([]);
      expect(seen('no-measure', { outcome: '  ', measure: '' })).toEqual([]);
      expect(seen('no-measure', { measure: 'Things will be better.' })).toEqual([]);
    });

    it('lets off a measure that names where the evidence comes from when the outcome says what is counted (cold4 yp-marcel-bathtime)', () => {
      expect(
        seen('no-measure', {
          outcome: 'Marcel will do the bath and bedtime on 3 evenings a week.',
          action: 'Young dads worker (Simeon) to do 4 weekly sessions with Marcel from 4/3/27.',
          measure: "Mrs Leach's visitor book",
        }),
      ).toEqual([]);
      expect(
        seen('no-measure', {
          outcome: 'Caleb will have had his hearing test by 18/3/27.',
          measure: 'hospital letter confirming he was seen',
        }),
      ).toEqual([]);
      // With no outcome, a specific action stands in for it.
      expect(
        seen('no-measure', {
          action: 'Sunita to contact the relatives Tendai names and hold a family group conference by 30/6/27.',
          measure: 'List of people contacted, shared with Tendai',
        }),
      ).toEqual([]);
    });

    it('still asks what is counted when the source is named but the outcome says nothing that can be seen', () => {
      expect(
        seen('no-measure', { outcome: 'Marcel will be a better dad.', measure: "Mrs Leach's visitor book" }),
      ).toEqual([
        {
          ...META,
          role: 'measure',
          column: 1,
          quote: "Mrs Leach's visitor book",
          start: 0,
          message: NOT_WHAT,
        },
      ]);
      expect(seen('no-measure', { action: 'Mum to support Ava.', measure: 'SW notes' }).map((f) => f.message)).toEqual([
        NOT_WHAT,
      ]);
    });
  });

  describe('with no measure and no action columns', () => {
    it('asks a lone outcome how we will know, pointing at the quality when it names one', () => {
      expect(seen('no-measure', { outcome: 'Ava will be happier.' })).toEqual([
        { ...META, role: 'outcome', column: 0, quote: 'happier', start: 12, message: HOW_WILL_WE_KNOW + SCALE },
      ]);
      expect(seen('no-measure', { outcome: 'Ava will be at school.' }).map((f) => [f.quote, f.message])).toEqual([
        ['Ava will be at school.', HOW_WILL_WE_KNOW + SCHOOL],
      ]);
    });

    it('asks a need only when it names a quality with no yardstick', () => {
      expect(seen('no-measure', { need: 'Ava needs better hygiene.' }).map((f) => [f.role, f.quote, f.start])).toEqual([
        ['need', 'better', 10],
      ]);
      expect(seen('no-measure', { need: 'Ava wets the bed.' })).toEqual([]);
      expect(seen('no-measure', { need: 'Ava needs better hygiene, measured by a chart ticked daily.' })).toEqual([]);
    });

    it('says "will be measured" (or monitored) is not how, of the whole cell, in an outcome or a need', () => {
      expect(seen('no-measure', { outcome: 'Progress will be measured.' })).toEqual([
        { ...META, role: 'outcome', column: 0, quote: 'Progress will be measured.', start: 0, message: NOT_HOW },
      ]);
      expect(
        seen('no-measure', { outcome: ' Progress will be measured. ' }).map((f) => [f.quote, f.start, f.message]),
      ).toEqual([['Progress will be measured.', 1, NOT_HOW]]);
      expect(seen('no-measure', { need: 'Progress will be monitored.' }).map((f) => [f.quote, f.message])).toEqual([
        ['Progress will be monitored.', NOT_HOW],
      ]);
    });

    it('lets off an outcome that counts', () => {
      expect(seen('no-measure', { outcome: 'Ava will go to school every day.' })).toEqual([]);
      expect(seen('no-measure', { outcome: 'Ava will be happier, 8 out of 10 on her weekly scale.' })).toEqual([]);
    });
  });

  describe('with action columns and no measure column', () => {
    it('says no one can see someone understand, even beside actions that count', () => {
      expect(
        seen('no-measure', { outcome: 'Mum will understand the impact of drinking on Ava.', ...SESSIONS }),
      ).toEqual([
        {
          ...META,
          role: 'outcome',
          column: 0,
          quote: 'Mum will understand the impact of drinking on Ava.',
          start: 0,
          message:
            'No one can see someone understand. Say what they will be able to explain or do differently, and who will hear or see it.',
        },
      ]);
    });

    it.each([
      'Mum will  understand the risks.',
      'Mum will have  a better understanding of the risks.',
      'Mum will have a  better understanding of the risks.',
      'Mum will have a better  understanding of the risks.',
      'Mum will have a greater understanding of the risks.',
      'Mum will have a greater  understanding of the risks.',
      'Mum will have full understanding of the risks.',
      'Mum will have full  understanding of the risks.',
      'Mum will be  aware of the risks.',
      'Mum will have  insight into the risks.',
    ])('reads %j as a change inside someone, however it is spaced', (outcome) => {
      expect(seen('no-measure', { outcome, ...SESSIONS }).map((f) => f.message)).toEqual([
        'No one can see someone understand. Say what they will be able to explain or do differently, and who will hear or see it.',
      ]);
    });

    it('lets off "will understand" with something to count, and an outcome beside actions that count', () => {
      expect(
        seen('no-measure', {
          outcome: 'Mum will understand the impact of drinking and will name 3 triggers by 01/05/25.',
          ...SESSIONS,
        }),
      ).toEqual([]);
      expect(seen('no-measure', { outcome: 'Ava will be happy at home.', ...SESSIONS })).toEqual([]);
      // A comparison, though, asks "than what?": the sessions do not answer it (the ninth cold set).
      expect(seen('no-measure', { outcome: 'Ava will be happier.', ...SESSIONS }).map((f) => f.quote)).toEqual([
        'happier',
      ]);
    });

    it('with nothing countable, lands on the outcome, else the first action cell', () => {
      expect(
        seen('no-measure', {
          need: 'Ava is hungry.',
          outcome: 'Ava will be happier.',
          action: 'Mum to support Ava.',
          owner: 'Mum',
          when: 'Ongoing',
        }),
      ).toEqual([
        {
          ...META,
          role: 'outcome',
          column: 1,
          quote: 'Ava will be happier.',
          start: 0,
          message: NOTHING_COUNTED + SCALE,
        },
      ]);
      expect(
        seen('no-measure', { action: 'Mum to support Ava.', owner: 'Mum', when: 'Ongoing' }).map((f) => [
          f.role,
          f.message,
        ]),
      ).toEqual([['action', NOTHING_COUNTED]]);
      expect(
        seen('no-measure', { need: 'Ava is hungry.', action_owner_when: 'Mum to support Ava.' }).map((f) => [
          f.role,
          f.message,
        ]),
      ).toEqual([['action_owner_when', NOTHING_COUNTED + FOOD]]);
      expect(
        seen('no-measure', { need: 'Ava is hungry.', owner_when: 'Mum to support Ava.' }).map((f) => f.role),
      ).toEqual(['owner_when']);
    });

    it('says nothing of a row with no outcome or action written', () => {
      expect(seen('no-measure', { owner: 'Mum', when: 'Ongoing' })).toEqual([]);
    });
  });
});

describe('no-measure: a registration is a yes/no fact anyone can check', () => {
  it('lets off a task to register or enrol someone somewhere, in any form of the verb', () => {
    for (const action of [
      'Dad to register the twins with the dentist on Mill Lane.',
      'Enrol Marta at Brookside Primary.',
      "Reg'd with the Oakfield surgery",
      'Re-register Sam with his old GP.',
    ]) {
      expect(seen('no-measure', { action, owner: 'Dad' })).toEqual([]);
    }
  });

  it('still asks what will be counted when "register" is not signing up with anyone', () => {
    expect(
      seen('no-measure', { action: 'Dad to help Sam register how he feels.', owner: 'Dad' }).map((f) => f.role),
    ).toEqual(['action']);
  });
});

describe('no-measure: an outcome that only says how things will be, not carried by the actions (cold7)', () => {
  it('asks what will be counted for a state or a direction, and mentions sessions only when there are some', () => {
    expect(
      seen('no-measure', { outcome: 'Arlo will settle into his new nursery.', owner: 'Mum', when: 'by 26/2/27' }).map(
        (f) => [f.role, f.message],
      ),
    ).toEqual([
      [
        'outcome',
        'How will we know when this has happened? Say what will be different that we can count or see. Here that could be the days at school each week from the school register, or how many times late.',
      ],
    ]);
    expect(
      seen('no-measure', {
        outcome: 'Arlo will settle into his new nursery.',
        action: 'Keyworker to support Arlo',
        owner: 'Keyworker',
        when: 'by 26/2/27',
      }).map((f) => f.message),
    ).toEqual([
      // "Support" is no act anyone could see done, so the date beside it counts nothing either (branch tsc2).
      'Nothing in this row can be counted or seen, so no one can tell if it is working. Add how often, how many, or what will be different. Here that could be the days at school each week from the school register, or how many times late.',
    ]);
  });

  it('leaves the state alone when the outcome also says what will be seen', () => {
    expect(
      seen('no-measure', {
        outcome: 'Arlo will settle into his new nursery, staying for 3 full mornings a week without crying for Mum.',
        owner: 'Mum',
        when: 'by 26/2/27',
      }),
    ).toEqual([]);
  });
});

describe('no-measure: a numbered clause', () => {
  it("does not count a clause's number as something to measure by", () => {
    expect(
      seen('no-measure', { action_owner_when: '4. Mum and Dad agree to keep the children safe.' }).map((f) => f.role),
    ).toEqual(['action_owner_when']);
    expect(seen('no-measure', { action_owner_when: 'Mum and Dad agree to check the locks 4 times a day.' })).toEqual(
      [],
    );
  });
});

describe('no-measure: where the evidence comes from, in more words (cold9)', () => {
  it.each([
    'The surgery’s confirmation, seen by the social worker.',
    'Approval on the exam board’s system.',
    'Attendance tracker kept by the head of year.',
    'Signed repayment plan sent to the social worker.',
  ])('takes "%s" as the measure of a counted outcome', (measure) => {
    expect(
      seen('no-measure', { outcome: 'Jade will be at school on 9 of 10 days by 1/3/27.', measure, owner: 'Mum' }),
    ).toEqual([]);
  });
});
