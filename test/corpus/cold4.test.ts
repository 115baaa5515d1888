// The fourth cold set (cold4.jsonl): rows written and labelled by the guidance's principles before the engine
// was run on them, in kinds of plan the first three sets hardly use (Family Help, kinship, reunification,
// pre-proceedings agreements, disabled children, EBSA, neurodivergent children, serious youth violence, HSB,
// young parents, children of prisoners, GRT, EAL, Lifelong Links, transition and more; README.md in this folder
// gives the first-run figures). The thresholds are the figures reached after the fixes that set found, so they
// guard against regression; they are not a target to tune rows to.
import path from 'path';
import { readCorpus } from '../../src/cli/corpus';
import { evaluate } from '../../src/cli/eval';

const items = readCorpus(path.join(__dirname, 'cold4.jsonl'));
const result = evaluate(items);

describe('fourth cold labelled set', () => {
  it('has at least 140 rows, about as many SMART as not', () => {
    expect(items.length).toBeGreaterThanOrEqual(140);
    const smart = items.filter((i) => i.smart === true).length;
    const faulty = items.filter((i) => i.smart === false).length;
    expect(smart / faulty).toBeGreaterThan(0.8);
  });

  it('tells SMART from not SMART (balanced accuracy at least 0.935, specificity at least 0.96)', () => {
    expect(result.verdict.balancedAccuracy).toBeGreaterThanOrEqual(0.935);
    expect(result.verdict.specificity).toBeGreaterThanOrEqual(0.96);
  });

  it('finds each fault it is labelled with (macro recall at least 0.82; no code below 0.5)', () => {
    const recalls = Object.values(result.codes)
      .filter((figures) => figures.expected > 0)
      .map((figures) => figures.recall);
    expect(recalls.reduce((a, b) => a + b, 0) / recalls.length).toBeGreaterThanOrEqual(0.82);
    const low = Object.entries(result.codes)
      .filter(([, figures]) => figures.expected > 0 && figures.recall < 0.5)
      .map(([code, figures]) => ({ code, recall: figures.recall }));
    expect(low).toEqual([]);
  });

  it('reports nothing an item says must be absent beyond the known false alarms (jargon aside)', () => {
    // Known and left (README.md): relative timescales not yet read (timescale.ts, being changed elsewhere), and
    // three that need more than a word list to settle.
    const known = new Set([
      'c4-reunify-when-improved no-timescale', // "next LAC review"
      'c4-lac-phone-before-review no-timescale', // "before the next LAC review"
      'c4-lac-phone-before-review no-measure', // the same timescale unread leaves nothing counted
      'c4-ebsa-staged negative-framing', // "leaves early to avoid the busy corridors": a means, not a ban
      'c4-ebsa-staged vague', // "checks in with Mrs Oduya each morning": a daily meeting with a named adult
      'c4-grt-dual-registration no-measure', // "class teacher marks the returned packs"
      'c4-svc-eha-outcome no-owner', // "FH lead, by 31/3/27": initials and a role word
    ]);
    const unexpected = result.falseAlarms
      .filter((f) => f.code !== 'jargon')
      .map((f) => `${f.id} ${f.code}`)
      .filter((f) => !known.has(f));
    expect(unexpected).toEqual([]);
  });
});
