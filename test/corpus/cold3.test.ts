// The third cold set (cold3.jsonl): rows written and labelled by the guidance's principles before the engine
// was run on them, in other councils' formats and kinds of plan the first two sets do not use (README.md in
// this folder gives the first-run figures). The thresholds are the figures reached after the fixes that set
// found, so they guard against regression; they are not a target to tune rows to.
import path from 'path';
import { readCorpus } from '../../src/cli/corpus';
import { evaluate } from '../../src/cli/eval';

const items = readCorpus(path.join(__dirname, 'cold3.jsonl'));
const result = evaluate(items);

describe('third cold labelled set', () => {
  it('has at least 120 rows, about as many SMART as not', () => {
    expect(items.length).toBeGreaterThanOrEqual(120);
    const smart = items.filter((i) => i.smart === true).length;
    const faulty = items.filter((i) => i.smart === false).length;
    expect(smart / faulty).toBeGreaterThan(0.8);
  });

  it('tells SMART from not SMART (balanced accuracy at least 0.94, specificity at least 0.93)', () => {
    expect(result.verdict.balancedAccuracy).toBeGreaterThanOrEqual(0.94);
    expect(result.verdict.specificity).toBeGreaterThanOrEqual(0.93);
  });

  it('finds each fault it is labelled with (macro recall at least 0.90; no code below 0.55)', () => {
    const recalls = Object.values(result.codes)
      .filter((figures) => figures.expected > 0)
      .map((figures) => figures.recall);
    expect(recalls.reduce((a, b) => a + b, 0) / recalls.length).toBeGreaterThanOrEqual(0.9);
    const low = Object.entries(result.codes)
      .filter(([, figures]) => figures.expected > 0 && figures.recall < 0.55)
      .map(([code, figures]) => ({ code, recall: figures.recall }));
    expect(low).toEqual([]);
  });

  it('reports nothing an item says must be absent beyond the known false alarms (jargon aside)', () => {
    // Known and left (README.md): timescales not yet read (timescale.ts, being changed elsewhere), and three
    // that need more than a word list to settle.
    const known = new Set([
      'c3-yot-victim-awareness no-timescale', // "Spring term"
      'c3-ey-arlo-words no-timescale', // "5 evenings a week"
      'c3-ey-maisie-work-on no-timescale', // "before she starts school"
      'c3-ey-teddy-school-ready no-timescale', // "by Sept"
      'c3-wales-megan-review vague', // "on 21.4.27": a dotted date read as a time
      'c3-wales-gruffydd-words no-measure', // "word count from the WellComm screen"
      'c3-long-bev-hospital too-many-actions', // 7 things shared between 4 people
      'c3-homeless-demi-college action-as-outcome', // getting to a college course read as a service
    ]);
    const unexpected = result.falseAlarms
      .filter((f) => f.code !== 'jargon')
      .map((f) => `${f.id} ${f.code}`)
      .filter((f) => !known.has(f));
    expect(unexpected).toEqual([]);
  });
});
