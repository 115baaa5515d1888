// The first cold set (cold.jsonl): styles the other sets do not use. See coldSet.ts and README.md.
import { guardColdSet } from './coldSet';

guardColdSet('cold labelled set', 'cold.jsonl', {
  rows: 70,
  balanced: 1,
  specificity: 1,
  macroRecall: 1,
  lowestRecall: 0.99,
});
