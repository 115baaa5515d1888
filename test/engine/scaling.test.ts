// Every path through the engine must stay linear in a cell's length (issue #16): a check of a hostile cell
// ten times longer may take about ten times as long, never a hundred. pathological.test.ts prints times
// (a busy machine is not a defect); this asserts the ratio, which a busy machine barely moves and a
// quadratic path multiplies tenfold. Ratios on a busy machine when written: 1 to 14. With the bracket
// pattern of before 4bccd35 put back (3.9 s on a 100,000-character cell of "((((( "), "brackets" gave 88.
import { checkRow } from '../../src/engine';
import { PATHOLOGICAL_UNITS, pathologicalCell } from '../support/pathological';

const SHORT = 5000;
const LONG = 50000;
/** Linear is 10; quadratic 100. Three times linear leaves room for a noisy machine and the engine's caps. */
const MOST_RATIO = 30;
const FAMILIES: Record<string, string> = {
  ...PATHOLOGICAL_UNITS,
  'vague and subjective': 'Mum will be more confident and happier regularly ',
  'open brackets': '(((((',
  'titles alone': 'Mr ',
  'sentences with dates': 'Dad to ring school every Friday until 14/02/2027. ',
};

let fresh = 0;
/** The median of three checks, each of a cell not seen before (the engine remembers answers per text). */
function medianMs(unit: string, length: number): number {
  const times = [0, 1, 2].map(() => {
    const cell = `${fresh++} ${pathologicalCell(unit, length)}`.slice(0, length);
    const started = performance.now();
    checkRow({ outcome: cell, action_owner_when: cell });
    return performance.now() - started;
  });
  return times.sort((a, b) => a - b)[1];
}

describe('the check stays linear in the length of a cell', () => {
  beforeAll(() => {
    // Warm the engine up so the first family does not pay for compiling it.
    medianMs('Mum to ring school. ', SHORT);
  });

  it.each(Object.entries(FAMILIES))('a cell of "%s" repeated, 5,000 then 50,000 characters', (_family, unit) => {
    const short = Math.max(medianMs(unit, SHORT), 0.5);
    const long = medianMs(unit, LONG);
    expect(long / short).toBeLessThan(MOST_RATIO);
  });
});
