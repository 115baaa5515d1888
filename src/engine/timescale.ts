// Dates and timescales in en-GB plans. chrono-node's en-GB parser reads the dates ("23.7.18",
// "13/04/20", "31st August"); the patterns below add what plans say that it does not read as a
// timescale: frequencies ("fortnightly", "every Thursday"), durations ("for the next 12 weeks"),
// deadlines relative to the plan ("by the next review", "by the end of term") and open timescales
// ("ongoing", "ASAP"), which the guidance asks us to avoid.
import * as chrono from 'chrono-node';
import { quickDates as datesWithSlashesAlone } from './quickDates';
import {
  MATCH_LIMIT,
  blankSpans,
  findAll,
  hasMatch,
  phraseMatcher,
  rememberedByText,
  rememberedByTextAndDate,
  type Span,
  wordAlternatives,
} from './text';

export type TimescaleKind = 'date' | 'deadline' | 'frequency' | 'duration' | 'relative' | 'time' | 'open';

export interface Timescale extends Span {
  kind: TimescaleKind;
  /** For dates and deadlines: the day meant, as ISO yyyy-mm-dd. */
  date?: string;
}

// A number the author still has to fill in ("every [2] weeks") reads as the timescale it will be.
const NUMBER =
  '(?:\\d{1,3}|\\[\\d{1,3}\\]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|few|couple of)';
const UNIT =
  '(?:working days?|school days?|days?|nights?|weeks?|months?|years?|hours?|terms?|half[ -]terms?|sessions?)';
const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)s?';
/** The plan's own events that recur on its schedule: "at every lesson" is as often as the lessons are. */
const EVENT = '(?:lesson|session|contact|visit|meeting|appointment|class|group|handover|review|PEP)';
const PERIOD = `(?:day|night|morning|evening|afternoon|week|weekend|weekday|fortnight|month|quarter|year|term|half[ -]term|school day|meal|visit|session|contact|appointment|meeting|review|lesson|class|handover|TAF|TAC|CIN|core group|${DAY})`;

// A span of the plan's own time ("the first 3 months", "in 6-8 weeks"), not a count of sessions.
const SPAN_UNIT = '(?:working days?|school days?|days?|nights?|weeks?|months?|years?|terms?|half[ -]terms?)';
const RANGE = `${NUMBER}\\s*(?:-|–|to|or)\\s*${NUMBER}`;
/** A number, or a range ("6-8"): the first number is tried once, not once for each. */
const NUMBER_OR_RANGE = `${NUMBER}(?:\\s*(?:-|–|to|or)\\s*${NUMBER})?`;

const DATE_AFTER_DAY =
  '\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[/.-]\\s*\\d|\\s+(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))';

// One word boundary for all the alternatives (wordAlternatives).
const FREQUENCY = wordAlternatives(
  [
    // Round the clock: "24/7" (which chrono read as 24 July).
    '\\b(?:half[ -]|twice[ -]|bi-?)?(?:daily|nightly|weekle?y|fortnightle?y|monthle?y|termly|quarterly|yearly|annually)\\b|\\b24\\s*/\\s*7\\b',
    `\\b(?:every|each|once a|twice a|once per|per)\\s+(?:other\\s+|\\d{1,2}(?:st|nd|rd|th)\\s+|second\\s+|third\\s+)?(?:${NUMBER_OR_RANGE}\\s+)?${PERIOD}s?\\b`,
    // "twice a week", "3 times per week", "2x per week", "x2 a week".
    `\\b(?:once|twice|x\\s*\\d{1,2}|${NUMBER}(?:\\s+times?|\\s*x))\\s+(?:a|per|each|every)\\s+${PERIOD}\\b`,
    `\\b${NUMBER}\\s+(?:sessions?|visits?|meetings?|times?|classes?|lessons?|mornings?|evenings?|afternoons?|nights?)\\s*(?:,\\s*)?(?:a|per)\\s+${PERIOD}\\b`,
    // A dose is how often: "3 x 15 mins a week", "20 minutes a day".
    `\\b${NUMBER}\\s*(?:x\\s*${NUMBER}\\s*)?(?:mins?|minutes?|hrs?|hours?)\\s+(?:a|per|each|every)\\s+${PERIOD}\\b`,
    // Each of the plan's recurring events, named with a word or two: "every PE lesson", "each supervised contact",
    // "each of the sessions".
    `\\b(?:every|each)\\s+(?:[\\w'’-]+\\s+){1,2}${EVENT}s?\\b`,
    // A When cell that opens with all of them: "All sessions", "At all contact sessions".
    `\\ball(?<=(?:^|[\\n;:•,–—-])\\s*(?:(?:at|in|during|for)\\s+)?all)\\s+(?:(?:of\\s+)?(?:the|his|her|their)\\s+)?(?:[\\w'’-]+\\s+)?${EVENT}s\\b`,
    `\\b${DAY}\\s*(?:-|to|–)\\s*${DAY}\\b`,
    // "on Tuesdays" recurs; "on Saturday 09/01/2027" is that one date.
    `\\bon\\s+${DAY}\\b(?!,?\\s*${DATE_AFTER_DAY})`,
    '\\b(?:before|after)\\s+(?:every|each)\\s+\\w+',
    // Each time the event comes: "each time he is late", "every time he has symptoms".
    '\\b(?:each|every)\\s+time\\b',
  ],
  'gi',
);

