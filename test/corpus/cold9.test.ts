// The ninth cold set (cold9.jsonl): the held-out mix in thirds, from councils with their own house style.
// Social-care plans (Welsh care and support plans, Northern Irish family support and child protection
// plans, London CIN and CP plans, shire Early Help plans, looked after and pathway plans); EHCP and SEN
// plans (section B/E/F rows, Welsh IDPs, NI statements and IEPs, SEN support plans, annual review actions,
// short breaks, medical tuition); written agreements (working and kinship agreements, pre-proceedings
// schedules, safety, behaviour, attendance and contact agreements). Most faulty rows carry exactly one
// fault. The thresholds are the first-run figures on the labels as changed after study (engine as on main
// at 47e7f2b, unchanged), rounded down: 0.82 balanced, 0.68 macro; raised as rows were fixed by principle
// (branch struct: 0.88 balanced, 0.78 macro). See coldSet.ts and README.md.
import { guardColdSet } from './coldSet';

guardColdSet('ninth cold labelled set', 'cold9.jsonl', {
  rows: 184,
  balanced: 0.88,
  specificity: 0.93,
  macroRecall: 0.78,
  lowestRecall: 0.28,
  known: {
    'c9-lac-health-ahead-smart no-measure': 'a report on file (a yes/no fact) is not read as a measure',
    'c9-lac-ready-indep no-measure': 'a log of meals and shops beside a general aim is asked for an amount',
    'c9-lac-ready-indep vague':
      '"ready for independence" carried by specific weekly tasks, owner and dates is still called vague',
    'c9-ldn-cin-busy-smart vague': '"support" as a letter supporting a request is read as a vague helping verb',
    'c9-ehcp-e-swim vague': '"one-to-one swimming support in the pool ... each Thursday" is read as a vague verb',
    'c9-wa-young-carer vague': '"help her to bed" (personal care, on named nights) is read as a vague verb',
    'c9-opp-support-me vague': '"Check in with me 5 minutes after the task starts" is read as vague',
  },
});
