// Small text tools the rules share.
import fc from 'fast-check';
import { sentences, shortHash } from '../../src/engine/text';

describe('shortHash (finding ids)', () => {
  // Ids name findings a reviewer has dismissed, in saved settings and in documents: a faster hash that
  // gave other ids would bring every dismissed point back. This is the formula ids were first made with.
  const firstFormula = (input: string) => {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let i = 0; i < input.length; i++) {
      h1 = Math.imul(h1 ^ input.charCodeAt(i), 0x01000193);
      h2 = Math.imul(h2 ^ input.charCodeAt(i), 0x5bd1e995);
    }
    return ((h1 >>> 0).toString(36) + (h2 >>> 0).toString(36)).slice(0, 12);
  };

  it('gives the ids findings have always had', () => {
    expect(shortHash('')).toBe(firstFormula(''));
    expect(shortHash('vague|0|3|1|support|Mum to be supported')).toBe(
      firstFormula('vague|0|3|1|support|Mum to be supported'),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => shortHash(input) === firstFormula(input)),
      {
        numRuns: 2000,
      },
    );
  });
});

describe('sentences: a point between digits', () => {
  it('does not end a sentence at a time or a decimal', () => {
    expect(sentences('Club 3.15-4.15 on Mondays. Mum drinks 2.5 units. Done').map((s) => s.text)).toEqual([
      'Club 3.15-4.15 on Mondays.',
      'Mum drinks 2.5 units.',
      'Done',
    ]);
  });
});
