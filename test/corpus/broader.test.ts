// A broader labelled set in our own words (broader.jsonl): Child in Need, Child Protection, Early Help,
// safety plans, EHCP outcomes and written agreements, with SMART rows as often as faulty ones. Scored
// by the same code as `smart-plan eval`.
import path from 'path';
import { readCorpus } from '../../src/cli/corpus';
import { evaluate } from '../../src/cli/eval';

const items = readCorpus(path.join(__dirname, 'broader.jsonl'));
const result = evaluate(items);

describe('broader labelled set', () => {
  it('has at least 80 rows, with SMART rows about as often as faulty ones', () => {
    expect(items.length).toBeGreaterThanOrEqual(80);
    const smart = items.filter((i) => i.smart === true).length;
    const faulty = items.filter((i) => i.smart === false).length;
    expect(smart / faulty).toBeGreaterThan(0.8);
  });

  it('tells SMART from not SMART (balanced accuracy at least 0.95)', () => {
    expect(result.verdict.balancedAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('finds each fault it is labelled with (recall at least 0.9 per code)', () => {
    const low = Object.entries(result.codes)
      .filter(([, figures]) => figures.expected > 0 && figures.recall < 0.9)
      .map(([code, figures]) => ({ code, recall: figures.recall }));
    expect(low).toEqual([]);
  });

  it('does not report what an item says must be absent (jargon aside, which is advice only)', () => {
    expect(result.falseAlarms.filter((f) => f.code !== 'jargon')).toEqual([]);
  });

  it('never leaves a row clean whose only actions are vague, whatever its owner and date', () => {
    const vagueActionRows = items.filter((i) => i.id.startsWith('va-'));
    expect(vagueActionRows.length).toBeGreaterThanOrEqual(10);
    expect(result.wrongVerdicts.filter((id) => id.startsWith('va-'))).toEqual([]);
  });
});

describe('labelled negation examples', () => {
  const negation = evaluate(readCorpus(path.join(__dirname, 'negation.jsonl')));

  it('finds negative framing in every grammatical form (recall at least 0.9)', () => {
    expect(negation.codes['negative-framing'].recall).toBeGreaterThanOrEqual(0.9);
  });

  it('lets off conditions, states and goals stated beside the "not"', () => {
    expect(negation.falseAlarms).toEqual([]);
  });
});
