// Is an action itself specific? The guidance carries a general outcome only on actions that say what
// will be done (a task, a named service used in a stated way, a behaviour), by whom, how often or by
// when (Practitioner's Guide, "What is SMART?"; DCS guidance, "how the support will be provided, how
// frequently"). "Engage with services", "work with the family", "support Mum with routines" and
// "monitor the situation" say none of that, whoever owns them and whatever the date column says.
import { ownerSpans } from './language';
import { findTimescales, type Timescale } from './timescale';
import { blankSpans, findAll, phraseMatcher, rememberedByText, sentences, type Span } from './text';

export type VagueActionKind = 'engage' | 'work-with' | 'support' | 'monitor' | 'liaise' | 'review' | 'involved';

export interface VagueAction extends Span {
  kind: VagueActionKind;
}

/** Verbs and phrases that name a way of relating to a family rather than something anyone will do. */
const VAGUE_ACTION: Array<[VagueActionKind, RegExp]> = [
  ['engage', /\b(?:engag(?:e|es|ed|ing)\s+(?:with|in|fully|positively)|engagement\s+with)\b/gi],
  ['work-with', /\b(?:work(?:s|ing)?|work\s+together)\s+(?:closely\s+|together\s+)?(?:with|alongside|on)\b/gi],
  [
    'support',
    /\b(?:support(?:s|ing)?|help(?:s|ing)?|assist(?:s|ing)?|encourag(?:e|es|ing)|offer(?:s|ing)?\s+(?:advice|guidance|support|help)|provid(?:e|es|ing)\s+(?:advice|guidance|support|help))\b/gi,
  ],
  ['monitor', /\b(?:monitor(?:s|ed|ing)?|keep(?:s|ing)?\s+an?\s+eye\s+on|oversee(?:s|ing)?|check(?:s|ing)?\s+in)\b/gi],
  ['liaise', /\b(?:liais(?:e|es|ed|ing)|signpost(?:s|ed|ing)?)\b/gi],
  ['review', /\b(?:will|to)\s+be\s+(?:closely\s+)?(?:monitored|reviewed|kept\s+under\s+review|overseen)\b/gi],
  ['involved', /\b(?:be|being|remain|stay|keep)\s+involved\b/gi],
  // A feeling to bring about is no task: "carers to make Jordan feel welcome" (cold2 lac-mh-feel-settled).
  ['support', /\bmak(?:e|es|ing)\s+(?:\w+\s+){0,2}feel\b/gi],
  // An arrangement the reader cannot see: "as per current arrangements", "all actions to continue".
  [
    'involved',
    /\b(?:as\s+per\s+(?:the\s+)?(?:current|existing|previous|usual|last)\s+(?:arrangements?|plan)|(?:all|other)\s+(?:actions|support)\s+to\s+continue|continue\s+as\s+(?:before|now|at\s+present|previously))\b/gi,
  ],
  // Telling someone about a subject, with no sessions, no who and no what they will then do differently.
  [
    'support',
    /\b(?:(?:be|been|being)\s+(?:educated|made\s+aware|taught)\s+(?:about|of|on)|educat(?:e|es|ing)\s+(?:\w+\s+){1,2}(?:about|on)|raise\s+(?:\w+\s+)?awareness)\b/gi,
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

/** The text with people and named services blanked out (same length), so their names are not read as verbs. */
function withoutNames(text: string): string {
  const named = text.replace(NAMES_WITH_VAGUE_WORDS, (m) => ' '.repeat(m.length));
  return blankSpans(named, ownerSpans(named));
}

/** Any vague word at all, before names are set aside: most sentences have none, and skip the masking. */
function mayBeVague(text: string): boolean {
  return VAGUE_ACTION.some(([, pattern]) => {
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
    for (const span of findAll(pattern, masked)) found.push({ ...span, text: text.slice(span.start, span.end), kind });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A sentence names something anyone could see done (with role names set aside, so "family support worker" is not a task). */
/** A way of working named with its topic ("work together on attendance"): the topic is not a task. */
const WORK_ON_TOPIC =
  /\b(?:work(?:s|ing)?|work\s+together)\s+(?:closely\s+|together\s+)?(?:on|with)\s+(?:(?:his|her|their|the|\w+['’]s)\s+)?(?:school\s+)?(?:attendance|weight|homework|activities|sessions?)\b/gi;

/** "Make him feel ...": "make" here is no thing made. */
const MAKE_FEEL = /\bmak(?:e|es|ing)\s+(?:\w+\s+){0,2}feel\b/gi;

function hasConcreteWhat(text: string, names = withoutNames(text)): boolean {
  const masked = names
    .replace(/\bcheck(?:s|ing)?\s+in\b/gi, (m) => ' '.repeat(m.length))
    .replace(WORK_ON_TOPIC, (m) => ' '.repeat(m.length))
    .replace(MAKE_FEEL, (m) => ' '.repeat(m.length));
  CONCRETE_WHAT.lastIndex = 0;
  const found = CONCRETE_WHAT.test(masked);
  CONCRETE_WHAT.lastIndex = 0;
  return found;
}

const SESSION_LENGTH = /\b\d{1,3}(?:\s*-\s*|\s+)?(?:min(?:ute)?s?|hours?|hrs?)\b/i;

/**
 * Help given in a stated dose: how long each time and how often ("support Amir with reading for 20
 * minutes every morning"). That says how the support will be provided and how frequently (DCS guidance),
 * as an EHCP's provision does; "support Mum with routines" says neither.
 */
function isDosedSupport(
  sentence: string,
  vague: VagueAction[],
  timescales: readonly Timescale[] = findTimescales(sentence),
): boolean {
  return (
    vague.length > 0 &&
    vague.every((v) => v.kind === 'support') &&
    SESSION_LENGTH.test(sentence) &&
    timescales.some((t) => t.kind === 'frequency')
  );
}

/**
 * The vague actions in a cell: one per sentence that says how people will relate ("engage with",
 * "support", "monitor") and nothing anyone could see done. Offsets are in the cell's text.
 */
export const vagueActions: (text: string) => readonly VagueAction[] = rememberedByText(vagueActionsIn);

function vagueActionsIn(text: string): VagueAction[] {
  const found: VagueAction[] = [];
  for (const sentence of sentences(text)) {
    if (!mayBeVague(sentence.text)) continue;
    const masked = withoutNames(sentence.text);
    if (hasConcreteWhat(sentence.text, masked)) continue;
    const vague = vagueIn(sentence.text, masked);
    if (isDosedSupport(sentence.text, vague)) continue;
    const first = vague[0];
    if (first) found.push({ ...first, start: sentence.start + first.start, end: sentence.start + first.end });
  }
  return found;
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
  if (!mayBeVague(sentence)) return true;
  const masked = withoutNames(sentence);
  if (hasConcreteWhat(sentence, masked)) return true;
  const vague = vagueIn(sentence, masked);
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
    const timescales = findTimescales(text, planDate);
    known = sentences(text).some((s) =>
      isSpecificSentence(
        s.text,
        timescales
          .filter((t) => t.start >= s.start && t.end <= s.end)
          .map((t) => ({ ...t, start: t.start - s.start, end: t.end - s.start })),
      ),
    );
    if (specificByText.size >= 5000) specificByText.clear();
    specificByText.set(text, known);
  }
  return known;
}
