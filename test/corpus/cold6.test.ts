// The sixth cold set (cold6.jsonl): EHCP and SEN plans (section E outcomes beside section F provision, SEN
// support plans, IEPs, provision maps, one-page profiles, preparing for adulthood, section H transport and
// short breaks, early years, alternative provision) and written agreements (working agreements,
// pre-proceedings schedules, safety agreements, contact expectations, attendance and parenting contracts,
// acceptable behaviour contracts, tenancy agreements). The thresholds are today's figures rounded down (after
// the fifth and sixth sets' readings and the negation, absolutes and long-list readings of branch neg2) (first run 0.88 balanced, 0.69 macro). See
// coldSet.ts and README.md.
import { guardColdSet } from './coldSet';

guardColdSet('sixth cold labelled set', 'cold6.jsonl', {
  rows: 196,
  balanced: 0.97,
  specificity: 0.95,
  macroRecall: 0.93,
  lowestRecall: 0.71,
  known: {
    'c6-ehcp-ks3-independent no-timescale': '"By end of KS3": a key stage is not read as a timescale',
    'c6-sen-ep-next-review no-timescale': '"by the next SEN support review (spring term)" is not read',
    'c6-ehcp-laptop-by-next-iep no-timescale':
      '"By the next IEP review" in the outcome and "3 x 15 mins a week" in the action are not read',
    'c6-wa-numbered-vague no-timescale': '"Until the review" is not read',
    'c6-pfa-receive-careers no-timescale': '"Spring 2027": a term is not read as a timescale',
    'c6-h-dp-to-be-set-up no-timescale': '"Spring 2027": a term is not read as a timescale',
    'c6-ap-behaviour-improve no-timescale': '"Spring term": a term is not read as a timescale',
    'c6-ehcp-consistent-approach no-timescale': '"Spring 1": a half term is not read as a timescale',
    'c6-opp-pe-warning no-timescale': '"Every PE lesson": a frequency tied to a lesson is not read',
    'c6-contact-behave-appropriately no-timescale': '"All sessions": a frequency tied to contact is not read',
    'c6-contact-wont-talk-court no-timescale':
      '"At each supervised contact, Tuesdays and Fridays": a frequency tied to contact is not read',
  },
});
