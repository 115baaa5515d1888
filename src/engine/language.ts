// The words the rules look for, grouped by what the guidance says of them. House style can add to or
// remove from these lists per rule (see houseStyle.ts).
import { findAll, hasMatch, phraseMatcher, rememberedByText, type Span, wordAlternatives } from './text';

/** People and roles who can be responsible for an action. */
const ROLE_WORDS = [
  'social worker',
  'health visitor',
  'family support worker',
  'support worker',
  'key worker',
  'keyworker',
  'key person',
  'teaching assistant',
  'learning support assistant',
  'speech and language therapist',
  'occupational therapist',
  'educational psychologist',
  'paediatrician',
  'dentist',
  'tutor',
  'learning mentor',
  'probation officer',
  'domestic abuse worker',
  'worker',
  'practitioner',
  'lead professional',
  'teacher',
  'class teacher',
  'head teacher',
  'headteacher',
  'head of year',
  'senco',
  'school',
  'nursery',
  'college',
  'school nurse',
  'nurse',
  'midwife',
  'gp',
  'doctor',
  'police',
  'officer',
  'counsellor',
  'therapist',
  'psychologist',
  'mentor',
  'youth worker',
  'coordinator',
  'co-ordinator',
  'manager',
  'mother',
  'mum',
  'mummy',
  'father',
  'dad',
  'daddy',
  'parent',
  'parents',
  'carer',
  'carers',
  'foster carer',
  'foster carers',
  'step-father',
  'stepfather',
  'step-mother',
  'stepmother',
  'grandmother',
  'grandfather',
  'gran',
  'grandma',
  'grandad',
  'nan',
  'nana',
  'aunt',
  'auntie',
  'aunty',
  'uncle',
  'sister',
  'brother',
  'partner',
  'family',
  'housing officer',
  // School and council roles named by what they lead or do ("Inclusion lead to make the referral").
  'inclusion lead',
  'safeguarding lead',
  'designated safeguarding lead',
  'pastoral lead',
  'attendance lead',
  'send lead',
  'sen lead',
  'behaviour lead',
  'mental health lead',
  'wellbeing lead',
  'team leader',
  'deputy head',
  'assistant head',
  'head of house',
  'personal adviser',
  'personal advisor',
  'adviser',
  'advisor',
  'caseworker',
  'physiotherapist',
  'physio',
  'dietitian',
  'dietician',
  'psychiatrist',
  'consultant',
  'virtual school',
  'childminder',
  'guardian',
  'special guardian',
  'kinship carer',
  'kinship carers',
  'stepdad',
  'step-dad',
  'stepmum',
  'step-mum',
  'attendance officer',
  'education welfare officer',
  'camhs',
  'children\u2019s centre',
  "children's centre",
  'we',
  'i',
];
const ROLE = phraseMatcher(ROLE_WORDS);

/**
 * A role's initials, as practitioners write them ("SW (JB) to", "PA, by 22/1", "HV to weigh"), or a team's
 * initials and "lead" ("FH lead", "EH lead"): the person in the role, as surely as its full name. Capitals
 * only, so "ta" or "pa" in ordinary words are not read.
 */
const ROLE_INITIALS =
  /(?<![\p{L}\p{N}])(?:SW|FSW|HV|PA|IRO|DSL|EWO|YW|CPN|IDVA|DT|EP|TA|SENCO|SENCo|[A-Z]{2,5}[ \t]+lead)(?![\p{L}\p{N}])/gu;

/** A name: Ms Smith, Mr Johal, Sheila Smith; or a first name that acts ("Marie agrees", "Paul to attend"). */
const TITLED_NAME = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\p{L}'-]+/gu;
const ACTING_NAME =
  /(?<![\p{L}])[A-Z][\p{L}'-]{1,20}(?:\s+[A-Z][\p{L}'-]{1,20})?(?:'s\s+[a-z]+(?:\s+[a-z]+)?)?\)?\s+(?:agrees?|will|to|has|have|must|should|is\s+to|and\s+[A-Z])\b/gu;

/** Owners too broad for anyone to be held to account. */
const NOBODY = phraseMatcher([
  'all professionals',
  'professionals',
  'all agencies',
  'agencies',
  'everyone',
  'all',
  'services',
  'the team',
  'team around the family',
  'core group',
  'tbc',
  'n/a',
  'na',
  'none',
  'various',
  // A whole sector or the whole family: everyone in it, so no one in particular ("Health", "The whole family").
  'health',
  'education',
  'social care',
  'the whole family',
  'whole family',
]);

const NOT_A_NAME = new Set([
  // Indefinite pronouns name no one: "Everyone to keep an eye on Sana".
  'Everyone',
  'Everybody',
  'Anyone',
  'Anybody',
  'Someone',
  'Somebody',
  'Nobody',
  'The',
  'This',
  'That',
  'These',
  'There',
  'It',
  'If',
  'When',
  'All',
  'Any',
  'Each',
  'Every',
  'For',
  'To',
  'By',
  'In',
  'On',
  'At',
  'Ensure',
  'Make',
  'Complete',
  'Attend',
  'Support',
  'Monitor',
  'Improve',
  'Continue',
  'Progress',
  'Referral',
  'Refer',
  'Parenting',
  'Attendance',
  'Action',
  'Actions',
  'Outcome',
  'Need',
  'Weekly',
  'Daily',
  'No',
  'Regular',
  'Appropriate',
  'Services',
  'Professionals',
  'Agencies',
  'Plan',
  'Review',
  'Ongoing',
  'On',
  'Work',
  // Plural common nouns at the head of a to-do line: "Strategies to be put in place" names no one.
  'Strategies',
  'Measures',
  'Interventions',
  'Boundaries',
  // "Home to school transport to be looked into": a place, not a person.
  'Home',
  // A whole sector: "Health to review" names no one ("Health visitor" is a role, read apart).
  'Health',
  'Education',
  // A plan is a document, not a doer: "EHCP to be amended", "the EHCP to add physio to section F".
  'EHCP',
  'IEP',
  'PEP',
  'Amend',
]);

/** "to be obtained", "to be made": what follows a thing that is done to, not a person who acts. */
const PASSIVE_AFTER_TO =
  /^\s+be\s+(?:[a-z]+(?:ed|en)|made|done|sent|set\s+up|kept|held|paid|put|given|taken|seen|shown|bought|brought|found|sought|met|built|sorted|sold|lent|read|won|told)\b/;

const FAMILY_THING_AFTER =
  /^\s+(?:time|centres?|centers?|home|hub|court|meetings?|conferences?|group\s+conferences?|plan|safety|network|friends?|members?\s+(?:of|from)|history|circumstances|situation|routines?|life|rules|values|dog|pets?|car|house|(?:&|and)\s+(?:the\s+)?(?:wider\s+)?(?:network|friends))\b/i;

/** A setting that can act ("School to ring Mum") or be only where or when ("after school"). */
const SETTING = /^(?:school|nursery|college)$/i;
const TIME_OR_PLACE_BEFORE = /\b(?:after|before|at|in|around|into|outside|within|across)\s+(?:the\s+)?$/i;

export const ownerSpans: (text: string) => readonly Span[] = rememberedByText(ownerSpansOf);

function ownerSpansOf(text: string): Span[] {
  // "Family time", "the family centre": a thing or a place named after the family, not the family acting; and
  // "family & network", "family and friends": everyone around the child, so no one in particular.
  // "After school", "in school", "at the nursery": a time or a place, not the school acting.
  const roles = findAll(ROLE, text).filter(
    (span) =>
      !(/^family$/i.test(span.text) && FAMILY_THING_AFTER.test(text.slice(span.end, span.end + 30))) &&
      !(SETTING.test(span.text) && TIME_OR_PLACE_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start))),
  );
  const spans = [...roles, ...findAll(ROLE_INITIALS, text), ...findAll(TITLED_NAME, text)];
  for (const span of findAll(ACTING_NAME, text)) {
    const first = span.text.split(/\s+/)[0].replace(/'s$/, '');
    // "Paul's social worker will" names a person; "Oskar's arrangement to be checked" names a thing.
    const owned = /'s\s+([a-z]+(?:\s+[a-z]+)?)/.exec(span.text);
    if (owned && !hasMatch(ROLE, owned[1])) continue;
    if (!NOT_A_NAME.has(first)) spans.push(span);
  }
  return spans;
}

export function namesSomeone(text: string): boolean {
  return ownerSpans(text).length > 0;
}

/**
 * People named who can act, not a name before a passive: in "Transport to be arranged for Kacper" or
 * "Stuart to be supported" the thing or person is what is done to, and no one is named to do it.
 */
export const actorSpans: (text: string) => readonly Span[] = rememberedByText((text) =>
  ownerSpans(text).filter(
    (span) =>
      !(/\b(?:to|will)$/.test(span.text) && PASSIVE_AFTER_TO.test(text.slice(span.end, span.end + 30))) &&
      !(/\bto$/.test(span.text) && THING_TO_PLACE_PASSIVE.test(text.slice(span.end, span.end + 50))),
  ),
);

/**
 * "Transport to school to be arranged": the first "to" is where the thing goes, and the thing is what is
 * done to; "Grandad will be assessed" is done to as "to be assessed" is.
 */
const THING_TO_PLACE_PASSIVE = new RegExp(
  `^\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?[a-z]+\\s+to${PASSIVE_AFTER_TO.source.replace(/^\^/, '')}`,
);

export function namesActor(text: string): boolean {
  return actorSpans(text).length > 0;
}

/** Words that start a when, not a who: "Monday, 9am", "March - review". */
const WHEN_WORD =
  /^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$|^(?:today|tomorrow|next|weekly|daily|monthly|ongoing|asap|tbc|by|from|until|end|start|before|after|within)$/i;

