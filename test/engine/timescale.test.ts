// chrono is the slowest part of a check, so a text is given to it only when a number in it has something
// date-like beside it (mayHoldDate). These tests pin that the shortcut never loses a date chrono would read.
import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { PLAN_CHRONO, findTimescales, mayHoldDate, openTimescales } from '../../src/engine/timescale';
import { fuzzRuns } from '../support/fuzz';
import { seen } from './ruleTester';

const REFERENCE = new Date(2026, 11, 2, 12);
/** What chrono itself reads with a digit in it: the only results the engine keeps. */
const chronoWithDigits = (text: string) =>
  chrono.en.GB.parse(text, REFERENCE, { forwardDate: false })
    .map((r) => r.text)
    .filter((t) => /\d/.test(t));

// Words and marks plans put around numbers, glued or spaced at random.
const PIECES = [
  '3',
  '12',
  '2027',
  '05',
  '1',
  '30',
  '7',
  '20',
  'at',
  'from',
  'to',
  'by',
  'in',
  'the',
  '5th',
  'on',
  'Friday',
  'May',
  'June',
  'Jan',
  'week',
  'weeks',
  'days',
  'month',
  'pm',
  'am',
  '.',
  ':',
  '/',
  '-',
  '–',
  ',',
  '(',
  ')',
  'sessions',
  'each',
  'every',
  'until',
  "o'clock",
  'noon',
  'tonight',
  'tomorrow',
  'next',
  'last',
  '+',
  'of',
  'school',
  'Mum',
  'will',
  'visit',
  'term',
  'Easter',
  'h',
  'st',
  'morning',
  'evening',
  'ago',
  'later',
  'within',
  'after',
  'before',
  'year',
  'hrs',
  'mins',
  'fortnight',
  'times',
  'out of',
  'Year',
  'age',
];

describe('the date shortcut (mayHoldDate)', () => {
  it('never hides a date or time chrono would read', () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom(...PIECES), fc.boolean()), { minLength: 1, maxLength: 8 })
      .map((parts) =>
        parts
          .map(([piece, glued]) => (glued ? piece : ` ${piece}`))
          .join('')
          .trim(),
      );
    fc.assert(
      fc.property(text, (t) => mayHoldDate(t) || chronoWithDigits(t).length === 0),
      { numRuns: fuzzRuns(20000) },
    );
  });

  it.each([
    ['05/01/2027', true],
    ['6 Jan', true],
    ['12May', true],
    ['at 10', true],
    ['7.30pm', true],
    ['in 2 weeks', true],
    ['12 evening', true],
    ['Dad to buy cereal each Sunday (12)', true],
    ['Kai will eat breakfast on 4 of 5 school days.', false],
    ['Kai needs to be healthy (3).', false],
    ['2 out of 3 sessions', false],
    ['Year 6 pupils', false],
    ['no numbers here', false],
  ])('%s: %s', (text, expected) => {
    expect(mayHoldDate(text)).toBe(expected);
  });

  it('keeps a deadline after a frequency or a duration (chrono would join them into one range)', () => {
    const text = 'Mum to phone the GP at 10 on 05/01/2027, then weekly for 6 weeks until 14 Feb 2027.';
    expect(findTimescales(text, '2026-12-02').map((t) => [t.text, t.kind, t.date])).toEqual([
      ['at 10 on 05/01/2027', 'date', '2027-01-05'],
      ['weekly', 'frequency', undefined],
      ['for 6 weeks', 'duration', undefined],
      ['14 Feb 2027', 'deadline', '2027-02-14'],
    ]);
    expect(findTimescales('Mrs Okafor will share the register every Friday until 28/03/2027.', '2026-12-02')).toEqual([
      expect.objectContaining({ text: 'every Friday', kind: 'frequency' }),
      expect.objectContaining({ text: '28/03/2027', kind: 'deadline', date: '2027-03-28' }),
    ]);
    // What stood either side of the frequency is not joined into one range instead; a dose is one frequency.
    const dosed = findTimescales('Mrs Khan will help Amir read for 20 minutes every morning until 31/03/2027.');
    expect(dosed.map((t) => [t.text, t.kind])).toEqual([
      ['20 minutes every morning', 'frequency'],
      ['31/03/2027', 'deadline'],
    ]);
  });

  it('reads dates written with dots as dates, not times', () => {
    const found = (text: string) => findTimescales(text, '2026-12-02').map((t) => [t.text, t.kind, t.date]);
    expect(found('FSW (Jenna), weekly from 05.01.27')).toEqual([
      ['weekly', 'frequency', undefined],
      ['05.01.27', 'date', '2027-01-05'],
    ]);
    expect(found('Referral sent by 1.2.27')).toEqual([['1.2.27', 'deadline', '2027-02-01']]);
    expect(found('Group starts at 10.30 on Tuesdays')).toEqual([
      ['at 10.30', 'time', undefined],
      ['on Tuesdays', 'frequency', undefined],
    ]);
  });
});

