// The seventh cold set (cold7.jsonl): pre-birth plans and parenting assessment recommendations, return home
// plans, private fostering, young carers' plans, Team Around the Family plans measured by the Outcomes Star or
// a 0-10 scale, children's home placement plans and delegated authority, health plans (initial and review
// health assessments, school healthcare plans for asthma, diabetes and epilepsy), youth justice plans in the
// "child first" wording, post-16 and NEET plans, bereavement and trauma, and online safety. The thresholds are
// today's figures rounded down; the first run (main 71ead4a, labels as changed after study) was 0.90 balanced,
// 0.74 macro. See coldSet.ts and README.md.
import { guardColdSet } from './coldSet';

guardColdSet('seventh cold labelled set', 'cold7.jsonl', {
  rows: 188,
  balanced: 0.96,
  specificity: 0.95,
  macroRecall: 0.97,
  lowestRecall: 0.91,
  known: {
    'c7-pb-safe-sleep-demo no-timescale': '"antenatal contact, by 28 weeks": a week of pregnancy is not read',
    'c7-pb-demonstrate-insight no-timescale': '"Before baby is born": the birth is not read as a deadline',
    'c7-pb-appropriate-home no-timescale': '"Before the birth": the birth is not read as a deadline',
    'c7-pb-discharge-plan no-timescale': '"before baby goes home", "the first 7 nights": timed by an event',
    'c7-taf-monitor-attend no-timescale': '"each TAF": a frequency tied to a meeting is not read',
    'c7-iha-sexual-health no-timescale': '"next RHA": a review health assessment is not read as a timescale',
    'c7-yj-consequential-thinking no-timescale': '"By end of order": the end of a court order is not read',
    'c7-mx-worry-goal-vague no-timescale': '"review at next CIN": a child in need review is not read',
    'c7-ch-missing-protocol no-timescale': '"each time he is late": a frequency tied to an event is not read',
    'c7-sh-asthma-attack-steps no-timescale': '"every time he has symptoms": a frequency tied to an event',
    'c7-yj-many-conditions no-timescale':
      '"(Mason, all within 4 weeks)" after a bullet list is not applied to the bullets',
    'c7-mx-typos-vague no-timescale': '"weekley": a misspelt frequency is not read',
  },
});
