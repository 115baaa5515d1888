// The tenth cold set (cold10.jsonl): the held-out mix in thirds, in house styles the earlier sets used less
// (GIRFEC Child's Plans, Signs of Safety, Outcomes Star, family group conference plans, youth justice,
// adoption support, short breaks; EHCP/SEN outcomes and provision; written agreements). Three in four
// faulty rows carry one fault. Written blind; the thresholds are its first run on the engine after the
// session's fixes (main at dc13c73, not tuned to it), rounded down. See coldSet.ts and README.md.
import { guardColdSet } from './coldSet';

guardColdSet('tenth cold labelled set', 'cold10.jsonl', {
  rows: 191,
  balanced: 0.88,
  specificity: 0.95,
  macroRecall: 0.7,
  lowestRecall: 0.37,
  known: {
    'c10-ehcp-sensory-smart unrealistic': 'first run: not yet studied',
    'c10-pfa-job-smart vague':
      '"then check in twice a week" names no act; the label reads it as the job coach stepping down',
    'c10-pp-honest open-timescale': 'first run: not yet studied',
    'c10-sa-dv-smart unrealistic': 'first run: not yet studied',
    'c10-sa-dv-smart too-many-actions': 'first run: not yet studied',
    'c10-was-words-smart too-many-actions': 'first run: not yet studied',
  },
});