/** What the engine reads in a text: each timescale's words, kind and day. */
const read = (text: string, planDate?: string) =>
  findTimescales(text, planDate).map((t) => (t.date ? [t.text, t.kind, t.date] : [t.text, t.kind]));

describe('a month with no day', () => {
  it.each([
    ['SW to visit by end of March', 'end of March', 'deadline', '2027-03-31'],
    ['by the end of March 2027', 'end of March 2027', 'deadline', '2027-03-31'],
    ['end of Jan', 'end of Jan', 'deadline', '2027-01-31'],
    ['Referral by mid-February', 'mid-February', 'deadline', '2027-02-15'],
    ['Done by early March', 'early March', 'deadline', '2027-03-10'],
    ['by Sept 2027', 'Sept 2027', 'deadline', '2027-09-30'],
    ['by March 2027', 'March 2027', 'deadline', '2027-03-31'],
    ['Letter sent by Mar-27', 'Mar-27', 'deadline', '2027-03-31'],
    ['TA support from Jan', 'Jan', 'date', '2027-01-01'],
    ['from January 2027', 'January 2027', 'date', '2027-01-01'],
    ['Health assessment in April', 'April', 'date', '2027-04-01'],
  ])('%s: %s is a %s, %s', (text, words, kind, day) => {
    expect(read(text, '2026-12-02')).toEqual([[words, kind, day]]);
  });

  it('is the next such month on or after the plan date when no year is given', () => {
    expect(read('by end of March', '2027-03-10')).toEqual([['end of March', 'deadline', '2027-03-31']]);
    expect(read('by end of March', '2027-04-01')).toEqual([['end of March', 'deadline', '2028-03-31']]);
  });

  it('gives no day when neither the text nor the plan says which year', () => {
    expect(read('by end of March')).toEqual([['end of March', 'deadline']]);
    expect(read('by March 2027')).toEqual([['March 2027', 'deadline', '2027-03-31']]);
  });

  it('is not read from a name, a month with its day, or the half term', () => {
    expect(read('Support from May (FSW) and June will attend', '2026-12-02')).toEqual([]);
    expect(read('Referral by April to ring Mum', '2026-12-02')).toEqual([]);
    expect(read('by March 5th', '2026-12-02')).toEqual([['March 5th', 'deadline', '2027-03-05']]);
    expect(read('by Feb half term', '2026-12-02')).toEqual([['by Feb half term', 'relative']]);
  });
});

describe('a month that times a vague row', () => {
  it('"Nursery, by Sept" is a timescale, and "school ready" still has nothing to measure', () => {
    const row = {
      outcome: 'Teddy will be school ready',
      action: 'Nursery to support school readiness',
      owner_when: 'Nursery, by Sept',
    };
    expect(seen('no-timescale', row)).toEqual([]);
    // Read as a date, "by Sept" makes the row countable: the aim must be known as vague to keep its finding.
    expect(seen('no-measure', row).map((f) => f.quote)).toEqual(['Teddy will be school ready']);
    expect(seen('vague', row).map((f) => f.quote)).toContain('school ready');
  });
});

