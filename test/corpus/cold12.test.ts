// The twelfth cold set (cold12.jsonl): the held-out mix in thirds, in styles the earlier sets used little
// (danger statements and safety goals, Family Safeguarding adult workers, TAC plans with RAG ratings, UASC,
// young carers and children's home plans; medical and EBSA return plans, My Support Plans; contracts of
// expectations, social media and substance agreements). Written blind after the eleventh set's fixes and first
// run on main at de43a04, not tuned to it: 0.808 balanced, 0.606 macro, 10 false alarms. The thresholds are the
// figures after branches c12struct and c12meaning fixed its causes by principle, rounded down. See coldSet.ts
// and README.md.
import { guardColdSet } from './coldSet';

guardColdSet('twelfth cold labelled set', 'cold12.jsonl', {
  rows: 189,
  balanced: 0.96,
  specificity: 1,
  macroRecall: 0.87,
  lowestRecall: 0.58,
  known: {
    'c12-sub-ava-91 negative-framing':
      '"give up alcohol altogether" in an agreement\'s action: the sets disagree, as with c11-plo-drink-17',
    'c12-uasc-sorrel-178 vague':
      '"eat more regularly" with nothing counted: the eleventh set\'s pinned reading ("more often") calls it vague',
  },
});
