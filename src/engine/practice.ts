// Practice plans for trainers: the faults the guidance warns about, in new plans written for this
// add-in (the children and families are invented), each with a worked SMART version of every faulty
// cell and the guidance passage it follows. The worked versions are complete, with no [gaps]: they show a
// room what a finished SMART row reads like (names and dates are as invented as the families).
// SAMPLE_PLAN is the browser preview's first document.
import { GUIDANCE } from './guidance';
import { layoutById } from './layouts';
import type { GuidanceRef, LayoutId, PlanTableSpec } from './types';

export interface WorkedExample {
  /** Body row (0 = first row under the header) and column of the cell. */
  row: number;
  column: number;
  before: string;
  after: string;
  guidance: GuidanceRef;
}

export interface PracticePlan {
  id: string;
  title: string;
  layoutId: LayoutId;
  spec: PlanTableSpec;
  worked: WorkedExample[];
}

type Cell = string;

function plan(
  id: string,
  title: string,
  layoutId: LayoutId,
  children: string,
  rows: Cell[][],
  worked: Array<Omit<WorkedExample, 'before'>>,
): PracticePlan {
  const layout = layoutById(layoutId);
  const spec: PlanTableSpec = {
    layoutId,
    title,
    details: [
      { label: 'Child or children', value: children },
      { label: 'Plan date', value: '03/03/2025' },
      { label: 'Review date', value: '14/04/2025' },
    ],
    header: layout.columns.map((c) => c.header),
    rows: rows.map((row) => row.map((text) => ({ text }))),
    tag: `smart-plan:practice:${id}`,
  };
  return { id, title, layoutId, spec, worked: worked.map((w) => ({ ...w, before: rows[w.row][w.column] })) };
}

/** A Child's Care Plan with the usual faults, in the manner of the Practitioner's Guide's first plan. */
const MAYA = plan(
  'maya-care-plan',
  "Maya's care plan (practice)",
  'childs-care-plan',
  'Maya Clarke, aged 4',
  [
    [
      'Maya needs to be healthy.',
      "Maya's health needs will be met.",
      'Health visitor to visit regularly - ongoing.',
      '',
    ],
    [
      'Mum needs help with money.',
      'Mum will get all appropriate support with her debts.',
      'Family support worker to refer Mum to a debt advice service.',
      '',
    ],
    [
      'Maya needs to be referred to speech and language therapy.',
      'Maya will talk better.',
      'Nursery to support Maya ASAP.',
      '',
    ],
    [
      'Maya needs to feel safe.',
      'Dad to stop shouting at Mum in front of Maya.',
      'Dad to attend an anger management course.',
      '',
    ],
    ["Maya's home needs to be clean and tidy.", 'Complete a cleaning rota.', 'Mum to keep the house clean.', ''],
  ],
  [
    {
      row: 0,
      column: 0,
      after: 'Maya missed her two-year health review and has not been weighed since she was 18 months old.',
      guidance: GUIDANCE.specificUniversal,
    },
    {
      row: 0,
      column: 1,
      after: 'Maya will have her health review and be weighed, so that any worry about her growth is picked up early.',
      guidance: GUIDANCE.specificUniversal,
    },
    {
      row: 0,
      column: 2,
      after:
        'Health visitor (Priya Shah) to see Maya at home every 4 weeks for the next 3 months, starting 10/03/2025, and to tell the social worker about any concern within 2 working days.',
      guidance: GUIDANCE.openTimescale,
    },
    {
      row: 1,
      column: 0,
      after:
        "Mum's benefits do not cover her rent and bills, and she is behind on her electricity; she says the worry keeps her awake.",
      guidance: GUIDANCE.specificUniversal,
    },
    {
      row: 1,
      column: 1,
      after:
        'Mum will have a payment plan for her electricity debt and will claim every benefit she is entitled to, so she no longer runs out of money before payday.',
      guidance: GUIDANCE.specificSubjective,
    },
    {
      row: 1,
      column: 2,
      after:
        'Family support worker (Tom Reid) to go through Mum\u2019s benefits with her by 14/03/2025, and book her a debt adviser appointment within 2 weeks of that.',
      guidance: GUIDANCE.timely,
    },
    {
      row: 2,
      column: 0,
      after:
        'Maya is 4 and says only a few single words; at nursery she hits other children when she cannot make herself understood.',
      guidance: GUIDANCE.serviceAsNeed,
    },
    {
      row: 2,
      column: 1,
      after: 'Maya will use short sentences of 2 or 3 words to ask for what she needs, at nursery and at home.',
      guidance: GUIDANCE.measurable,
    },
    {
      row: 2,
      column: 2,
      after:
        "Maya's key person at nursery (Jess Martin) to play talking games with her for 10 minutes every morning she attends. Health visitor to refer Maya for a speech assessment by 17/03/2025.",
      guidance: GUIDANCE.openTimescale,
    },
    {
      row: 3,
      column: 0,
      after: 'Maya hides under the table and wets herself when Dad shouts at Mum.',
      guidance: GUIDANCE.specificUniversal,
    },
    {
      row: 3,
      column: 1,
      after:
        'Dad will talk to Mum calmly when Maya is there, and will go outside for 10 minutes when he feels angry. Maya will be able to tell her key person that home feels calm.',
      guidance: GUIDANCE.positive,
    },
    {
      row: 3,
      column: 2,
      after:
        'Dad to go to every session of a 10-week anger course starting 12/03/2025; if he misses one, he will tell the social worker the same day.',
      guidance: GUIDANCE.timely,
    },
    {
      row: 4,
      column: 0,
      after: "The kitchen floor is sticky and there is dirty washing on the floor of Maya's bedroom.",
      guidance: GUIDANCE.specificSubjective,
    },
    {
      row: 4,
      column: 1,
      after: "The kitchen floor will be mopped twice a week and Maya's clothes put in the wash basket every evening.",
      guidance: GUIDANCE.actionNotOutcome,
    },
    {
      row: 4,
      column: 2,
      after:
        'Mum and the family support worker to draw up a weekly cleaning chart together by 10/03/2025 and look at it at every visit.',
      guidance: GUIDANCE.measurable,
    },
  ],
);