describe('a month and year in figures', () => {
  it.each([
    ['due 3/27', '3/27', 'deadline', '2027-03-31'],
    ['due 03/2027', '03/2027', 'deadline', '2027-03-31'],
    ['from 3/2027', '3/2027', 'date', '2027-03-01'],
  ])('%s: %s is a %s, %s, whatever the plan date', (text, words, kind, day) => {
    expect(read(text, '2026-12-02')).toEqual([[words, kind, day]]);
    expect(read(text)).toEqual([[words, kind, day]]);
  });

  it('leaves a day and month as one ("w/c 8/2" is 8 February)', () => {
    expect(read('from w/c 8/2', '2026-12-02')).toEqual([['8/2', 'date', '2027-02-08']]);
  });
});

describe('findings that turn on a month read', () => {
  const row = (when: string) => ({
    outcome: 'Nan will go to the kinship carers group',
    action: 'Kinship team (Jo) to book Nan a place',
    owner: 'Jo',
    when,
  });

  it('"by end of March" is a timescale, and passes with the plan date', () => {
    expect(seen('no-timescale', row('by end of March'))).toEqual([]);
    expect(seen('past-deadline', row('by end of March 2026'), { planDate: '2026-03-20' })).toEqual([]);
    expect(seen('past-deadline', row('by end of March 2026'), { planDate: '2026-04-02' })).toEqual([
      expect.objectContaining({ quote: 'end of March 2026' }),
    ]);
  });

  it('"due 3/27" is due by the end of March 2027, not 27 March 2000', () => {
    expect(seen('past-deadline', row('due 3/27'), { planDate: '2027-03-28' })).toEqual([]);
    expect(seen('past-deadline', row('due 3/27'), { planDate: '2027-04-01' })).toEqual([
      expect.objectContaining({ quote: '3/27' }),
    ]);
    expect(seen('deadline-due', row('due 3/27'), { planDate: '2026-12-02', today: '2027-03-20' })).toEqual([]);
  });
});

describe('a span counted from the plan', () => {
  it.each([
    ['first 3 months', 'first 3 months'],
    ['Carers to visit weekly in the first 6 weeks', 'first 6 weeks'],
    ['TAF to reconvene in 6-8 weeks', 'in 6-8 weeks'],
    ['Review within 6 to 8 weeks', 'within 6 to 8 weeks'],
    ['Group for 26 weeks', 'for 26 weeks'],
    ['Assessment within 26 weeks', 'within 26 weeks'],
    ['Sessions over the next 12 weeks', 'over the next 12 weeks'],
  ])('%s: %s', (text, words) => {
    expect(read(text, '2026-12-02').filter(([, kind]) => kind === 'duration')).toEqual([[words, 'duration']]);
  });

  it('is not a time of day ("6 to 8" was read as one) nor a count of sessions', () => {
    expect(read('within 6 to 8 weeks')).toEqual([['within 6 to 8 weeks', 'duration']]);
    expect(read('Mum to go to the first 3 sessions')).toEqual([]);
  });

  it('times a row: "first 3 months" is no longer no-timescale, and the vague row keeps its faults', () => {
    const row = {
      outcome: 'Jordan (14) will feel settled in his placement',
      action: 'carers to make Jordan feel welcome',
      owner: 'foster carers',
      when: 'first 3 months',
    };
    expect(seen('no-timescale', row)).toEqual([]);
    // Timed now, the action must not carry the vague outcome: making someone feel welcome is no task.
    expect(seen('vague', row).map((f) => f.quote)).toEqual(['settled', 'make Jordan feel']);
    expect(seen('no-measure', row)).toHaveLength(1);
  });
});

describe('how often', () => {
  it.each([
    'twice a year',
    'once a term',
    'three times a week',
    '2x per week',
    '3x a week',
    'every other week',
    'each half term',
    'termly',
    'half-termly',
    'bi-weekly',
    'annually',
    'quarterly',
    'every 6 months',
    'every 6-8 weeks',
    'every 3rd week',
    'every contact',
    'at each visit',
    'each appointment',
    'every day after school',
    '24/7',
  ])('%s is a frequency', (words) => {
    expect(findTimescales(`Mum to go ${words}.`, '2026-12-02').map((t) => t.kind)).toEqual(['frequency']);
  });

  it('"24/7" is round the clock, not 24 July', () => {
    expect(read('Nan to supervise contact 24/7', '2026-12-02')).toEqual([['24/7', 'frequency']]);
  });
});

