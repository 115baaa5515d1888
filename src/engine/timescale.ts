// Dates and timescales in en-GB plans. chrono-node's en-GB parser reads the dates ("23.7.18",
// "13/04/20", "31st August"); the patterns below add what plans say that it does not read as a
// timescale: frequencies ("fortnightly", "every Thursday"), durations ("for the next 12 weeks"),
// deadlines relative to the plan ("by the next review", "by the end of term") and open timescales
// ("ongoing", "ASAP"), which the guidance asks us to avoid.
import * as chrono from 'chrono-node';
import { quickDates as datesWithSlashesAlone } from './quickDates';
import { blankSpans, findAll, phraseMatcher, rememberedByText, rememberedByTextAndDate, type Span } from './text';

export type TimescaleKind = 'date' | 'deadline' | 'frequency' | 'duration' | 'relative' | 'time' | 'open';

export interface Timescale extends Span {
  kind: TimescaleKind;
  /** For dates and deadlines: the day meant, as ISO yyyy-mm-dd. */
  date?: string;
}

// A number the author still has to fill in ("every [2] weeks") reads as the timescale it will be.
const NUMBER =
  '(?:\\d{1,3}|\\[\\d{1,3}\\]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|few|couple of)';
const UNIT = '(?:working days?|school days?|days?|weeks?|months?|years?|hours?|terms?|half[ -]terms?|sessions?)';
const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)s?';
const PERIOD = `(?:day|night|morning|evening|afternoon|week|weekend|weekday|fortnight|month|term|half[ -]term|school day|meal|visit|session|${DAY})`;

const DATE_AFTER_DAY =
  '\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[/.-]\\s*\\d|\\s+(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))';

const FREQUENCY = new RegExp(
  [
    '\\b(?:daily|nightly|weekly|fortnightly|monthly|termly|twice[ -]weekly|bi-?weekly)\\b',
    `\\b(?:every|each|once a|twice a|once per|per)\\s+(?:other\\s+)?(?:${NUMBER}\\s+)?${PERIOD}s?\\b`,
    `\\b(?:once|twice|${NUMBER}\\s+times?)\\s+(?:a|per|each|every)\\s+${PERIOD}\\b`,
    `\\b${NUMBER}\\s+(?:sessions?|visits?|meetings?|times?|classes?)\\s*(?:,\\s*)?(?:a|per)\\s+${PERIOD}\\b`,
    `\\b${DAY}\\s*(?:-|to|–)\\s*${DAY}\\b`,
    // "on Tuesdays" recurs; "on Saturday 09/01/2027" is that one date.
    `\\bon\\s+${DAY}\\b(?!,?\\s*${DATE_AFTER_DAY})`,
    '\\b(?:before|after)\\s+(?:every|each)\\s+\\w+',
  ].join('|'),
  'gi',
);

const DURATION = new RegExp(
  [
    `\\b(?:for|over)\\s+(?:the\\s+)?(?:next\\s+)?${NUMBER}\\s+${UNIT}\\b`,
    `\\bwithin\\s+(?:the\\s+next\\s+)?${NUMBER}\\s+${UNIT}\\b`,
    `\\b${NUMBER}\\s+${UNIT}\\s+(?:of|from|after)\\b`,
    `\\b(?:for|over)\\s+(?:the\\s+)?${NUMBER}\\s+${UNIT}\\b`,
    `\\brun\\s+for\\s+${NUMBER}\\s+${UNIT}\\b`,
  ].join('|'),
  'gi',
);

