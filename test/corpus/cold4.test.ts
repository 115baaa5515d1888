// The fourth cold set (cold4.jsonl): Family Help, kinship, PLO agreements, disabled children, EBSA, HSB and
// other plans the first three sets hardly use, written after a day of broader rules. See coldSet.ts and
// README.md.
import { guardColdSet } from './coldSet';

guardColdSet('fourth cold labelled set', 'cold4.jsonl', {
  rows: 140,
  balanced: 0.98,
  specificity: 0.98,
  macroRecall: 0.97,
  lowestRecall: 0.83,
  known: {
    'c4-ebsa-staged vague': '"checks in with Mrs Oduya each morning": a daily meeting with a named adult',
  },
});
