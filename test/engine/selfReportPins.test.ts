// The self-report-only rule pinned down: a parent's own word as the only evidence, in the measure, outcome or
// achieved column; a parent telling a worker counts only outside the outcome; the occasion they tell on ("at
// each visit") is not other evidence, and evidence before or after their words is. Asserted so that
// `npm run mutation:rule -- selfReport` finds a change to the message, column, quote, fix or what lets it off.
import { listedAs, seen } from './ruleTester';

const META = { rule: 'self-report-only', letters: ['M'], severity: 'warning' };
const ONLY_THEIR_WORD =
  "What a parent tells us matters, but on its own it cannot show the plan is working. Add something others can see too, such as school records or a worker's visits.";
const CHECKED_AGAINST = {
  kind: 'append',
  text: ' This will be checked against [a record kept by someone other than the parent].',
};

describe('self-report-only', () => {
  it("is listed as a measurable (M) warning about a parent's word", () => {
    expect(listedAs('self-report-only')).toEqual({
      code: 'self-report-only',
      letters: ['M'],
      severity: 'warning',
      title: "Progress only on a parent's word",
    });
  });

  it("flags a parent's word in the outcome and the measure, and a parent telling a worker in the measure", () => {
    expect(
      seen('self-report-only', {
        outcome: 'Mum will report that Ava is sleeping.',
        measure: 'Mum will tell the health visitor at each visit.',
      }),
    ).toEqual([
      {
        ...META,
        role: 'outcome',
        column: 0,
        quote: 'Mum will report that Ava is',
        start: 0,
        message: ONLY_THEIR_WORD,
        fix: CHECKED_AGAINST,
      },
      {
        ...META,
        role: 'measure',
        column: 1,
        quote: 'Mum will tell the health visitor',
        start: 0,
        message: ONLY_THEIR_WORD,
        fix: CHECKED_AGAINST,
      },
    ]);
  });

  it('flags the achieved column too, but not an action', () => {
    expect(
      seen('self-report-only', { outcome: 'Ava sleeps well.', achieved: 'Mum says Ava is sleeping better.' }).map(
        (f) => [f.role, f.column, f.quote],
      ),
    ).toEqual([['achieved', 1, 'Mum says Ava is']]);
    expect(
      seen('self-report-only', { outcome: 'Ava sleeps.', action: 'Mum will say Ava is sleeping better.' }),
    ).toEqual([]);
  });

  it.each([
    'Parent will tell the worker.',
    'Mum tells the social worker.',
    'Dad to update the family support worker.',
    'Mum will update professionals.',
    'Mum will tell the professional.',
    'Mum will tell her worker.',
    'Dad informs his key worker.',
    'Mum  will  tell  the  health visitor.',
    'Dad  to  update  her  worker.',
    'Mum  tells  his  worker.',
    'Mum tells  their  team.',
  ])('reads %j in the measure as the parent telling a worker, however it is spaced', (measure) => {
    expect(seen('self-report-only', { outcome: 'Ava sleeps.', measure }).map((f) => f.quote)).toEqual([
      measure.slice(0, -1),
    ]);
  });

  it.each([
    'at visits',
    'at each meeting',
    'at her review',
    'during sessions',
    'before every appointment',
    'at core group',
    'at core groups',
    'at appointments',
    'at meetings',
    'at the weekly home visit',
    'at home visits',
    'at each fortnightly visit',
    'at the fortnightly  visit',
    'at monthly reviews',
    'at the monthly  visit',
    'at the next visit',
    'at the next  visit',
    ' at each visit',
    'at  each  visit',
    'at  visits',
    'at the weekly  home  visit',
  ])('does not take the occasion a parent tells on, %j, as other evidence', (occasion) => {
    expect(
      seen('self-report-only', { outcome: 'Ava sleeps.', measure: `Mum will tell the social worker ${occasion}.` }),
    ).toHaveLength(1);
  });

  it('does not read a parent telling a worker in the outcome as the evidence', () => {
    expect(seen('self-report-only', { outcome: 'Mum will tell the social worker how Ava sleeps.' })).toEqual([]);
  });

  it('is let off by other evidence before or after the parent tells, but not by the occasion they tell on', () => {
    expect(
      seen('self-report-only', {
        outcome: 'Ava sleeps.',
        measure: 'Sleep diary checked, and Mum will tell the social worker how Ava sleeps.',
      }),
    ).toEqual([]);
    expect(
      seen('self-report-only', {
        outcome: 'Ava sleeps.',
        measure: 'Mum will tell the health visitor, and the sleep diary will be checked.',
      }),
    ).toEqual([]);
    expect(
      seen('self-report-only', { outcome: 'Ava sleeps.', measure: 'Mum will tell the health visitor at each visit.' }),
    ).toHaveLength(1);
  });
});