describe("a point in the plan, the school year or the child's life", () => {
  it.each([
    ['before the next CIN meeting', 'before the next CIN meeting'],
    ['at her next CLA review', 'at her next CLA review'],
    ['by the RCPC', 'by the RCPC'],
    ['until the CP review on 12/3/27', 'until the CP review'],
    ['at the 6-week review', 'at the 6-week review'],
    ['before the final hearing', 'before the final hearing'],
    ['by Xmas', 'by Xmas'],
    ['after Easter hols', 'after Easter hols'],
    ['by half term', 'by half term'],
    ['Spring term 2027', 'Spring term 2027'],
    ['this academic year', 'this academic year'],
    ['by the start of next term', 'by the start of next term'],
    ['by Yr 7', 'by Yr 7'],
    ['before he starts Year 7', 'starts Year 7'],
    ['before she turns 18', 'before she turns 18'],
    ['by her 18th birthday', 'by her 18th birthday'],
    ['at the end of the course', 'at the end of the course'],
  ])('%s', (text, words) => {
    expect(read(text, '2026-12-02')[0].slice(0, 2)).toEqual([words, 'relative']);
  });

  it('a When cell that starts with the next meeting is "by" it; in a sentence it needs its cue (cold4)', () => {
    expect(read('next LAC review', '2026-12-02')).toEqual([['next LAC review', 'relative']]);
    expect(read('Following core group', '2026-12-02')).toEqual([['Following core group', 'relative']]);
    expect(read('Mum to go; next PEP', '2026-12-02')).toEqual([['next PEP', 'relative']]);
    expect(read('Mum to say how the next review went', '2026-12-02')).toEqual([]);
  });

  it('is not a class the child is in, a meeting with no time to it, or a wait', () => {
    expect(read('Jayden (in Year 6) to read with Mum')).toEqual([]);
    expect(read('Mum to say at the meeting how it went')).toEqual([]);
    expect(read('SW to ring Mum when she is 10 minutes late')).toEqual([]);
  });

  it('"this academic year" times a row (cold2 c2-pep-potential keeps only its labelled faults)', () => {
    const row = {
      outcome: 'Jayden to reach his full potential in school',
      action: "school to support Jayden's learning",
      owner: 'DT',
      when: 'this academic year',
    };
    expect(seen('no-timescale', row)).toEqual([]);
    expect(seen('vague', row).length).toBeGreaterThan(0);
  });
});

describe('readings far from the plan', () => {
  it('"by 5/20" in a plan of 2026 is no month six years gone: still a timescale, with no day', () => {
    expect(read('by 5/20', '2026-12-02')).toEqual([['5/20', 'deadline']]);
    expect(read('due 12/30', '2026-12-02')).toEqual([['12/30', 'deadline', '2030-12-31']]);
    expect(
      seen('past-deadline', { action: 'SW to visit', owner: 'SW', when: 'by 5/20' }, { planDate: '2026-12-02' }),
    ).toEqual([]);
  });

  it("a year written out is the author's, and a deadline years before the plan is still called passed", () => {
    expect(read('by 31/03/2017', '2026-12-02')).toEqual([['31/03/2017', 'deadline', '2017-03-31']]);
  });

  it('a month before a date in figures is not joined to it ("May 04/05/20" is not 4 May 2005)', () => {
    expect(read('The course will start on May 04/05/20', '2020-03-30')).toEqual([['04/05/20', 'date', '2020-05-04']]);
  });

  it.each(['Mum to attend 9/10 sessions', 'Kai scored 7/10', 'at least 3/4 of the time', '1/2 hour a day'])(
    'a fraction is no date: %s',
    (text) => {
      expect(read(text, '2026-12-02').filter(([, kind]) => kind === 'date' || kind === 'deadline')).toEqual([]);
    },
  );

  it('a fraction does not time a row', () => {
    expect(
      seen('no-timescale', {
        outcome: 'Kai will go to school',
        action: 'Kai to attend 9/10 sessions',
        owner: 'Kai',
        when: '',
      }),
    ).toHaveLength(1);
  });
});

