// The second cold set (cold2.jsonl): kinds of plan the other sets hardly use. See coldSet.ts and README.md.
import { guardColdSet } from './coldSet';

guardColdSet('second cold labelled set', 'cold2.jsonl', {
  rows: 90,
  balanced: 0.98,
  specificity: 1,
  macroRecall: 0.97,
  lowestRecall: 0.77,
});