// Each alternative is tried at every word of every cell: they are few, and share what they can.
const DURATION = wordAlternatives(
  [
    `\\b(?:run\\s+for|for|over|within|by|before|until|till)\\s+(?:the\\s+)?(?:next\\s+)?${NUMBER_OR_RANGE}\\s+${UNIT}\\b`,
    // Counted from the plan: "(in the) first 3 months", "in 6-8 weeks".
    `\\bfirst\\s+${NUMBER}\\s+${SPAN_UNIT}\\b|\\bin\\s+${RANGE}\\s+${SPAN_UNIT}\\b`,
    `\\b${NUMBER}\\s+${UNIT}\\s+(?:of|from|after|before)\\b`,
  ],
  'gi',
);

// What follows "by", "at", "before", "until" and the like to make a point in the plan's time. One
// alternative with the words before it in common: tried at every word of every cell, each alternative
// of its own cost about as much again.
const AFTER_CUE = [
  // "by the next review", "before the next CIN meeting", "at her next CLA review"; the meeting named in the
  // plan's own words, up to three of them: "by the next SEN support review", "at next Child's Plan meeting".
  String.raw`(?:the\s+|her\s+|his\s+|their\s+)?(?:next|first|following)\s+(?:[\w'’-]+\s+){0,3}(?:review|meeting|core group|conference|TAF|TAC|CIN|RHA|IHA|appointment|visit|session|PEP|hearing)`,
  // The meetings of a plan, named: "by the RCPC", "at the CIN review", "before the final hearing", "at the 6-week review".
  String.raw`(?:the\s+|her\s+|his\s+|their\s+)?(?:RCPC|ICPC|IRH|core group(?:\s+meeting)?|(?:(?:initial|review)\s+)?(?:child protection|CP)\s+conference|final hearing|annual\s+review|(?:\d{1,2}|three|six|twelve)[ -](?:weeks?|weekly|months?|monthly)\s+review|(?:CIN|CP|CLA|LAC|TAF|TAC|IRO|PEP|EHCP?|statutory|pathway plan|professionals[’']?|network)\s+(?:review\s+meeting|meeting|review))`,
  String.raw`(?:the\s+)?(?:end|start|beginning)\s+of\s+(?:this\s+|the\s+|next\s+|her\s+|his\s+|their\s+)?(?:term|half[ -]term|month|week|school year|academic year|year(?!\s?\d)|holidays?|course|programme|assessment|group|placement|sessions|order|sentence|licence|contract|agreement|plan)`,
  // The baby's birth and coming home: "before the birth", "before baby is born", "by baby's discharge".
  String.raw`(?:the\s+|her\s+|his\s+|(?:the\s+)?baby['’]s\s+)?(?:birth|discharge)|(?:the\s+)?baby\s+(?:is\s+born|is\s+discharged|goes\s+home|comes\s+home)`,
  // The school year: "by the February half term", "before Easter", "by the end of the summer term", "by Xmas".
  String.raw`(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?(?:february|feb|october|oct|may|whitsun|christmas|xmas|easter|summer|autumn|spring|school)\s+(?:half[ -]term|term|holidays?|hols)(?:\s+\d{4})?`,
  String.raw`(?:christmas|xmas|easter|new year|half[ -]term|the\s+summer\s+holidays?)`,
  // The child's age: "before she turns 18", "by the time he is 16", "by her 18th birthday"; not "when she
  // is 10 minutes late".
  String.raw`(?:she|he|they|\w+)\s+(?:turns|reaches)\s+(?:age\s+)?\d{1,2}|the\s+time\s+(?:she|he|they|\w+)\s+(?:turns|reaches|is)\s+\d{1,2}`,
  String.raw`(?:her|his|their|\w+['’]s)\s+\d{1,2}(?:st|nd|rd|th)\s+birthday`,
  // The child's next stage: "before she starts school", "when he moves up to secondary".
  String.raw`(?:she|he|they|\w+)\s+(?:starts?|goes\s+to|moves?\s+(?:up\s+)?to)\s+(?:school|nursery|reception|college|secondary(?:\s+school)?|high\s+school|big\s+school)`,
].join('|');