describe('months read without a day', () => {
  // Cue words, positions, month names and years, glued or spaced at random.
  const PIECES = [
    'by',
    'the',
    'end',
    'of',
    'mid',
    '-',
    'early',
    'from',
    'in',
    'due',
    'March',
    'Jan',
    'Sept',
    'May',
    'Dec',
    '2027',
    "'27",
    'Mum',
    'to',
    '(',
    'half term',
    '5th',
    '3/27',
    '12/2027',
    '.',
  ];
  const text = fc
    .array(fc.tuple(fc.constantFrom(...PIECES), fc.boolean()), { minLength: 1, maxLength: 8 })
    .map((parts) =>
      parts
        .map(([piece, glued]) => (glued ? piece : ` ${piece}`))
        .join('')
        .trim(),
    );
  const plans = fc.constantFrom('2026-12-02', '2027-03-15', '2027-04-01', undefined);

  it("give a real day, in order, and a month named with no year is never before the plan's month", () => {
    fc.assert(
      fc.property(text, plans, (t, plan) => {
        const found = findTimescales(t, plan);
        let end = -1;
        for (const span of found) {
          expect(span.start).toBeGreaterThanOrEqual(end);
          expect(t.slice(span.start, span.end)).toBe(span.text);
          end = span.end;
          if (!span.date) continue;
          const [y, m, d] = span.date.split('-').map(Number);
          const day = new Date(y, m - 1, d, 12);
          expect([day.getFullYear(), day.getMonth() + 1, day.getDate()]).toEqual([y, m, d]);
          const yearWritten = /\d{2}/.test(span.text);
          if (plan && !yearWritten && /^[a-z -]+$/i.test(span.text)) {
            expect(span.date.slice(0, 7) >= plan.slice(0, 7)).toBe(true);
          }
        }
        return true;
      }),
      { numRuns: fuzzRuns(5000) },
    );
  });
});

describe("the plan's chrono reader", () => {
  it('leaves out exactly the "ago" and "later" parsers, and still reads the dates plans write', () => {
    expect(chrono.en.GB.parsers.length - PLAN_CHRONO.parsers.length).toBe(2);
    expect(PLAN_CHRONO.parse('seen 3 days ago', new Date(2027, 0, 1))).toEqual([]);
    expect(PLAN_CHRONO.parse('review 2 weeks later', new Date(2027, 0, 1))).toEqual([]);
    const read = (text: string) =>
      findTimescales(text, '2027-01-01')
        .filter((t) => t.date)
        .map((t) => [t.text, t.kind, t.date]);
    expect(read('Mum to phone the GP by Friday 29th January 2027.')).toEqual([
      ['Friday 29th January 2027', 'deadline', '2027-01-29'],
    ]);
    expect(read('Nan to visit on Tuesday 12 Jan at 4pm.')).toEqual([
      ['on Tuesday 12 Jan at 4pm', 'date', '2027-01-12'],
    ]);
  });
});