/**
 * In a who-and-when column, the names before the first comma or dash are who: "Kyan, by Mon 8/3/27",
 * "Mollie & Kayne, from 1/3/27". The column says so, as a verb does elsewhere ("Kyan to").
 */
export function leadsWithName(text: string): boolean {
  // A name may carry a bracket: "Me (Lily)", "Nan (Joan Price), from 4/1/27".
  const who =
    /^\s*([A-Z][\p{L}'’-]+(?:\s*(?:&|and|,)\s*[A-Z][\p{L}'’-]+)*)\s*(?:\([^()]{1,40}\)\s*)?(?:[,;:–—-]|$)/u.exec(text);
  if (!who) return false;
  return who[1]
    .split(/\s*(?:&|and|,)\s*/)
    .every((name) => !NOT_A_NAME.has(name) && !NOBODY_WORD.test(name) && !WHEN_WORD.test(name));
}
const NOBODY_WORD = /^(?:all|various|none|tbc|professionals|agencies|services|health|education)$/i;

const WHO_ACTS_AFTER =
  /^\s*(?:[A-Z][A-Za-z'’-]+\s*)?(?:\([^()]{0,30}\))?\s*,?\s*who\s+(?:will\s+|is\s+to\s+)?[a-z]+s?\b/;

const RESPONSIBLE_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:and\s+\S+\s+)?(?:to|will|agrees?|must|should|is to|are to|has|have|shall)\b/i;

/** "Dad to be supervised", "Ella to be taken", "Gran and Grandad will be assessed": the one done to, before a passive, not who does it. */
const DONE_TO_AFTER = new RegExp(`^\\s*(?:and\\s+\\S+\\s+)?(?:to|will)${PASSIVE_AFTER_TO.source.replace(/^\^/, '')}`);

/** Someone named as the one who acts ("Dad will", "Ms Cole to", "by the health visitor"), not just mentioned. */
export function namesResponsible(text: string): boolean {
  return actorSpans(text).some(
    (span) =>
      (RESPONSIBLE_AFTER.test(text.slice(span.end, span.end + 40)) &&
        !DONE_TO_AFTER.test(text.slice(span.end, span.end + 40))) ||
      /\bby\s+(?:the\s+|his\s+|her\s+|their\s+)?$/i.test(text.slice(Math.max(0, span.start - 12), span.start)) ||
      /\b(?:agrees?|will|to)\b/.test(span.text) ||
      // "with Miss Ogunleye (LSA), who checks his planner": the worker is the one who acts.
      WHO_ACTS_AFTER.test(text.slice(span.end, span.end + 50)),
  );
}

/** True when a cell names no one but a crowd ("all professionals"). */
export function onlyNobody(text: string): boolean {
  const stripped = text.replace(NOBODY, '').replace(/[\s,.;:&/-]+|\band\b/gi, '');
  return stripped.length === 0 && text.trim().length > 0;
}

/** The universal aim in verb form: "meet the children's basic needs", "meet his needs". */
export const NEEDS_MET =
  /\bmeet(?:s|ing)?\s+(?:(?:the|his|her|their|all)\s+)?(?:[\p{L}-]+['’]s\s+)?(?:[\p{L}-]+\s+){0,2}?needs\b/giu;

/**
 * A change named with no content: "Risk to be reduced", "status to be resolved", "Contact to go well". Vague
 * aims, with their own message (rules/vague.ts): things will change, but not how.
 */
export const CHANGE_NAMED_ONLY = [
  'risk reduced',
  'risk is reduced',
  'risk will be reduced',
  'risk to be reduced',
  'risks reduced',
  'risks are reduced',
  'risks will be reduced',
  'risks to be reduced',
  'reduced risk',
  'reduce the risk',
  'reduce risk',
  'risk will reduce',
  'be resolved',
  'be sorted',
  'be sorted out',
  'go well',
  'goes well',
];

/** General states every child should have: on their own they say nothing concrete about this child. */
export const VAGUE_AIMS = [
  'be healthy',
  'remain healthy',
  'stay healthy',
  'healthy',
  'feel safe',
  'feels safe',
  'be safe',
  'kept safe',
  'keep safe',
  'stay safe',
  'keep herself safe',
  'keep himself safe',
  'keep themselves safe',
  'keep themself safe',
  'safeguarded',
  'safe and well',
  'be happy',
  'happy',
  'happier',
  'feel happier',
  'more settled',
  'settled',
  'more confident',
  'more independent',
  'become independent',
  'confident',
  'confidence',
  'potential',
  'full potential',
  // "Teddy will be school ready": what every nursery child is meant to be, not what this one will do.
  'school ready',
  'ready for school',
  'fulfil',
  'thrive',
  'thriving',
  'well-being',
  'wellbeing',
  'emotional wellbeing',
  'needs are met',
  'needs will be met',
  'needs met',
  'needs help',
  'need help',
  'be stimulated',
  'stimulated',
  'to develop',
  'develop well',
  'engage',
  'engage with',
  'engagement',
  'improve',
  'improved',
  'improvement',
  'better',
  'positive',
  'stable',
  'stability',
  'secure',
  'support',
  'supported',
  'be supported',
  'cared for',
  'looked after',
  'be protected',
  'protected',
  'resilient',
  'ensure',
  'make sure',
  'address',
  'work on',
  'work with',
  'monitor',
  'monitored',
  ...CHANGE_NAMED_ONLY,
  'be empowered',
  'feel empowered',
  // Effort, not a result: "Mum will try harder to get the children to school".
  'try harder',
  'try her best',
  'try his best',
  'try their best',
  'do her best',
  'do his best',
  'do their best',
  'make more effort',
  'make an effort',
  // A way of working, or a stage gone through well, with nothing anyone could see done.
  'trauma-informed approach',
  'trauma informed approach',
  'therapeutic approach',
  'nurturing approach',
  'consistent approach',
  'smooth transition',
  'transition smoothly',
  'pro-social',
  'prosocial',
  'aspirations',
  'be managed',
  'well managed',
  'managed well',
  'safely',
  // A rest with no how much or how often: "Parents will get a break".
  'get a break',
  'have a break',
  'need a break',
  'needs a break',
  // The curriculum every pupil has: "will access a broad and balanced curriculum".
  'access the curriculum',
  'broad and balanced',
];

/** Words whose meaning depends on who judges. */
export const SUBJECTIVE_WORDS = [
  'appropriate',
  'appropriately',
  'inappropriate',
  'acceptable',
  'unacceptable',
  'adequate',
  'adequately',
  'suitable',
  'suitably',
  'reasonable',
  'reasonably',
  'proper',
  'properly',
  'good enough',
  'sufficient',
  'sufficiently',
  'clean and tidy',
  'tidy',
  'satisfactory',
  'good standard',
  'decent',
  'nice',
  'behave well',
  'behave',
  'good behaviour',
  'as expected',
  'well presented',
  'presentable',
  'hygienic',
  // Flawless, as whoever looks sees it: "kept spotless" (also all or nothing, which unrealistic says).
  'spotless',
  'immaculate',
  'pristine',
  // How someone is to drink, spend or behave, judged by whoever reads it: "drink responsibly", "sensibly".
  'responsibly',
  'irresponsibly',
  'sensibly',
  'sensible',
  'in moderation',
  // An attitude is read from behaviour by whoever looks: "a positive attitude to school".
  'positive attitude',
  'good attitude',
  'right attitude',
  'better attitude',
  // How something looks, to whoever looks at it: "neat handwriting", "his room is untidy", "scruffy" (not
  // "messy", which early years plans use for an activity: "messy play").
  'neat',
  'neatly',
  'neater',
  'untidy',
  'scruffy',
  'unkempt',
  // What an occasion was like for those there, as whoever asks sees it: "a positive experience".
  'positive experience',
  'good experience',
  'enjoyable experience',
  'pleasant experience',
  // A quality of a time, a change or a manner that only those there can judge (Brighton and Hove, "Specific":
  // words open to interpretation): "a meaningful activity", "a smooth transition", "mealtimes are pleasant",
  // "a good atmosphere", "not disrespectful to staff".
  'meaningful',
  'pleasant',
  'unpleasant',
  'smooth transition',
  'smooth move',
  'smooth start',
  'smoothly',
  'good atmosphere',
  'positive atmosphere',
  'happy atmosphere',
  'respectful',
  'disrespectful',
  'respectfully',
  'disrespectfully',
];

/**
 * A definition makes a subjective word concrete: "clean meaning washed, dried and ironed", "tidy, that is, ...".
 * "A home that is suitable" is a relative clause that defines nothing.
 */
export const DEFINITION =
  /\b(?:meaning|means|i\.e\.|defined as|definition|for the purpose of this plan|looks?\s+like)\b|[,(:–—-]\s?that is\b|\bthat is[,:]|\((?!\s*\d)/i;

/** Ways a plan says someone needs something: "needs", "requires". */
// A heading that says what is needed ("What I need:", "Need:") governs the noun after it as "needs" does
// (Practitioner's guide: a service in the need column is an action).
const NEEDS = '(?:needs?|requires?):?';

/** Services and referrals: actions, not needs. */
export const SERVICE_NEED = wordAlternatives(
  [
    // ... "needs to be identified and referred to the young carers' service".
    `\\b${NEEDS}\\s+(?:to\\s+be\\s+)?(?:[\\w-]+\\s+and\\s+)?(?:referred|a\\s+referral|referral)\\b`,
    `\\b${NEEDS}\\s+(?:an?\\s+|the\\s+)?(?:assessment|counselling|therapy|anger management|parenting (?:course|classes|programme|support)|mentoring|mentor|course|programme|service|intervention|support worker)\\b`,
    `\\b${NEEDS}\\s+to\\s+(?:see|speak to|talk to|attend|be seen by|go to|access|engage with|work with|receive)\\s+(?:an?\\s+|the\\s+|his\\s+|her\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}(?:counsellor|counselling|camhs|therapist|therapy|psychologist|psychiatrist|paediatrician|nurse|dentist|optician|mentor|course|classes|programme|group|service|services|support worker|youth worker|gp|doctor|worker)\\b`,
    `\\b${NEEDS}\\s+(?:an?\\s+)?(?:[\\w'’-]+\\s+){0,2}(?:assessment|referral)\\b`,
    // A place on a service's list, or lessons a provider runs: "needs to go on the waiting list for therapy",
    // "needs English lessons" (not help in lessons: a word of place or purpose ends the reading).
    `\\b${NEEDS}\\s+to\\s+(?:go|be\\s+(?:put|placed|added))\\s+(?:on|onto|to)\\s+(?:an?\\s+|the\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:waiting|wait)\\s+list\\b`,
    `\\b${NEEDS}\\s+(?:some\\s+|more\\s+|extra\\s+)?(?:(?!(?:to|in|at|for|with|during|of|and|help|support)\\b)[\\w-]+\\s+){1,2}?(?:lessons|classes|tuition)\\b`,
    // A worker or a service named as what the child needs: "needs a social worker", "needs speech and language therapy".
    `\\b${NEEDS}\\s+(?:an?\\s+|the\\s+|their\\s+|his\\s+|her\\s+)?(?:own\\s+|allocated\\s+)?(?:(?:full|part)[- ]time\\s+|dedicated\\s+)?(?:(?:1:1|one[- ]to[- ]one)\\s+)?(?:social worker|family support worker|support worker|key ?worker|health visitor|mentor|counsellor|therapist|advocate|youth worker|teaching assistant|ta|tutor|lead professional|gp|doctor|dentist|camhs|portage|interpreter|taxi|worker|personal assistant|pa|short\\s+breaks|respite(?:\\s+care)?)(?![\\w:])`,
    `\\b${NEEDS}\\s+(?:[\\w-]+\\s+){1,3}(?:therapy|counselling|intervention|respite|short\\s+breaks|transport)\\b`,
    `\\b${NEEDS}\\s+(?:early help|family support|social care|social work|specialist|professional|agency|multi-agency|camhs|send|sen|taf|tac)\\s+(?:support|help|input|involvement|intervention|services?)\\b`,
    `\\b${NEEDS}\\s+to\\s+(?:go\\s+on|be\\s+sent\\s+on|do|complete|be\\s+put\\s+on)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}(?:course|programme|classes|group|sessions)\\b`,
    // One item of a list of things needed is a service: "needs IFSS and a referral to Families First", "needs
    // a solicitor and an age assessment", "needs a funded nursery place", "needs kinship allowance & a support group".
    `\\b${NEEDS}\\s+(?:(?!to\\b|for\\b|because\\b|when\\b|if\\b|so\\b|but\\b)[\\w&/+-]+\\s+){0,5}?(?:assessment|referral|solicitor|lawyer|advocate|(?:nursery|school|college|foster|residential|pru)\\s+place|placement|support\\s+group|volunteer)\\b`,
    // A piece of work a practitioner does with someone: "needs to do consequential thinking work", "needs to
    // complete life story work". Not their own: school work, homework, housework, paid work.
    `\\b${NEEDS}\\s+to\\s+(?:do|complete|undertake|take\\s+part\\s+in)\\s+(?:some\\s+)?(?!(?:school|home|house|paid|voluntary|course|class|more|his|her|their)\\b)(?:[\\w-]+\\s+){1,3}work\\b`,
    // To be placed or looked after by a service: "needs to be accommodated under s20", "needs to be placed".
    `\\b${NEEDS}\\s+to\\s+be\\s+(?:accommodated|placed|assessed|allocated|rehoused|transferred|moved)\\b`,
    // A place in a setting, a move or a transfer that a service decides: "requires a place at a specialist
    // resource base", "needs a place on the nurture group", "need a housing transfer", "needs a managed move"
    // (not a place to be: "a quiet place to calm down", "a safe place in class").
    `\\b${NEEDS}\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}?place\\s+(?:at|in|on|within)\\s+(?:an?\\s+|the\\s+|his\\s+|her\\s+|their\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:school|base|unit|provision|nursery|college|setting|group|course|programme|pru|hub|centre|refuge|hostel|foyer|children['’]s\\s+home|residential\\s+home|supported\\s+(?:accommodation|lodgings))\\b`,
    `\\b${NEEDS}\\s+(?:an?\\s+)?(?:(?:(?:housing|school|council|managed|property|house|home)\\s+)?(?:transfer|rehousing)|(?:housing|school|managed|house|home)\\s+move)\\b`,
    // The service first, then that it is needed: "Parenting assessment required".
    // ... or with where it is to: "Referral into Family Help needed", "referral to the EP required".
    '\\b(?:assessment|referral|placement)\\s+(?:(?:to|into|for|from|by)\\s+(?:[\\w-]+\\s+){1,3})?(?:is\\s+|are\\s+)?(?:required|needed)\\b',
    // A worker, a service or what it gives, as what someone would benefit from or requires: "would benefit
    // from a Family Help lead practitioner", "requires SEN transport", "needs overnight short breaks".
    '\\b(?:would benefit from|requires?|should have)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,4}(?:referral|service|course|programme|group|sessions|counselling|therapy|mentor|mentoring|worker|practitioner|nurse|adviser|advocate|coordinator|short\\s+breaks|respite|transport)\\b',
    // Help named as what someone needs: "needs 1:1 support in class", "needs extra help from school".
    `\\b${NEEDS}\\s+(?:(?:some|more|extra|additional|ongoing|further|1:1|one[- ]to[- ]one|specialist|practical|emotional|full[- ]time|part[- ]time)\\s+){1,2}(?:support|help|input|intervention)\\b`,
    `\\b${NEEDS}\\s+(?:support|help|input|intervention)\\s+(?:from|through|via)\\b`,
    // An action written as the need: "Mum needs to engage with CGL".
    `\\b${NEEDS}\\s+to\\s+(?:engage|work)\\s+(?:with|in)\\b`,
    // A meeting a service convenes, named as the need: "the family need a family group conference", "needs a
    // strategy meeting", "needs a TAF meeting" (what it should help with is the need).
    `\\b${NEEDS}\\s+(?:an?\\s+|the\\s+)?(?:(?:family\\s+group|child\\s+protection|initial|review|strategy|professionals['’]?|multi-agency|network|taf|tac|core\\s+group)\\s+)(?:conference|meeting)\\b|\\b${NEEDS}\\s+(?:an?\\s+|the\\s+)?(?:fgc|core\\s+group|taf|tac)\\b`,
    // An arrangement a service makes or a setting sets: "needs a part-time timetable", "needs a Staying Put
    // arrangement", "requires a care package" (what it should help with is the need).
    `\\b${NEEDS}\\s+(?:an?\\s+|the\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:timetable|arrangement|care\\s+package|package\\s+of\\s+(?:care|support))\\b`,
    // A professional's contribution, whoever makes it: "needs OT input", "requires speech and language input".
    `\\b${NEEDS}\\s+(?:(?!to\\b)[\\w&'’-]+\\s+){1,3}?(?:input|involvement)\\b`,
    // A worker named with the service they come from: "needs a Family Hub keyworker", "needs a Barnardo's
    // support worker" (not "needs to trust her social worker", a need about the relationship).
    `\\b${NEEDS}\\s+(?:an?\\s+|the\\s+|their\\s+|his\\s+|her\\s+)?(?:(?!to\\b)[\\w'’&-]+\\s+){1,3}?(?:key\\s?worker|social\\s+worker|support\\s+worker|family\\s+worker|youth\\s+worker|practitioner|advocate|mentor|therapist|counsellor)\\b`,
    // A programme a therapist writes and staff run: "needs a sensory diet", "needs an OT programme".
    `\\b${NEEDS}\\s+(?:an?\\s+)?(?:sensory\\s+(?:diet|circuits?|programme)|(?:ot|physio(?:therapy)?|salt|speech(?:\\s+and\\s+language)?|occupational\\s+therapy)\\s+programme)\\b`,
    // A plan, a grant or an allowance: "needs an EHCP", "needs kinship allowance".
    `\\b${NEEDS}\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}(?:ehcp|ehc\\s+plan|education,?\\s+health\\s+and\\s+care\\s+plan|allowance|grant|funding|direct\\s+payments?|personal\\s+budget)\\b`,
  ],
  'gi',
);

/**
 * Task verbs that start an action rather than describe a result. Going to school and to one's own health appointments
 * ("Kelsey will attend every antenatal appointment") is what the person will do, not a service given.
 */
export const TASK_START =
  /^\s*(?:to\s+)?(?:complete|attend(?!\s+(?:(?:his|her|their|the)\s+)?(?:school|nursery|pre-?school|college|lessons|full[- ]time|part[- ]time)\b(?![’']s\b)|\s+(?:(?:all|every|each|his|her|their|my|the)\s+)?(?:[\w-]+\s+)?(?:antenatal|ante-natal|postnatal|medical|health|hospital|dental|gp|clinic|midwife|diabetes|asthma)\s+(?:appointments?|checks?|clinics?)\b)|refer|referral|undertake|arrange|monitor|carry out|provide|fill in|go to|engage with|engage in|continue to attend|continue|visit|contact|meet|make a referral|take part in|participate in|access|assessment of|completion of|attendance at|sign up|book|apply|register|ensure)\b/i;

export const TASK_AFTER_SUBJECT =
  /^\s*(?:[\p{L}'’-]+\s+){1,4}(?:to|will)\s+(?:attend(?!\s+(?:(?:his|her|their|the)\s+)?(?:school|nursery|pre-?school|college|lessons|full[- ]time|part[- ]time)\b(?![’']s\b)|\s+(?:(?:all|every|each|his|her|their|my|the)\s+)?(?:[\w-]+\s+)?(?:antenatal|ante-natal|postnatal|medical|health|hospital|dental|gp|clinic|midwife|diabetes|asthma)\s+(?:appointments?|checks?|clinics?)\b)|complete|be referred|engage with|undertake|access|be seen by|take part in|participate in|sign up)\b/iu;

/** What makes an outcome an outcome: a result for the child that can be seen. */
export const RESULT_MARKER =
  /\b(?:so that|so (?:he|she|they|[A-Z][a-z]+) can|in order to|will be able to|be able to|will have|will feel|will be|will know|will show|will understand|can say|able to|which will|resulting in|meaning)\b/;

/** Things we can see or count someone doing. */
export const OBSERVABLE = phraseMatcher([
  'able to say',
  'able to explain',
  'able to name',
  'able to tell',
  'able to describe',
  'able to show',
  'able to recognise',
  'able to talk',
  'can say',
  'can explain',
  'will tell',
  'will say',
  'will explain',
  'attend',
  'attends',
  'attended',
  'attendance',
  'report',
  'reported',
  'record',
  'recorded',
  'records',
  'register',
  'registered',
  'brush',
  'bath',
  'hoover',
  'hoovered',
  'washed',
  'wash',
  'ironed',
  'completed',
  'complete',
  'visit',
  'visits',
  'meet',
  'meeting',
  'walk',
  'take',
  'arrive',
  'arriving',
  'call',
  'phone',
  'inform',
  'tell',
  'develop a plan',
  'create a plan',
  'create a safety plan',
  'safety plan',
  'agree a plan',
  'write',
  'check',
  'checked',
  'diary',
  'chart',
  'scale',
  'log',
  'sleep',
  'eat',
  'collect',
  'stay',
  'leave',
  'swept',
  'emptied',
  'show',
  'name',
  'without hitting',
  'without hurting',
  'immunisations',
  'appointment',
  'appointments',
]);

export const NUMBER_WORD =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twice|once|half|all \d|every)\b/i;

/** Qualities with no yardstick: say how they will be measured. */
export const UNMEASURED_QUALITY = phraseMatcher([
  'age appropriate',
  'age-appropriate',
  'self-care skills',
  'skills',
  'confident',
  'confidence',
  'potential',
  'emotions',
  'emotional',
  'wellbeing',
  'well-being',
  'behaviour',
  'development',
  'develop',
  'better',
  'improve',
  'improved',
  'improvement',
  'progress',
  'happier',
  'happy',
  'stimulated',
  'healthy',
  'safe',
  'settled',
  'regularly',
  'relationship',
  'engage',
  'needs are met',
  'needs will be met',
  'income',
  'benefits',
]);

/** "To be measured" with nothing to say how. */
export const MEASURE_WITHOUT_HOW =
  /\b(?:to be|will be|be)\s+(?:measured|monitored|assessed|reviewed|evaluated|tracked)\s*[.!]?\s*$/i;

/** Where progress is only what a parent says. */
export const SELF_REPORT = wordAlternatives(
  [
    '\\b(?:mum|mother|dad|father|parents?|carers?|family|she|he|they)\\s+(?:says?|said|will say|reports?|reported|will report|tells?|will tell|states?|feels?|will feel|confirms?|will confirm|agrees?)\\s+(?:us\\s+)?(?:that\\s+)?(?:things|it|they|he|she|the children|the child|(?:[a-z]+\\s+){1,3}(?:is|are|has|have|seems?))\\b',
    '\\bself[- ]report(?:ed|ing|s)?\\b',
    "\\b(?:parents?|mum|mother|dad|father|carers?)\\s*[’']s?\\s+(?:own\\s+)?(?:verbal\\s+|written\\s+|weekly\\s+)?(?:word|account|report|feedback|confirmation|say-so|assurance|views?)\\b",
    // The parent reporting, feeding back, confirming or keeping their own record as the measure: "Mum
    // reports improvement", "Parents feedback at core group", "Mum will keep a diary of bedtimes".
    '\\b(?:mum|mother|dad|father|parents?|carers?)\\s+(?:will\\s+|to\\s+)?(?:reports?|feeds?\\s+back|feedback|confirms?|keeps?\\s+(?:a|her|his|their)\\s+(?:own\\s+)?(?:diary|log|chart|record|tick\\s+sheet))\\b',
    // A record the parent keeps is still their own account: "Mum's own tick sheet", "Dad's own log".
    "\\b(?:parents?|mum|mother|dad|father|carers?)\\s*[’']s?\\s+own\\s+(?:[\\w-]+\\s+)?(?:sheets?|logs?|diary|diaries|charts?|records?|notes|lists?)\\b",
    // ... and without "own", a chart or diary named as the parent's: "Dad's bath chart", "Mum's sleep diary" (not
    // a service's record of them: "Mum's GP records", "Dad's attendance log at the group").
    "\\b(?:mum|mother|dad|father)\\s*[’']s\\s+(?!(?:gp|school|health|hospital|medical|dental|attendance|police|clinic|nursery|college|probation|drug|alcohol|test)\\b)(?:[\\w-]+\\s+)?(?:charts?|diary|diaries|tick\\s+sheets?|logs?)\\b",
    '\\b(?:mum|mother|dad|father|parents?|carers?|family)\\s+(?:will\\s+)?(?:say|says|tell us|report)\\s+(?:that\\s+)?(?:things|it|they|he|she)?\\s*(?:are|is|have|has)?\\s*(?:better|improved|going well|fine|ok|okay)\\b',
    // The parent's record, named by whose it is: "as logged by her parents", "recorded by Mum in her diary".
    '\\b(?:logged|recorded|noted|written\\s+down|scored|rated|tracked)\\s+by\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+)?(?:mum|mother|dad|father|parents?)\\b',
    // The parent saying, at some occasion, how things went: "Mum to say at the review whether things have improved".
    '\\b(?:mum|mother|dad|father|parents?|carers?)\\s+(?:will\\s+|to\\s+)?(?:say|says|confirm|confirms|report|reports)\\s+(?:(?:at|in|during|after)\\s+(?:the\\s+|each\\s+|every\\s+)?(?:next\\s+)?[a-z]+\\s+)?(?:whether|if|how)\\b',
  ],
  'gi',
);

/**
 * A score the person whose change it is gives themselves: "Mum to rate herself at least a 7", "Dad's own
 * score on the Star", "her self-rating". The scale is only the form their word takes (Torbay: "self-reporting
 * by parents or non-professionals as the only proof of progress is not a safe way").
 */
export const SELF_RATING = wordAlternatives(
  [
    '\\b(?:[Mm]um|[Mm]other|[Dd]ad|[Ff]ather|[Pp]arents?|[Cc]arers?|[A-Z][a-z]+)\\s+(?:will\\s+|to\\s+|should\\s+)?(?:rates?|scores?|marks?|grades?)\\s+(?:herself|himself|themselves|myself|ourselves)\\b',
    "\\b(?:[Mm]um|[Mm]other|[Dd]ad|[Ff]ather|[Pp]arents?|[Cc]arers?)\\s*[’']s?\\s+own\\s+(?:[\\w-]+\\s+)?(?:scor(?:e|es|ing)|ratings?|scaling|scales?|stars?)\\b",
    '\\b[Ss]elf[- ](?:rat(?:ing|ings|ed|es)|scor(?:e|es|ed|ing))\\b',
    // The parent scoring how things are going: "Mum will rate bedtimes out of 10", "Dad to score the week".
    '\\b(?:[Mm]um|[Mm]other|[Dd]ad|[Ff]ather|[Pp]arents?|[Cc]arers?)\\s+(?:will\\s+|to\\s+)?(?:rates?|scores?)\\s+(?:the\\s+|how\\s+|her\\s+|his\\s+|their\\s+)?[a-z]+',
  ],
  'g',
);

/** The means of a self-rating, which is still the person's own word: the scale, the Star, their chart. */
export const RATING_INSTRUMENT = /\b(?:scales?|charts?|stars?|diary|log)\b/gi;

/** Evidence from somewhere other than the parent. */
export const OTHER_EVIDENCE = phraseMatcher([
  'school',
  'teacher',
  'attendance',
  'records',
  'record',
  'recorded',
  'observed',
  'observation',
  'observations',
  'health visitor',
  'social worker',
  'checked',
  'check',
  'chart',
  'diary',
  'scale',
  'register',
  'figures',
  'figure',
  'police',
  'gp',
  'nursery',
  'visit',
  'visits',
  'attend',
  'attends',
  'attended',
  'appointments',
  'test',
  'tests',
  // A worker's own notes of the sessions, a clinic's letter, a service's progress report: not the parent's word.
  'notes',
  'progress report',
  'letter',
  // Someone else seeing it: "his form tutor sees him join in", "staff notice her playing with others".
  'sees',
  'seen',
  'notices',
  'noticed',
  'tutor',
  'children tell',
  'child tells',
  'children say',
  'child says',
  'log',
  // A bank's or a landlord's record of money paid: the bank, not the payer, keeps it ("standing order", "rent account").
  'standing order',
  'direct debit',
  'bank statement',
  'bank statements',
  'rent account',
  'receipts',
  // A measurement a professional takes: "weight and height at each clinic", "weighed by the HV".
  'weight and height',
  'height and weight',
  'weighed',
  'weighings',
  'weigh-ins',
]);

/** A service named after what it helps with: "the stop smoking adviser", "a quit smoking clinic". */
const SERVICE_NAME_AFTER =
  '(?![\\s-]+(?:services?|advis[eo]rs?|clinics?|teams?|nurses?|workers?|practitioners?|groups?|support|sessions?|programmes?|apps?)\\b)';

/** A clear drug or alcohol test: "clear hair strand test", "negative urine screens", "clean tests". */
const CLEAR_TEST =
  '\\b(?:clear|clean|negative)\\s+(?:(?:(?:hair(?:\\s+strand)?|drugs?|alcohol|urine|saliva|breath|blood)\\s+)?(?:tests?|samples?|screens?)|(?:hair(?:\\s+strand)?|drugs?|alcohol|urine|saliva|breath|blood)\\s+results?)';

/** Absolute demands no family can promise. */
export const ABSOLUTE_SUBSTANCE = wordAlternatives(
  [
    `\\b(?:stop|stops|stopped|cease|quit|give up|gives up)\\s+(?:drinking|using|taking drugs|taking|smoking cannabis|smoking|vaping|cigarettes|all drug use|drug use|alcohol|their drinking|her drinking|his drinking)\\b${SERVICE_NAME_AFTER}`,
    '\\bnever\\s+(?:drink|drinks|use|uses|take)\\b',
    '\\b(?:abstain|abstinent|abstinence|completely sober|totally sober|alcohol[- ]free|drug[- ]free)\\b',
    // Giving up the substance itself, named as a thing: "give up cannabis completely", "quit weed".
    '\\b(?:stop|stops|stopped|cease|quit|give up|gives up)\\s+(?:(?:all|any|using|taking)\\s+)?(?:cannabis|weed|drugs|cocaine|heroin|spice|ketamine)\\b',
    // ... and drink in everyday words: "give up the drink altogether", "pack in the booze", "come off the drink".
    '\\b(?:give up|gives up|quit|quits|pack in|packs in|come off|comes off)\\s+(?:the\\s+)?(?:drink|booze|bottle|cans|beer|lager|vodka)\\b',
    // A clear test asked for is no use at all by then, in other words: "a clear hair strand test", "negative
    // drug screens", "a test showing no use", "tests to come back clear" (not "clear results" of anything else).
    `${CLEAR_TEST}\\b`,
    '\\b(?:tests?|samples?|screens?|results?),?\\s+(?:showing|to\\s+show|that\\s+shows?|which\\s+shows?)\\s+no\\s+(?:use|drugs?|alcohol|cocaine|cannabis)\\b',
    '\\b(?:tests?|samples?|screens?|results?)\\s+(?:will|to|must|should)\\s+(?:be|come\\s+back|show)\\s+(?:clear|clean|negative)\\b',
  ],
  'gi',
);

/** "There will never be (again)": none of an event ever, said of the world (unrealistic and negative framing). */
const THERE_NEVER_BE =
  '\\bthere\\s+(?:will|shall|must|should|is\\s+to|are\\s+to)\\s+never\\s+(?:again\\s+)?be\\s+(?:again\\s+)?';

/**
 * After "no", what is not an event to have none of: a relief, a feeling, a finding or a decision ("no need to",
 * "no worries", "no concerns raised", "no change"), or who may come ("no visitors" is a rule, read apart).
 */
const NO_EVENT =
  '(?:needs?|worries|worry|concerns?|issues?|problems?|changes?|action|reason|charge|cost|gaps?|longer|one|doubt|other|further\\s+(?:action|concerns?|involvement)|unmet|significant|evidence|known|current|recent)\\b';

export const ABSOLUTE_NONE = new RegExp(
  // Any event never to happen again, whatever it is called: "No further harmful sexual behaviour", "not to
  // have any more meltdowns" ("no more than 4 a week" is a limit, "no further action" a decision); perfection.
  "\\bno\\s+(?:more|further)\\s+(?!than\\b|action\\b|tolerance\\b|need\\b|involvement\\b)[a-z]+|(?:\\bnot|\\b[a-z]{2,6}n[’']t)\\s+(?:to\\s+)?(?:have|get|cause)\\s+any\\s+(?:more|further)\\s+(?!than\\b)[a-z]+|\\bperfect(?:ly|ion)?\\b|" +
    // Flawless from now on: "kept spotless", "immaculate at all times".
    '\\b(?:spotless(?:ly)?|immaculate(?:ly)?|pristine)\\b|' +
    // None of an event at all, counted in the plural: "will not have any hypos", "won't get any detentions"
    // (not a limit, "any more than 4", nor who may call: "any visitors").
    // The event's kind may come first: "will not have any asthma attacks", "won't get any fixed-term exclusions".
    "(?:\\bnot|\\b[a-z]{2,6}n[’']t)\\s+(?:to\\s+)?(?:have|get)\\s+any\\s+(?!(?:more|fewer|less|further)\\s+than\\b|(?:visitors|friends|guests|people|adults|questions|worries)\\b)(?:(?![a-z-]{0,20}ed\\s)[a-z-]{2,20}\\s+(?!(?:visitors|friends|guests|people|adults|questions|worries|this|his|was|has|is|us|as|does|its|yes|less|unless|across|plus)\\b))?[a-z]+s\\b|" +
    // Causing none at all of a harm: "will not cause any damage", "won't cause any trouble" (the singular too).
    "(?:\\bnot|\\b[a-z]{2,6}n[’']t)\\s+(?:to\\s+)?cause\\s+any\\s+(?!(?:more|fewer|less|further)\\s+than\\b)(?:nuisance|harm|damage|trouble|harassment|disruption|distress|injury|problems?|incidents?|upset)\\b|" +
    // The same as a noun: "will have no meltdowns", "to get no detentions" (not a relief, a feeling or a finding).
    `\\b(?:will|shall|must|should|to|can)\\s+(?:have|get)\\s+no\\s+(?!(?:more|fewer|less)\\s+than\\b|${NO_EVENT}|(?:visitors|friends|guests|people|adults|questions)\\b)[a-z-]+s\\b|` +
    // A behaviour or event never to happen, or not to happen again: "will never have a meltdown", "and never eat
    // sweets", "will not go missing again", "must not be abusive to her again" ("will not have to move again" is relief).
    '\\b(?:will|to|must|should|shall|and|can)\\s+never\\s+(?:again\\s+)?(?!be\\b|been\\b|feel|need|know|want|worry|have\\s+to\\b)[a-z]+|' +
    "(?:\\b(?:will|to|must|should|shall|can)\\s+not|\\b[a-z]{2,6}n[’']t)\\s+(?!(?:have|need)\\s+to\\b|feel\\b|worry\\b)(?:[a-z]+\\s+){1,4}?again\\b(?!\\s+(?:more|fewer)\\s+than\\b)|" +
    // Never to happen again, a longer reach for the doubly absolute: "I'll never be reported to the police again".
    "(?:\\b(?:will|to|must|should|shall|can)|\\b[a-z]{1,4}[’']ll)\\s+never\\s+(?!(?:have|need)\\s+to\\b|feel\\b|worry\\b)(?:[a-z]+\\s+){1,6}?again\\b(?!\\s+(?:more|fewer)\\s+than\\b)|" +
    // None of an event ever, said of the world: "There will never be another fight at home" (not a limit:
    // "never be fewer than two staff"; nor a relief: "never be a need to").
    `${THERE_NEVER_BE}(?:an?|another|any)\\s+(?!need\\b|reason\\b|doubt\\b|(?:more|fewer|less)\\s+than\\b)[a-z-]+|` +
    '\\b(?:no|zero)\\s+(?:further|more|new|other)?\\s*(?:incidents?|instances?|episodes?|missing episodes?|arguments?|violence|domestic (?:abuse|violence)|police call[- ]outs?|call[- ]outs?|concerns?|fights?|drinking|drug use|relapses?|self[- ]harm|dv|da)\\b|\\bnever\\s+again\\b|\\b(?:will|to|must|should)\\s+never\\s+(?:again\\s+)?(?:shout|shouts|hit|hits|smack|smacks|argue|argues|fight|fights|swear|swears|lose|loses|lash|lashes|get angry|be angry|be late|miss|misses)\\b|\\bat all times\\b|\\b100\\s?%',
  'gi',
);

/**
 * A change big enough to be a plan of its own: a new home, a job, debts cleared, exams passed, a course of
 * weeks finished, a relationship ended, savings, a drug given up, a room redecorated. One is a goal; three in
 * one cell are a life rebuilt at once.
 */
export const LIFE_CHANGE = wordAlternatives(
  [
    '\\bmov(?:e|es|ed|ing)\\s+(?:in)?to\\s+(?:(?:a|an|her|his|their|my|your|the)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:flat|home|house|property|accommodation|housing|tenancy|address)\\b',
    '\\b(?:get|gets|got|getting|find|finds|found|finding|hold|holds|held|secure|secures|secured)\\s+(?:(?:a|an|her|his|their|your|my)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:job|employment|flat|house|tenancy)\\b',
    '\\b(?:start|starts|started|begin|begins|began)\\s+(?:a|an|her|his|their|your|my)\\s+(?:[\\w-]+\\s+)?(?:apprenticeship|job)\\b',
    '\\b(?:clear|clears|cleared|clearing|pay\\s+off|pays\\s+off|paid\\s+off|repay|repays|repaid)\\s+(?:all\\s+(?:of\\s+)?)?(?:(?:her|his|their|the|your|my)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:arrears|debts?|loans?|overdraft)\\b',
    '\\bpass(?:es|ed|ing)?\\s+(?:(?:her|his|their|the|your|my|a)\\s+)?(?:[\\w-]+\\s+){0,4}?(?:GCSEs?|resits?|exams?|A[- ]levels?|driving\\s+test|theory\\s+test)\\b',
    "\\b(?:finish|finishes|finished|complete|completes|completed)\\s+(?:(?:a|an|the|her|his|their|your|my)\\s+)?(?:\\d+[- ]week\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:programme|course)\\b",
    // A written agreement speaks to the parent: "end your relationship with Mr X", "I will end my relationship".
    '\\b(?:end|ends|ended)\\s+(?:(?:her|his|their|your|my)\\s+)?relationship\\b',
    // Work in general, not a job named: "find work", "get paid work" (not "get some work done").
    '\\b(?:find|finds|found|finding|secure|secures|secured|get|gets|got|getting)\\s+(?:(?:paid|full[- ]time|part[- ]time)\\s+)?work\\b(?!\\s+(?:done|finished|experience)\\b)',
    '\\bsav(?:e|es|ed|ing)\\s+£\\s?\\d',
    '\\b(?:give|gives|gave)\\s+up\\s+(?:[\\w-]+\\s+)?(?:cannabis|drugs|drinking|alcohol|smoking|weed)\\b',
    '\\b(?:re)?decorat(?:e|es|ed|ing)\\b',
    // Living on one's own, each skill of it a plan of its own for someone who has never done it: "live in his own
    // flat", "cook all her own meals", "pay all his bills", "manage his own medication".
    '\\blive[sd]?\\s+(?:in\\s+(?:(?:her|his|their|your|my)\\s+own|a)\\s+(?:flat|home|house|tenancy|place)|independently|on\\s+(?:her|his|their|your|my)\\s+own)\\b',
    '\\bcook(?:s|ed|ing)?\\s+all\\s+(?:(?:of\\s+)?(?:her|his|their|your|my)\\s+)?(?:own\\s+)?meals\\b',
    '\\bpa(?:y|ys|id|ying)\\s+all\\s+(?:(?:of\\s+)?(?:her|his|their|your|my)\\s+)?(?:own\\s+)?bills\\b',
    '\\bmanag(?:e|es|ed|ing)\\s+(?:all\\s+)?(?:(?:her|his|their|your|my)\\s+)?own\\s+(?:medication|medicines?|money|finances|budget|tenancy)\\b',
  ],
  'gi',
);

/** Big changes a cell asks for at once that make it too much, however few its other tasks. */
export const LIFE_CHANGES_AT_ONCE = 3;

/** Telling someone to stop a behaviour rather than naming the behaviour to reach. */
/** What a family is given: a service named on its own ("FSW support & parenting course", "weekly CAMHS sessions"). */
export const SERVICE_LABEL =
  /\b(?:support(?!\s+(?:network|plan))|course|programme|group|sessions?|visits?|referral|counselling|therapy|mentoring|tuition|respite|input|intervention|package|provision|classes|assessment|meetings?|conference|core\s+group)\b/i;

/** What a house rule forbids: "No smoking in the house". */
const HOUSE_RULE =
  '(?:smoking|vaping|drinking|shouting|hitting|smacking|swearing|fighting|arguing|drug\\s+use|drug\\s+taking)';

export const STOP_BEHAVIOUR = wordAlternatives(
  [
    `\\b(?:stop|stops|cease|ceases|quit)\\s+(?!drinking|using|taking|smoking cannabis|alcohol)[a-z]+ing\\b${SERVICE_NAME_AFTER}`,
    // Ending a thing rather than a doing: "cease all contact with Jason", "stop any contact", "desist from".
    '\\b(?:ceas(?:e|es|ing)|stop(?:s|ping)?|quit(?:s|ting)?)\\s+(?:all|any)\\s+[a-z]+|\\bdesist(?:s|ing)?\\b',
    // Stopping a behaviour named as a noun: "stop anti-social behaviour", "cease his aggressive behaviour".
    '\\b(?:stop|stops|cease|ceases|quit|quits)\\s+(?:(?:his|her|their|my|your|the)\\s+)?(?:[a-z-]+\\s+)?(?:behaviou?rs?|violence|aggression|abuse|offending|bullying|conduct)\\b(?![\\s-]+(?:charts?|plans?|logs?|polic(?:y|ies)|support|team|sheets?|records?|book|contract|management|points?)\\b)',
    // "Refrain from hitting", unless held to the times it matters, as the guidance's own "refrain from drinking
    // alcohol during the times she has sole care of Tony" is.
    '\\b(?:refrain|abstain)(?:s|ing)?\\s+from\\b(?![^.;]*\\b(?:during|while|whilst|when|whenever|before|at\\s+times|on\\s+(?:days|nights))\\b)',
    // Ending a behaviour in other words: "put an end to the arguing", "put a stop to", "bring an end to".
    '\\b(?:put|puts|putting|bring|brings|bringing)\\s+(?:an\\s+end|a\\s+stop)\\s+to\\b',
    // "Must avoid the canal path" (not "in order to avoid", "so as to avoid", which give a reason).
    // (Lookbehinds stand after the words they guard, so they are tried only where those words are.)
    '\\b(?:to|will|must|should|shall)\\s+avoid(?:s|ing)?\\b(?<!\\b(?:as|order)\\s(?:to|will|must|should|shall)\\s+avoid(?:s|ing)?)',
    '\\bno\\s+(?:more|further)\\s+(?:(?:incidents?|instances?|episodes?)\\s+of\\s+)?(?:hitting|shouting|smacking|fighting|arguing|swearing|domestic (?:abuse|violence)|dv|da|violence|arguments|rows)\\b',
    '\\bnot\\s+to\\s+(?:hit|shout|smack|fight|argue|swear)\\b',
    "\\bdon[’']?t\\s+(?:hit|shout|smack|fight|argue|swear)\\b",
    // Avoiding or giving up a behaviour: "avoid getting into fights", "cease contact with Mr X".
    '\\b(?:avoid|avoids|avoiding)\\s+(?!being\\b)[a-z]+ing\\b',
    '\\bceas(?:e|es|ing)\\s+(?:all\\s+)?contact\\b',
    // A rule of the house: "No smoking in the house", "no shouting at bedtime".
    // Less of a behaviour, with nothing to do instead: "Less shouting at home", "fewer arguments".
    `\\b(?:less|fewer)\\s+(?:${HOUSE_RULE}|arguments|rows|fights)\\b`,
    `\\bno\\s+${HOUSE_RULE}\\b(?<=(?:^|[.;:\\n][ \\t]{0,3}|\\bthere\\s+(?:will|should|must)\\s+be\\s+)no\\s+${HOUSE_RULE})`,
  ],
  'gi',
);

export function matches(pattern: RegExp, text: string): boolean {
  return hasMatch(pattern, text);
}

/** What a service gives, named after "receive", "get" or "have": sessions, hours, visits, support. */
// A payment a panel or a service decides ("a kinship allowance", "a setting-up grant") is given, like a session.
const SERVICE_NOUN =
  '(?:allowances?|grants?|sessions?|short\\s+breaks?|support|suport|visits?|counselling|therapy|mentor|mentoring|course|programme|group|place\\s+(?:on|at)|referral|hours?|input|intervention|tuition|advice|worker|service|package|respite|provision|assessment|conference|co-?ordinator|portage|camhs|tutor|iag|guidance)';

/**
 * A service written where the outcome belongs: the child or parent receives, is given, offered,
 * allocated or referred to something, joins it, or will have attended it; or the meeting, referral or
 * assessment itself is what will happen. The change for the child is what the outcome should say.
 */
export const SERVICE_OUTCOME = wordAlternatives(
  [
    // "will receive", and the to-do form plans use as often: "Zak to receive 1:1 support in class".
    // Not a service named only as where or when it happens: "will have her HPV jab at the school session";
    // nor getting oneself somewhere, which is the child's own doing ("get myself to my tutor room").
    `\\b(?:will|to)\\s+(?:continue\\s+to\\s+)?(?:rec(?:ei|ie)ve|get(?!\\s+(?:to|myself|himself|herself|themselves|yourself|ourselves)\\b)|have)\\s+(?:(?!(?:at|during|in|on)\\s)[\\w:'’-]+\\s+){0,6}?${SERVICE_NOUN}\\b`,
    // A service already had, as the outcome: "has had his health assessment", "will have had six sessions".
    `\\b(?:has|have|will\\s+have)\\s+had\\s+(?:(?!(?:at|during|in|on)\\s)[\\w:'’-]+\\s+){0,6}?${SERVICE_NOUN}\\b`,
    // Access to a provision is what is offered, not what changes: "will have access to a quiet room" (unless
    // it says what it is for: "... to a washing machine so the children have clean uniform"; nor a parent's
    // "access to the children", the courts' word for contact).
    '\\b(?:will|to)\\s+(?:continue\\s+to\\s+)?(?:have|get|be\\s+given)\\s+access\\s+to\\b(?!\\s+(?:the|his|her|their|my|your)\\s+(?:children|child|kids|baby|son|daughter|sons|daughters)\\b)(?![^.;]{0,100}\\bso\\b)',
    // A timetable arranged for the child: "Kai to remain on a reduced timetable".
    // ... or had, given or started: "Noah will have a reduced timetable of mornings only".
    '\\b(?:will|to)\\s+(?:(?:remain|stay|be|continue)\\s+on|have|get|start|be\\s+given)\\s+(?:an?\\s+|the\\s+|his\\s+|her\\s+|their\\s+)?(?:reduced|part[- ]time|modified|personalised|bespoke|shortened)\\s+timetable\\b',
    // Being on a service's books: "to be open to CAMHS", "will be known to the YOT".
    '\\b(?:will|to)\\s+(?:continue\\s+to\\s+)?be\\s+(?:open|known)\\s+to\\b',
    '\\b(?:will|to|should|shall)\\s+(?:continue\\s+to\\s+)?be\\s+(?:given|offered|provided(?:\\s+with)?|allocated|assigned|signposted|referred|placed|educated|taught|trained|coached)\\b',
    // ... and in the present, as a target already met: "Leah is referred to the exploitation service and is
    // allocated a worker", "Mum has been offered a place" (a service's decision, not a change for anyone).
    '\\b(?:is|are|has\\s+been|have\\s+been)\\s+(?:offered|allocated|assigned|signposted|referred)\\b',
    // Being seen by a health service: "Jamal will be seen by CAMHS", "to be seen by the paediatrician".
    '\\b(?:will|to|should|shall)\\s+be\\s+seen\\s+(?:by|at)\\s+(?:the\\s+|an?\\s+|his\\s+|her\\s+|their\\s+)?(?:camhs|gp|doctor|dentist|paediatrician|consultant|nurse|school\\s+nurse|health\\s+visitor|optician|specialist|clinic|hospital|psychologist|psychiatrist|therapist|audiology|orthodontist|midwife)\\b',
    // Joining a service: "will go on a parenting course", "to start play therapy".
    // Not a young person's own education: "will start the Level 1 bricklaying course", "start a college course".
    `\\b(?:will|to)\\s+(?:go\\s+on|start|begin|enrol\\s+on|sign\\s+up\\s+(?:to|for))\\s+(?:(?!(?:level|college|university|apprenticeship|btec|gcse|nvq|diploma|degree|a-level)\\b)[\\w:'’-]+\\s+){0,5}?${SERVICE_NOUN}\\b`,
    // A plan or a package in place is the paperwork, not the change: "Individual healthcare plan to be in place".
    // So is a provision in place, however often it runs: "A daily check-in with her mentor will be in place".
    "\\b(?:plan|ihp|ehcp|agreement|package|provision|referral|assessment|contract|check[- ]?in|support|session|visit|meeting|mentor(?:ing)?|timetable|transport|equipment|adaptation|strateg(?:y|ie)|(?:key|trusted)\\s+adult|safe\\s+space|quiet\\s+space|time[- ]out\\s+card|pass|short\\s+break|respite|service|allowance|grant|counselling|therapy|tuition|input|intervention)s?\\b(?:\\s+(?!will\\b|to\\b)[\\w:'’-]+){0,5}?\\s+(?:will|to|should|must)\\s+be\\s+(?:put\\s+)?in\\s+place\\b",
    // The process itself as the outcome: "A referral will be made", "Early Help assessment to be completed", a
    // search or a screening a service runs ("a family-finding search to be done").
    '\\b(?:referrals?|assessments?|meetings?|core\\s+groups?|conferences?|reviews?|searche?s?|screenings?)\\s+(?:will|to)\\s+be\\s+(?:made|completed|done|held|arranged|convened|undertaken|carried\\s+out)\\b',
    // ... and in the present, as a target already met: "any referrals are made by the review", "a network
    // search is completed and a meeting held" (not in a clause of its own: "to her aunt, whose assessment is done",
    // "once the assessment is completed").
    '\\breferrals?\\s+(?:are|is|have\\s+been|has\\s+been)\\s+made\\b',
    '\\b(?:assessments?|meetings?|conferences?|searche?s?|screenings?)(?<!\\b(?:whose|once|when|after|if|until|before|unless)\\s+(?:[\\w-]{1,30}\\s+){0,3}[a-z]+)\\s+(?:are|is|have\\s+been|has\\s+been)\\s+(?:completed|done|held|convened|undertaken|carried\\s+out)\\b',
    // A service that goes on or starts, as the outcome: "IDVA support will continue for Mum", "the sessions
    // will start in March" (what it is for is the outcome).
    '\\b(?:support|sessions?|visits?|counselling|therapy|mentoring|tuition|input|intervention|involvement|short\\s+breaks?|respite|package|provision|service)\\s+(?:will|to|should|shall)\\s+(?:continue|carry\\s+on|start|begin|resume|remain\\s+in\\s+place)\\b',
    // A plan's own paperwork as the outcome: "Healthcare plan to be reviewed", "the EHCP will be updated".
    '\\b(?:plans?|ihp|ehcp|risk\\s+assessments?|agreements?)\\s+(?:will|to)\\s+be\\s+(?:reviewed|updated|rewritten|written|amended|revised)\\b',
    // Taking up what a service funds or offers: "will take up her funded hours", "to take up the offered place"
    // (what the place brings, such as days at nursery or settling in, is the outcome).
    `\\b(?:will|to)\\s+take\\s+up\\s+(?:(?:an?|the|his|her|their|all|full)\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:funded|free|offered)\\s+(?:[\\w-]+\\s+){0,2}?(?:hours|places?|sessions|childcare|entitlement)\\b|\\b(?:will|to)\\s+take\\s+up\\s+(?:the|his|her|their|an?)\\s+(?:offer|entitlement)\\b`,
    `\\bwill\\s+have\\s+(?:attended|completed|been\\s+to|gone\\s+to|finished)\\s+(?:[\\w:'’-]+\\s+){0,5}?(?:courses?|programmes?|groups?|sessions?|classes|appointments?|meetings?)\\b`,
  ],
  'gi',
);

/** An outcome whose subject is a professional ("Staff will prompt", "The school to provide"): what they do, not the change. */
export const PROFESSIONAL_SUBJECT =
  /^\s*(?:the\s+)?(?:(?:staff|school|nursery|college|teachers?|class teacher|teaching assistants?|adults?|professionals|social worker|health visitor|family support worker|key ?worker|key person|senco|school nurse|therapists?|practitioners?|workers?)|(?:[a-z]+\s+)?(?:sw|fsw|hv|pa|iro|dsl|ewo|yw|cpn|idva|nurse|midwife|personal adviser|youth worker|designated teacher|lead professional))\s+(?:will|to|are to|is to|agree to|agrees to|should|must)\s+(?!be\s+able|see\s+(?:him|her|them)\s+)/i;

/** A result stated beside the service: "so that she can", "in order to", "which will mean". */
export const PURPOSE_MARKER =
  /\b(?:so that|so (?:he|she|they|[A-Z][a-z]+) (?:can|will)|in order to|which will (?:help|mean|allow)|resulting in|meaning that)\b/;

/**
 * An occasion someone goes to, which missing is something they do ("won't miss school", "will not miss
 * her appointments"), unlike missing a person or a place, which is a feeling.
 */
const OCCASION =
  '(?:(?:any|a|an|the|her|his|their|my|our|your)\\s+)?(?:[a-z-]+\\s+){0,2}?(?:school|lessons?|college|nursery|classes|appointments?|contact|sessions?|days?|doses?|medication|meetings?|visits?|registration|work|education|training|groups?|the\\s+bus|clubs?|activit(?:y|ies)|practices?|matches|football|rugby|netball|swimming|dance|brownies|guides|scouts|cubs|beavers|rainbows)\\b';
/**
 * After "not", an event to have none of ("will not have any hypos", "won't have any exclusions"), not a relief
 * ("any need to"); "any more" and "any further" have a pattern of their own, which also reads a limit.
 */
const ANY_EVENT = 'ha(?:ve|s)\\s+any\\s+(?!(?:more|fewer|less|further|need|reason|choice|money|time)\\b)[a-z]+';
/** After "not" or "never", words that describe a state or a feeling rather than a behaviour to stop. */
const NOT_A_BEHAVIOUR = `(?:be|been|being|feel|feels|experience|experiencing|need|needs|have|has|know|worry|hesitate|only|just|always|yet|miss(?!\\s+(?!out\\b)${OCCASION})|lose|go\\s+without|want|like|understand)\\b`;
/**
 * What "not be" can still ask someone to stop: "will not be late", "will not be left alone", conduct named by an
 * adjective ("will not be disrespectful", "unkind", "disruptive"; Torbay, positive goals), and a doing in
 * the progressive, which is the doing itself ("will not be drinking", not "will not be experiencing").
 */
const NOT_BE_BEHAVIOUR = `(?:${ANY_EVENT}|be\\s+(?:late|left|rude|drunk|aggressive|violent|abusive|intoxicated|under\\s+the\\s+influence|out\\s+after|in\\s+the\\s+house\\s+when)|be\\s+(?:(?:dis|un|im|in)[a-z]{3,}(?:ful|ive|ous|ant|ent|ite|ind|est|ly)|unkind|hurtful|spiteful|threatening|offensive|destructive|cheeky|nasty|mean)\\b|be\\s+(?!(?:being|feeling|having|experiencing|needing|worrying|going\\s+without|missing\\s+out)\\b)[a-z]{2,}ing\\b|lose\\s+(?:his|her|their|my|your|our)\\s+(?:temper|rag|cool))`;

/**
 * Telling someone what not to do, in every grammatical form: "will not argue", "won't shout", "is not to
 * visit", "must not", "agrees not to", "no longer smokes", "will never leave them alone again".
 */
export const NEGATED_BEHAVIOUR = wordAlternatives(
  [
    `\\b(?:will|shall|must|should|to|agrees?|agreed|promises?|can|may|would)\\s+(?:not|never)\\s+(?:again\\s+|ever\\s+)?(?:${NOT_BE_BEHAVIOUR}|(?!${NOT_A_BEHAVIOUR})[a-z]+)`,
    `\\b(?:is|are)\\s+(?:not|never)\\s+to\\s+[a-z]+`,
    // A ban as an item of a list under one "will:" or "to:" ("...; not drink; not let Dean in;"), or joined to a
    // step by "and" ("go to school more and not get into trouble"): the heading's verb heads the ban too.
    `(?:^|[;\\n•])[ \\t]*(?:-[ \\t]*)?not\\s+(?!to\\b|${NOT_A_BEHAVIOUR}|(?:all|every|only|just|yet|always|enough|too|quite|very|much|many|sure|that|this|the|a|an|known|applicable|needed|required|started|done|agreed|available|met|seen|before|after|until|later|earlier|more|less)\\b)[a-z]+`,
    '\\band\\s+not\\s+(?:get|go|hit|shout|drink|smoke|swear|fight|run|let|bring|argue|steal|carry|hang|kick|throw|damage|take|use)\\b',
    // The to-do form plans use: "Dad not to be late for contact", "Mum agrees not to text him" (not "so as not to").
    `(?<!\\b(?:as|order)\\s)\\bnot\\s+to\\s+(?:${NOT_BE_BEHAVIOUR}|(?!${NOT_A_BEHAVIOUR})[a-z]+)`,
    // A promise in the first person, as a teenager writes it: "I'm not going to get into fights".
    `(?:\\b(?:am|is|are)|[’'](?:m|re|s))\\s+not\\s+(?:going\\s+to|gonna)\\s+(?:${NOT_BE_BEHAVIOUR}|(?!${NOT_A_BEHAVIOUR})[a-z]+)`,
    `\\b(?:isn[’']t|aren[’']t)\\s+(?:going\\s+to|gonna)\\s+(?:${NOT_BE_BEHAVIOUR}|(?!${NOT_A_BEHAVIOUR})[a-z]+)`,
    `\\b(?:won[’']?t|wont|mustn[’']?t|shouldn[’']?t|don[’']?t|doesn[’']?t)\\s+(?:ever\\s+)?(?:${NOT_BE_BEHAVIOUR}|(?!${NOT_A_BEHAVIOUR})[a-z]+)`,
    // The present tense as the goal, written as a fact: "Mum does not use cannabis at home", "the boys do not
    // fight at bedtime" (not a description: "does not currently attend", "does not usually eat breakfast").
    `\\b(?:does|do)\\s+not\\s+(?:ever\\s+)?(?:${NOT_BE_BEHAVIOUR}|(?!${NOT_A_BEHAVIOUR}|currently\\b|usually\\b|often\\b|always\\b|seem|appear)[a-z]+)`,
    // None of an event, as a noun the goal is to have none of: "will have no meltdowns", "to get no
    // detentions" (not a limit, a relief or a feeling: "no more than 2", "no need to", "no worries").
    `\\b(?:will|shall|must|should|to|can)\\s+(?:have|get|cause|receive)\\s+no\\s+(?!(?:more|fewer|less)\\s+than\\b|${NO_EVENT})[a-z-]+s\\b`,
    `\\bno\\s+longer\\s+(?!${NOT_A_BEHAVIOUR})[a-z]+`,
    // A way of living or an event that is to end: "will no longer be sofa surfing", "no longer have tantrums"
    // ("no longer have to share a room" is relief from a duty, not a behaviour).
    `\\bno\\s+longer\\s+(?:be\\s+(?:[a-z]+\\s+)?[a-z]+ing|(?:have|has|get|gets)\\s+(?!to\\b)[a-z]+)\\b`,
    // A state that is to end, as the goal: "will no longer be frightened at night", "no longer be homeless"
    // (not an end to a service or a duty: "no longer be subject to a plan", "no longer be needed").
    `\\bno\\s+longer\\s+be\\s+(?!(?:subject|on|open|known|required|needed|necessary|eligible|entitled|able|allowed|in\\s+need)\\b)[a-z]+`,
    // An event never to happen: "will never have a meltdown", "won't get any exclusions".
    `\\bnever\\s+(?:again\\s+)?(?:have|has|get|gets)\\s+(?:a|an|any)\\s+[a-z]+`,
    // None of an event ever, said of the world: "There will never be another fight at home" (not a limit or a
    // relief: "never be fewer than two staff", "never be a need to").
    `${THERE_NEVER_BE}(?!(?:(?:an?|another|any)\\s+)?(?:need|reason|doubt)\\b|(?:more|fewer|less)\\s+than\\b)(?:(?:an?|another|any)\\s+)?[a-z]+`,
    // An event never to happen, in the passive: "I will never be arrested again", "Kai will never be hit" (not a
    // feeling, or a duty or a relief: "never be scared", "never be expected to").
    `\\bnever\\s+(?:again\\s+)?be\\s+(?!(?:scared|frightened|worried|upset|bored|tired|embarrassed|ashamed|isolated|overwhelmed|stressed|confused|needed|required|expected|asked|forgotten|loved|wanted|able)\\b)(?:[a-z]{2,}(?:ed|en)|hit|hurt|caught|sent)\\b`,
    // Contact that is to end: "will have no contact with", "to make no contact with them".
    `\\b(?:will|shall|must|should|to|agrees?\\s+to)\\s+(?:have|has|make|be\\s+in)\\s+no\\s+(?:contact|communication)\\b`,
    // What there is to be none of: "There will be no dog mess in the home" (not "no more than 2", "no need").
    `\\bno\\s+(?!(?:more|fewer|less)\\s+than\\b|need\\b|charge\\b|cost\\b|change\\b|gap\\b)[a-z]+(?<=\\bthere\\s+(?:will|shall|must|should|is\\s+to|are\\s+to)\\s+be\\s+no\\s+[a-z]+)`,
    // A ban in the passive: "No visitors will be allowed in", "Callum will not be allowed out after 9pm".
    `\\bno\\s+(?:[a-z]+\\s+){1,2}?(?:will|shall|must|should|is|are)\\s+(?:be\\s+)?(?:allowed|permitted)\\b`,
    `\\bnot\\s+be\\s+(?:allowed|permitted)\\s+(?:to|out|in|into|at|near|round|around|over)\\b`,
    // Keeping someone away from the home: "not have Darren at the house", "not to let him into the flat".
    `\\bnot\\s+(?:to\\s+)?(?:have|let|allow|invite)\\s+(?:[a-z'’]+\\s+){1,3}?(?:at|in|into|round|around|over|to|near)\\s+(?:the|her|his|their|my|our|your)\\s+(?:house|home|flat|property|address)\\b`,
    // A heading that governs a list of what not to do: "I will not:", "We agree not to:".
    `\\b(?:will|shall|must|agrees?|promise)\\s+not(?:\\s+to)?[ \\t]{0,3}:`,
    `\\bwon[’']?t[ \\t]{0,3}:`,
    // The absence of an event as the goal: "not to have any more meltdowns", "No further harmful sexual
    // behaviour", "Zero incidents of ..." ("no more than 4 a week" is a limit, and "no further action" a decision).
    `\\b(?:not|never)\\s+(?:to\\s+)?(?:have|get|cause|start|miss)\\s+any\\s+(?:more|further)\\s+(?!than\\b)[a-z]+`,
    `\\b(?:no\\s+(?:more|further)|zero)\\s+(?!than\\b|action\\b|tolerance\\b|need\\b|involvement\\b)[a-z]+`,
    // No one doing it: "Neither parent will speak badly of the other", "no one is to smoke in the car", "none of
    // the children will be late".
    // (Not a promise to a child that telling is safe: "no one will be cross with you", "nobody will be blamed".)
    `\\b(?:neither|nobody|no\\s+one|none\\s+of\\s+(?:the|us|them|our|my|his|her|their|these|those))\\s+(?:[a-z'’]+\\s+){0,2}?(?:will|shall|must|should|is\\s+to|are\\s+to)\\s+(?!be\\s+(?:cross|angry|upset|annoyed|mad|in\\s+trouble|blamed|told\\s+off)\\b)[a-z]+`,
    // ... and as a fact, for an occasion no one is to miss: "None of the children misses football", "nobody
    // misses a session" (missing a person is a feeling: "neither boy misses Dad").
    `\\b(?:neither|nobody|no\\s+one|none\\s+of\\s+(?:the|us|them|our|my|his|her|their|these|those))\\s+(?:[a-z'’]+\\s+){0,2}?miss(?:es)?\\s+${OCCASION}`,
    // Not happening any more: "appointments will not be missed anymore", "will not be sent home again".
    `\\b(?:will|shall|must|should|to)\\s+not\\s+be\\s+[a-z]+(?:ed|en|t)\\s+(?:any\\s?more|again)\\b`,
    // A ban: "banned from having friends round", "not allowed to go to the park".
    `\\b(?:banned|barred|forbidden|prohibited|not\\s+allowed|not\\s+permitted)\\s+(?:from|to)\\s+[a-z]+`,
    `\\bnever\\s+(?:again\\s+)?(?:${NOT_BE_BEHAVIOUR}|(?!${NOT_A_BEHAVIOUR}|again\\b)[a-z]+)`,
    // A rule laid down as a heading, at the start of a cell or a sentence: "No visitors to the property", "No
    // alcohol in the house" (not a limit, a finding or a decision: "No more than 2 hours", "No concerns"; nor
    // a ban that names the way through: "no downloads without Mum's say-so").
    `\\bno\\s+(?!(?:more|fewer|less)\\s+than\\b|${NO_EVENT}|further\\s+action\\b)[a-z-]+\\b(?<=(?:^|[.;\\n•*-][ \\t]{0,3})no\\s+[a-z-]+)(?![^.;\\n]{0,60}\\b(?:without|unless|except)\\b)`,
  ],
  'gi',
);

/**
 * Never drinking or using again is stopping altogether: the guidance's "Mother will stop drinking alcohol" in
 * other words, read as unrealistic (which says why) and not also as a ban, as every labelled set reads it.
 */
export const NEVER_SUBSTANCE =
  /\bnever\s+(?:again\s+)?(?:drinks?\b|drinking\b|(?:use|uses|take|takes|smoke|smokes)\s+(?:any\s+)?(?:illegal\s+|street\s+)?(?:alcohol|drugs|cannabis|weed|cocaine|heroin|spice|ketamine|substances)\b)/i;

/** A negation inside a condition is a plan for when things go wrong, not a demand: "if she cannot attend". */
export const CONDITION_BEFORE = /\b(?:if|unless|when|whenever|whether|in case|where)\b[^.;:,]*$/i;

/**
 * A negation right after "so (that)" or "meaning (that)" and its subject is the reason or the result for a positive step, not the goal:
 * "home by 9 so I don't get breached", "Dad will leave the room so that he does not shout".
 */
export const PURPOSE_BEFORE =
  /\b(?:so(?:\s+that)?|meaning(?:\s+that)?|which\s+(?:will\s+)?means?(?:\s+that)?)\s+(?:[\p{L}'’]+\s+){1,3}$/iu;

/** A positive commitment: "will stay with them", "agrees to ring". Beside a "not", it names what to do instead. */
export const POSITIVE_COMMITMENT =
  /\b(?:will|shall|agrees?\s+to|is\s+to|are\s+to)\s+(?:always\s+|only\s+)?(?!not\b|never\b|no\b|be\s+no\b)[a-z]+/gi;