const RELATIVE = wordAlternatives(
  [
    String.raw`\b(?:by|at|before|until|till|to|after|ahead of|in time for|from|during|on|when)\s+(?:${AFTER_CUE})\b`,
    // A cell that starts with the plan's next meeting, in a When column: "next LAC review" is "by" it.
    // The plan's own review, and a school term's: "until the review", "by review", "at the spring PEP"; not "to
    // review", which is work to do.
    String.raw`\b(?:by|before|until|till|at|ahead of|in time for)\s+(?:the\s+)?(?:(?:autumn|spring|summer)\s+(?:term\s+)?)?(?:review|PEP|IEP\s+review)\b`,
    // After the owner too: "Head Teacher – next meeting", "SENCo, next IEP review".
    String.raw`\b(?:next|following)(?<=(?:^|[\n;:•,–—-])\s*(?:(?:the|her|his|their)\s+)?(?:next|following))\s+(?:[\w'’-]+\s+){0,3}(?:review|meeting|core group|conference|TAF|TAC|CIN|RHA|IHA|PEP|hearing)\b`,
    // The life of the agreement itself: "within the contract period", "for the length of the contract".
    String.raw`\b(?:within|during|throughout|for|over)\s+(?:the\s+|this\s+)?(?:(?:length|duration|life|term|period)\s+of\s+(?:the\s+|this\s+|my\s+|our\s+)?(?:contract|agreement|order|plan|placement|programme|course)|(?:contract|agreement|order)\s+period)\b`,
    // A school term with no year is the next such term; "Spring 1" is its first half: "Spring term", "Summer 2",
    // "Spring 2027". Not "Summer" or "Autumn" alone, which name children.
    String.raw`\b(?:autumn|spring|summer)\s+(?:(?:term|half[ -]?term)\b(?:\s+(?:[12]|\d{4})\b)?|[12]\b(?![/.:]\d)|\d{4}\b)`,
    // A key stage's or school year's end, and the next stage of education: "by end of KS3", "by the end of Key Stage 2", "Post-16".
    String.raw`\b(?:(?:by|before|until|till)\s+(?:the\s+)?(?:(?:end|start|beginning)\s+of\s+(?:the\s+)?)?|(?:end|start|beginning)\s+of\s+(?:the\s+)?)(?:KS|key\s+stage|year|yr)\s?\d{1,2}\b`,
    // A school year named by its years: "2026/27 academic year", "academic year 2026-27".
    String.raw`\b20\d{2}\s*[/-]\s*(?:20)?\d{2}\s+(?:academic|school)\s+year\b|\b(?:academic|school)\s+year\s+20\d{2}\s*[/-]\s*(?:20)?\d{2}\b`,
    String.raw`\b(?:by|before|from|until)\s+post[ -]?16\b(?!\s+[a-z])|\bpost(?<=(?:^|[\n;:•,–—-])\s*post)[ -]?16\b(?=\s*[.)]?\s*$)`,
    String.raw`\b(?:this|next|the summer|the autumn|the spring)\s+(?:term|half[ -]term)\b(?:\s+\d{4}\b)?`,
    String.raw`\b(?:spring|summer|autumn)\s+(?:term|half[ -]term)\s+\d{4}\b|\b(?:this|next)\s+(?:academic|school)\s+year\b`,
    // The school year: "by Yr 7", "before he starts Year 7"; not "in Year 6", the class a child is in.
    String.raw`\b(?:by|before|until|till)\s+(?:year|yr|y)\s?\d{1,2}\b|\b(?:starts?|starting|moves?\s+(?:up\s+)?to|transition\s+to)\s+(?:year|yr|y)\s?\d{1,2}\b`,
    String.raw`\b(?:in|over)\s+the\s+(?:christmas|xmas|easter|summer|school|october|february|may)\s+(?:half[ -]term|holidays?|hols)\b`,
    // Days counted from the start of a safety plan: "Day 1–5", "on days 1-7", "day 3".
    '\\bdays?\\s+\\d{1,3}(?:\\s*(?:[-–—]|to|and)\\s*(?:day\\s+)?\\d{1,3})?\\b',
    '\\bon\\s+the\\s+day\\s+of\\b',
    `\\b(?:starting|from|commencing)\\s+(?:on\\s+)?${DAY}\\b`,
    '\\b(?:today|tomorrow|next week|next month)\\b',
    // Starting now is a timescale: "immediately", "with immediate effect".
    '\\b(?:immediately|with immediate effect|straight away|from now on)\\b',
    // A date the author still has to fill in counts: the rewrite has put the question in the right place.
    '\\[(?:by\\s+)?(?:dd/mm/yyyy|date|new date|by date)[^\\]]{0,20}\\]',
  ],
  'gi',
);

// A month with no day: "by end of March", "by mid-Feb 2027", "early March", "from Jan", "by Sept 2027",
// "by Mar-27". A month name counts only with a word before it that makes it a time (alone, "June will
// attend" names someone), and not when a day follows it ("by March 5th" is chrono's) or when it is
// someone doing something ("support from May (FSW)", "by June to ring").
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_TIME = new RegExp(
  '\\b((by|before|until|till|due(?:\\s+by)?|deadline|no later than|on or before|in|during|from|starting(?:\\s+in)?|commencing(?:\\s+in)?|beginning(?:\\s+in)?)\\s+(?:the\\s+)?)?' +
    '(?:(end|start|beginning|middle|mid|early|late)(?:\\s*-\\s*|\\s+of\\s+(?:the\\s+)?|\\s+))?' +
    `${MONTH_NAME}\\b(?:\\s*(?:,\\s*)?(\\d{4})|-(\\d{2})|\\s*[’'](\\d{2}))?(?!\\d|\\s*(?:[/.-]\\s*)?\\d)` +
    // "by Feb half term" is the holiday (RELATIVE), not the month's end.
    "(?![’']s|\\s*\\((?!\\d)|\\s+(?:to|will|and|&|has|is|who|said|says|agreed|half[ -]?terms?)\\b)",
  'gi',
);
const MONTH_INDEX: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const DEADLINE_WORD = /^(?:by|before|until|till|due|deadline|no|on)/i;
const START_WORD = /^(?:from|starting|commencing|beginning)/i;

/** The last day of a month (1-12). */
function monthEnd(year: number, month: number): number {
  return new Date(year, month, 0, 12).getDate();
}

/**
 * The year of a month named without one: that month of the plan's year, or of the next year once it is
 * past. With no plan date there is no telling which year, so no day is given.
 */
function yearOfMonth(month: number, planDate: string | undefined): number | undefined {
  const plan = parseIsoDate(planDate);
  if (!plan) return undefined;
  return plan.getMonth() + 1 <= month ? plan.getFullYear() : plan.getFullYear() + 1;
}

