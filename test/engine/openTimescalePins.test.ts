// The open-timescale rule pinned down: "ongoing" and "ASAP" in every column that can hold a timescale but the
// need, with the quick fix each gets ("until" an end for something continuing, "by" a date for something
// urgent, capitalised only at the start of a when cell), so that `npm run mutation:rule -- openTimescale`
// finds a change to any of it.
import { listedAs, seen } from './ruleTester';

const NOT_A_TIMESCALE = (words: string) =>
  `"${words}" is not a timescale: it gives no point at which to check how things are going. Say how often and until when, or by which date.`;
const META = { rule: 'open-timescale', letters: ['T'], severity: 'warning' };
const GP = 'Mum to take Ava to the GP.';

describe('open-timescale', () => {
  it('is listed as a timely (T) warning', () => {
    expect(listedAs('open-timescale')).toEqual({
      code: 'open-timescale',
      letters: ['T'],
      severity: 'warning',
      title: '"Ongoing", "ASAP" and other open timescales',
    });
  });

  it('asks for an end to "Ongoing" and a date for "ASAP" at the start of a when cell, capitalised', () => {
    expect(seen('open-timescale', { action: GP, owner: 'Mum', when: 'Ongoing' })).toEqual([
      {
        ...META,
        role: 'when',
        column: 2,
        quote: 'Ongoing',
        start: 0,
        message: NOT_A_TIMESCALE('Ongoing'),
        fix: { kind: 'replace-span', text: 'Until [dd/mm/yyyy]' },
      },
    ]);
    expect(seen('open-timescale', { action: GP, owner: 'Mum', when: 'ASAP' }).map((f) => f.fix)).toEqual([
      { kind: 'replace-span', text: 'By [dd/mm/yyyy]' },
    ]);
  });

  it('writes the fix in lower case later in a when cell, and in any other column', () => {
    expect(
      seen('open-timescale', {
        action: 'Mum to take Ava to the GP asap.',
        owner: 'Mum ongoing',
        when: 'Weekly, ongoing',
      }),
    ).toEqual([
      {
        ...META,
        role: 'action',
        column: 0,
        quote: 'asap',
        start: 26,
        message: NOT_A_TIMESCALE('asap'),
        fix: { kind: 'replace-span', text: 'by [dd/mm/yyyy]' },
      },
      {
        ...META,
        role: 'owner',
        column: 1,
        quote: 'ongoing',
        start: 4,
        message: NOT_A_TIMESCALE('ongoing'),
        fix: { kind: 'replace-span', text: 'until [dd/mm/yyyy]' },
      },
      {
        ...META,
        role: 'when',
        column: 2,
        quote: 'ongoing',
        start: 8,
        message: NOT_A_TIMESCALE('ongoing'),
        fix: { kind: 'replace-span', text: 'until [dd/mm/yyyy]' },
      },
    ]);
    expect(
      seen('open-timescale', { when: 'From now, as soon as possible' }).map((f) => [f.quote, f.fix?.text]),
    ).toEqual([['as soon as possible', 'by [dd/mm/yyyy]']]);
  });

  it.each([
    'On going',
    'on-going',
    'Continuous',
    'Continuously',
    'Throughout',
    'Indefinitely',
    'Open ended',
    'No end date',
  ])('asks for an end to %j', (when) => {
    expect(seen('open-timescale', { action: GP, owner: 'Mum', when }).map((f) => [f.quote, f.fix?.text])).toEqual([
      [when, 'Until [dd/mm/yyyy]'],
    ]);
  });

  it.each(['As soon as possible', 'When available'])('asks for a date for %j', (when) => {
    expect(seen('open-timescale', { action: GP, owner: 'Mum', when }).map((f) => [f.quote, f.fix?.text])).toEqual([
      [when, 'By [dd/mm/yyyy]'],
    ]);
  });

  it('writes the fix in lower case at the start of any cell but the when cell', () => {
    expect(
      seen('open-timescale', { outcome: 'Ava is well.', action: 'ASAP Mum to call.', measure: 'Ongoing checks.' }).map(
        (f) => [f.role, f.start, f.fix?.text],
      ),
    ).toEqual([
      ['action', 0, 'by [dd/mm/yyyy]'],
      ['measure', 0, 'until [dd/mm/yyyy]'],
    ]);
  });

  it('asks in the outcome, measure and combined columns, but not in the need', () => {
    expect(
      seen('open-timescale', {
        need: 'Ongoing worries about Ava',
        outcome: 'Ava will be safe, ongoing',
        measure: 'Checked ongoing',
      }).map((f) => [f.role, f.column, f.quote]),
    ).toEqual([
      ['outcome', 1, 'ongoing'],
      ['measure', 2, 'ongoing'],
    ]);
    expect(
      seen('open-timescale', { owner_when: 'Mum, ongoing', action_owner_when: 'Mum to call ASAP' }).map((f) => [
        f.role,
        f.quote,
        f.fix?.text,
      ]),
    ).toEqual([
      ['owner_when', 'ongoing', 'until [dd/mm/yyyy]'],
      ['action_owner_when', 'ASAP', 'by [dd/mm/yyyy]'],
    ]);
  });
});
