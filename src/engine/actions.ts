// Is an action itself specific? The guidance carries a general outcome only on actions that say what
// will be done (a task, a named service used in a stated way, a behaviour), by whom, how often or by
// when (Practitioner's Guide, "What is SMART?"; DCS guidance, "how the support will be provided, how
// frequently"). "Engage with services", "work with the family", "support Mum with routines" and
// "monitor the situation" say none of that, whoever owns them and whatever the date column says.
import { NEEDS_MET, ownerSpans } from './language';
import { findTimescales, type Timescale } from './timescale';
import { blankSpans, findAll, phraseMatcher, rememberedByText, sentences, type Span } from './text';

export type VagueActionKind =
  'engage' | 'work-with' | 'support' | 'monitor' | 'liaise' | 'review' | 'involved' | 'think' | 'address';

export interface VagueAction extends Span {
  kind: VagueActionKind;
}

/** Verbs and phrases that name a way of relating to a family rather than something anyone will do. */
const VAGUE_ACTION: Array<[VagueActionKind, RegExp]> = [
  [
    'engage',
    /\b(?:engag(?:e|es|ed|ing)\s+(?:with|in|fully|positively)|engagement\s+with|co-?operat(?:e|es|ing)\s+(?:fully\s+)?with|compl(?:y|ies|ying)\s+(?:fully\s+)?with)\b/gi,
  ],
  // Not "work" as the name of a piece of work, just after its name in quotes ("the 'my safe adults' work with Paris").
  [
    'work-with',
    /\b(?:work(?:s|ing)?|work\s+together)(?<!['’"”]\s{0,2}work(?:s|ing)?)\s+(?:(?:closely\s+|together\s+)?(?:with|alongside|on)\b|together\b)/gi,
  ],
  // Work of no named kind, about a topic: "do some work with her around keeping safe", "further work on
  // relationships", and in everyday words, "do a few bits with him around his temper", "some things about
  // anger". What the work is (a workbook, a plan written, a course) is unsaid.
  [
    'work-with',
    /\b(?:(?:do|does|doing|carry\s+out|carries\s+out|carrying\s+out|undertake|undertakes|undertaking|complete|completes|completing)\s+)?(?:some|further|more|a\s+few|a\s+bit\s+of)\s+(?:[\w-]+\s+){0,2}?(?:work(?=\s+(?:with|around|about|on|regarding|re)\b)|(?:bits|things|stuff)(?=\s+(?:with|around|about|regarding|re)\b))|\b(?:do|does|doing|carry\s+out|carries\s+out|carrying\s+out|undertake|undertakes|undertaking|complete|completes|completing)\s+work(?=\s+(?:around|about|regarding)\b)/gi,
  ],
  [
    'support',
    /\b(?:support(?:s|ing)?|help(?:s|ing)?|assist(?:s|ing)?|encourag(?:e|es|ing)|promot(?:e|es|ing)|mentor(?:s|ing)?|guid(?:e|es|ing)(?!\s+(?:book|line|notes|sheet))|facilitat(?:e|es|ing)|scaffold(?:s|ing)?|differentiat(?:e|es|ing)|advocat(?:e|es|ing)\s+(?:for|on)|(?:be|being)\s+(?:supported|helped|encouraged)|offer(?:s|ing)?\s+(?:[\w-]+\s+){0,2}?(?:advice|guidance|support|help|input)|provid(?:e|es|ing)\s+(?:[\w-]+\s+){0,2}?(?:advice|guidance|support|help|input))\b/gi,
  ],
  [
    'monitor',
    /\b(?:mon(?:itor|tior|iter)(?:s|ed|ing)?|keep(?:s|ing)?\s+an?\s+eye\s+on|oversee(?:s|ing)?|check(?:s|ing)?\s+in|(?:have|has|having|keep|keeps|keeping)\s+oversight|keep(?:s|ing)?\s+(?:[\w'’]+\s+){0,4}?under\s+review)\b/gi,
  ],
  // "Link up", "link in with": liaising in other words (who contacts whom, about what, is unsaid).
  ['liaise', /\b(?:liais(?:e|es|ed|ing)|signpost(?:s|ed|ing)?|link(?:s|ed|ing)?\s+(?:up|in)\b)/gi],
  [
    'review',
    /\b(?:will|to)\s+be\s+(?:closely\s+)?(?:mon(?:itor|tior|iter)ed|reviewed|kept\s+under\s+review|overseen)\b/gi,
  ],
  ['involved', /\b(?:be|being|remain|stay|keep)\s+involved\b/gi],
  // Influence with no act named (DCS, "how the support will be provided"): bolstering or boosting someone's
  // confidence, building up trust, steering someone towards something, backing a policy or someone's rules.
  // What the worker or parent will do to bolster, steer or back is unsaid.
  [
    'support',
    /\b(?:(?:bolster|boost|build\s+up|raise)(?:s|ed|ing)?\s+(?:[\w'’]+\s+){0,2}?(?:confidence|self-esteem|self-worth|morale|trust)|bolster(?:s|ing)?|build(?:s|ing)?\s+(?:up\s+)?(?:trust|rapport)|steer(?:s|ing)?\s+(?:[\w'’]+\s+){0,2}?(?:towards?|away\s+from|into|onto)|back(?:s|ing)?\s+(?:up\s+)?(?:the|his|her|their|our|my|your|\w*\s*['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:polic(?:y|ies)|rules|approach|decisions?|boundaries|expectations|stance|messages?))\b/gi,
  ],
  // A feeling to bring about is no task: "carers to make Jordan feel welcome" (cold2 lac-mh-feel-settled).
  ['support', /\bmak(?:e|es|ing)\s+(?:\w+\s+){0,2}feel\b/gi],
  // An arrangement the reader cannot see: "as per current arrangements", "all actions to continue".
  [
    'involved',
    /\b(?:as\s+per\s+(?:the\s+)?(?:current|existing|previous|usual|last)\s+(?:arrangements?|plan)|(?:all|other)\s+(?:actions|support)\s+to\s+continue|continue\s+as\s+(?:before|now|at\s+present|previously))\b/gi,
  ],
  // The universal aim in verb form: "meet the children's basic needs", "meet his needs".
  ['support', NEEDS_MET],
  // Help named by an abstract noun and only said to be given: "specialist input from SALT to be provided".
  [
    'support',
    /\b(?:input|advice|guidance|support|intervention|help)\s+(?:[\w'’]+\s+){0,3}?(?:(?:to|will)\s+)?be\s+(?:provided|offered|given)\b/gi,
  ],
  // Telling someone about a subject, with no sessions, no who and no what they will then do differently.
  [
    'support',
    /\b(?:(?:be|been|being)\s+(?:educated|made\s+aware|taught)\s+(?:about|of|on)|educat(?:e|es|ing)\s+(?:\w+\s+){1,2}(?:about|on)|raise\s+(?:\w+\s+)?awareness)\b/gi,
  ],
  // Taking part in something unnamed: "participate in services", "to access support". A named programme
  // ("take part in the Freedom Programme") is not, nor is "access" in a service's name ("dental access
  // service"): only "access" as what someone will do ("to access", "will access", or after a name set aside).
  [
    'engage',
    /\b(?:(?:participat(?:e|es|ing)|take\s+part|takes\s+part|taking\s+part)\s+in\s+(?:the\s+|any\s+|all\s+)?(?:services?|support|work|interventions?|(?:the\s+)?(?:plan|process|planning))|access(?<=(?:^|[^A-Za-z\s]|\b(?:to|will|and|or|can|could|must|should|then))\s*access)(?:es|ing)?\s+(?:the\s+|any\s+|all\s+|appropriate\s+|relevant\s+|local\s+|available\s+|further\s+)?(?:community\s+|specialist\s+|universal\s+|online\s+|professional\s+|additional\s+|extra\s+|external\s+|wider\s+)?(?:services?|support|help|resources|provision|interventions?))\b/gi,
  ],
  // Keeping in touch with no who, what about or how often: "maintain contact", "touch base", "follow up".
  [
    'liaise',
    /\b(?:keep(?:s|ing)?\s+in\s+(?:touch|contact)|maintain(?:s|ing)?\s+(?:regular\s+|good\s+|close\s+|open\s+)?(?:contact|communication|links?)|touch(?:es|ing)?\s+base|follow(?:s|ing)?\s+up|share(?:s|ing)?\s+(?:relevant\s+|any\s+)?information|keep(?:s|ing)?\s+(?:\w+\s+){0,2}(?:updated|informed|up\s+to\s+date))\b/gi,
  ],
  // Help with no what, how or how often: "empower Mum", "receive input", "be a positive role model".
  [
    'support',
    /\b(?:empower(?:s|ing)?|foster(?:s|ing)?\s+(?:a\s+|good\s+|positive\s+)|(?:receive|receives|receiving|have|has|get|gets)\s+(?:some\s+|ongoing\s+|regular\s+|further\s+)?(?:input|advice|guidance)|be\s+(?:given|provided\s+with)\s+(?:some\s+|ongoing\s+)?(?:input|advice|guidance|help)|(?:build|builds|building|develop|form|repair|repairs|repairing|rebuild|rebuilds|rebuilding|mend|mends|mending|restore|restores|restoring)\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+|my\s+|our\s+|your\s+)?(?:positive\s+|trusting\s+|good\s+|working\s+|stronger\s+)?relationships?|(?:be|being|act\s+as)\s+(?:a\s+)?(?:positive\s+|good\s+)?role\s+models?|(?:(?:do|does|doing|complete|completes|completing|carry\s+out|carries\s+out|undertake|undertakes|undertaking)\s+)?(?:some\s+)?(?:direct|1:1|one[- ]to[- ]one|individual)\s+work(?![^.;\n]*\b(?:about|around|on)\s))\b/gi,
  ],
  // Thinking rather than doing: "consider a referral", "reflect on her parenting", "be aware of risks".
  // ("Cooperate with" and "comply with" are read with "engage with", above.)
  [
    'think',
    /\b(?:consider(?:s|ing)?|explor(?:e|es|ing)|reflect(?:s|ing)?\s+(?:on|upon)|think(?:s|ing)?\s+about|look(?:s|ed|ing)?\s+into|look(?:s|ed|ing)?\s+(?:at|for)\s+(?:the\s+|some\s+|possible\s+|different\s+|other\s+)?(?:ways|options|possibilities)\b|get(?:s|ting)?\s+to\s+know|be\s+(?:more\s+)?(?:mindful|aware|conscious)\s+of|(?:develop|develops|developing|gain|gains|gaining|have|has|improve|improves|improving|increase|increases|increasing)\s+(?:an?\s+|his\s+|her\s+|their\s+|my\s+|our\s+|your\s+)?(?:better\s+|greater\s+|own\s+)?(?:understanding|awareness|insight)|understand(?:s|ing)?\s+(?:the|his|her|their|how|why|what)|prioritis(?:e|es|ing)|(?:put|puts|putting)\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+|our\s+)?(?:kids|children|child|baby|family)(?:['’]s?\s+needs)?\s+first|focus(?:es|ing)?\s+on|be\s+(?:open\s+and\s+)?honest(?:\s+and\s+open)?\b|(?:hold|holds|holding|keep|keeps|keeping|bear|bears|bearing)\s+(?:[\w'’]+\s+){1,4}?in\s+mind)\b/gi,
  ],
  // Making sure with nothing said to make sure of ("Mum to make sure."), effort in place of a task ("I will try
  // my best to be a better parent"), appointments or interventions with no service named.
  [
    'address',
    /\b(?:(?:make|makes|making)\s+sure|ensur(?:e|es|ing))(?=\s*(?:[.;\n]|$)|\s+(?:of\s+)?(?:this|that|it)\s*(?:[.;\n]|$|happens))|\btry(?:ing)?\s+(?:my|his|her|their|our|your)\s+(?:best|hardest)\b|\btry\s+harder\b|\bbe\s+a\s+(?:better|good(?:\s+enough)?)\s+(?:parent|mum|mother|dad|father|carer|person)\b/gi,
  ],
  // Behaving "well" or "appropriately", care with only a quality, access with no one giving it, "to sort".
  [
    'address',
    /\bbehav(?:e|es|ing)\s+(?:well|better|appropriately|properly|responsibly|sensibly|nicely)\b|\bprovid(?:e|es|ing)\s+(?:(?:good|good\s+enough|adequate|appropriate|safe|consistent|loving|nurturing|basic|proper|suitable)\s+)?care\b(?=\s*(?:[.;,\n]|$))|\b(?:have|has|having|be\s+given)\s+access\s+to\b|\bsort(?:\s+(?:it|this|things))?(?:\s+out)?(?=\s*(?:[.;\n]|$))/gi,
  ],
  [
    'engage',
    /\b(?:go(?:es)?\s+to|attend(?:s|ing)?|keep(?:s|ing)?)\s+(?:all\s+)?(?:(?:my|his|her|their|your|the)\s+)?appointments\b(?!\s+(?:with|at|for)\b)|\bvarious\s+(?:interventions|strategies|support|activities|services|programmes)\b/gi,
  ],
  // Dealing with a problem without saying how: "address concerns", "make changes", "use strategies". Not
  // "address" as a noun ("her home address", "the address is").
  [
    'address',
    /\b(?:(?<!\b(?:the|an?|her|his|their|my|your|our|its|this|that|same|new|old|home|email|e-mail|postal|current|previous|family|safe|full)\s+|['’]s\s+)address(?:es|ing)?(?!\s+(?:book|list|line|is|was|of|for|where)\b)|tackl(?:e|es|ing)|deal(?:s|ing)?\s+with|(?:make|makes|making)\s+(?:some\s+|any\s+|the\s+)?(?:necessary\s+|positive\s+|needed\s+|required\s+)?(?:changes|improvements|progress)|(?:put|puts|putting)\s+(?:\w+\s+){0,2}(?:strategies|measures|boundaries|things|support|help|provision|interventions)\s+in\s+place|(?:strategies|measures|boundaries|things|interventions)\s+(?:(?:will|to|are\s+to|should|must)\s+)?be\s+put\s+in\s+place|(?:develop|use|uses|using|utilis(?:e|es|ing)|implement(?:s|ing)?|apply|applying|learn|learning)\s+(?:\w+\s+){0,2}(?:strategies|techniques|coping\s+skills)|manag(?:e|es|ing)\s+(?:the\s+|any\s+)?risks?\b|manag(?:e|es|ing)\s+(?:his|her|their|my|the)\s+(?:own\s+)?(?:mental\s+health|drinking|alcohol(?:\s+use)?|drug\s+use|substance\s+use|anxiety|behaviours?|emotions|anger|finances|money|stress)|(?:reinforc(?:e|es|ing)|set(?:s|ting)?)\s+(?:clear\s+|consistent\s+|appropriate\s+|firm\s+)?boundaries|reinforc(?:e|es|ing)\s+(?:[\w'’]+\s+){0,2}(?:expectations|rules|messages?|strategies))\b/gi,
  ],
  // A behaviour named only by its kind: "stop anti-social behaviour", "reduce his risky behaviour". What he
  // will do, or not do, where and when, is unsaid (not the names of orders, contracts or programmes).
  [
    'address',
    /\b(?:anti-?social|challenging|risky|risk-taking|offending|negative|bad|poor|unsafe|problem|problematic|disruptive)\s+behaviou?rs?\b(?![\s-]+(?:orders?|contracts?|agreements?|panels?|teams?|officers?|units?|injunctions?|plans?|charts?|logs?|support|workers?|services?|courses?|programmes?|policy|policies)\b)/gi,
  ],
  // A quality in place of a task: "keep the children safe", "make the stop safer", "use social media in a more
  // positive way" (a manner with no act named), "make contact positive", "show respect", "be
  // patient", "work openly and honestly", "ensure a consistent approach", "take control of his behaviour".
  [
    'address',
    /\b(?:keep(?:s|ing)?\s+(?:[\w'’]+\s+){1,3}?(?:safe|safer|happy|well|healthy|settled)|mak(?:e|es|ing)\s+(?:[\w'’]+\s+){1,3}?(?:positive|enjoyable|pleasant|safe|safer|a\s+(?:positive|good|nice)\s+(?:experience|time))|\bin\s+an?\s+(?:more\s+)?(?:positive|constructive|healthy|healthier|responsible|better|safer|mature|grown-up)\s+(?:way|manner)|(?:show|shows|showing|treat\s+(?:\w+\s+){1,2}with)\s+(?:more\s+)?(?:respect|empathy|warmth|kindness|commitment|willingness)|(?:take|takes|taking|show|shows|showing)\s+(?:(?:an?|more|an\s+active|active|keen|real|greater|genuine)\s+){0,2}interest\s+in|be\s+(?:more\s+)?(?:patient|respectful|consistent|calm|kind|positive|supportive|nurturing|attentive|polite|reliable|proactive|child[- ]focused)|(?:take|takes|taking)\s+(?:control|ownership|charge)\s+of|work(?:s|ing)?\s+(?:more\s+)?(?:openly|honestly|transparently|positively|cooperatively|collaboratively)|ensur(?:e|es|ing)\s+(?:that\s+)?(?:an?\s+|the\s+)?(?:good|consistent|positive|safe|healthy|appropriate|adequate|proper|suitable|nurturing|stable)\s+[\w-]+)\b/gi,
  ],
  // Aims written as the task (Practitioner's Guide, "What is SMART?": an action says what will be done):
  // putting someone first, a nurturing environment with no what, following advice with nothing said of what
  // it is, improving one's own skill with no how ("improve her budgeting"), a place or person "kept safe".
  [
    'address',
    /\bput(?:s|ting)?\s+(?:[\w'’]+\s+){1,3}?first\b|\bprovid(?:e|es|ing)\s+(?:an?\s+|the\s+)?(?:[\w-]+,?\s+(?:and\s+)?)?(?:safe|safer|nurturing|stable|secure|calm|supportive|structured|positive|loving|consistent|appropriate|suitable|good|warm|homely)\s+(?:environment|home|atmosphere|upbringing|setting)\b|\b(?:is|are|be|being|been)\s+kept\s+(?:safe|safer|clean|tidy|well|healthy|settled|happy)\b|\b(?:improv(?:e|es|ing)|strengthen(?:s|ing)?|enhanc(?:e|es|ing))\s+(?:his|her|their|my|our|your)\s+(?:own\s+)?(?!understanding\b|awareness\b|insight\b)[a-z]+(?=\s*(?:[.;,\n]|$)|\s+(?:by\s+(?:\d|the\s+(?:end|next)\b|end\b|next\b)|before\s+\d|within\b|from\s+\d))/gi,
  ],
  [
    'address',
    /\bfollow(?:s|ing)?\s+(?:the\s+|any\s+|all\s+)?(?:[\w'’]+\s+)?(?:advice|guidance|recommendations)\b(?!\s+(?:on|about|to|in|for|sheets?|leaflets?|booklets?|plan|given)\b)/gi,
  ],
];

/**
 * Aims as tasks whose words are also names, so read in the text as written: proving an ability ("show he can
 * parent safely", where "parent" is also a role) and building a network ("build a support network", where
 * "support network" is also a thing's name).
 */
const VAGUE_AIM_IN_NAMES: Array<[VagueActionKind, RegExp]> = [
  [
    'address',
    /\b(?:show(?:s|ing)?|demonstrat(?:e|es|ing)|prov(?:e|es|ing))\s+(?:that\s+)?(?:he|she|they|I|we|mum|dad|[A-Z][a-z]+)\s+(?:can|could|is\s+able\s+to|are\s+able\s+to|am\s+able\s+to|will)\s+(?:parent|care|cope|manage|protect|prioritise|meet|keep|sustain|maintain|change|safeguard|be\s+(?:a\s+)?(?:safe|protective|good|better))\b/gi,
  ],
  [
    'support',
    /\b(?:build|builds|building|develop|develops|developing|grow|widen|extend|strengthen)\s+(?:a\s+|an\s+|her\s+|his\s+|their\s+|my\s+|our\s+|the\s+family['’]s\s+)?(?:own\s+)?(?:wider\s+|informal\s+|stronger\s+|positive\s+|good\s+)?(?:support\s+)?networks?\b/gi,
  ],
];

/** People and services whose names hold a vague verb ("family support worker", "support group"): not verbs. */
const NAMES_WITH_VAGUE_WORDS = phraseMatcher([
  'support worker',
  'family support worker',
  'family support',
  'support group',
  'support groups',
  'support service',
  'learning support assistant',
  'learning support',
  // Scottish schools' role: the "support for learning teacher" (or assistant) is a person, not a way of acting.
  'support for learning',
  'help desk',
  'helpline',
  'engagement worker',
  'work coach',
]);

/** Something anyone could see done: a task, a visit, a record, a place to be. */
const CONCRETE_WHAT = phraseMatcher([
  'attend',
  'attends',
  'attending',
  'take',
  'takes',
  'taking',
  'bring',
  'brings',
  'collect',
  'collects',
  'drop off',
  'walk',
  'walks',
  'drive',
  'write',
  'writes',
  'written',
  'fill in',
  'fills in',
  'complete',
  'completes',
  'apply',
  'applies',
  'book',
  'books',
  'register',
  'registers',
  'make',
  'makes',
  'set up',
  'draw up',
  'cook',
  'cooks',
  'buy',
  'buys',
  'read',
  'reads',
  'show',
  'shows',
  'model',
  'demonstrate',
  'visit',
  'visits',
  'phone',
  'phones',
  'call',
  'calls',
  'ring',
  'rings',
  'text',
  'texts',
  'email',
  'emails',
  'meet',
  'meets',
  'meeting',
  'check',
  'checks',
  'count',
  'weigh',
  'weighs',
  'record',
  'records',
  'note',
  'notes',
  'log',
  'sign',
  'go to',
  'goes to',
  'go with',
  'arrange',
  'arranges',
  'refer',
  'refers',
  'pay',
  'pays',
  'fit',
  'fix',
  'repair',
  'wash',
  'bath',
  'bathe',
  'put',
  'give',
  'gives',
  'teach',
  'teaches',
  'practise',
  'practice',
  'run',
  'runs',
  'hold',
  'holds',
  'carry out',
  'undertake',
  'undertaken',
  'deliver',
  'see',
  'sees',
  'seen',
  'test',
  'tests',
  'screen',
  'send',
  'sends',
  'sent',
  'tell',
  'tells',
  'report',
  'reports',
  'play',
  'sit with',
  'stay with',
  'look after',
  'chart',
  'diary',
  'attendance',
  'weight',
  'sessions',
  'session',
  'homework',
  'activities',
  'exercises',
  'games',
]);

/**
 * "Support" or "help" naming a thing, a person or a giver rather than a way of acting: before what it names
 * ("care & support plan", "adoption support SW", "support fund", "help line") or as the help someone gives
 * ("with help from the welfare rights officer", "with the support of Nan").
 */
const SUPPORT_AS_NAME =
  /\b(?:support|help)\s+(?:plans?|workers?|teams?|funds?|services?|packages?|officers?|leads?|agency|agencies|hubs?|networks?|staff|groups?|lines?|desk|SW|FSW|PA)\b|\bwith\s+(?:the\s+)?(?:help|support)\s+(?:from|of)\b/g;

/**
 * Help to do something named: "help Connor pick a club by 26/3", "support Mum to fill in the form". The act
 * helped with is the action (ways of coping, managing or engaging are not acts anyone could see done).
 */
const HELPED_ACT =
  /^(?:help(?:s|ing)?|support(?:s|ing)?|assist(?:s|ing)?|guid(?:e|es|ing))\s+(?:[A-Z][\p{L}'’-]+|him|her|them|mum|dad|the\s+(?:child|children|family|parents?|carers?))\s+(?:to\s+)?(?!(?:with|in|on|around|through|and|at|for|about|as|to|by|if|when|where|so|manage|cope|engage|improve|understand|develop|work|address|think|reflect|consider|feel|keep|maintain|stay|be|become|access|move|progress|settle|regulate)\b)[a-z]+(?:\s+(?:in|up|out|on))?\s+(?:a|an|the|his|her|their|my|one|\d)\b/u;

/**
 * Help that is itself a bodily act, taking someone somewhere or through their care: "help her to bed", "help
 * Nan into the bath", "assist him up the stairs", "help Zak get dressed". Anyone could see it done.
 */
const HELPED_PLACE =
  /^(?:help(?:s|ing)?|assist(?:s|ing)?)\s+(?:[A-Z][\p{L}'’-]+|him|her|them|me|mum|dad|nan|grandad)\s+(?:(?:to|into|onto|in|out\s+of|up|down|off)\s+(?:the\s+|her\s+|his\s+|their\s+|my\s+)?(?:bed|bath|shower|toilet|car|bus|stairs|table|wheelchair|pool)\b|(?:get\s+)?(?:dressed|undressed|washed|showered|bathed)\b)/u;

/**
 * Help named by the activity it is given in, who gives it and when: "one-to-one swimming support in the pool
 * from the swimming instructor each Thursday". An EHCP's provision written as the act, the person and the time.
 */
const ACTIVITY_HELP =
  /\b(?:swimming|reading|writing|handwriting|spelling|dressing|toileting|feeding|eating|washing|bathing|shopping|cooking|travel|mobility|physio(?:therapy)?)\s+(?:support|help)\s*$/i;
const HELP_GIVER =
  /^(?:support|help)\b[^.;]{0,40}?\b(?:from|by|with)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[\p{L}-]+/iu;

function namedHelp(sentence: string, span: Span): boolean {
  if (HELPED_PLACE.test(sentence.slice(span.start))) return true;
  return (
    ACTIVITY_HELP.test(sentence.slice(Math.max(0, span.start - 24), span.end)) &&
    HELP_GIVER.test(sentence.slice(span.start)) &&
    findTimescales(sentence).length > 0
  );
}

/**
 * A check-in with someone at a moment that is named: "check in with me 5 minutes after the task starts",
 * "check in with Ava at the start of each lesson". The act, the person and the time are all said.
 */
const CHECK_IN_AT =
  /^[Cc]heck(?:s|ing)?\s+in\s+with\s+(?:me|him|her|them|[A-Z][\p{L}'’-]+)\s+(?:(?:\d{1,2}|two|three|five|ten)\s+min(?:ute)?s?\s+(?:after|before|into)\b|at\s+(?:the\s+)?(?:start|end|beginning)\s+of\s+(?:each|every|the)\b)/u;

/**
 * "Help" or "Support" with a capital after another capitalised word is a service's own name ("Family Help",
 * "Early Help", "Kinship Support"), not a way of acting.
 */
const SERVICE_PROPER_NAME = /\b\p{Lu}[\p{L}'’-]*[ \t]{1,3}(?:Help|Support)\b/gu;

/** The text with people and named services blanked out (same length), so their names are not read as verbs. */
function withoutNames(text: string): string {
  const named = text
    .replace(SERVICE_PROPER_NAME, (m) => ' '.repeat(m.length))
    .replace(NAMES_WITH_VAGUE_WORDS, (m) => ' '.repeat(m.length))
    .replace(SUPPORT_AS_NAME, (m) => ' '.repeat(m.length));
  return blankSpans(
    named,
    ownerSpans(named).filter(
      (span) => !ROLE_AS_VERB.test(span.text) || !AFTER_TO.test(named.slice(Math.max(0, span.start - 12), span.start)),
    ),
  );
}

/** A role that is also a doing word, after "to" or "will": "Youth worker to mentor Tyler" names a way of acting. */
const ROLE_AS_VERB = /^mentor(?:s|ing)?$/i;
const AFTER_TO = /\b(?:to|will|would|can|and|also)\s+$/i;

const EVERY_VAGUE_PATTERN = [...VAGUE_ACTION, ...VAGUE_AIM_IN_NAMES];

/** Any vague word at all, before names are set aside: most sentences have none, and skip the masking. */
function mayBeVague(text: string): boolean {
  return EVERY_VAGUE_PATTERN.some(([, pattern]) => {
    pattern.lastIndex = 0;
    const found = pattern.test(text);
    pattern.lastIndex = 0;
    return found;
  });
}

/** The vague ways of acting in one sentence, once names like "family support worker" are set aside. */
function vagueIn(text: string, masked = withoutNames(text)): VagueAction[] {
  const found: VagueAction[] = [];
  for (const [kind, pattern] of VAGUE_ACTION) {
    for (const span of findAll(pattern, masked)) {
      if (kind === 'support' && HELPED_ACT.test(text.slice(span.start))) continue;
      if (kind === 'support' && namedHelp(text, span)) continue;
      if (kind === 'monitor' && CHECK_IN_AT.test(text.slice(span.start))) continue;
      found.push({ ...span, text: text.slice(span.start, span.end), kind });
    }
  }
  for (const [kind, pattern] of VAGUE_AIM_IN_NAMES)
    for (const span of findAll(pattern, text)) found.push({ ...span, kind });
  return found.sort((a, b) => a.start - b.start);
}

/**
 * What a vague phrase is about is not a task either: "work together on attendance", "promote good
 * attendance", "focus on his homework". (Whom it helps to do what is left alone: "daily support to walk to
 * school with Rosie" and "help Mum apply to the fund" say what the help is.)
 */
const VAGUE_PHRASE_REACH =
  /(?:\s+(?:together|closely))?(?:\s+(?:on|with|about))?\s+(?:(?:his|her|their|the|good|better|regular|school|\w+['’]s)\s+){0,2}(?:attendance|weight|homework|activities|sessions?)\b/iy;

/**
 * A way of working named with its topic ("work together on attendance", "monitor attendance", "liaise with
 * school re Harley's attendance", "promote positive activities"): the topic is not a task. Words in between
 * stop at "to" or "and", so "support Mum to attend sessions" keeps its task.
 */
const WORK_ON_TOPIC =
  /\b(?:work(?:s|ing)?(?:\s+together)?|monitor(?:s|ing)?|keep(?:s|ing)?\s+an?\s+eye\s+on|oversee(?:s|ing)?|liais(?:e|es|ing)|signpost(?:s|ing)?|support(?:s|ing)?|encourag(?:e|es|ing)|promot(?:e|es|ing)|steer(?:s|ing)?)\s+(?:(?!to\b|and\b)[\w'’]+\s+){0,4}?(?:attendance|weight|homework|activities|sessions?)\b/gi;

/**
 * Watching and passing on whatever worries the watcher ("monitor ... and report concerns", "keep an eye on
 * his presentation and report to SW") does not say what will be looked at or told: the report is no task.
 */
const MONITOR_THEN_REPORT =
  /\b(?:monitor(?:s|ing)?|keep(?:s|ing)?\s+an?\s+eye\s+on|oversee(?:s|ing)?)\b[^.;]{0,80}?\band\s+(?:to\s+)?(?:report|feed\s*back|pass\s+on|share)\s+(?:any\s+)?(?:concerns?|worries|to\b)/gi;

/**
 * When a vague thing is done is not what is done: "reinforce boundaries with Mum during home visits", "at
 * each session". (A visit or a session that is itself the action, "SW to visit weekly", is not after
 * "during", "at" or "in".) Nor is a deadline named by a meeting: "work openly with professionals by the next
 * review meeting" says when, not what will be done.
 */
const OCCASION =
  /\b(?:during|at|in|on|by|before|until)\s+(?:(?:the|her|his|their|each|every|all|any|weekly|fortnightly|monthly|home|school|these|those|next|review|planning)\s+){0,3}(?:visits?|sessions?|meetings?)\b/gi;

/**
 * What someone is encouraged or persuaded to do is theirs, not the encourager's task: "encourage parents to
 * visit", "motivate Tendai to take more responsibility". The encouraging is what the action asks for.
 */
const ENCOURAGED_ACT =
  /\b(?:encourag(?:e|es|ing)|motivat(?:e|es|ing)|urg(?:e|es|ing)|persuad(?:e|es|ing))\s+[^.;,\n]{0,60}?\bto\s+[^.;,\n]*/gi;

/** "Make sure" is "ensure": a wish that something happen, not a doing word ("make sure things move forward"). */
const MAKE_SURE = /\bmak(?:e|es|ing)\s+sure\b/gi;

/** The vague phrases of a sentence (on its text with names set aside), each with what it reaches over. */
function vagueReach(names: string, vague: readonly Span[]): Span[] {
  return vague.map((span) => {
    VAGUE_PHRASE_REACH.lastIndex = span.end;
    const reach = VAGUE_PHRASE_REACH.exec(names);
    return reach ? { ...span, end: span.end + reach[0].length } : span;
  });
}

/** A sentence names something anyone could see done (with role names set aside, so "family support worker" is not a task). */
function hasConcreteWhat(
  text: string,
  names = withoutNames(text),
  vague: readonly VagueAction[] = vagueIn(text, names),
): boolean {
  // The vague phrase itself is set aside: "make changes", "take part in services" and "complete direct
  // work" hold a doing word, but what is done is still unsaid. Topics are read in the text as written,
  // where "Mum to" still stops "support Mum to attend sessions".
  const topics = [
    ...findAll(WORK_ON_TOPIC, text),
    ...findAll(MONITOR_THEN_REPORT, text),
    ...findAll(NEEDS_MET, text),
    ...findAll(OCCASION, text),
    ...findAll(MAKE_SURE, text),
    ...findAll(ENCOURAGED_ACT, text),
  ];
  const left = blankSpans(names, [...vagueReach(names, vague), ...topics]);
  const seen = findAll(CONCRETE_WHAT, left);
  // Meeting or visiting is when the work happens, not what it is: "meet Niamh every Wednesday and do some work
  // with her around keeping safe" says when, but not what they will do.
  if (vague.some((v) => v.kind === 'work-with') && seen.every((w) => OCCASION_VERB.test(w.text))) return false;
  return seen.length > 0;
}

/** Verbs that name only an occasion for work (a meeting, a visit), not the work done there. */
const OCCASION_VERB = /^(?:meet|meets|meeting|visit|visits|see|sees|seen)$/i;

const SESSION_LENGTH = /\b\d{1,3}(?:\s*-\s*|\s+)?(?:min(?:ute)?s?|hours?|hrs?)\b/i;

/**
 * Help given in a stated dose: how long each time and how often ("support Amir with reading for 20
 * minutes every morning"). That says how the support will be provided and how frequently (DCS guidance),
 * as an EHCP's provision does; "support Mum with routines" says neither.
 */
function isDosedSupport(
  sentence: string,
  vague: readonly VagueAction[],
  timescales: readonly Timescale[] = findTimescales(sentence),
): boolean {
  return (
    vague.length > 0 &&
    vague.every((v) => v.kind === 'support' || v.kind === 'work-with') &&
    SESSION_LENGTH.test(sentence) &&
    timescales.some((t) => t.kind === 'frequency')
  );
}

/**
 * A review held on a named day by a named person ("to be reviewed by Alaw Jones (SW) with Megan and Dad on
 * 21.4.27 at 3.30pm") is a meeting anyone could see happen: who checks progress and when are both said.
 */
/**
 * A meeting with its own members, named as where the review happens ("reviewed at the core group on 23/03",
 * "at the child protection conference on ..."): who reviews is said by the meeting's name.
 */
const NAMED_MEETING =
  /\b(?:at|by)\s+(?:the\s+)?(?:next\s+)?(?:core\s+groups?|(?:child\s+protection|review)\s+conferences?|CLA\s+reviews?|LAC\s+reviews?|PEP\s+meetings?|TAC\s+meetings?|TAF\s+meetings?|annual\s+reviews?)\b/i;

function isReviewMeeting(sentence: string, vague: readonly VagueAction[]): boolean {
  return (
    vague.length > 0 &&
    vague.every((v) => v.kind === 'review') &&
    (ownerSpans(sentence).length > 0 || NAMED_MEETING.test(sentence)) &&
    findTimescales(sentence).some((t) => t.kind === 'date')
  );
}

/**
 * A sentence's vague ways of acting and whether it also names something concrete; undefined when it has no
 * vague word at all. Read once per sentence: the vague rule and the row's specific action both asked, and the
 * concrete test read the vague phrases again.
 */
const vagueReading = rememberedByText(
  (sentence: string): { concrete: boolean; vague: readonly VagueAction[] } | undefined => {
    if (!mayBeVague(sentence)) return undefined;
    const masked = withoutNames(sentence);
    const vague = Object.freeze(vagueIn(sentence, masked));
    return { concrete: hasConcreteWhat(sentence, masked, vague), vague };
  },
);

/**
 * The vague actions in a cell: one per sentence that says how people will relate ("engage with",
 * "support", "monitor") and nothing anyone could see done. Offsets are in the cell's text.
 */
export const vagueActions: (text: string) => readonly VagueAction[] = rememberedByText(vagueActionsIn);

function vagueActionsIn(text: string): VagueAction[] {
  const found: VagueAction[] = [];
  for (const sentence of sentences(text).flatMap(listItems)) {
    const reading = vagueReading(sentence.text);
    if (!reading || reading.concrete) continue;
    const { vague } = reading;
    if (isDosedSupport(sentence.text, vague) || isReviewMeeting(sentence.text, vague)) continue;
    const first = vague[0];
    if (first) found.push({ ...first, start: sentence.start + first.start, end: sentence.start + first.end });
  }
  return found;
}

function commaCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf(','); at >= 0; at = text.indexOf(',', at + 1)) count++;
  return count;
}

/**
 * A to-do list in one sentence ("Mum will get the children up at 7, take them to school, ..., engage with the
 * drug service, ...") is judged item by item: one concrete task does not make the others concrete.
 * A sentence with fewer than four commas is one sentence.
 */
function listItems(sentence: Span): Span[] {
  // Counted before any match is made: most sentences have no comma.
  if (commaCount(sentence.text) < 4) return [sentence];
  const commas = [...sentence.text.matchAll(/,/g)].map((m) => m.index);
  const items: Span[] = [];
  let from = 0;
  for (const end of [...commas, sentence.text.length]) {
    const raw = sentence.text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body)
      items.push({ start: sentence.start + from + lead, end: sentence.start + from + lead + body.length, text: body });
    from = end + 1;
  }
  return items;
}

/** One sentence is a specific action: something to do that anyone could see done, with no open timescale. */
export function isSpecificAction(sentence: string): boolean {
  return isSpecificSentence(sentence, findTimescales(sentence));
}

/** Words that join a who and a when without saying what will be done: "Mum and Dad, weekly from ...". */
const JOINING_WORDS =
  /^(?:and|or|by|from|until|till|to|with|the|a|an|each|every|on|at|in|of|for|then|also|both|all|w\/c|wc|starting|start|commencing|ending|end|latest|no|later|than|before|after|weekly|daily|monthly|fortnightly|termly)$/i;

/** A who-and-when and nothing else ("FSW (Jenna), weekly from 05.01.27", "School, this term"): it names no task. */
function onlyWhoAndWhen(sentence: string, timescales: readonly Span[]): boolean {
  return (
    blankSpans(sentence, [...ownerSpans(sentence), ...timescales])
      .replace(/\([^()]*\)/g, ' ') // [^()]: a run of "(((((" with no ")" stays linear
      .split(/[^\p{L}/]+/u)
      .filter(Boolean)
      // A role's initials ("FSW", "SW") name a who, as "Jenna" in brackets does.
      .every((word) => JOINING_WORDS.test(word) || /^\p{Lu}{2,5}$/u.test(word))
  );
}

/** `timescales`: those of the sentence, with offsets in the sentence. */
function isSpecificSentence(sentence: string, timescales: readonly Timescale[]): boolean {
  if (sentence.split(/\s+/).filter(Boolean).length < 3) return false;
  if (onlyWhoAndWhen(sentence, timescales)) return false;
  if (timescales.some((t) => t.kind === 'open')) return false;
  const reading = vagueReading(sentence);
  if (!reading || reading.concrete) return true;
  const { vague } = reading;
  return vague.length === 0 || isDosedSupport(sentence, vague, timescales);
}

/**
 * At least one action in these cells is itself specific. Each cell's timescales are found once (the row
 * has already asked for them, with its plan date) and each sentence takes those within it: what a
 * timescale covers does not depend on the plan date, only the day it names does.
 */
export function hasSpecificAction(texts: readonly string[], planDate?: string): boolean {
  return texts.some((text) => holdsSpecificAction(text, planDate));
}

const specificByText = new Map<string, boolean>();

function holdsSpecificAction(text: string, planDate?: string): boolean {
  let known = specificByText.get(text);
  if (known === undefined) {
    // Sentences and timescales both come in order: one pass hands each sentence those within it (filtering
    // every timescale for every sentence was quadratic on a pasted cell of "fortnightly. fortnightly. ...").
    const timescales = findTimescales(text, planDate);
    let next = 0;
    known = sentences(text).some((s) => {
      while (next < timescales.length && timescales[next].start < s.start) next++;
      const within: Timescale[] = [];
      for (let i = next; i < timescales.length && timescales[i].start < s.end; i++) {
        const t = timescales[i];
        if (t.end <= s.end) within.push({ ...t, start: t.start - s.start, end: t.end - s.start });
      }
      return isSpecificSentence(s.text, within);
    });
    if (specificByText.size >= 5000) specificByText.clear();
    specificByText.set(text, known);
  }
  return known;
}