/** A Torbay-layout plan with the handbook's common errors. */
const LEO = plan(
  'leo-torbay-plan',
  "Leo's plan (practice, Torbay layout)",
  'torbay',
  'Leo Walsh, aged 9',
  [
    [
      'Make sure Leo reaches his potential at school.',
      'School to support Leo.',
      'All professionals',
      'Ongoing',
      'Leo will be happier.',
    ],
    ['Attend the family group.', 'Mum to go to the group.', 'Mum', 'ASAP', 'Mum says things are better.'],
    ["Leo's mum to stop drinking.", 'Referral to the alcohol service.', 'Social worker', 'By the next review', ''],
    ['There will be no further incidents of violence.', 'Police to be called.', '', '', 'No incidents.'],
    [
      'Leo to stop hitting his sister Ruby and behave appropriately.',
      'Refer Leo to CAMHS. FSW to do 1:1 work re: anger.',
      'FSW',
      'By the next review',
      'Mum to let SW know.',
    ],
  ],
  [
    {
      row: 0,
      column: 0,
      after:
        'Leo will be in school every day by 8:50am, so that his attendance rises from 71% to 85% by the end of this term.',
      guidance: GUIDANCE.specificUniversal,
    },
    {
      row: 0,
      column: 1,
      after:
        'Mr Patel (attendance officer) and Mum to meet every Monday morning to look at the week\u2019s attendance and what got in the way.',
      guidance: GUIDANCE.whoResponsible,
    },
    { row: 0, column: 2, after: 'Mr Patel (attendance officer) and Mum', guidance: GUIDANCE.whoResponsible },
    {
      row: 0,
      column: 3,
      after: 'Every Monday from 10/03/2025 until the review on 14/04/2025',
      guidance: GUIDANCE.openTimescale,
    },
    {
      row: 0,
      column: 4,
      after:
        "Leo's attendance figure from the school register, checked at each Monday meeting; Leo asked at the review what has helped.",
      guidance: GUIDANCE.selfReport,
    },
    {
      row: 1,
      column: 0,
      after:
        'Mum will be able to name two things she does that help Leo calm down at bedtime, and use one of them every night.',
      guidance: GUIDANCE.actionNotOutcome,
    },
    { row: 1, column: 3, after: 'Every Wednesday for 6 weeks from 05/03/2025', guidance: GUIDANCE.openTimescale },
    {
      row: 1,
      column: 4,
      after:
        "Group leader records Mum's attendance; the family support worker sees a bedtime at home twice before the review.",
      guidance: GUIDANCE.selfReport,
    },
    {
      row: 2,
      column: 0,
      after:
        'Leo will be cared for by a sober adult every day. Mum agrees to meet the alcohol worker every week for 12 weeks; if she has been drinking, Grandad will collect Leo from school.',
      guidance: GUIDANCE.realistic,
    },
    {
      row: 2,
      column: 4,
      after:
        'Mum attends at least 10 of the 12 sessions (the service confirms); Grandad and school note any day Leo is collected by him.',
      guidance: GUIDANCE.measurable,
    },
    {
      row: 3,
      column: 0,
      after: 'Leo and Mum will be safe at home, and Leo will know what to do if he is frightened.',
      guidance: GUIDANCE.positive,
    },
    {
      row: 3,
      column: 1,
      after:
        'Mum to phone 999 if she or Leo feel in danger, and to tell the social worker within 24 hours of any incident. The social worker to make a safety plan with Leo by 14/03/2025.',
      guidance: GUIDANCE.realistic,
    },
    { row: 3, column: 2, after: 'Mum; Sam Okoro (social worker)', guidance: GUIDANCE.whoResponsible },
    {
      row: 3,
      column: 3,
      after: 'Safety plan by 14/03/2025; calls within 24 hours of any incident',
      guidance: GUIDANCE.timely,
    },
    {
      row: 3,
      column: 4,
      after: 'Police log checked monthly by the social worker; Leo can say his safety plan to his teacher.',
      guidance: GUIDANCE.measurable,
    },
    {
      row: 4,
      column: 0,
      after:
        'Leo will go to his room or tell an adult when he feels cross with his sister Ruby, so that she is not hurt.',
      guidance: GUIDANCE.positive,
    },
    {
      row: 4,
      column: 1,
      after:
        'Family support worker to see Leo at school every Tuesday to practise ways of calming down, and to show Mum the same ways so she can remind him at home.',
      guidance: GUIDANCE.plainLanguage,
    },
    { row: 4, column: 2, after: 'Dee Lewis (family support worker) and Mum', guidance: GUIDANCE.plainLanguage },
    {
      row: 4,
      column: 4,
      after:
        'Mum marks on a chart each day Leo goes to his room instead of hitting; the family support worker looks at it each week. Ruby has no new bruises at the review.',
      guidance: GUIDANCE.selfReport,
    },
  ],
);

export const PRACTICE_PLANS: PracticePlan[] = [MAYA, LEO];

/** The browser preview opens on this plan, so a first-time user sees the checker at work straight away. */
export const SAMPLE_PLAN: PracticePlan = MAYA;
