// Our own labelled plans, written in the style of other councils' plans (not the guidance's wording):
// a guard that the rules follow the guidance's principles rather than the examples they were built on.
import path from 'path';
import { readCorpus } from '../../src/cli/corpus';
import { evaluate } from '../../src/cli/eval';

const result = evaluate(readCorpus(path.join(__dirname, 'own-examples.jsonl')));

describe('own labelled examples', () => {
  it('tells SMART from not SMART (balanced accuracy at least 0.95)', () => {
    expect(result.verdict.balancedAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('raises no warning on a plan written SMART', () => {
    expect(result.verdict.fp).toBe(0);
  });

  it('finds each fault it is labelled with (recall at least 0.9 per code)', () => {
    for (const [code, figures] of Object.entries(result.codes)) {
      if (figures.expected) expect({ code, recall: figures.recall }).toEqual({ code, recall: expect.any(Number) });
      if (figures.expected) expect(figures.recall).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('does not report what an item says must be absent (jargon aside, which is advice only)', () => {
    expect(result.falseAlarms.filter((f) => f.code !== 'jargon')).toEqual([]);
  });
});