describe("self-report-only: a parent's own record or confirmation (cold3)", () => {
  it("reads a record the parent keeps, and the parent's confirmation, as their own word", () => {
    expect(
      seen('self-report-only', {
        outcome: 'Mum will give Kobe his inhaler morning and night every day',
        measure: 'Mum’s own tick sheet, which she will show the SW',
      }),
    ).toEqual([
      {
        rule: 'self-report-only',
        letters: ['M'],
        severity: 'warning',
        role: 'measure',
        column: 1,
        quote: 'Mum’s own tick sheet',
        start: 0,
        message:
          "What a parent tells us matters, but on its own it cannot show the plan is working. Add something others can see too, such as school records or a worker's visits.",
        fix: {
          kind: 'append',
          text: ' This will be checked against [a record kept by someone other than the parent].',
        },
      },
    ]);
    expect(seen('self-report-only', { measure: 'Dad’s confirmation' }).map((f) => f.quote)).toEqual([
      'Dad’s confirmation',
    ]);
  });

  it("lets a parent's record off when someone else checks it", () => {
    expect(seen('self-report-only', { measure: 'Mum’s own log, checked by the HV at each visit' })).toEqual([]);
  });

  it('reads the doer confirming or reporting back as their own word (cold4 sr-sertraline, sr-says-fine)', () => {
    expect(
      seen('self-report-only', {
        outcome: 'Warren will take his sertraline every day',
        action: 'Warren to use a dosette box',
        measure: "Warren to confirm at each visit that he's taking it",
      }),
    ).toEqual([
      {
        ...META,
        role: 'measure',
        column: 2,
        quote: 'Warren to confirm at each visit that',
        start: 0,
        // A named young person or adult who is not a parent: the message names whose word it is.
        message: ONLY_THEIR_WORD.replace('What a parent tells us', 'What Warren tells us'),
        fix: CHECKED_AGAINST,
      },
    ]);
    const quoted = (action: string, measure: string) =>
      seen('self-report-only', { action, measure }).map((f) => f.quote);
    expect(quoted('Kirsty to smoke only in the garden', 'Kirsty reports back at core group')).toEqual([
      'Kirsty reports back',
    ]);
    // Someone else's record beside it, or someone else reporting, is other evidence.
    expect(
      quoted('Kirsty to smoke only in the garden', 'Kirsty reports back; SW checks at unannounced visits'),
    ).toEqual([]);
    expect(quoted('Kirsty to smoke only in the garden', 'Nan reports back at core group')).toEqual([]);
    // Someone else's record of what the doer tells them is that person's record.
    expect(quoted('Tyler to see his worker weekly', 'The worker records what Tyler tells her at each visit')).toEqual(
      [],
    );
  });
});

describe('a parent reporting, feeding back, confirming or keeping their own record', () => {
  const quotes = (measure: string) =>
    seen('self-report-only', { outcome: 'Jay will sleep in his own bed 5 nights a week by 31/03/2027.', measure }).map(
      (f) => f.quote,
    );

  it.each([
    ['Mum reports improvement.', 'Mum reports'],
    ['Mum to report how things are going at each visit.', 'Mum to report'],
    ['Parents feedback at core group.', 'Parents feedback'],
    ['Dad will feed back to the SW.', 'Dad will feed back'],
    ['Mum to confirm the nights Jay slept in his bed.', 'Mum to confirm'],
    ['Mum will keep a diary of bedtimes.', 'Mum will keep a diary'],
    ['Carers keep a log.', 'Carers keep a log'],
  ])('"%s" is the parent\u2019s word alone', (measure, quote) => {
    expect(quotes(measure)).toEqual([quote]);
  });

  it('is let off by evidence from someone else', () => {
    expect(
      quotes('Mum will keep a diary of bedtimes, and the school will record how tired Jay is each morning.'),
    ).toEqual([]);
  });
});