/** The day a month stands for: its end for a deadline (the most it can mean), its start for a start. */
function dayOfMonth(year: number, month: number, position: string, deadline: boolean): string {
  const at = position.toLowerCase();
  let day: number;
  if (at === 'start' || at === 'beginning') day = 1;
  else if (at === 'mid' || at === 'middle') day = 15;
  else if (at === 'early') day = deadline ? 10 : 1;
  else if (at === 'end' || at === 'late' || deadline) day = monthEnd(year, month);
  else day = 1;
  return isoDay(new Date(year, month - 1, day, 12));
}

/** Most cells name no month: this quick look spares them the full pattern, tried at every word. */
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

function monthTimes(text: string, planDate: string | undefined): Timescale[] {
  const found: Timescale[] = [];
  if (!MONTH_WORD.test(text)) return found;
  MONTH_TIME.lastIndex = 0;
  for (let match = MONTH_TIME.exec(text); match && found.length < MATCH_LIMIT; match = MONTH_TIME.exec(text)) {
    const [whole, before = '', cue = '', position = '', name, full, dashed, quoted] = match;
    if (!cue && !position) continue;
    const month = MONTH_INDEX[name.slice(0, 3).toLowerCase()];
    const short = dashed ?? quoted;
    const year = full ? Number(full) : short ? 2000 + Number(short) : yearOfMonth(month, planDate);
    const deadline = START_WORD.test(cue)
      ? false
      : DEADLINE_WORD.test(cue) || (!cue && position.toLowerCase() === 'end');
    // The span is the time itself, as chrono's are ("by [end of March]"): a suggestion replaces only that.
    const span: Timescale = {
      start: match.index + before.length,
      end: match.index + whole.length,
      text: whole.slice(before.length),
      kind: deadline ? 'deadline' : 'date',
    };
    if (year !== undefined) span.date = dayOfMonth(year, month, position, deadline);
    found.push(span);
  }
  return found;
}

/** Counts written as words, up to twelve ("a week" is one). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** A count as written ("12", "[2]", "six"); undefined for "a few". */
function countOf(word: string): number | undefined {
  const bare = word.replace(/[[\]]/g, '').toLowerCase();
  return /^\d+$/.test(bare) ? Number(bare) : NUMBER_WORDS[bare];
}

/** The day a span counted from the plan runs to ("12 weeks" from 02/12/2026 is 24/02/2027); undefined for terms. */
function spanEnd(planDate: string | undefined, count: number | undefined, unit: string): string | undefined {
  const date = parseIsoDate(planDate);
  if (!date || count === undefined) return undefined;
  const u = unit.toLowerCase();
  if (/^(?:working|school)/.test(u)) date.setDate(date.getDate() + Math.ceil((count * 7) / 5));
  else if (u.startsWith('day') || u.startsWith('night')) date.setDate(date.getDate() + count);
  else if (u.startsWith('week')) date.setDate(date.getDate() + 7 * count);
  else if (u.startsWith('month')) date.setMonth(date.getMonth() + count);
  else if (u.startsWith('year')) date.setFullYear(date.getFullYear() + count);
  else return undefined;
  return isoDay(date);
}

/**
 * A duration standing as the timescale itself, alone or after its owner: "12 weeks", "SW – 2 weeks", "Within
 * 6-8 weeks.". The guidance asks whether work is to be done "within 10 days, 10 weeks, or 10 months": a span
 * in the When column is that, counted from the plan. Only the last part of a cell is tried, and only if short.
 */
const BARE_SPAN = new RegExp(
  `^(?:(?:within|in)\\s+)?(?:the\\s+next\\s+)?(${NUMBER})(?:\\s*(?:-|–|to|or)\\s*(${NUMBER}))?\\s+(${SPAN_UNIT})\\s*[.)]?$`,
  'i',
);
const BARE_SPAN_LONGEST = 40;

interface LastPart {
  start: number;
  text: string;
}

/**
 * The last part of a cell, after its owner ("SW – 2 weeks", "Everyone, all the time"), when it is short: after
 * the last "\n", ";", ":", ",", "–", "—", " - " or "(". Only the last few characters are looked at, since a
 * part ending further back is too long anyway: searching the whole cell for each mark cost more than the patterns.
 */
function lastPart(text: string): LastPart | undefined {
  const trimmed = text.trimEnd();
  const length = trimmed.length;
  let from = 0;
  for (let at = Math.max(0, length - BARE_SPAN_LONGEST - 3); at < length; at++) {
    const c = trimmed.charCodeAt(at);
    // \n ; : , – — (
    if (c === 10 || c === 59 || c === 58 || c === 44 || c === 0x2013 || c === 0x2014 || c === 40)
      from = Math.max(from, at + 1);
    else if (c === 32 && trimmed.startsWith(' - ', at)) from = Math.max(from, at + 3);
  }
  if (length - from > BARE_SPAN_LONGEST) return undefined;
  const tail = trimmed.slice(from);
  return { start: from + (tail.length - tail.trimStart().length), text: tail.trim() };
}

