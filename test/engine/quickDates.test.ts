// The engine reads slash dates that stand alone without chrono (src/engine/quickDates.ts). These tests pin
// that it then says exactly what chrono would: the same dates, at the same places, meaning the same days.
import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { quickDates } from '../../src/engine/quickDates';
import { findTimescales } from '../../src/engine/timescale';
import { fuzzRuns } from '../support/fuzz';

const REFERENCE = new Date(2027, 0, 4, 12);
const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** chrono's dates with a digit in them, as the engine keeps them. */
function chronoSays(text: string) {
  return chrono.en.GB.parse(text, REFERENCE, { forwardDate: false })
    .filter((r) => /\d/.test(r.text))
    .map((r) => {
      const date = r.start.date();
      return {
        index: r.index,
        text: r.text,
        day: r.start.isCertain('day') ? iso(date.getFullYear(), date.getMonth() + 1, date.getDate()) : 'not a day',
      };
    });
}

function quickSays(text: string) {
  return quickDates(text)?.map((d) => ({ index: d.index, text: d.text, day: iso(d.year, d.month, d.day) }));
}

// Dates written every way, and the words and marks plans put beside them, some of which chrono joins to a
// date (a range, a weekday, a time, a unit of time, a zone) and some it does not.
const PIECES = [
  '5/1/27',
  '05/01/2027',
  '31/03/2027',
  '31/02/27',
  '29/02/2028',
  '13/13/27',
  '12/05/99',
  '1/1/1',
  '7/08/2026',
  '0/1/27',
  '5/1',
  '2027',
  '3',
  '10',
  '3pm',
  '5th',
  'to',
  'until',
  'till',
  'through',
  '-',
  '–',
  'from',
  'by',
  'at',
  'on',
  'the',
  'a',
  'week',
  'weeks',
  'days',
  'after',
  'before',
  'since',
  'Mum',
  "Mum's",
  'SW',
  '(SW)',
  'GMT',
  'BST',
  'CAT',
  'Friday',
  'Fri',
  'Jan',
  'May',
  'today',
  'noon',
  'next',
  'this',
  'w/c',
  'd',
  'm',
  'few',
  'last',
  's',
  'an',
  ',',
  '.',
  ';',
  '(',
  ')',
  '/',
  'and',
  'school',
  'visit',
  'review',
];

const text = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.boolean()), { minLength: 1, maxLength: 10 })
  .map((parts) =>
    parts
      .map(([piece, glued]) => (glued ? piece : ` ${piece}`))
      .join('')
      .trim(),
  );

describe('dates read without chrono', () => {
  it('are what chrono reads, whenever the engine does not ask it', () => {
    let answered = 0;
    fc.assert(
      fc.property(text, (t) => {
        const quick = quickSays(t);
        if (quick === undefined) return true;
        answered++;
        expect(quick).toEqual(chronoSays(t));
        return true;
      }),
      { numRuns: fuzzRuns(Number(process.env.QUICK_DATES_RUNS ?? 20000)) },
    );
    // The comparison means something only if it is made often.
    expect(answered).toBeGreaterThan(fuzzRuns(20000) / 10);
  });

  it.each([
    ['Dad to ring school by 31/03/2027.', [{ index: 22, text: '31/03/2027', day: '2027-03-31' }]],
    ['From 5/1/27 Mum will walk Kai to school.', [{ index: 5, text: '5/1/27', day: '2027-01-05' }]],
    [
      'Checked on 12/05/99 and 1/6/50.',
      [
        { index: 11, text: '12/05/99', day: '1999-05-12' },
        { index: 24, text: '1/6/50', day: '2050-06-01' },
      ],
    ],
    ['Mum to attend the group.', []],
  ])('reads %j as chrono does', (cell, expected) => {
    expect(quickSays(cell)).toEqual(expected);
    expect(chronoSays(cell)).toEqual(expected);
  });

  it.each([
    ['a range chrono joins', 'Respite from 5/1/27 to 9/1/27.'],
    ['a weekday chrono joins', 'Visit on Friday 5/1/27.'],
    ['a time', 'Meeting on 5/1/27 at 3pm.'],
    ['a unit of time', 'A week after 5/1/27.'],
    ['a zone', 'Call on 5/1/27 GMT.'],
    ['a day that does not exist', 'By 31/02/2027.'],
    ['another number', 'Kai (8) by 5/1/27.'],
    ['a month name', 'By 5/1/27 or in May.'],
  ])('leaves %s to chrono', (_why, cell) => {
    expect(quickDates(cell)).toBeUndefined();
  });

  it('gives the engine the same timescales as chrono did', () => {
    expect(
      findTimescales(
        'Dad to buy cereal each Sunday from 2/01/27; Mrs Begum to record it every Friday until 2/03/27.',
        '2027-01-01',
      ),
    ).toEqual([
      { start: 18, end: 29, text: 'each Sunday', kind: 'frequency' },
      { start: 35, end: 42, text: '2/01/27', kind: 'date', date: '2027-01-02' },
      { start: 67, end: 79, text: 'every Friday', kind: 'frequency' },
      { start: 86, end: 93, text: '2/03/27', kind: 'deadline', date: '2027-03-02' },
    ]);
  });
});