describe('the one doing the action telling, confirming or reporting back, pinned', () => {
  const quoteFor = (measure: string, doerRole: 'action' | 'action_owner_when' | 'outcome' = 'action') =>
    seen('self-report-only', { [doerRole]: 'Kayden to apply for 3 jobs a week from 11/01/2027.', measure }).map(
      (f) => f.quote,
    );

  it.each([
    ['Kayden tells Mo how many jobs he has applied for.', 'Kayden tells Mo how'],
    ['Kayden tell Mo whether he applied.', 'Kayden tell Mo whether'],
    ['Kayden will confirm that he applied.', 'Kayden will confirm that'],
    ['Kayden to confirm at each visit.', 'Kayden to confirm'],
    ['Kayden updates Mo if he applied.', 'Kayden updates Mo if'],
    ['Kayden update Mo what he did.', 'Kayden update Mo what'],
    ['Kayden reports back at core group.', 'Kayden reports back'],
    ['Kayden report to Mo how it went.', 'Kayden report to Mo how'],
    ['Kayden lets Mo know on Fridays.', 'Kayden lets Mo know'],
    ['Kayden let his PA know every week.', 'Kayden let his PA know'],
    ['Kayden reports during reviews.', 'Kayden reports'],
    ['Kayden reports.', 'Kayden reports'],
  ])('"%s" is the doer\u2019s own word', (measure, quote) => {
    expect(quoteFor(measure)).toEqual([quote]);
  });

  it('finds the doer in an action, a combined action cell, the outcome or the need, and nowhere else', () => {
    expect(quoteFor('Kayden reports back at core group.', 'action_owner_when')).toEqual(['Kayden reports back']);
    expect(quoteFor('Kayden reports back at core group.', 'outcome')).toEqual(['Kayden reports back']);
    // The one whose act or lack the need describes (cold9).
    expect(
      seen('self-report-only', { need: 'Kayden is out of work.', measure: 'Kayden reports back at core group.' }).map(
        (f) => f.quote,
      ),
    ).toEqual(['Kayden reports back']);
    expect(
      seen('self-report-only', { owner: 'Kayden', measure: 'Kayden reports back at core group.' }).map((f) => f.quote),
    ).toEqual([]);
  });

  it('finds the doer past a heading or a title, but not a service at the head of a cell (cold9)', () => {
    expect(
      seen('self-report-only', {
        outcome: 'Target: Kayden will apply for 3 jobs a week.',
        measure: 'Kayden reports back at core group.',
      }).map((f) => f.quote),
    ).toEqual(['Kayden reports back']);
    expect(
      seen('self-report-only', { need: 'Mr Kaya is out of work.', measure: 'Mr Kaya reports back at core group.' }).map(
        (f) => f.quote,
      ),
    ).toEqual(['Kaya reports back']);
    expect(
      seen('self-report-only', {
        need: 'Police report that Kayden was missing twice.',
        measure: 'Police report at each review.',
      }),
    ).toEqual([]);
  });

  it('is someone else\u2019s record when it is what the doer says that they write down', () => {
    expect(quoteFor('Mo records what Kayden tells her at each visit.')).toEqual([]);
    expect(quoteFor('Mo writes down how Kayden reports it.')).toEqual([]);
  });

  it('sets aside the occasion however it is spaced, and not other evidence', () => {
    expect(quoteFor('Kayden reports back  at  each  visit.')).toEqual(['Kayden reports back']);
    expect(quoteFor('Kayden reports back, checked against the Jobcentre log.')).toEqual([]);
  });

  it('reads a grandparent or a young person and her nan telling a worker as their own word', () => {
    expect(
      seen('self-report-only', { measure: 'Leah and her nan will let the SW know if the evenings are better.' }).map(
        (f) => [f.quote, f.message.split(' matters')[0]],
      ),
    ).toEqual([['Leah and her nan will let the SW', 'What Leah tells us']]);
    expect(
      seen('self-report-only', { measure: 'Grandad will update the social worker each Friday.' }).map((f) => f.quote),
    ).toEqual(['Grandad will update the social worker']);
    expect(
      seen('self-report-only', {
        measure: 'Nan will tell the SW each Friday, and the school sends the register to the SW weekly.',
      }),
    ).toEqual([]);
  });
});