function bareSpan(part: LastPart | undefined, planDate: string | undefined): Timescale[] {
  const match = part && BARE_SPAN.exec(part.text);
  if (!part || !match) return [];
  const [whole, first, last, unit] = match;
  const found = whole.replace(/[\s.)]+$/, '');
  const start = part.start;
  const span: Timescale = { start, end: start + found.length, text: found, kind: 'duration' };
  const date = spanEnd(planDate, countOf(last ?? first), unit);
  if (date) span.date = date;
  return [span];
}

/** The months a school term (or its first or second half) runs from and to, at the most it can mean. */
const TERM_MONTHS: Record<string, [number, number, number, number, number, number]> = {
  // season: whole term from, to; first half from, to; second half from, to.
  autumn: [9, 12, 9, 10, 11, 12],
  spring: [1, 4, 1, 2, 2, 4],
  summer: [4, 7, 4, 5, 6, 7],
};
const TERM_IN_SPAN =
  /\b(?:(start|beginning)\s+of\s+(?:the\s+)?)?(autumn|spring|summer)(?:\s+(?:term|(half[ -]?term)))?(?:\s+([12])\b)?(?:\s+(\d{4}))?/i;

/**
 * The day a school term read as a timescale stands for: its last day at the most it can mean ("Spring term" is
 * done by the end of April at the latest), or its first for "the start of". A term with no year is the next
 * such term not yet over on the plan date; with neither a year nor a plan date, no day is given.
 */
function termDay(spanText: string, planDate: string | undefined): string | undefined {
  const match = TERM_IN_SPAN.exec(spanText);
  if (!match) return undefined;
  const [, starting, season, halfTerm, half, written] = match;
  const months = TERM_MONTHS[season.toLowerCase()];
  // "Spring half term" is the holiday halfway through: the end of the first half.
  const part = half === '2' ? 4 : half === '1' || halfTerm ? 2 : 0;
  const [fromMonth, toMonth] = [months[part], months[part + 1]];
  const day = (year: number) =>
    starting
      ? isoDay(new Date(year, fromMonth - 1, 1, 12))
      : isoDay(new Date(year, toMonth - 1, monthEnd(year, toMonth), 12));
  if (written) return day(Number(written));
  const plan = parseIsoDate(planDate);
  if (!plan) return undefined;
  const thisYear = plan.getFullYear();
  const endThisYear = isoDay(new Date(thisYear, toMonth - 1, monthEnd(thisYear, toMonth), 12));
  return day(endThisYear >= isoDay(plan) ? thisYear : thisYear + 1);
}

// Open and missing timescales. The guidance names "ongoing" ("not a definitive timescale") and "ASAP" as words
// to avoid: each gives a time, but no point at which to check progress. That is an open timescale: going on
// with no end ("ongoing", "until further notice", "all the time") or waiting on no date ("ASAP", "as needed",
// "when available"). "TBC", "to be agreed" give no time at all, only that one is still to be set: like an
// empty When cell, the timescale is missing (no-timescale), and "X to be arranged" in an action is the work.
const OPEN = phraseMatcher([
  'ongoing',
  'on going',
  'on-going',
  'asap',
  'a.s.a.p',
  'as soon as possible',
  'as soon as practicable',
  'as and when',
  'as and when required',
  'when needed',
  'when required',
  'as required',
  'as needed',
  'as necessary',
  'when necessary',
  'when possible',
  'where possible',
  'in due course',
  // Going on with no end: "until further notice". Waiting on something with no date: "when available".
  'until further notice',
  'till further notice',
  // No end in other words: "for the foreseeable future", "for the time being", "for as long as it is needed".
  'for the foreseeable future',
  'foreseeable future',
  'for the time being',
  'until further review',
  'as long as needed',
  'as long as necessary',
  'as long as required',
  'as long as it is needed',
  "as long as it's needed",
  'as long as they are needed',
  'as long as it takes',
  'when available',
  'once available',
  'at some point',
  'in the future',
  'eventually',
  'continuous',
  'continuously',
  'throughout',
  'no end date',
  'open ended',
  'indefinitely',
]);

/** Words that sound like timing but give none: "regularly" says nothing of how often. */
export const VAGUE_FREQUENCY = phraseMatcher([
  'regularly',
  'regular',
  'on a regular basis',
  'frequently',
  'often',
  'from time to time',
  'periodically',
  'occasionally',
  'sometimes',
  'at times',
]);

const DEADLINE_CUE = /\b(?:by|before|no later than|until|till|due|deadline|completed by|on or before)\s*$/i;
const START_CUE = /\b(?:starting|start|from|commencing|begin(?:ning)?|started)\s*(?:on\s*)?$/i;
const MONTH_OR_DAY_ONLY =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** A date as yyyy-mm-dd, in local time. */
export function isoDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

// The plan date is parsed for every cell of every rule: remember each date's time (a fresh Date each call,
// since callers may move it).
const isoTime = rememberedByText((iso) => parseIsoUncached(iso)?.getTime(), 1000);

export function parseIsoDate(iso: string | undefined): Date | undefined {
  const time = iso ? isoTime(iso) : undefined;
  return time === undefined ? undefined : new Date(time);
}