describe('school terms, key stages and the next stage of education', () => {
  it.each([
    // A term with no year is the next such term not yet over on the plan date; its day the most it can mean.
    ['Autumn term', 'Autumn term', '2026-12-31'],
    ['Speech therapist, summer term', 'summer term', '2027-07-31'],
    ['Spring 2', 'Spring 2', '2027-04-30'],
    ['Summer 1', 'Summer 1', '2027-05-31'],
    ['Autumn 2027', 'Autumn 2027', '2027-12-31'],
    ['before the spring half term', 'before the spring half term', '2027-02-28'],
    ['by the end of the summer term 2028', 'by the end of the summer term 2028', '2028-07-31'],
  ])('%s: %s, done by %s', (text, words, day) => {
    expect(read(text, '2026-12-02')).toEqual([[words, 'relative', day]]);
  });

  it("is next year's term once this year's is over, and has no day with neither a year nor a plan date", () => {
    expect(read('Spring 1', '2027-03-15')).toEqual([['Spring 1', 'relative', '2028-02-29']]);
    expect(read('Summer term', '2027-06-01')).toEqual([['Summer term', 'relative', '2027-07-31']]);
    expect(read('Summer term')).toEqual([['Summer term', 'relative']]);
    expect(read('Spring 2028')).toEqual([['Spring 2028', 'relative', '2028-04-30']]);
  });

  it.each([
    ['Until the end of Key Stage 2', 'Until the end of Key Stage 2'],
    ['before KS4', 'before KS4'],
    ['End of Year 9', 'End of Year 9'],
    ['By the end of Year 11', 'By the end of Year 11'],
    ['Over the 2027/28 school year', '2027/28 school year'],
    ['Post 16', 'Post 16'],
    ['College, from post-16', 'from post-16'],
  ])("%s: %s is a point in the school years (no day: the child's year is not known)", (text, words) => {
    expect(read(text, '2026-12-02')).toEqual([[words, 'relative']]);
  });

  it("is not a child called Summer or Autumn, a season, a class a child is in, or a course's name", () => {
    expect(read('Summer will go to the youth club with Autumn', '2026-12-02')).toEqual([]);
    expect(read('Nan takes the twins to the seaside in the spring', '2026-12-02')).toEqual([]);
    expect(read('Omar (in KS3) to bring his reading book', '2026-12-02')).toEqual([]);
    expect(read('Sophie to look at post-16 courses with her tutor', '2026-12-02')).toEqual([]);
    expect(read('Spring Lane nursery to send the register', '2026-12-02')).toEqual([]);
  });
});

describe("the plan's own meetings and the life of the agreement", () => {
  it.each([
    ['Family support worker – next meeting', 'next meeting'],
    ['Talk it through at the next family network meeting', 'at the next family network meeting'],
    ['before the next speech and language review', 'before the next speech and language review'],
    ['Until review', 'Until review'],
    ['by the autumn PEP', 'by the autumn PEP'],
    ['Throughout the agreement period', 'Throughout the agreement period'],
    ['for the duration of the placement', 'for the duration of the placement'],
  ])('%s: %s', (text, words) => {
    expect(read(text, '2026-12-02').map((t) => t.slice(0, 2))).toEqual([[words, 'relative']]);
  });

  it('is not a review as work to do, nor the meeting itself with no time to it', () => {
    expect(read('Social worker to review the safety plan with Nan', '2026-12-02')).toEqual([]);
    expect(read('Mum says the next meeting felt better', '2026-12-02')).toEqual([]);
    expect(read('the contract will be signed by Dad', '2026-12-02')).toEqual([]);
  });
});

describe('how often, tied to an event or given as a dose', () => {
  it.each([
    ['Every swimming lesson', 'Every swimming lesson'],
    ['At each family time session', 'each family time session'],
    ['each of the sessions', 'each of the sessions'],
    ['All contact sessions', 'All contact sessions'],
    ['Mr Park, at all sessions', 'all sessions'],
    ['Reading club 4 x 20 mins a week', '4 x 20 mins a week'],
    ['Physio exercises 10 minutes per day', '10 minutes per day'],
    ['Bath and story, 4 evenings a week', '4 evenings a week'],
  ])('%s: %s is a frequency', (text, words) => {
    expect(read(text, '2026-12-02')).toEqual([[words, 'frequency']]);
  });

  it('is not "all" the sessions someone goes to in a sentence, nor a dose with no period', () => {
    expect(read('Dad to go to all sessions of the course', '2026-12-02')).toEqual([]);
    expect(read('Each swimming kit bag to be labelled', '2026-12-02')).toEqual([]);
    expect(read('Jo reads 20 minutes of her book', '2026-12-02')).toEqual([]);
  });
});

