// The third cold set (cold3.jsonl): other councils' formats and kinds of plan. See coldSet.ts and README.md.
import { guardColdSet } from './coldSet';

guardColdSet('third cold labelled set', 'cold3.jsonl', {
  rows: 120,
  balanced: 0.97,
  specificity: 0.98,
  macroRecall: 0.95,
  lowestRecall: 0.7,
  known: {
    'c3-ey-arlo-words no-timescale': '"5 evenings a week" in one bullet is not read',
    'c3-ey-maisie-work-on no-timescale': '"before she starts school" is not read',
  },
});