function parseIsoUncached(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

// chrono reads at most this much of a cell, a piece at a time, and stops once it has found enough dates:
// dates sit in the first few thousand characters of any real cell, and the bounds keep a pasted
// 100,000-character cell (or one of nothing but "today today ...") fast.
const CHRONO_LIMIT = 5000;
const CHRONO_PIECE = 1000;
const CHRONO_RESULTS = 50;

/**
 * What must stand by a number for chrono to read a date or time there ("05/01", "5th", "6 Jan", "3pm",
 * "at 10", "in 2 weeks", "2027"). chrono's results without a digit are dropped, so a text whose numbers
 * have none of these beside them is not given to chrono at all: most numbers in plans are counts.
 */
const TIME_UNIT = '(?:sec|min|hour|hr|day|week|wk|fortnight|month|quarter|year|yr|decade|weekend)';

const DATE_HINT = new RegExp(
  [
    String.raw`\d\s*[/.:\-\u2013\u2014]\s*\d`,
    String.raw`\d\s*(?:st|nd|rd|th|am|pm|a\.m|p\.m|h|o[’']?\s*clock)`,
    String.raw`(?:at|from|to|until|till|by|before|after|around|between|for|in|within)\s*\d`,
    String.raw`\d{4}|[+-]\s*\d|\d\s*(?:after|past|before|to|till|until)`,
    // Words that make a number near them a date or time, wherever they stand.
    String.raw`jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|noon|night|morning|evening`,
    String.raw`today|tomorrow|yesterday|now|ago|later|hence`,
    // A unit of time counts beside a number ("6 weeks") or after the, next, last or this ("12 last week").
    String.raw`\d\s*${TIME_UNIT}|(?:the|next|last|this|past|coming|following)\s*(?:\S+\s+)?${TIME_UNIT}`,
  ].join('|'),
  'i',
);

/** Whether chrono could read a date or time with a digit in this text (false: it certainly cannot). */
export function mayHoldDate(text: string): boolean {
  return /\d/.test(text) && DATE_HINT.test(text);
}

function chronoDates(text: string, reference: Date, plan: Date | undefined): Timescale[] {
  if (!mayHoldDate(text.slice(0, CHRONO_LIMIT))) return [];
  const found: Timescale[] = [];
  const limit = Math.min(text.length, CHRONO_LIMIT);
  for (let from = 0; from < limit && found.length < CHRONO_RESULTS;) {
    const to = pieceEnd(text, from, limit);
    if (mayHoldDate(text.slice(from, to))) chronoPiece(text, from, to, reference, plan, found);
    from = to;
  }
  return found.slice(0, CHRONO_RESULTS);
}

/** Where the piece starting at `from` ends: after a full stop, semicolon or line break, else a space. */
function pieceEnd(text: string, from: number, limit: number): number {
  if (limit - from <= CHRONO_PIECE) return limit;
  const window = text.slice(from, from + CHRONO_PIECE);
  const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf(';'), window.lastIndexOf('\n'));
  if (sentence > CHRONO_PIECE / 2) return from + sentence + 1;
  const space = window.lastIndexOf(' ');
  return space > CHRONO_PIECE / 2 ? from + space + 1 : from + CHRONO_PIECE;
}

const MONTH_BEFORE_DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]+(?=\d{1,2}\/\d{1,2}\/\d{2,4}\b)/gi;

function chronoPiece(
  text: string,
  from: number,
  to: number,
  reference: Date,
  plan: Date | undefined,
  found: Timescale[],
): void {
  // "30 th June 18": a stray space before an ordinal suffix; chrono reads it once the space is gone.
  // "05.01.27" and "1.2.27" with dots: chrono reads "from 05.01" as a time and "1.2.27" not at all, so
  // the dots of a three-part date become slashes (the same length: positions still match).
  const cleaned = text
    .slice(from, to)
    .replace(/(\d) (st|nd|rd|th)\b/g, '$1$2 ')
    .replace(/\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b/g, '$1/$2/$3')
    // "start on May 04/05/20": chrono joins the month to the day before the date and reads 4 May 2005;
    // the date is all there in figures, so the month name is blanked (to spaces: positions still match).
    .replace(MONTH_BEFORE_DATE, (m) => ' '.repeat(m.length));
  for (const read of quickDates(cleaned) ?? chronoReads(cleaned, reference)) {
    const start = Math.min(from + read.index, text.length);
    const end = Math.min(from + read.index + read.text.length, text.length);
    const before = text.slice(Math.max(0, start - 30), start);
    if (isFraction(read.text, before, text.slice(end, end + 20))) continue;
    const kind: TimescaleKind = read.onlyTime ? 'time' : DEADLINE_CUE.test(before) ? 'deadline' : 'date';
    const span: Timescale = { start, end, text: text.slice(start, end), kind };
    if (kind !== 'time') {
      if (START_CUE.test(before)) span.kind = 'date';
      const month = monthOfYear(read.text, span.kind === 'deadline', plan);
      if (month !== null) span.date = month ?? read.date;
    }
    found.push(span);
  }
}

/**
 * "3/27", "03/2027": a month and year, which chrono reads as 27 March of the plan's year (a day and
 * month the other way round, as in the US) or as the 1st. en-GB has no month/day, so a second number
 * above 12 is a year; as a deadline the month runs to its end.
 */
const MONTH_YEAR = /^\s*(\d{1,2})\s*\/\s*(\d{4}|\d{2})\s*$/;

/** Further from the plan date than this, a month and year in figures is something else ("by 5/20"). */
const PLAUSIBLE_YEARS = 5;

