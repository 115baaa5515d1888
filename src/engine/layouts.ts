// The plan layouts the guidance describes. One definition serves both header detection and the
// templates the add-in inserts, so a table we insert is always recognised as the layout it came from.
import type { GuidanceRef, LayoutId, Role } from './types';

export interface LayoutColumn {
  /** Header text as the template writes it. */
  header: string;
  role: Role;
  /** Other wordings of the same header seen in plans; matching is forgiving of case and punctuation. */
  aliases?: string[];
  /** The guidance's question for this column, shown in an empty template cell until the user types. */
  prompt: string;
}

export interface Layout {
  id: LayoutId;
  name: string;
  /** One line on when to use it, for the Templates tab. */
  useWhen: string;
  source: GuidanceRef;
  columns: LayoutColumn[];
  /** Lines of the plan details block above the table. */
  details: string[];
  /** Who signs the plan, where the layout asks for agreement. */
  signatures?: string[];
}

export const LAYOUTS: readonly Layout[] = [
  {
    id: 'torbay',
    name: 'Torbay SMART plan',
    useWhen: 'A full plan with a column each for who, when and how progress will be known.',
    source: {
      document: 'torbay',
      section: 'Example of SMART Planning',
      point: 'Each outcome has what needs to happen, who is responsible, when, and how progress will be known.',
    },
    columns: [
      {
        header: 'Desired outcome',
        role: 'outcome',
        aliases: ['outcome', 'desired outcomes', 'what needs to change'],
        prompt: 'What will be different for the child? Say it so that everyone can see when it has happened.',
      },
      {
        header: 'What needs to happen?',
        role: 'action',
        aliases: ['actions', 'action', 'what will happen'],
        prompt: 'What exactly will be done, where, and how often?',
      },
      {
        header: 'Who will be responsible?',
        role: 'owner',
        aliases: ['who', 'responsible', 'who is responsible', 'lead'],
        prompt: 'A named person and their role, or a named family member.',
      },
      {
        header: 'When does it need to be done?',
        role: 'when',
        aliases: ['when', 'by when', 'timescale', 'date', 'target date'],
        prompt: 'A date, or how often and until when.',
      },
      {
        header: 'How will we know we have made progress?',
        role: 'measure',
        aliases: ['how will we know', 'measure', 'measures', 'evidence of progress', 'how will we measure progress'],
        prompt: 'What will we count or see? Not only what a parent tells us.',
      },
    ],
    details: ['Child or children', 'Plan date', 'Review date'],
    signatures: ['Parent or carer', 'Child or young person', 'Lead practitioner'],
  },
  {
    id: 'childs-care-plan',
    name: "Child's Care Plan",
    useWhen: 'The Practitioner\u2019s Guide layout: need, outcome, then actions with who and when in one column.',
    source: {
      document: 'practitioners-guide',
      section: 'So how can we make it SMART?',
      point: 'Each assessed need leads to an outcome and actions saying who will do what by when.',
    },
    columns: [
      {
        header: 'Assessed need',
        role: 'need',
        aliases: ['need', 'needs', 'identified need', 'concern', 'worry', 'why are we here'],
        prompt: 'What is happening for the child now, and why it matters?',
      },
      {
        header: 'Outcome',
        role: 'outcome',
        aliases: ['outcomes', 'desired outcome', 'expected outcome'],
        prompt: 'What will look different for the child when this need is met?',
      },
      {
        header: 'Actions to be undertaken, by whom and by when',
        role: 'action_owner_when',
        aliases: ['actions by whom and by when', 'actions, by whom, by when', 'action by whom by when'],
        prompt: 'Who will do what, how often, starting and finishing when?',
      },
      {
        header: 'Achieved?',
        role: 'achieved',
        aliases: ['achieved', 'progress', 'met', 'outcome achieved'],
        prompt: 'Filled in at review.',
      },
    ],
    details: ['Child or children', 'Plan date', 'Review date'],
  },
  {
    id: 'smart-planning-guidance',
    name: 'Smart Planning Guidance',
    useWhen: 'A short three-column plan: the outcome for the child, what will help, and who acts by when.',
    source: {
      document: 'smart-planning-guidance',
      section: 'So, what could a SMART plan look like',
      point: 'The outcome says what will look different for the child; who acts and by when sit together.',
    },
    columns: [
      {
        header: 'What outcome do we want to achieve \u2013 what will look different for the child',
        role: 'outcome',
        aliases: ['what outcome do we want to achieve', 'what will look different for the child'],
        prompt: 'What will look different for the child?',
      },
      {
        header: 'What needs to happen and what would help',
        role: 'action',
        aliases: ['what needs to happen', 'what would help'],
        prompt: 'What will be done, and what support would help?',
      },
      {
        header: 'Who will take action, and by when',
        role: 'owner_when',
        aliases: ['who will take action by when', 'who and by when', 'who and when', 'by whom and by when'],
        prompt: 'Who does it, from when, how often, and until when?',
      },
    ],
    details: ['Child or children', 'Plan date', 'Review date'],
  },
  {
    // Derived from the DCS Early Help toolkit, which describes a family action plan but prints no table:
    // - "identifying strengths and worries" (Introduction) gives the Worries and Strengths columns;
    // - "long term goals and short-term goals" (Setting Goals) gives the Goal column;
    // - "what they are going to do and how" (Identifying Actions) plus "when and how the support will be
    //   provided, how frequently" (Specific) give the Actions column, and "who is responsible for each
    //   action ... timescales for completion" (Key points) the Who-and-when column;
    // - "The views of the child and family about progress must be obtained" (Measurable) gives the
    //   progress column;
    // - "when support isn't available any risk this poses ... must be ... recorded in the plan" (Gaps in
    //   resources and services in location) gives the last column.
    // The family's aspirations ("what would they see or notice if things were different") head the plan.
    id: 'dcs',
    name: 'DCS family action plan',
    useWhen: 'Early help with a family, including overseas, where some services may not be there.',
    source: {
      document: 'dcs',
      section: 'What does a SMART plan look like?',
      point:
        'A family action plan built with the family from their strengths and worries, with goals, actions, who and when.',
    },
    columns: [
      {
        header: 'What we are worried about',
        role: 'need',
        aliases: ['worries', 'worry', 'concerns', 'what are we worried about'],
        prompt: 'What is happening for the child that worries us, in the family\u2019s words where possible?',
      },
      {
        header: 'What is going well (strengths)',
        role: 'context',
        aliases: ['strengths', 'what is going well', 'what\u2019s working well'],
        prompt: 'What the family already does well that the plan can build on.',
      },
      {
        header: 'Goal: what will be different (long or short term)',
        role: 'outcome',
        aliases: ['goal', 'goals', 'family goal', 'what will be different'],
        prompt: 'What would the child and family see or notice when this goal is reached?',
      },
      {
        header: 'Actions: what, how and how often',
        role: 'action',
        aliases: ['actions', 'what will be done', 'what and how'],
        prompt: 'What will be done, how, and how often?',
      },
      {
        header: 'Who and by when',
        role: 'owner_when',
        aliases: ['who will do it and by when', 'who and when', 'by whom and by when'],
        prompt: 'A named person for each action, and the date it will be done by.',
      },
      {
        header: 'How will we know it is working? (child\u2019s and family\u2019s view)',
        role: 'measure',
        aliases: ['how will we know it is working', 'views on progress', 'child and family view of progress'],
        prompt: 'What will the child, the family and practitioners each see when it is working?',
      },
      {
        header: 'Gaps in services and the risk this poses',
        role: 'context',
        aliases: ['gaps in services', 'gaps in provision', 'service gaps and risk'],
        prompt: 'Any support that is not available here, and the risk that poses to the child and family.',
      },
    ],
    details: [
      'Child or children',
      'Family\u2019s aspirations: what would be different for us',
      'Plan date',
      'Review date',
    ],
    signatures: ['Parent or carer', 'Child or young person', 'Lead practitioner'],
  },
  {
    // The Wakefield One Minute Guide's 7 steps: step 2 (scaling 0 to 10), step 3 (strengths, concerns and
    // their impact on the child), step 4 (what needs to change: an outcome, no actions), step 5 (who is
    // going to do what and by when; how the family will sustain the change) and "set review dates".
    id: 'wakefield',
    name: 'Wakefield safety plan',
    useWhen: 'A multi-agency safety plan (Early Help, Child in Need, Child Protection) built on the 7 steps.',
    source: {
      document: 'wakefield',
      section: '7 Steps to SMART Safety Planning',
      point:
        'For each concern: its impact on the child, what needs to change, who does what by when, and how the change will last.',
    },
    columns: [
      {
        header: 'Concern and its impact on the child',
        role: 'need',
        aliases: ['concern', 'concerns', 'area of concern', 'impact on the child'],
        prompt: 'What is the concern, and what is its impact on the child\u2019s safety, health and wellbeing?',
      },
      {
        header: 'Strengths',
        role: 'context',
        aliases: ['family strengths', 'what is working well'],
        prompt: 'What the family does well that helps keep the child safe.',
      },
      {
        header: 'Scale now (0 to 10)',
        role: 'context',
        aliases: ['scale', 'scaling', 'scaling 0-10', 'rating'],
        prompt: '0: the child will be harmed. 10: everyone is confident the child will be safe.',
      },
      {
        header: 'What needs to change?',
        role: 'outcome',
        aliases: ['what needs to change', 'outcome', 'what good looks like'],
        prompt: 'What good would look like for the child. An outcome, not an action.',
      },
      {
        header: 'Who is going to do what and by when?',
        role: 'action_owner_when',
        aliases: ['who will do what and by when', 'who does what by when', 'actions by whom by when'],
        prompt: 'What will be done to support the family, by whom, started and finished by when?',
      },
      {
        header: 'How will the family keep the change going?',
        role: 'measure',
        aliases: ['sustaining the change', 'how will the family sustain the change', 'sustainability'],
        prompt: 'How the family will keep this going when professionals are no longer involved.',
      },
    ],
    details: ['Child or children', 'Plan date', 'Review date'],
    signatures: ['Parent or carer', 'Child or young person', 'Lead practitioner'],
  },
];

export function layoutById(id: LayoutId): Layout {
  const layout = LAYOUTS.find((l) => l.id === id);
  if (!layout) throw new Error(`Unknown layout: ${id}`);
  return layout;
}
