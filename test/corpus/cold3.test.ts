// The third cold set (cold3.jsonl): other councils' formats and kinds of plan. See coldSet.ts and README.md.
import { guardColdSet } from './coldSet';

guardColdSet('third cold labelled set', 'cold3.jsonl', {
  rows: 120,
  balanced: 0.99,
  specificity: 0.99,
  macroRecall: 0.98,
  lowestRecall: 0.85,
  known: {},
});