describe("the baby's birth, a pregnancy's weeks, an order's end, each time it happens", () => {
  it.each([
    ['Before the birth', 'Before the birth', 'relative'],
    ['SW, before baby is born', 'before baby is born', 'relative'],
    ['Midwife to visit before baby comes home', 'before baby comes home', 'relative'],
    ['Booking scan, by 12 weeks', 'by 12 weeks', 'duration'],
    ['By end of licence', 'By end of licence', 'relative'],
    ['Nan to stay for the first 3 nights', 'first 3 nights', 'duration'],
    ['Mum to tell the SW at least 3 days before anyone stays over', '3 days before', 'duration'],
    ['each core group', 'each core group', 'frequency'],
    ['every time she feels unwell', 'every time', 'frequency'],
    ['monthley', 'monthley', 'frequency'],
    ['Talk it over at next CIN', 'at next CIN', 'relative'],
    ['next IHA', 'next IHA', 'relative'],
  ])('%s: %s is a %s', (text, words, kind) => {
    expect(read(text, '2026-12-02').map((t) => t.slice(0, 2))).toEqual([[words, kind]]);
  });

  it('is not a birth that has happened, nor "next time" with no meeting', () => {
    expect(read('Mum has been low since the birth of her son', '2026-12-02')).toEqual([]);
    expect(read('Dad to ring first next time', '2026-12-02')).toEqual([]);
  });
});

describe('a duration as the timescale itself', () => {
  it.each([
    ['10 weeks', '10 weeks', '2027-02-10'],
    ['Health visitor – 3 months', '3 months', '2027-03-02'],
    ['FSW, six weeks', 'six weeks', '2027-01-13'],
    ['Within 10 working days.', 'Within 10 working days', '2026-12-16'],
    ['Mum (4-6 weeks)', '4-6 weeks', '2027-01-13'],
  ])('%s: %s, counted from the plan to %s', (text, words, day) => {
    expect(read(text, '2026-12-02')).toEqual([[words, 'duration', day]]);
  });

  it('has no day without a plan date, and is not an age, a history or a count inside a sentence', () => {
    expect(read('10 weeks')).toEqual([['10 weeks', 'duration']]);
    expect(read('Baby Isla is 10 weeks', '2026-12-02')).toEqual([]);
    expect(read('Dad has been sober for a while now, 2 years', '2026-12-02')).toEqual([
      ['2 years', 'duration', '2028-12-02'],
    ]);
  });
});

describe('open and missing timescales', () => {
  const open = (text: string) => openTimescales(text).map((t) => t.text);

  it('reads going on with no end, and waiting on no date, as open', () => {
    expect(open('Weekly visits until further notice')).toEqual(['until further notice']);
    expect(open('Taxi to be booked when available')).toEqual(['when available']);
    expect(open('Everyone, all the time')).toEqual(['all the time']);
    expect(open('At all times.')).toEqual(['At all times']);
  });

  it('reads waiting on no date as open, when it is the whole timescale', () => {
    expect(open('Portage worker – soon')).toEqual(['soon']);
    expect(open('Counselling service, when a place comes up')).toEqual(['when a place comes up']);
    expect(open('once Nan feels ready')).toEqual(['once Nan feels ready']);
    expect(open('Key worker to see Ty fortnightly – rolling')).toEqual(['rolling']);
    // A point the plan can name is that point; a condition in a sentence is the step's timing.
    expect(open('when he starts school')).toEqual([]);
    expect(read('before he starts school', '2026-12-02')).toEqual([['before he starts school', 'relative']]);
    expect(open('Nan to ring the police when Dad turns up drunk')).toEqual([]);
    expect(open('When needed')).toEqual(['When needed']);
    expect(open('Once a fortnight')).toEqual([]);
  });

  it('reads "at all times" in a sentence as a standard, and "TBC" as no timescale yet', () => {
    expect(open('Jade will be with a sober adult at all times when Mum has been drinking')).toEqual([]);
    expect(open('TBC')).toEqual([]);
    expect(open('to be agreed')).toEqual([]);
    expect(read('TBC', '2026-12-02')).toEqual([]);
  });
});
