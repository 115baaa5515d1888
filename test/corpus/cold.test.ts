// The first cold set (cold.jsonl): styles the other sets do not use. See coldSet.ts and README.md.
import { guardColdSet } from './coldSet';

guardColdSet('cold labelled set', 'cold.jsonl', {
  rows: 70,
  balanced: 0.98,
  specificity: 1,
  macroRecall: 0.99,
  lowestRecall: 0.9,
});