/** The day of a month and year in figures; undefined when the text is not one; null when it is far too far from the plan to be one. */
function monthOfYear(text: string, deadline: boolean, plan: Date | undefined): string | null | undefined {
  const match = MONTH_YEAR.exec(text);
  if (!match) return undefined;
  const month = Number(match[1]);
  const written = Number(match[2]);
  if (month < 1 || month > 12 || (match[2].length === 2 && written <= 12)) return undefined;
  // Two-digit years as chrono reads them in full dates ("12/05/99" is 1999).
  const year = match[2].length === 4 ? written : (written > 50 ? 1900 : 2000) + written;
  // "by 5/20" in a plan of 2026 is not May 2020: a US day (20 May) perhaps, or nothing; no day is safer
  // than a deadline six years gone. A span still, so the row is not called untimed.
  if (plan && Math.abs(year + (month - 1) / 12 - (plan.getFullYear() + plan.getMonth() / 12)) > PLAUSIBLE_YEARS)
    return null;
  return dayOfMonth(year, month, '', deadline);
}

// "9/10 sessions", "3/4 of the time", "scored 7/10": a fraction, which chrono reads as a day and month.
const COUNTED_AFTER =
  /^\s*(?:of\b|%|(?:sessions?|appointments?|visits?|days?|nights?|times?|meetings?|classes|lessons?|groups?|hours?|hrs?|minutes?|mins?|meals?|school days|points?|marks?|words?|spellings?|questions?|targets?)\b)/i;
const SCORED_BEFORE = /\b(?:score[sd]?|scoring|rated?|rating|out of|scale(?: of)?)\s*(?:of\s*)?$/i;

function isFraction(read: string, before: string, after: string): boolean {
  return /^\d{1,2}\s*\/\s*\d{1,2}$/.test(read) && (COUNTED_AFTER.test(after) || SCORED_BEFORE.test(before));
}

interface DateRead {
  index: number;
  text: string;
  /** A time of day with no day: "at 3pm". */
  onlyTime?: boolean;
  /** The day meant, ISO yyyy-mm-dd. */
  date: string;
}

/**
 * chrono's British English reader without its "3 days ago" and "2 weeks later" parsers. A plan's "later"
 * and "after" are after some event ("3 days after the birth"), not after the plan date, so those readings
 * were wrong when they came; and V8 takes about 150 ms to compile each of the two patterns the second time
 * they run, which a pane paid on its first check of any plan with a date chrono reads (571 ms against 223 ms
 * for a two-row plan in a fresh process). The two are found by their patterns' final "(?:ago|..." and
 * "(?:later|...", since class names do not survive minification; test/engine/timescale.test.ts checks
 * exactly two go.
 */
