// Is a statement concrete enough to check? The guidance's test: can everyone see when it has happened
// (someone doing something observable, a number, a date, a frequency)?
import { NEEDS_MET, NUMBER_WORD, OBSERVABLE, VAGUE_AIMS, namesSomeone } from './language';
import { concreteTimescales } from './timescale';
import { blankSpans, findAll, phraseMatcher, rememberedByTextAndDate } from './text';

/** The words of a universal aim ("stay safe", "kept safe") are not something anyone could see done. */
const AIM_WORDS = phraseMatcher(VAGUE_AIMS);
/** Something observable is named outside the words of any universal aim ("develop a plan" still counts). */
function observableOutsideAims(text: string): boolean {
  const observed = findAll(OBSERVABLE, text);
  if (observed.length === 0) return false;
  const aims = [...findAll(AIM_WORDS, text), ...findAll(NEEDS_MET, text)];
  return observed.some((o) => !aims.some((a) => a.start <= o.start && o.end <= a.end));
}

const SPEECH_OBSERVABLE =
  /\b(?:able to\s+(?:say|explain|name|tell|describe|show|recognise|talk)|(?:can|will)\s+(?:say|explain|name|tell|describe))\b/i;

/**
 * A child's age in brackets after a name or a quote ("Zara (8)", "(Kacey, 15)", "(aged 9)"), with or without
 * what else says who they are ("Dexter (8, autistic)", "Alesha (13, cerebral palsy)"), says who the child is,
 * not how much or how often: it is not a number to count progress by.
 */