const RELATIVE = new RegExp(
  [
    '\\b(?:by|at|before|until|till|to)\\s+(?:the\\s+)?(?:next|first|following)\\s+(?:review|meeting|core group|conference|TAF|appointment|visit|session)\\b',
    '\\b(?:by|before|at)\\s+the\\s+end\\s+of\\s+(?:this\\s+|the\\s+)?(?:term|half[ -]term|month|week|school year|year|holidays?)\\b',
    '\\b(?:this|next|the summer|the autumn|the spring)\\s+(?:term|half[ -]term)\\b',
    // The school year: "by the February half term", "before Easter 2027", "by the end of the summer term".
    '\\b(?:by|before|at|until|till|after|from|during)\\s+(?:the\\s+)?(?:(?:end|start|beginning|middle)\\s+of\\s+(?:the\\s+)?)?(?:february|october|may|whitsun|christmas|easter|summer|autumn|spring)\\s+(?:half[ -]term|term|holidays?)\\b',
    '\\b(?:by|before|until|till|after)\\s+(?:christmas|easter|the\\s+summer\\s+holidays?)\\b',
    '\\b(?:by|at|before|until|till)\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+)?annual\\s+review\\b',
    // Days counted from the start of a safety plan: "Day 1–5", "on days 1-7", "day 3".
    '\\bdays?\\s+\\d{1,3}(?:\\s*(?:[-–—]|to|and)\\s*(?:day\\s+)?\\d{1,3})?\\b',
    '\\bon\\s+the\\s+day\\s+of\\b',
    `\\b(?:starting|from|commencing)\\s+(?:on\\s+)?${DAY}\\b`,
    '\\b(?:today|tomorrow|next week|next month)\\b',
    // Starting now is a timescale: "immediately", "with immediate effect".
    '\\b(?:immediately|with immediate effect|straight away|from now on)\\b',
    // A date the author still has to fill in counts: the rewrite has put the question in the right place.
    '\\[(?:by\\s+)?(?:dd/mm/yyyy|date|new date|by date)[^\\]]{0,20}\\]',
  ].join('|'),
  'gi',
);

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
  'tbc',
  'tba',
  'to be confirmed',
  'to be arranged',
  'to be agreed',
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

function isoDay(date: Date): string {
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

function chronoDates(text: string, reference: Date): Timescale[] {
  if (!mayHoldDate(text.slice(0, CHRONO_LIMIT))) return [];
  const found: Timescale[] = [];
  const limit = Math.min(text.length, CHRONO_LIMIT);
  for (let from = 0; from < limit && found.length < CHRONO_RESULTS;) {
    const to = pieceEnd(text, from, limit);
    if (mayHoldDate(text.slice(from, to))) chronoPiece(text, from, to, reference, found);
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

function chronoPiece(text: string, from: number, to: number, reference: Date, found: Timescale[]): void {
  // "30 th June 18": a stray space before an ordinal suffix; chrono reads it once the space is gone.
  // "05.01.27" and "1.2.27" with dots: chrono reads "from 05.01" as a time and "1.2.27" not at all, so
  // the dots of a three-part date become slashes (the same length: positions still match).
  const cleaned = text
    .slice(from, to)
    .replace(/(\d) (st|nd|rd|th)\b/g, '$1$2 ')
    .replace(/\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b/g, '$1/$2/$3');
  for (const read of quickDates(cleaned) ?? chronoReads(cleaned, reference)) {
    const start = Math.min(from + read.index, text.length);
    const end = Math.min(from + read.index + read.text.length, text.length);
    const before = text.slice(Math.max(0, start - 30), start);
    const kind: TimescaleKind = read.onlyTime ? 'time' : DEADLINE_CUE.test(before) ? 'deadline' : 'date';
    const span: Timescale = { start, end, text: text.slice(start, end), kind };
    if (kind !== 'time') {
      span.date = read.date;
      if (START_CUE.test(before)) span.kind = 'date';
    }
    found.push(span);
  }
}

interface DateRead {
  index: number;
  text: string;
  /** A time of day with no day: "at 3pm". */
  onlyTime?: boolean;
  /** The day meant, ISO yyyy-mm-dd. */
  date: string;
}

/** What chrono reads with a digit in it. */
function chronoReads(text: string, reference: Date): DateRead[] {
  const reads: DateRead[] = [];
  for (const result of chrono.en.GB.parse(text, reference, { forwardDate: false })) {
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
  const reference = parseIsoDate(planDate) ?? new Date(2000, 0, 1, 12);
  const ours = [
    ...patternSpans(OPEN, text, 'open'),
    ...patternSpans(FREQUENCY, text, 'frequency'),
    ...patternSpans(DURATION, text, 'duration'),
    ...patternSpans(RELATIVE, text, 'relative'),
  ];
  // chrono joins a frequency or duration to the date after it ("every Friday until 28/03/2027" reads as a
  // range from Friday): it is shown the text with our own spans blanked, so the deadline stays a deadline.
  // Blanked with '|', not spaces, or chrono would join what stood either side ("for 20 minutes [every
  // morning] until 31/03/2027" read as one range).
  const all = [...ours, ...chronoDates(blankSpans(text, ours, '|'), reference)].sort(
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

export function openTimescales(text: string): Timescale[] {
  return patternSpans(OPEN, text, 'open');
}

export function addDays(iso: string, days: number): string {
  const date = parseIsoDate(iso) ?? new Date();
  date.setDate(date.getDate() + days);
  return isoDay(date);
}
