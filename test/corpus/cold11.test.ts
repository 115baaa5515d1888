// The eleventh cold set (cold11.jsonl): the held-out mix in thirds, in house styles the earlier sets used
// little (Welsh care and support plans, UNOCINI, MARAC and exploitation safety plans, GCP2 neglect plans,
// DCS plans for service families; individual healthcare plans, Welsh IDPs, PEPs, part-time timetables;
// PLO, family time, phone and Staying Put agreements). Written blind and first run on main at 9891d51, not
// tuned to it: 0.850 balanced, 0.686 macro, 13 false alarms. The thresholds are the figures after branches
// c11struct and c11meaning fixed its causes by principle, rounded down. See coldSet.ts and README.md.
import { guardColdSet } from './coldSet';

guardColdSet('eleventh cold labelled set', 'cold11.jsonl', {
  rows: 234,
  balanced: 1,
  specificity: 1,
  macroRecall: 0.99,
  lowestRecall: 0.94,
  known: {
    'c11-plo-drink-17 negative-framing':
      '"Dad will stop drinking altogether" in an action: the sets disagree (cold5 and cold6 list negative framing there too)',
  },
});