const AGE_IN_BRACKETS =
  /\(\s*(?:[A-Z][\p{L}'’-]*\s*,?\s*)?(?:aged?\s+)?\d{1,2}\s*(?:yrs?|years?(?:\s+old)?)?(?:,[^(),]{1,40})?\s*\)/gu;

/**
 * A number that is part of a tool's, a form's or a stage's name ("GCP2", "ASQ-3", "KS2", "post-16") names it,
 * not how much or how many: "GCP2 scores to improve" still does not say by how much.
 */
const NUMBER_IN_NAME = /(?<![\p{L}\p{N}])(?:\p{Lu}{2,}-?\d{1,2}|[Pp]ost-?16|[Pp]ost-?18|[Pp]re-?16)(?![\p{L}\p{N}])/gu;

/**
 * A record someone other than the family keeps, made to be counted: a register, attendance figures, a
 * sign-in sheet, test results, a teacher's markbook, a mock grade ("the football coach's register of Josh's
 * attendance", "mock grade in March").
 */
const KEPT_RECORD =
  /\b(?:(?:the|a|school|class|college|nursery|club|group|session|attendance)\s+registers?|registers?\s+of|['’]s\s+registers?|attendance\s+(?:records?|figures?|logs?)|sign[- ]in\s+(?:sheets?|books?)|test\s+results?|mark\s?books?|(?:mock|exam|test|gcse|sats?|termly|end[- ]of[- ]term)\s+(?:grades?|results?|marks?|scores?))\b/i;

/**
 * A note that a row was carried over from an earlier review ("(c/f from Oct review)", "(carried forward)") is
 * the row's history, not a date or a number in the plan: blanked, so offsets stay the same.
 */
const CARRIED_NOTE = /\((?:c\/f|b\/f|carried\s+(?:forward|over)|brought\s+forward)\b[^()]{0,60}\)/gi;

export function withoutCarriedNote(text: string): string {
  return text.includes('(') ? text.replace(CARRIED_NOTE, (m) => ' '.repeat(m.length)) : text;
}

/** A numbered clause's number ("3. Mum and Dad agree ...", "(2) I will ..."): its place in a list, not a count. */
const CLAUSE_NUMBER = /(?<![^\n])[ \t]*\(?\d{1,2}[.)](?=[ \t])/g;

/** Something in the text can be counted: a number, a frequency, a date, or what someone will be able to say. */
// Most rules ask this of the same cells: the answers are remembered.
export const isCountable: (text: string, planDate?: string) => boolean = rememberedByTextAndDate(countable);

function countable(text: string, planDate?: string): boolean {
  const counted = numbersToCount(text);
  return (
    NUMBER_WORD.test(counted) ||
    SPEECH_OBSERVABLE.test(counted) ||
    KEPT_RECORD.test(counted) ||
    concreteTimescales(counted, planDate).length > 0
  );
}

/** The text with numbers that count nothing blanked: clause numbers, ages in brackets, numbers in names. */
function numbersToCount(text: string): string {
  return withoutCarriedNote(text)
    .replace(CLAUSE_NUMBER, (m) => ' '.repeat(m.length))
    .replace(AGE_IN_BRACKETS, (m) => ' '.repeat(m.length))
    .replace(NUMBER_IN_NAME, (m) => ' '.repeat(m.length));
}

/** A number of something, in figures or words: "3", "two", "twice", "half" (not "every"). */
const AMOUNT = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twice|once|half)\b/i;

/**
 * The text gives an amount: a number that is not part of a date, a deadline or a point in the school year ("By
 * the end of Year 1" says when, not how much); a frequency or a length of time keeps its number ("3 times a
 * week"). What a comparison ("more", "wider", "improve") needs to be counted.
 */
export function hasAmount(text: string, planDate?: string): boolean {
  const counted = numbersToCount(text);
  const whens = concreteTimescales(counted, planDate).filter((t) => t.kind !== 'frequency' && t.kind !== 'duration');
  return AMOUNT.test(whens.length ? blankSpans(counted, whens) : counted);
}

/**
 * The text itself gives a number, a frequency or a date to count against ("on 4 days out of 5", "every school
 * day"): a target, not only something someone could be heard to say.
 */
export function hasCount(text: string, planDate?: string): boolean {
  const counted = numbersToCount(text);
  return NUMBER_WORD.test(counted) || concreteTimescales(counted, planDate).length > 0;
}

/**
 * A yes/no fact anyone can check: it has happened or it has not ("will be registered with a GP", "SW to
 * register the children with a dentist", "Reg'd with Dr Patel's surgery", "will have an EHCP in place",
 * "will have had her boosters"), and a check-up or an assessment had, in any tense ("Mia has her health
 * assessment", "gets his hearing test"): it was done or it was not, and the one who did it has the record.
 */
const YES_NO_FACT =
  /\b(?:(?:re-?)?(?:register(?:s|ed|ing)?|reg['’]d|enrol(?:s|led|ling)?|enroll(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,4}?(?:with|at)\s|will\s+(?:be|have\s+been)\s+(?:registered|enrolled|booked|on\s+the\s+[\w\s]{0,20}(?:register|list))|will\s+have\s+(?:had|got|been\s+given|been\s+seen|signed|moved)|(?:will\s+have|has)\s+(?:an?|the|his|her|their)\s+[\w\s'’-]{1,30}\s+in\s+place|(?:has|have|gets?|got|has\s+had|have\s+had|will\s+(?:have|get))\s+(?:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:assessments?|check-?ups?|medicals?|vaccinations?|immunisations?|boosters?|jabs?|scans?|operations?|(?:hearing|eye|sight)\s+tests?))\b/i;

/**
 * A document or an account one holds or not: "has a passport in her own name", "has his own bank account",
 * "gets a provisional driving licence" (a pathway plan's steps to independence).
 */
const HELD_DOCUMENT =
  /\b(?:has|have|gets?|got|holds?|will\s+(?:have|get|hold))\s+(?:an?|the|his|her|their|my)\s+(?:own\s+)?(?:[\w'’-]+\s+){0,2}?(?:passport|birth\s+certificate|bank\s+account|bank\s+card|national\s+insurance\s+number|NI\s+number|photo\s+ID|ID\s+card|(?:provisional\s+)?driving\s+licen[cs]e|tenancy(?:\s+agreement)?|bus\s+pass|travel\s+pass)\b/i;

/** A thing fitted, mended or issued: "a smoke alarm is fitted", "the EHCP is amended", "the boiler has been repaired". */
const THING_DONE =
  /\b(?:is|are|has\s+been|have\s+been|will\s+be)\s+(?:fitted|installed|issued|amended|repaired|replaced|reconnected)\b/i;

export function isYesNoFact(text: string): boolean {
  return YES_NO_FACT.test(text) || HELD_DOCUMENT.test(text) || THING_DONE.test(text);
}

/** Countable, a yes/no fact, or a named person doing something others can see. */
export const isConcrete: (text: string, planDate?: string) => boolean = rememberedByTextAndDate(
  (text, planDate) =>
    isCountable(text, planDate) || isYesNoFact(text) || (observableOutsideAims(text) && namesSomeone(text)),
);

/**
 * Where the evidence will come from: a record, log, book, notes, letter, checklist, chart, list, form, report,
 * score, scale, tally, tracker, certificate, a confirmation or approval (in writing, or by the one who did it),
 * something signed or logged on a system, or a thing seen by someone ("contact forms", "fitting confirmed by the
 * contractor", "date logged on the case system", "Mrs Leach's visitor book", "contact centre session notes", "hospital letter confirming Caleb was
 * seen", "SDQ total score", "the surgery's registration confirmation", "signed repayment plan", "passport seen
 * by the SW").
 */
const EVIDENCE_SOURCE =
  /\b(?:notes|logs?|books?|letters?|check\s?lists?|charts?|lists?|reports?|records?|diar(?:y|ies)|scores?|scales?|sheets?|tall(?:y|ies)|registers?|data|statements?|results?|minutes|assess(?:es|ment)|confirmations?|approvals?|trackers?|certificates?|receipts?|signed|seen\s+by|confirmed\s+(?:by|in\s+writing)|in\s+writing|(?:logged|recorded|entered)\s+(?:on|in|onto)|forms?(?!\s+(?:tutor|teacher|group|time|room|class)\b))\b/i;

/**
 * A log of the acts themselves, each one written down as it is done: "meals cooked and shops done logged in her
 * independence book", "bills paid ticked off on the budget sheet". Beside specific actions, a tally of those
 * acts is a count. (Sessions, visits and appointments attended count the service, not what changes: not these.)
 */
const ACTS_LOGGED =
  /\b(?!(?:sessions|visits|appointments|meetings|groups|classes)\b)\p{L}+s\s+(?:cooked|done|made|completed|washed|cleaned|tidied|packed|paid|bought|planned|read|written)\b[^.;\n]{0,40}?\b(?:logged|recorded|noted|ticked|written\s+down|kept|entered)\b/iu;

/**
 * Marks given for each time the thing happens, kept on a card or a chart ("stamps on the reward card", "ticks
 * on his chart"): a tally, so a count.
 */
export const TOKENS_TALLIED =
  /\b(?:stamps|stickers|ticks|points|tokens|stars|marks)\s+(?:on|in)\s+(?:the|his|her|their|my|a)\s+(?:[\w'’-]+\s+){0,2}?(?:cards?|charts?|sheets?|books?)\b/i;

/**
 * A "How will we know" cell answers the question when it is concrete itself, or when it names where the
 * evidence comes from and the outcome already says what will be counted or seen: the measure need not
 * repeat the number ("Marcel will do the bath on 3 evenings a week" / "Mrs Leach's visitor book"). With no
 * outcome in the row, the action must say what will be done instead.
 */
export function measureAnswers(
  measure: string,
  outcomes: string[],
  actionsSpecific: boolean,
  planDate?: string,
): boolean {
  if (isConcrete(measure, planDate)) return true;
  if (TOKENS_TALLIED.test(measure)) return true;
  if (!EVIDENCE_SOURCE.test(measure)) return false;
  if (actionsSpecific && ACTS_LOGGED.test(measure)) return true;
  return outcomes.length ? outcomes.some((o) => isConcrete(o, planDate)) : actionsSpecific;
}
