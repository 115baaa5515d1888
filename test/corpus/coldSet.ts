// One cold labelled set's guard: rows written and labelled by the guidance's principles before the engine
// was run on them (README.md in this folder gives each set's first-run figures, the honest estimate for
// plans the engine has not seen). The thresholds are the figures reached after the fixes each set found, so
// they guard against regression; they are not a target to tune rows to.
import path from 'path';
import { readCorpus } from '../../src/cli/corpus';
import { evaluate } from '../../src/cli/eval';

export interface ColdSetGuard {
  /** Fewest rows the set must hold. */
  rows: number;
  balanced: number;
  specificity: number;
  /** Mean recall over the codes the set labels, and the lowest any one code may fall to. */
  macroRecall: number;
  lowestRecall: number;
  /** False alarms known and left, each with why (README.md); any other, or one that has gone, fails. */
  known?: Record<string, string>;
}

export function guardColdSet(name: string, file: string, guard: ColdSetGuard): void {
  const items = readCorpus(path.join(__dirname, file));
  const result = evaluate(items);

  describe(name, () => {
    it(`has at least ${guard.rows} rows, about as many SMART as not`, () => {
      expect(items.length).toBeGreaterThanOrEqual(guard.rows);
      const smart = items.filter((i) => i.smart === true).length;
      const faulty = items.filter((i) => i.smart === false).length;
      expect(smart / faulty).toBeGreaterThan(0.8);
    });

    it(`tells SMART from not SMART (balanced accuracy at least ${guard.balanced}, specificity at least ${guard.specificity})`, () => {
      expect(result.verdict.balancedAccuracy).toBeGreaterThanOrEqual(guard.balanced);
      expect(result.verdict.specificity).toBeGreaterThanOrEqual(guard.specificity);
    });

    it(`finds each fault it is labelled with (macro recall at least ${guard.macroRecall}; no code below ${guard.lowestRecall})`, () => {
      const recalls = Object.entries(result.codes).filter(([, figures]) => figures.expected > 0);
      const macro = recalls.reduce((sum, [, figures]) => sum + figures.recall, 0) / recalls.length;
      expect(macro).toBeGreaterThanOrEqual(guard.macroRecall);
      const low = recalls
        .filter(([, figures]) => figures.recall < guard.lowestRecall)
        .map(([code, figures]) => ({ code, recall: figures.recall }));
      expect(low).toEqual([]);
    });

    it('reports exactly the known false alarms, jargon (advice only) aside', () => {
      const found = result.falseAlarms.filter((f) => f.code !== 'jargon').map((f) => `${f.id} ${f.code}`);
      expect(found.sort()).toEqual(Object.keys(guard.known ?? {}).sort());
    });
  });
}
