// The placeholder rule pinned down: every "[gap]" left in any column is its own finding, quoting the brackets
// and naming the words inside them, so that `npm run mutation:rule -- placeholder` finds a change to any of it.
import { listedAs, seen } from './ruleTester';

const META = { rule: 'placeholder', letters: ['S'], severity: 'warning' };

describe('placeholder', () => {
  it('is listed as a specific (S) warning about gaps', () => {
    expect(listedAs('placeholder')).toEqual({
      code: 'placeholder',
      letters: ['S'],
      severity: 'warning',
      title: 'Gaps still to fill in',
    });
  });

  it('finds each gap in each column, quoting it and naming what is to fill in', () => {
    expect(seen('placeholder', { action: 'Mum to see [named worker]', owner: 'Mum', when: 'By [dd/mm/yyyy]' })).toEqual(
      [
        {
          ...META,
          role: 'action',
          column: 0,
          quote: '[named worker]',
          start: 11,
          message: '"named worker" is still to fill in or remove before the plan is shared.',
          fix: undefined,
        },
        {
          ...META,
          role: 'when',
          column: 2,
          quote: '[dd/mm/yyyy]',
          start: 3,
          message: '"dd/mm/yyyy" is still to fill in or remove before the plan is shared.',
          fix: undefined,
        },
      ],
    );
  });

  it('finds two gaps in one cell, and none in a cell with no brackets', () => {
    const found = seen('placeholder', { outcome: 'Ava will go to [club] on [day].', measure: 'Register kept.' });
    expect(found.map((f) => [f.quote, f.start])).toEqual([
      ['[club]', 15],
      ['[day]', 25],
    ]);
  });
});
