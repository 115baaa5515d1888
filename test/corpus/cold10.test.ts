// The tenth cold set (cold10.jsonl): the held-out mix in thirds, in house styles the earlier sets used less
// (GIRFEC Child's Plans, Signs of Safety, Outcomes Star, family group conference plans, youth justice,
// adoption support, short breaks; EHCP/SEN outcomes and provision; written agreements). Three in four
// faulty rows carry one fault. Written blind; the thresholds are its first run on the engine after the
// session's fixes (main at dc13c73, not tuned to it), rounded down, raised after branch c10struct studied its
// structure causes. See coldSet.ts and README.md.
import { guardColdSet } from './coldSet';

guardColdSet('tenth cold labelled set', 'cold10.jsonl', {
  rows: 191,
  balanced: 0.97,
  specificity: 0.98,
  macroRecall: 0.87,
  lowestRecall: 0.34,
  known: {
    'c10-e2-reading-age vague': 'first run: not yet studied',
    'c10-iep-appropriate-lang no-measure': 'first run: not yet studied',
    'c10-pfa-job-smart vague': 'first run: not yet studied',
  },
});