export const PLAN_CHRONO: chrono.Chrono = (() => {
  const plan = chrono.en.GB.clone();
  // Told apart by their patterns' last words, read as text: running a pattern to test it would compile it,
  // the very cost this avoids.
  const endsIn = (parser: (typeof plan.parsers)[number], words: RegExp) =>
    words.test(parser.pattern({ option: {}, text: '', reference: { instant: new Date(2027, 0, 1) } } as never).source);
  plan.parsers = plan.parsers.filter((parser) => !endsIn(parser, /\(\?:(?:ago|later)\|/));
  return plan;
})();

/** What chrono reads with a digit in it. */
function chronoReads(text: string, reference: Date): DateRead[] {
  const reads: DateRead[] = [];
  for (const result of PLAN_CHRONO.parse(text, reference, { forwardDate: false })) {
    const textFound = result.text.trim();
    // A month or weekday name alone is not a date here: "June will attend" names a person.
    if (MONTH_OR_DAY_ONLY.test(textFound)) continue;
    if (!/\d/.test(textFound)) continue;
    const onlyTime =
      !result.start.isCertain('day') && !result.start.isCertain('month') && result.start.isCertain('hour');
    reads.push({ index: result.index, text: result.text, onlyTime, date: isoDay(result.start.date()) });
  }
  return reads;
}

/** Dates read without chrono (quickDates.ts), when chrono would read them the same. */
function quickDates(text: string): DateRead[] | undefined {
  return datesWithSlashesAlone(text)?.map(({ index, text: found, year, month, day }) => ({
    index,
    text: found,
    date: isoDay(new Date(year, month - 1, day, 12)),
  }));
}

function patternSpans(pattern: RegExp, text: string, kind: TimescaleKind): Timescale[] {
  return findAll(pattern, text).map(({ start, end, text: found }) => ({ start, end, text: found, kind }));
}

/** Every timescale in a text, in order. Frequencies and durations win over the dates inside them. */
// Several rules ask about the same cell: the answers are remembered.
export const findTimescales: (text: string, planDate?: string) => readonly Timescale[] =
  rememberedByTextAndDate(scanTimescales);

function scanTimescales(text: string, planDate?: string): Timescale[] {
  const plan = parseIsoDate(planDate);
  const reference = plan ?? new Date(2000, 0, 1, 12);
  const part = lastPart(text);
  const ours = [
    ...bareSpan(part, planDate),
    ...openTimescales(text),
    ...patternSpans(FREQUENCY, text, 'frequency'),
    ...patternSpans(DURATION, text, 'duration'),
    ...patternSpans(RELATIVE, text, 'relative').map((span) => {
      const day = termDay(span.text, planDate);
      return day ? { ...span, date: day } : span;
    }),
    ...monthTimes(text, planDate),
  ];
  // chrono joins a frequency or duration to the date after it ("every Friday until 28/03/2027" reads as a
  // range from Friday): it is shown the text with our own spans blanked, so the deadline stays a deadline.
  // Blanked with '|', not spaces, or chrono would join what stood either side ("for 20 minutes [every
  // morning] until 31/03/2027" read as one range).
  const all = [...ours, ...chronoDates(blankSpans(text, ours, '|'), reference, plan)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  // Sorted by start, a span overlaps a kept one exactly when it starts before the furthest end kept so far:
  // one pass, where searching every kept span for every span found was quadratic on "ASAP ASAP ASAP ...".
  const kept: Timescale[] = [];
  let keptEnd = -1;
  for (const span of all) {
    if (span.start < keptEnd) continue;
    kept.push(span);
    keptEnd = Math.max(keptEnd, span.end);
  }
  return kept;
}

export const concreteTimescales: (text: string, planDate?: string) => readonly Timescale[] = rememberedByTextAndDate(
  (text, planDate) => findTimescales(text, planDate).filter((t) => t.kind !== 'open'),
);

/**
 * Open only as the whole timescale, alone or after the owner: going on with no end ("all the time", "at all
 * times", "rolling", "long term", "for now") or waiting on no date ("soon", "when a space comes up", "when she feels ready", "once a
 * worker is allocated"). In a sentence "at all times" is a standard ("safe at all times") and "when" a condition
 * ("when Mum has been drinking"); a When that waits on a point the plan can name ("when he starts school", "when
 * she turns 18") is that point, and "once a fortnight" how often.
 */
const OPEN_AS_WHEN =
  /^(?:all\s+the\s+time|at\s+all\s+times|always|soon|rolling|on\s+a\s+rolling\s+basis|(?:for\s+the\s+)?long[- ]term|for\s+now|(?:when|once|as\s+soon\s+as)\s+[^\d\n]{1,36})\.?$/i;

/**
 * An end date right before, set off by a comma: "11/01/2027 to 08/02/2027, when this agreement ends" says what
 * happens on that date, not that the end waits on something (a start alone, "From 11/01/2027, when a place is
 * free", still waits).
 */
const END_DATE_BEFORE = /\b(?:to|until|till|by|before)\s+[^,;\n]{0,30}\d\s*,\s*$/i;

function openAsWhen(text: string): Timescale[] {
  const part = lastPart(text);
  if (!part || !OPEN_AS_WHEN.test(part.text)) return [];
  if (END_DATE_BEFORE.test(text.slice(Math.max(0, part.start - 60), part.start))) return [];
  // "Once a fortnight" is how often; "when she turns 18" a point the plan names.
  if (hasMatch(FREQUENCY, part.text) || hasMatch(RELATIVE, part.text)) return [];
  const found = part.text.replace(/\.$/, '');
  return [{ start: part.start, end: part.start + found.length, text: found, kind: 'open' }];
}

/** The open timescales of a text. Asked of each cell by the scan for every timescale and by two rules. */
export const openTimescales: (text: string) => readonly Timescale[] = rememberedByText(openTimescalesOf);

/**
 * "Throughout" with the stretch it runs through ("throughout pre-proceedings", "throughout the placement")
 * ends when that stretch does, a point the plan can name; on its own ("monitor closely throughout") it has no end.
 */
const STRETCH_AFTER = /^\s+(?:the\s+|this\s+|her\s+|his\s+|their\s+|my\s+|our\s+)?[\p{L}-]{3,}/u;

function throughAStretch(text: string, span: Timescale): boolean {
  return /^throughout$/i.test(span.text) && STRETCH_AFTER.test(text.slice(span.end, span.end + 40));
}

/** A cell that runs "throughout" a named stretch: timed by that stretch, neither open nor missing. */
export function runsThroughAStretch(text: string): boolean {
  return patternSpans(OPEN, text, 'open').some((span) => throughAStretch(text, span));
}

/**
 * An end that is no point anyone can check (the guidance's "ongoing": no point to check progress): for as long
 * as someone stays with a service ("for as long as Jo is open to the team", a span the service sets), or until
 * things get better with nothing said of how much ("until things settle", "until she is more settled").
 * "As long as" alone is a condition ("as long as Mum is sober") and is not read.
 */
const OPEN_END =
  /\b(?:for\s+as\s+long\s+as|while|whilst)\s+(?:[\w'’-]+\s+){1,3}?(?:is|are|remains?|stays?)\s+(?:still\s+)?(?:under|open\s+to|known\s+to|with|involved\s+with|on\s+the\s+caseload\s+of)\s+(?:the|our|this|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:team|service|caseload|clinic|unit)\b|\buntil\s+(?:things|matters|everything|the\s+situation|the\s+family|it)\s+(?:settles?|settle\s+down|improves?|calms?\s+down|gets?\s+better|(?:is|are)\s+(?:more\s+)?(?:settled|better|stable|calmer))\b/gi;

function openTimescalesOf(text: string): Timescale[] {
  const phrases = [
    ...patternSpans(OPEN, text, 'open').filter((span) => !throughAStretch(text, span)),
    ...patternSpans(OPEN_END, text, 'open'),
  ];
  // "When needed" is one of the phrases already: one finding for it, not two.
  const whole = openAsWhen(text).filter((w) => !phrases.some((p) => p.start < w.end && w.start < p.end));
  return [...whole, ...phrases].sort((a, b) => a.start - b.start);
}

export function addDays(iso: string, days: number): string {
  const date = parseIsoDate(iso) ?? new Date();
  date.setDate(date.getDate() + days);
  return isoDay(date);
}
