// The guidance passages the rules rest on: document, section as the document prints it, and what the
// passage asks for in our own words. Rules cite these; the pane and comments show them.
import type { GuidanceDocId, GuidanceRef } from './types';

export const GUIDANCE_TITLES: Record<GuidanceDocId, string> = {
  'practitioners-guide': "A Practitioner's Guide to SMART Planning",
  'smart-planning-guidance': 'Smart Planning Guidance',
  torbay: 'Torbay Council: Creating a SMART plan',
  dcs: 'Defence Children Services: Family action planning the SMART way',
  wakefield: 'Wakefield One Minute Guide: SMART safety planning',
};

const ref = (document: GuidanceDocId, section: string, point: string): GuidanceRef => ({ document, section, point });

export const GUIDANCE = {
  specificUniversal: ref(
    'practitioners-guide',
    'What is SMART? (Specific)',
    'Aims every child should have, such as reaching their potential, say nothing about this child: name what will be done and seen.',
  ),
  specificAction: ref(
    'dcs',
    'What does a SMART plan look like?',
    'Say how and when the support will be given and how often: "engage with services" or "monitor" says neither.',
  ),
  specificSubjective: ref(
    'practitioners-guide',
    'Top Tips for Completing Plans',
    'Words like "appropriate" or "clean and tidy" mean different things to different people: spell out what is expected.',
  ),
  serviceAsNeed: ref(
    'practitioners-guide',
    'What is SMART? (Specific)',
    'A referral or a service is an action, not a need: say what is happening for the child that the service is meant to help.',
  ),
  actionNotOutcome: ref(
    'torbay',
    'Common Errors in SMART plans',
    'A task written where the outcome belongs does not say what will be different for the child.',
  ),
  wakefieldNoActions: ref(
    'wakefield',
    '4. What needs to change?',
    'Under what needs to change, describe what good looks like for the child and keep actions for the next step.',
  ),
  measurable: ref(
    'torbay',
    'Measurable – All parts of the plan should be measurable',
    'Each part needs something to count or see, so that everyone knows when it is working and when it is not.',
  ),
  measurableQuestion: ref(
    'smart-planning-guidance',
    'M - Measurable',
    'Ask "How will I know this plan is working? What will I expect to see?"',
  ),
  selfReport: ref(
    'torbay',
    'Measurable – All parts of the plan should be measurable',
    "A parent's own word alone is not safe proof of progress: use it alongside other information.",
  ),
  whoResponsible: ref(
    'torbay',
    'Specific – All parts of the plan should be exact and detailed as possible',
    'Say who is responsible for each part: a named professional or family member.',
  ),
  timely: ref(
    'practitioners-guide',
    'What is SMART? (Timely)',
    'Plans need definite timescales in the child\u2019s time, so everyone knows what to do and by when, and the plan does not drift.',
  ),
  openTimescale: ref(
    'smart-planning-guidance',
    'T - Timely',
    'Avoid "ongoing" and "ASAP": they give no point at which to check progress.',
  ),
  realistic: ref(
    'practitioners-guide',
    'What is SMART? (Realistic)',
    'Ask only what parents are able and willing to do: a dependent drinker cannot simply stop, so plan for the child\u2019s safety when they do drink.',
  ),
  attainable: ref(
    'practitioners-guide',
    'What is SMART? (Attainable)',
    'Jumping straight to 100% from a low start sets the family up to fail: set interim steps.',
  ),
  positive: ref(
    'practitioners-guide',
    'Top Tips for Completing Plans',
    'Parents respond better to a positive goal to reach than to being told to stop something.',
  ),
  tooManyActions: ref(
    'torbay',
    'Common Errors in SMART plans',
    'Too many actions overwhelm a family, who then disengage: start with the most pressing needs.',
  ),
  plainLanguage: ref(
    'dcs',
    'Key points',
    'Write the plan in family and child friendly language: spell out acronyms and service terms.',
  ),
  review: ref(
    'smart-planning-guidance',
    'So, what could a SMART plan look like',
    'Review the plan at least every 3 months; every 6 weeks is good practice.',
  ),
  childVoice: ref(
    'torbay',
    'SMART planning',
    'Record how the child\u2019s experience, wishes and feelings were found out and how they shaped the plan.',
  ),
  agreed: ref(
    'torbay',
    'Achievable (and agreed) – Goals should be achievable and create successful outcomes.',
    'Plans work best when agreed: aim for a plan signed by the parents and the child.',
  ),
  placeholder: ref(
    'torbay',
    'Checklist',
    'Before a plan is shared, every part says who, what, when and where: nothing is left for someone else to fill in.',
  ),
  template: ref(
    'wakefield',
    '5. Who is going to do what and by when?',
    'Each concern needs what will be done, who will do it and when.',
  ),
} satisfies Record<string, GuidanceRef>;
