// The fifth cold set (cold5.jsonl): pathway plans, PEPs, SGO and adoption support, FGC family plans, missing
// and exploitation, GCP2, parents with a learning disability, medical care plans, Scottish Child's Plan and
// UNOCINI-style rows. Thresholds are today's figures rounded down (after the fifth and sixth sets' readings and
// the negation, absolutes and long-list readings of branch neg2); the first run was 0.89 balanced, 0.64 macro. See
// coldSet.ts and README.md.
import { guardColdSet } from './coldSet';

guardColdSet('fifth cold labelled set', 'cold5.jsonl', {
  rows: 185,
  balanced: 0.98,
  specificity: 0.99,
  macroRecall: 0.9,
  lowestRecall: 0.7,
  known: {
    'c5-pep-reading-tutor no-timescale': '"Virtual School, spring term": a term, in the who-and-when cell',
    'c5-cse-more-aware no-timescale': '"Spring term" is not read',
    'c5-online-stop-sharing no-timescale': '"Summer term" is not read',
    'c5-ld-good-enough-parent no-timescale': '"12 weeks": a duration',
    'c5-perp-must-not no-timescale': '"24 weeks": a duration',
    'c5-house-needs-officer no-timescale': '"SW – 2 weeks": a duration, in the who-and-when cell',
    'c5-scot-needs-lead-prof no-timescale': '"Head Teacher – next meeting" is not read',
    'c5-scot-healthy-vague-dental no-timescale': '"Review at next Child\'s Plan meeting" is not read',
  },
});
