// A, R: absolute, all-at-once demands ("Mother to stop drinking", "no further incidents", 100% from a low start).
import { GUIDANCE } from '../guidance';
import {
  ABSOLUTE_NONE,
  ABSOLUTE_SUBSTANCE,
  CONDITION_BEFORE,
  LIFE_CHANGE,
  LIFE_CHANGES_AT_ONCE,
  PURPOSE_BEFORE,
} from '../language';
import { findAll, type Span } from '../text';
import { concreteTimescales, parseIsoDate } from '../timescale';
import { negativeFramingIn } from './negativeFraming';
import { ACTIONS_PER_ROW_LIMIT, countActions } from './tooManyActions';
import { cellsWith, wholeCell, type Rule, type RuleHit } from '../rule';

/** A plan for what happens if it does go wrong makes an absolute aim safe: "if mother has been drinking, ...". */
const FALLBACK = /\bif\s+(?:she|he|they|mum|mother|dad|father|[A-Z][a-z]+)\s+(?:has|have|had|is|are|does|do|cannot)\b/i;
/** How far back a condition ("if he does not ...") is looked for: one clause, not the whole cell. */
const CLAUSE_REACH = 200;
const PERCENT = /\b(\d{1,3})\s?%/g;
/** A thing kept ready, right before "at all times": "available", "charged", "to hand", "on her", "locked". */
const AT_HAND_BEFORE =
  /\b(?:available|accessible|charged|to\s+hand|within\s+reach|locked|switched\s+on|in\s+(?:her|his|their|my|your)\s+(?:bag|pocket)|on\s+(?:her|him|them|me|you))\s+$/i;

/** A clear test as the substance's words ("clear hair strand test", "tests to come back negative"). */
const CLEAR_TEST_START = /^(?:clear|clean|negative|tests?|samples?|screens?|results?)\b/i;
/** The evidence for a goal written in its cell: "shown by negative urine tests", "as evidenced by". */
const EVIDENCE_BEFORE =
  /\b(?:shown|evidenced|confirmed|measured|checked|seen)\s+(?:by|through|in|with)\s+(?:[\w'’-]+\s+){0,3}$/i;
/**
 * Held to the times a child is in someone's care, as the guidance's "refrain from drinking ... during the
 * times she has sole care of Tony": "clear before each contact", "negative on the days he has the children".
 */
const HELD_TO_TIMES =
  /^[^.;]{0,60}\b(?:during|while|whilst|when|whenever|before\s+(?:each|every)|on\s+(?:the\s+)?(?:days|nights|mornings))\b/i;

/** A count of a set right after the clear test: "at 6 of 8 fortnightly tests", "in 5 out of 6 screens". */
const SHARE_OF_TESTS = /^[^.;]{0,30}?\b\d{1,2}\s+(?:out\s+)?of\s+(?:the\s+|every\s+)?\d{1,2}\b/i;

/**
 * A child kept with an adult at all times ("Zac is with Dad or a named adult at all times") is supervision, a
 * standard any carer can keep, as the guidance's "during the times she has sole care" is; not a promise that
 * nothing will happen.
 */
const SUPERVISED_BEFORE =
  /\b(?:is|are|stays?|remains?|kept|be)\s+(?:[\w'’]+\s+){0,2}?(?:with|supervised\s+by|in\s+the\s+(?:care|sight)\s+of)\s+(?:her|him|them|me|us|mum|dad|an?\s+(?:named\s+|approved\s+|agreed\s+|safe\s+|responsible\s+)?(?:adult|carer|person))\b[^.\n]{0,160}$/i;

/**
 * A course of a set number of weeks to be finished in fewer weeks than the row gives it ("complete a 20-week
 * programme" with eight weeks to the birth): impossible as set (DCS and Torbay, Realistic). Undefined when
 * the row gives no window.
 */
const COURSE_WEEKS =
  /\b(?:complete|completes|completed|finish|finishes|do|does|attend\s+all\s+(?:of\s+)?)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(\d{1,2})[- ]weeks?\s+(?:[\w'’-]+\s+){0,3}?(?:programme|program|course|group|intervention|sessions)\b/i;

/**
 * A clear test asked of someone as what they will do or reach: not the measure's evidence, not in a condition
 * or a reason ("if her tests are clear for 8 weeks, ..."), and not held to the times of care.
 */
function clearTestAsked(role: string, text: string, span: Span): boolean {
  if (role === 'measure') return false;
  const before = text.slice(Math.max(0, span.start - CLAUSE_REACH), span.start);
  if (CONDITION_BEFORE.test(before) || PURPOSE_BEFORE.test(before) || EVIDENCE_BEFORE.test(before)) return false;
  // A share of the tests ("negative at 6 of 8 tests") is a fall in use, not none at all.
  if (SHARE_OF_TESTS.test(text.slice(span.end))) return false;
  return !HELD_TO_TIMES.test(text.slice(span.end));
}

/**
 * Attendance given as a count of days rather than a percentage: "has missed 11 of the last 30 school days" is
 * 63%, "attended 9 out of 20 sessions" 45%.
 */
const DAYS_OF =
  /\b(missed|attended|been\s+in(?:\s+school)?\s+(?:on|for))\s+(\d{1,3})\s+(?:out\s+)?of\s+(?:the\s+)?(?:last\s+|past\s+)?(\d{1,3})\s+(?:school\s+)?(?:days|sessions)\b/gi;
/** A share of days as a target: "on at least 9 of 10 school days", "4 out of 5 sessions". */
const SHARE_OF_DAYS =
  /\b\d{1,3}\s+(?:out\s+)?of\s+(?:the\s+|every\s+)?\d{1,3}\s+(?:school\s+)?(?:days|sessions|lessons|mornings)\b/i;
function fractionAttended(needText: string): number[] {
  return [...needText.matchAll(DAYS_OF)]
    .filter((m) => Number(m[3]) > 0 && Number(m[2]) <= Number(m[3]))
    .map((m) => {
      const share = Math.round((100 * Number(m[2])) / Number(m[3]));
      return /^missed/i.test(m[1]) ? 100 - share : share;
    });
}

/** The lowest starting point from which 100% can be the next step, as in the guidance's 80% example. */
const HIGH_START = 75;

function reachableHundred(percents: number[]): boolean {
  const below = [...new Set(percents.filter((p) => p < 100))];
  if (below.length === 0) return false;
  return below.length > 1 || below[0] >= HIGH_START;
}

/** A baseline of something happening often: "5 or 6 times a day", "most days", "several times a week". */
const FREQUENT =
  /\b(?:\d+|once|twice|several|many|a\s+few)(?:\s*(?:or|to|-|–)\s*\d+)?\s+times?\s+(?:a|an|each|every|per)\s+(?:day|week|lesson|night|morning|session)\b|\b(?:most|every)\s+(?:days?|nights?|lessons?)\b|\bdaily\b/i;

/**
 * A baseline of something that has happened many times lately: "gone missing 11 times since October", "8
 * times this term", "several times in the last month". Three or more: once or twice is not yet a habit.
 */
const MANY_LATELY =
  /\b(?:[3-9]|[1-9]\d{1,2}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|numerous)\s+times\s+(?:since|in\s+the\s+(?:last|past)|over\s+the\s+(?:last|past)|(?:this|last)\s+(?:term|year|month|half[- ]term))\b/i;

/**
 * Stopping something everyone does at times, altogether: "Parents will stop arguing", "Dad to quit shouting", and
 * what any child does at times, more so with a need ("stop fidgeting", "stop calling out", "stop crying").
 * Held to a place, a time or a person ("stop arguing in front of the children", "stop shouting at the kids")
 * it is a behaviour to change, which negative framing speaks to; with nothing after it, it is never again.
 */
const STOP_EVERYDAY =
  /\b(?:stop|stops|quit|quits|cease|ceases)\s+(?:arguing|rowing|shouting|swearing|falling\s+out|getting\s+(?:angry|upset|cross|frustrated)|losing\s+(?:his|her|their|my)\s+temper|fidgeting|calling\s+out|interrupting|crying|moaning|whining|answering\s+back|worrying)\b(?!\s+(?:at|in|around|near|when|whenever|while|whilst|during|before|after|towards|on|about|over|if|unless|where)\b)/gi;

/** Clearing a debt outright: "clear all of his arrears", "pay off the loan", "pay the full amount". */
const CLEAR_DEBT =
  /\b(?:clear(?:s|ed|ing)?|pa(?:y|ys|id|ying)\s+(?:off|back)|repa(?:y|ys|id|ying)|pay\s+the\s+(?:full|whole)\s+amount)\b/gi;
const DEBT = /\b(?:arrears|debts?|owes?|owed|overdraft|loans?)\b/i;
const POUNDS = /£\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d\d)?(?:\s+(?:a|per|each|every)\s+(week|fortnight|month))?/gi;
const WITHIN = /\b(?:within|in|over)\s+(\d{1,2})\s+(weeks?|months?)\b/i;
/** A window short enough that a long list in it is everything at once: "in 4 weeks", "by next week". */
const SHORT_WINDOW = 6;
const SOON = /\b(?:by|from)\s+(?:tomorrow|next\s+week|the\s+end\s+of\s+(?:this|next)\s+week)\b/i;
function weeksGiven(text: string): number | undefined {
  const within = WITHIN.exec(text);
  if (within) return Number(within[1]) * (/month/i.test(within[2]) ? 52 / 12 : 1);
  return SOON.test(text) ? 1 : undefined;
}

/** Without a stated time, a plan is reviewed within about three months. */
const REVIEW_WEEKS = 12;

/**
 * What a family can put aside in a week when the row does not say: about £100, more than most families on
 * Universal Credit have left after rent and food.
 */
const ASSUMED_SPARE_A_WEEK = 100;
/** The whole debt at once: "all £4,000 of her debts", "the full amount", "in full". */
const WHOLE_DEBT = /\b(?:all|full|whole|entire)\b/i;
/** Someone else paying it off: a grant, a hardship fund, a write-off, a debt relief order. */
const PAID_BY_OTHERS =
  /\b(?:grants?|funds?|hardship|discretionary|dhp|charit(?:y|ies)|written\s+off|write\s+off|debt\s+relief|dro)\b/i;

/**
 * A whole debt to be cleared faster than the money the same row says the family has: "owes £3,200 and earns
 * £140 a week" and "clear all of his arrears" (or "£40 a week left" and "£3,900 within 4 weeks"). With no
 * money named, a whole debt at once is held to what a family can spare ("all £4,000 ... in 6 weeks").
 */
function debtBeyondMeans(rowText: string, cellText: string): boolean {
  if (!DEBT.test(rowText)) return false;
  let debt = 0;
  let weekly = Infinity;
  for (const m of rowText.matchAll(POUNDS)) {
    const amount = Number(m[1].replace(/,/g, ''));
    const per = m[2]?.toLowerCase();
    if (per) weekly = Math.min(weekly, per === 'week' ? amount : per === 'fortnight' ? amount / 2 : (amount * 12) / 52);
    else debt = Math.max(debt, amount);
  }
  if (!Number.isFinite(weekly) && WHOLE_DEBT.test(cellText) && !PAID_BY_OTHERS.test(rowText)) {
    weekly = ASSUMED_SPARE_A_WEEK;
  }
  if (!Number.isFinite(weekly) || debt === 0) return false;
  const weeks = weeksGiven(rowText) ?? REVIEW_WEEKS;
  return debt > weekly * weeks;
}

/** Weight to lose, with its unit: "lose 3 stone", "lose 10kg", "lose 20 lbs". */
const WEIGHT_LOSS = /\blos(?:e|es|ing)\s+(\d{1,3}(?:\.\d)?)\s?(stone|st|kg|kilos?|kilograms?|lbs?|pounds)\b/gi;
const KG_PER = { stone: 6.35, st: 6.35, lb: 0.454, lbs: 0.454, pounds: 0.454 } as Record<string, number>;
/** About the most weight anyone loses safely in a week (NHS: 0.5 to 1kg); a child's plan aims lower still. */
const SAFE_KG_A_WEEK = 1;
/**
 * A weight reached in full: "a healthy weight", "his ideal weight", or a lower centile line as the target ("BMI
 * down to the 75th centile"): from the top of the chart, several lines crossed at once.
 */
const WEIGHT_REACHED =
  /\b(?:healthy|normal|ideal|target)\s+weight\b|\b(?:down\s+to|drops?\s+to|falls?\s+to|reach(?:es)?|below|under)\s+the\s+(?:[1-8]\d|\d)(?:\.\d)?(?:st|nd|rd|th)?\s+centile\b/gi;
/** A heavy starting point in the need: "obese", "above the 99th centile", "weighs 98kg". */
const HEAVY_START = /\b(?:obese|obesity|9[5-9](?:\.\d)?(?:th)?\s+centile|(?:[89]\d|1\d\d)\s?kg)\b/i;
/** The longest explicit window in which a healthy weight from a heavy start is plainly out of reach. */
const WEIGHT_WINDOW_WEEKS = 12;

/**
 * The school year a child is in, as the row gives it: "in Year 5", "is Year 5", "Zac (Year 5, ...)", "Zac, Y5,".
 * Not a target year ("by the end of Year 8").
 */
const SCHOOL_YEAR = /(?:\b(?:in|is)\s+|\(\s?|,\s?)(?:Year|Y)\s?(\d{1,2})\b/i;
const WORKING_AT = /\bYear\s+(\d{1,2})\s+(?:level|standard)\b/i;
/** A reading, spelling or maths age in years: "reading age 6y 1m", "a reading age of 7". */
const SKILL_AGE =
  /\b(?:reading|spelling|maths|language)\s+age\s+(?:of\s+|is\s+|was\s+)?(?:about\s+|around\s+)?(\d{1,2})(?:\.\d)?(?!\d)/i;
/** Working at a younger child's level: "at the level expected of a 6-year-old", "reads like a 5 year old". */
const AGE_LEVEL =
  /\b(?:level|standard|stage)\s+(?:expected\s+)?(?:of|for)\s+an?\s+(\d{1,2})[- ]years?[- ]old\b|\b(?:like|as)\s+an?\s+(\d{1,2})[- ]years?[- ]old\b/i;
/** The child's own age, as rows give it: "Sami (11)", "Sami, aged 11". */
const CHILD_AGE = /[A-Z][a-z]+\s+\((\d{1,2})\b|\baged\s+(\d{1,2})\b/;
/** A child's age in a school year, at the youngest: Year 1 children are 5 going on 6. */
const AGE_IN_YEAR_ONE = 5;
/**
 * Catching up in full: "at age-related expectations", "the expected standard", "in line with his peers",
 * "at an age-expected level", "the level expected for her age", "his chronological age".
 */
const CAUGHT_UP =
  /\b(?:age[- ]related\s+expectations?|age[- ]expected(?:\s+levels?)?|expected\s+standard|(?:level|standard)\s+expected\s+for\s+(?:his|her|their)\s+age|(?:his|her|their)\s+chronological\s+age|in\s+line\s+with\s+(?:his|her|their)\s+(?:peers|age(?:\s+group)?|year\s+group))\b/gi;
/** A target set in school years or key stages: "by the end of Year 10", "by the end of KS3". */
const YEAR_NAMED = /\b(?:Year|Y|KS|key\s+stage)\s?(\d{1,2})\b/gi;
/** Whether a cell sets its target in a later school year or key stage than the one the child is in. */
function laterYearIn(text: string, current: number | undefined): boolean {
  return [...text.matchAll(YEAR_NAMED)].some(
    (m) => current === undefined || /^k/i.test(m[0]) || Number(m[1]) > current,
  );
}
/**
 * The school years a child is behind, by the row's own words: the year they are in against the year they
 * work at ("in Year 5 and reads at about a Year 1 level") or against a reading age (Year 5 with a reading
 * age of 6 is about three years behind); 0 when it does not say.
 */
function yearsBehind(rowText: string): number {
  const atAge = AGE_LEVEL.exec(rowText);
  const childAge = atAge ? CHILD_AGE.exec(rowText) : null;
  if (atAge && childAge) return Number(childAge[1] ?? childAge[2]) - Number(atAge[1] ?? atAge[2]);
  const year = SCHOOL_YEAR.exec(rowText);
  if (!year) return 0;
  const level = WORKING_AT.exec(rowText);
  if (level) return Number(year[1]) - Number(level[1]);
  const age = SKILL_AGE.exec(rowText);
  return age ? Number(year[1]) - 1 + AGE_IN_YEAR_ONE - Number(age[1]) : 0;
}

/**
 * A self-care skill reached in full, at once: "fully toilet trained", "completely dry at night", "totally
 * independent in dressing". Children get there over months, with accidents on the way; "fully" leaves no room.
 */
const SKILL_IN_FULL =
  /\b(?:fully|completely|totally|entirely)\s+(?:(?:toilet|potty)[- ]trained|dry\b(?:\s+(?:day\s+and\s+night|at\s+night|through\s+the\s+night))?|continent|out\s+of\s+nappies|independent\s+(?:in|with|at)\s+(?:toileting|the\s+toilet|dressing|feeding|eating|self[- ]care|personal\s+care|washing))|\b(?:toilet|potty)[- ]trained\s+(?:fully|completely)\b/gi;

/**
 * The fastest rise in a percentage, in points a week, that a plan can ask for in one step: about twice the
 * guidance's own realistic pace (Rosie's attendance from 35% to 60% in a term, some 2 points a week).
 */
const MOST_POINTS_A_WEEK = 4;
/** A rise too small to be all at once, whatever the window: "from 85% to 90% by next week". */
const SMALL_RISE = 20;
const DAY_MS = 86_400_000;
/** A range of dates, whose end the timescale reading does not give: "4 Jan - 12 Feb 2027", "8/1/27 to 5/2/27". */
const RANGE_END = /\s(?:-|–|to|until)\s+(.{4,40})$/;

/** A term or a half term named as the window: "this term", "by the end of the summer term", "by half term". */
const TERM_WINDOW = /\b(?:this|next|the|spring|summer|autumn)\s+term\b/i;
const HALF_TERM_WINDOW = /\b(?:this|next|by|before)\s+half[- ]term\b/i;
const WEEKS_IN_TERM = 12;
const WEEKS_IN_HALF_TERM = 6;

/** A value worked out the first time it is asked for, then remembered. */
function once<T>(answer: () => T): () => T {
  let known: { value: T } | undefined;
  return () => (known ??= { value: answer() }).value;
}

/**
 * The weeks the row gives its target: a range of dates ("4 Jan - 12 Feb 2027"), its own words ("within 6
 * weeks"), or a term or half term named as the window; undefined when it says none of these (dates of the
 * steps on the way are not the window).
 */
function windowWeeks(row: Parameters<Rule['check']>[0], rowText: string): number | undefined {
  for (const t of row.timescales) {
    const start = parseIsoDate(t.date);
    const tail = RANGE_END.exec(t.text)?.[1];
    const end = tail ? parseIsoDate(concreteTimescales(tail, row.planDate).find((e) => e.date)?.date) : undefined;
    if (start && end && end > start) return (end.getTime() - start.getTime()) / DAY_MS / 7;
  }
  const given = weeksGiven(rowText);
  if (given !== undefined) return given;
  if (HALF_TERM_WINDOW.test(rowText)) return WEEKS_IN_HALF_TERM;
  return TERM_WINDOW.test(rowText) ? WEEKS_IN_TERM : undefined;
}

/** Full attendance in words: "every day", "every single day", "every session", "full time", "5 days a week". */
const EVERY_DAY =
  /\b(?:every\s+(?:single\s+)?(?:school\s+)?(?:day|session)|each\s+school\s+day|full[- ]time|(?:5|five)\s+days\s+a\s+week)\b/gi;

/** Being somewhere on the day, near "every day": "in school", "attends", "on time", "at nursery". */
const ATTENDING =
  /\b(?:(?:in|at|to|into)\s+(?:(?:every|each|all|his|her|their)\s+)?(?:school|college|nursery|class|lessons?|training|work)|back\s+in|attend(?:s|ing|ance)?|on\s+time|registration|the\s+gate)\b/i;
const ATTENDING_REACH = 60;

/**
 * A score taken to the top of a 10-point scale: "from 2 to 10", "from 3/10 to 10/10" (not hours, days or a
 * time: "from 2 to 10 hours a week"). The top of a scale is its 100%.
 */
const TO_TOP_OF_SCALE =
  /\bfrom\s+(\d{1,2})(?:\s?\/\s?10)?\s+(?:up\s+)?to\s+(?:a\s+)?10(?:\s?\/\s?10|\s+out\s+of\s+10)?\b(?!\s?(?:%|[:.]\d|hours?\b|hrs\b|days?\b|weeks?\b|minutes?\b|mins\b|sessions?\b|times\b|nights\b|kg\b|am\b|pm\b|units\b|pages\b|words\b))/gi;
/** Beside a score: "scale", "score", "Family Star", "rates", "out of 10". */
const SCORE_WORD = /\b(?:scal(?:e|es|ing)|scor(?:e|es|ing)|star|rat(?:e|es|ed|ing)|out\s+of\s+10)\b/i;
/** The lowest start from which the top of a 10-point scale can be the next step, as 75% is for 100%. */
const HIGH_SCALE_START = 8;

/**
 * A baseline of no school at all for a long time: "has not been in any education or training for 18 months",
 * "after 14 months out of school". From there, every day is 100% from nothing.
 */
const LONG_OUT =
  /\bnot\s+(?:been\s+(?:in|to|at)|attended)\s+(?:any\s+)?(?:school|education|college|training)\b[^.;]{0,40}?\b(?:for|since)\b|\b(?:\d{1,2}|several|many|six|eight|nine|ten|twelve)\s+(?:months|years|terms)\s+out\s+of\s+(?:school|education|college)\b|\bout\s+of\s+(?:school|education|college)\s+for\s+(?:\d{1,2}|several|many|six|eight|nine|ten|twelve)\s+(?:months|years|terms)\b/i;
/** Interim steps on the way to every day: "a phased start", "2 days a week at first", "building up". */
const STEPPED =
  /\b(?:phased|part[- ]time|build(?:s|ing)?\s+up|built\s+up|increas\w*|reduced\s+timetable|[1-4]\s+(?:days|mornings|afternoons)\s+a\s+week|half\s+days?|steps?)\b/i;

/**
 * Top results in every subject, which from a long time out of school is all at once: "grade 7 or above in all
 * 9 of his GCSEs", "pass all her exams" (not "sit all his exams", nor one subject).
 */
const ALL_EXAMS =
  /\b(?:pass(?:es|ed|ing)?|get|gets|achieve|achieves|grades?\s+[4-9]\s+(?:or\s+(?:above|higher|better)\s+)?in)\s+(?:(?:in|at)\s+)?all\s+(?:of\s+)?(?:(?:his|her|their|the)\s+)?(?:\d{1,2}\s+(?:of\s+(?:his|her|their)\s+)?)?(?:GCSEs|exams|subjects|A[- ]levels)\b|\bgrades?\s+[7-9]\b[^.;]{0,30}?\ball\b/gi;

/** One starting percentage, below where 100% can be the next step, and no interim step beside it. */
function lowStartOnly(percents: number[]): boolean {
  const below = [...new Set(percents.filter((p) => p < 100))];
  return below.length === 1 && below[0] < HIGH_START;
}

/**
 * The occasion a standard is held to, in its sentence: "(one hand on him at all times) at every bath", "at all
 * times during contact". A way of doing something each time it is done is a standard anyone can keep, unlike
 * a promise about every moment ("show respect at all times"); a day or a placement is not an occasion. So is a
 * time named by where the child is ("the gate shut at all times Theo is upstairs").
 */
const HELD_TO_OCCASION =
  /\bat\s+all\s+times\s+(?:when\s+|while\s+|whilst\s+|that\s+)?(?:[A-Z][a-z]+|he|she|they|the\s+(?:baby|children|child|kids|twins))\s+(?:is|are|has|have|goes|go|plays?|sleeps?|travels?)\b|\b(?:at|during|for|in)\s+(?:every|each)\s+(?!(?:day|night|week|month|time|moment|minute|hour)\b)[a-z-]+|\bduring\s+(?!(?:the\s+|his\s+|her\s+|their\s+)?(?:day|night|week|month|year|placement|plan|holidays?)\b)[a-z-]+/i;
const SENTENCE_REACH = 150;

/** The sentence around a span, at most SENTENCE_REACH characters either side. */
function sentenceAround(text: string, span: Span): string {
  const before = text.slice(Math.max(0, span.start - SENTENCE_REACH), span.start);
  const after = text.slice(span.end, span.end + SENTENCE_REACH);
  const from = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1;
  const to = /[.;]/.exec(after)?.index ?? after.length;
  return before.slice(from) + span.text + after.slice(0, to);
}

/**
 * All of a counted set straight from a low count of it: "knew 12 of the 44 sounds" and "all 44 sounds" by the
 * next review is 27% to 100% (the guidance's marathon; a share below all, "40 of the 44", is a step).
 */
const COUNT_OF = /\b(\d{1,3})\s+(?:out\s+)?of\s+(?:the\s+|his\s+|her\s+|their\s+)?(\d{1,3})\b/gi;
const ALL_OF = /\ball\s+(?:of\s+)?(?:the\s+|his\s+|her\s+|their\s+)?(\d{1,3})\b/gi;
function allFromLowCount(needText: string, cellText: string, weeks: () => number | undefined): Span | undefined {
  const totals = new Map<number, number>();
  for (const m of needText.matchAll(COUNT_OF)) {
    const [part, whole] = [Number(m[1]), Number(m[2])];
    if (whole > 0 && part < whole) totals.set(whole, Math.min(totals.get(whole) ?? 100, (100 * part) / whole));
  }
  if (totals.size === 0) return undefined;
  const all = [...cellText.matchAll(ALL_OF)].find((m) => (totals.get(Number(m[1])) ?? 100) < HIGH_START);
  if (!all) return undefined;
  // Faster than the guidance's realistic pace, as a rise in a percentage is read (a window unknown is not judged).
  const window = weeks();
  const from = totals.get(Number(all[1])) ?? 100;
  if (window === undefined || (100 - from) / window <= MOST_POINTS_A_WEEK) return undefined;
  return { start: all.index, end: all.index + all[0].length, text: all[0] };
}

/** The row's window, or else the weeks from its first date to its last ("From 11/01/2027", "by 29/01/2027"). */
function weeksSpanned(row: Parameters<Rule['check']>[0], rowText: string): number | undefined {
  const given = windowWeeks(row, rowText);
  if (given !== undefined) return given;
  const times = row.timescales.flatMap((t) => parseIsoDate(t.date)?.getTime() ?? []);
  if (times.length < 2) return undefined;
  const weeks = (Math.max(...times) - Math.min(...times)) / DAY_MS / 7;
  return weeks > 0 ? weeks : undefined;
}

/**
 * Scotland's Curriculum for Excellence levels, each about three school years: "working within early level" and
 * "achieves second level" in one plan is years of catching up at once. The order of the levels.
 */
const CFE_LEVELS = ['early', 'first', 'second', 'third', 'fourth'];
const CFE_NOW = /\b(?:working\s+)?(?:within|at|towards|on)\s+(?:the\s+)?(early|first|second|third|fourth)\s+level\b/i;
const CFE_TARGET =
  /\b(?:achieves?|achieving|reach(?:es)?|secures?|completes?|working\s+(?:within|at)|at)\s+(?:the\s+)?(early|first|second|third|fourth)\s+level\b/i;
/** A Scottish school stage named as the target's end: "by the end of P7", "by S2" (years given). */
const LATER_STAGE = /\b(?:P[1-7]|S[1-6])\b/;
function levelsAtOnce(needText: string, cellText: string): Span | undefined {
  const now = CFE_NOW.exec(needText);
  const target = now ? CFE_TARGET.exec(cellText) : null;
  if (!now || !target || LATER_STAGE.test(cellText)) return undefined;
  const gap = CFE_LEVELS.indexOf(target[1].toLowerCase()) - CFE_LEVELS.indexOf(now[1].toLowerCase());
  // "Achieves" a level from within the one below finishes both; "working within" the next is one step.
  const finished = /^(?:achiev|reach|secur|complet)/i.test(target[0]) ? gap + 1 : gap;
  return finished >= 2 ? { start: target.index, end: target.index + target[0].length, text: target[0] } : undefined;
}

/**
 * A daily habit cut to a quarter or less at once: "about 9 hours a day on his phone" and "no more than 30
 * minutes a day from tomorrow". Stopping suddenly is what the guidance calls unrealistic; a step down is not.
 */
const HOURS_A_DAY = /\b(\d{1,2}(?:\.\d)?)\s+(hours?|hrs?|minutes?|mins?)\s+(?:a|per|each)\s+day\b/gi;
const AT_ONCE = /\b(?:from\s+(?:tomorrow|today|now|tonight)|straight\s+away|immediately|with\s+immediate\s+effect)\b/i;
const LIMIT_BEFORE = /\b(?:no\s+more\s+than|at\s+most|up\s+to|a\s+maximum\s+of|under|less\s+than|only)\s+$/i;
const MOST_CUT_AT_ONCE = 4;
/** Asked only of a row cut from tomorrow or at once, with no step on the way (the caller tests that). */
function habitCutAtOnce(rowText: string, cellText: string): Span | undefined {
  const minutes = (m: RegExpMatchArray) => Number(m[1]) * (/^h/i.test(m[2]) ? 60 : 1);
  const limit = [...cellText.matchAll(HOURS_A_DAY)].find((m) =>
    LIMIT_BEFORE.test(cellText.slice(Math.max(0, (m.index ?? 0) - 25), m.index)),
  );
  if (!limit) return undefined;
  const most = Math.max(...[...rowText.matchAll(HOURS_A_DAY)].map(minutes));
  if (most < minutes(limit) * MOST_CUT_AT_ONCE) return undefined;
  const at = limit.index ?? 0;
  return { start: at, end: at + limit[0].length, text: limit[0] };
}

export const unrealistic: Rule = {
  id: 'unrealistic',
  code: 'unrealistic',
  letters: ['A', 'R'],
  severity: 'warning',
  title: 'All-or-nothing demands',
  guidance: GUIDANCE.realistic,
  check(row) {
    const hits: RuleHit[] = [];
    const rowText = row.cells.map((c) => c.text).join(' ');
    const needText = row.cells
      .filter((c) => c.role === 'need')
      .map((c) => c.text)
      .join(' ');
    // The row's weeks are the same for every cell: read once, and only when a cell's reading asks.
    const rowWeeks = once(() => weeksGiven(rowText));
    const spannedWeeks = once(() => weeksSpanned(row, rowText));
    // Joined only when an every-day demand asks for it.
    const targetText = () =>
      row.cells
        .filter((c) => c.role !== 'need')
        .map((c) => c.text)
        .join(' ');
    const percents = [...rowText.matchAll(PERCENT)].map((m) => Number(m[1])).concat(fractionAttended(needText));
    // Asked once a row: a count of a set in the need, a curriculum level in the need, a cut from tomorrow.
    const countedNeed = /\d\s+(?:out\s+)?of\s/i.test(needText);
    const levelNeed = CFE_NOW.test(needText);
    const habitRow = AT_ONCE.test(rowText) && !STEPPED.test(rowText);
    for (const cell of cellsWith(row, ['outcome', 'action', 'action_owner_when', 'owner_when', 'measure'])) {
      const substance = findAll(ABSOLUTE_SUBSTANCE, cell.text).find(
        (span) => !CLEAR_TEST_START.test(span.text) || clearTestAsked(cell.role, cell.text, span),
      );
      if (substance && !FALLBACK.test(cell.text)) {
        const tobacco = /smok|vap|cigarette/i.test(substance.text) && !/cannabis/i.test(substance.text);
        hits.push({
          cell,
          span: substance,
          message: CLEAR_TEST_START.test(substance.text)
            ? 'A clear test means no use at all by then, which for someone who uses drugs or alcohol is stopping all at once; a hair strand test also shows use from up to three months before. Agree a step they can take, with support, and say how the child will be kept safe if they do use.'
            : tobacco
              ? 'For someone who smokes, stopping all at once is rarely realistic, and the plan fails if they cannot. Agree a step they can take, with support.'
              : 'For someone who depends on alcohol or drugs, stopping all at once is rarely realistic, and the plan fails if they cannot. Agree a step they can take, with support, and say how the child will be kept safe if they do drink.',
          // The row rewrite writes the commitment with the row's own people and substance.
        });
        continue;
      }
      for (const span of findAll(ABSOLUTE_NONE, cell.text)) {
        const hundred = /100/.test(span.text);
        // "If he does not come home again by 10pm", "so she is not moved again": a plan or a reason, not a demand.
        const before = cell.text.slice(Math.max(0, span.start - CLAUSE_REACH), span.start);
        if (CONDITION_BEFORE.test(before) || PURPOSE_BEFORE.test(before)) continue;
        // "At all times" with a plan for when it cannot hold ("if Mum has had a drink, Gran will come") is safe.
        if (!hundred && /\bat all times\b/i.test(span.text) && FALLBACK.test(rowText)) continue;
        // A thing kept ready is a standard anyone can keep: "the phone charged and on her at all times", "ear
        // defenders available at all times", unlike a person kept safe or a behaviour without a lapse.
        if (!hundred && /\bat all times\b/i.test(span.text) && AT_HAND_BEFORE.test(before)) continue;
        if (!hundred && /\bat all times\b/i.test(span.text) && SUPERVISED_BEFORE.test(before)) continue;
        // Held to an occasion ("... at all times) at every bath"), it is how a thing is done each time.
        if (!hundred && /\bat all times\b/i.test(span.text) && HELD_TO_OCCASION.test(sentenceAround(cell.text, span)))
          continue;
        // 100% is fine as the next step from a high start ("from 80% to 100%") or after interim steps
        // ("25% to 50% by half term"); straight to 100% from a low start is not.
        if (hundred && reachableHundred(percents)) continue;
        hits.push({
          cell,
          span,
          message: hundred
            ? 'Going straight to 100% sets the family up to fail. Start from where things are now and set a step they can reach first.'
            : /perfect|spotless|immaculate|pristine/i.test(span.text)
              ? 'No one gets something perfect every day. Say what it will look like on most days, and a first step from where things are now.'
              : 'No family can promise that nothing will ever happen again. Say what people will do to keep the child safe, and what happens if it does.',
        });
        break;
      }
      const everyday = hits.some((h) => h.cell === cell) ? undefined : findAll(STOP_EVERYDAY, cell.text)[0];
      if (everyday && cell.role !== 'measure') {
        const before = cell.text.slice(Math.max(0, everyday.start - CLAUSE_REACH), everyday.start);
        if (!CONDITION_BEFORE.test(before) && !PURPOSE_BEFORE.test(before)) {
          hits.push({
            cell,
            span: everyday,
            message: /argu|row|shout|swear|falling|angry|temper/i.test(everyday.text)
              ? 'No one can promise never to argue or shout again. Say what they will do instead when things get heated, and where the children will be.'
              : 'No child can stop this all at once and for good. Say what they will do instead, the help they will get, and a first step from where things are now.',
          });
        }
      }
      // None at all, from a baseline of several a day or a week: "hits adults 5 or 6 times a day" and "Juno will
      // not hit staff" is all at once, however it is worded.
      const none = hits.some((h) => h.cell === cell) ? undefined : negativeFramingIn(cell.text);
      if (none && cell.role !== 'measure' && FREQUENT.test(needText)) {
        hits.push({
          cell,
          span: none,
          message:
            'Going from several times a day or a week to never sets everyone up to fail. Set a first step from where things are now, such as fewer each week.',
        });
      } else if (none && cell.role !== 'measure' && MANY_LATELY.test(needText)) {
        hits.push({
          cell,
          span: none,
          message:
            'Going from many times in the last few months to never sets everyone up to fail. Set a first step from where things are now, such as fewer each month, and what happens if it does happen.',
        });
      }
      const clearing = hits.some((h) => h.cell === cell) ? undefined : findAll(CLEAR_DEBT, cell.text)[0];
      // "£15 a week towards the arrears, clearing them by 2028" is a repayment plan, the step the guidance asks for.
      const instalments = [...cell.text.matchAll(POUNDS)].some((m) => m[2] !== undefined);
      if (clearing && !instalments && cell.role !== 'measure' && debtBeyondMeans(rowText, cell.text)) {
        hits.push({
          cell,
          span: clearing,
          message:
            'This debt is more than the money the plan says there is in the time given. Agree a repayment the family can afford each week, with help from a debt adviser.',
        });
      }
      // A long list all due within a few weeks: the guidance's marathon by tomorrow.
      if (!hits.some((h) => h.cell === cell) && cell.role !== 'measure' && cell.role !== 'outcome') {
        const weeks = rowWeeks();
        if (weeks !== undefined && weeks <= SHORT_WINDOW && countActions(cell.text) >= ACTIONS_PER_ROW_LIMIT) {
          hits.push({
            cell,
            span: wholeCell(cell),
            message:
              'This is a lot to do in a few weeks, and the family may give up on all of it. Agree the one or two that matter most first, with a date for each.',
          });
        }
      }
      // A life rebuilt at once: a new home, a job, debts cleared and a course finished in one cell, whatever the
      // date, each a plan of its own (the guidance's marathon).
      if (!hits.some((h) => h.cell === cell) && cell.role !== 'measure') {
        const changes = findAll(LIFE_CHANGE, cell.text);
        if (changes.length >= LIFE_CHANGES_AT_ONCE) {
          hits.push({
            cell,
            span: wholeCell(cell),
            message:
              'This asks for several big changes at once, such as a new home, a job, clearing debts or finishing a course, and each is a lot on its own. Agree the one that matters most first, with a date, and plan the others after it.',
          });
        }
      }
      // Weight lost faster than anyone safely can: "lose 3 stone by Easter" (a review in about three months), or
      // a healthy weight from a heavy start within weeks ("weighs 98kg" ... "a healthy weight in 6 weeks").
      if (!hits.some((h) => h.cell === cell) && cell.role !== 'measure') {
        const weeks = rowWeeks();
        const loss = findAll(WEIGHT_LOSS, cell.text).find((span) => {
          const m = /(\d{1,3}(?:\.\d)?)\s?([a-z]+)/i.exec(span.text.slice(4));
          const kg = m ? Number(m[1]) * (KG_PER[m[2].toLowerCase()] ?? 1) : 0;
          return kg / (weeks ?? REVIEW_WEEKS) > SAFE_KG_A_WEEK;
        });
        const reached =
          loss ??
          (weeks !== undefined && weeks <= WEIGHT_WINDOW_WEEKS && HEAVY_START.test(needText)
            ? findAll(WEIGHT_REACHED, cell.text)[0]
            : undefined);
        if (reached) {
          hits.push({
            cell,
            span: reached,
            message:
              'Losing weight safely takes time, especially for a child. Set a first step from where things are now, such as a little each month, or keeping weight steady while they grow.',
          });
        }
      }
      // Years of catching up in one step: working years behind, to age-related expectations in one target.
      const caughtUp = hits.some((h) => h.cell === cell) ? undefined : findAll(CAUGHT_UP, cell.text)[0];
      // "In line with his peers by the end of Year 10" gives the years it takes; a term or a date does not.
      const schoolYear = SCHOOL_YEAR.exec(needText + ' ' + rowText)?.[1];
      const later = caughtUp && laterYearIn(cell.text, schoolYear === undefined ? undefined : Number(schoolYear));
      if (caughtUp && cell.role !== 'measure' && !later && yearsBehind(needText + ' ' + rowText) >= 2) {
        hits.push({
          cell,
          span: caughtUp,
          message:
            'Catching up several school years at once sets the child up to fail. Set the next step from where they are now, and how much progress by when.',
        });
      }
      // The top of a scale straight from a low score ("Family Star from 2 to 10 by next month") is 100% in other words.
      const toTop = hits.some((h) => h.cell === cell)
        ? undefined
        : findAll(TO_TOP_OF_SCALE, cell.text).find((span) => Number(/\d{1,2}/.exec(span.text)?.[0]) < HIGH_SCALE_START);
      if (toTop && SCORE_WORD.test(cell.text)) {
        hits.push({
          cell,
          span: toTop,
          message:
            'Going from a low score to the top of the scale in one step sets the family up to fail. Set the next step up from where they are now.',
        });
      }
      // A self-care skill in full by a date, with no step on the way ("dry in the day with reminders first").
      const inFull = hits.some((h) => h.cell === cell) ? undefined : findAll(SKILL_IN_FULL, cell.text)[0];
      if (inFull && cell.role !== 'measure' && !STEPPED.test(rowText)) {
        hits.push({
          cell,
          span: inFull,
          message: `Children learn this over months, with accidents on the way, so "${/fully|completely|totally|entirely/i.exec(inFull.text)?.[0].toLowerCase() ?? 'fully'}" sets them up to fail. Set the next step from where they are now, such as dry in the day with reminders.`,
        });
      }
      // A rise from a low start faster than anyone can climb in the row's own time: "from 48% to 90%" over six
      // weeks is 7 points a week, where the guidance's realistic step is about 2 ("35% to 60% this term").
      if (!hits.some((h) => h.cell === cell) && cell.role !== 'measure') {
        const below = [...new Set(percents.filter((p) => p < 100))];
        const [from, to] = [Math.min(...below), Math.max(...below)];
        // Only one step from the start to the goal: a row that names a later goal too ("50% by half term and 100%
        // by summer") is already staged.
        const target =
          below.length === 2 && !percents.includes(100) && from < HIGH_START && to - from >= SMALL_RISE
            ? [...cell.text.matchAll(PERCENT)].find((m) => Number(m[1]) === to)
            : undefined;
        const weeks = target ? windowWeeks(row, rowText) : undefined;
        if (target && weeks !== undefined && (to - from) / weeks > MOST_POINTS_A_WEEK) {
          hits.push({
            cell,
            span: { start: target.index, end: target.index + target[0].length, text: target[0] },
            message: `Going from ${from}% to ${to}% in about ${Math.max(1, Math.round(weeks))} weeks is a big jump, and missing it can feel like failing. Set a first step from where things are now, such as ${Math.min(to, from + 10)}% by a date, then the next.`,
          });
        }
      }
      // Every day, straight from a single low starting point ("attendance is 22%" ... "in school every day from
      // next Monday"), is 100% in other words.
      // Every exam, or top grades, straight from a long time out of school ("14 months out of school", then
      // "grade 7 or above in all 9 GCSEs this summer"), with no step on the way.
      const allExams = hits.some((h) => h.cell === cell) ? undefined : findAll(ALL_EXAMS, cell.text)[0];
      if (allExams && cell.role !== 'measure' && LONG_OUT.test(needText) && !STEPPED.test(rowText)) {
        hits.push({
          cell,
          span: allExams,
          message:
            'After a long time out of school, top results in every subject at once sets them up to fail. Start from where they are now: the subjects that matter most first, with a step they can reach.',
        });
      }
      // All of a counted set, a curriculum level or two, or a daily habit cut to a quarter, all at once.
      if ((countedNeed || levelNeed || habitRow) && !hits.some((h) => h.cell === cell) && cell.role !== 'measure') {
        const allAtOnce = countedNeed ? allFromLowCount(needText, cell.text, spannedWeeks) : undefined;
        const levels = allAtOnce || !levelNeed ? undefined : levelsAtOnce(needText, cell.text);
        const habit = allAtOnce || levels || !habitRow ? undefined : habitCutAtOnce(rowText, cell.text);
        const span = allAtOnce ?? levels ?? habit;
        if (span) {
          hits.push({
            cell,
            span,
            message: allAtOnce
              ? 'Going straight to all of them from a low start sets the child up to fail. Set the next step from where they are now, such as a few more by a date, then the next.'
              : levels
                ? 'Each curriculum level takes about three school years, so more than one at once sets the child up to fail. Set the next step within the level they are working at, and by when.'
                : 'Cutting a daily habit to a fraction overnight is rarely realistic, and the plan fails if they cannot. Agree a first step down from where things are now, and the next one after it.',
          });
        }
      }
      // Every day of going somewhere, not of something done at home ("breakfast every day", "his medication
      // every day"): the baseline counts days at school, and so does the demand.
      const everyDay = findAll(EVERY_DAY, cell.text).find((span) =>
        ATTENDING.test(
          cell.text.slice(Math.max(0, span.start - ATTENDING_REACH), span.start) +
            ' ' +
            cell.text.slice(span.end, span.end + ATTENDING_REACH),
        ),
      );
      const fromNothing = LONG_OUT.test(needText) && !STEPPED.test(rowText);
      // A share of days below all of them, set in the row's own target ("9 of 10 school days"), is a step too.
      const lowStart = lowStartOnly(percents) && !STEPPED.test(rowText) && !SHARE_OF_DAYS.test(targetText());
      if (everyDay && !hits.some((h) => h.cell === cell) && (lowStart || fromNothing)) {
        hits.push({
          cell,
          span: everyDay,
          message:
            'Going straight to every day from a low start sets the family up to fail. Start from where things are now and set a step they can reach first.',
        });
      }
      // A course longer than the row's whole window: "complete a 20-week programme" in eight weeks.
      const course = hits.some((h) => h.cell === cell) || cell.role === 'measure' ? null : COURSE_WEEKS.exec(cell.text);
      if (course) {
        const weeks = spannedWeeks();
        if (weeks !== undefined && weeks + 1 < Number(course[1])) {
          hits.push({
            cell,
            span: { start: course.index, end: course.index + course[0].length, text: course[0] },
            message: `A ${course[1]}-week course cannot be finished in about ${Math.max(1, Math.round(weeks))} weeks. Set what can be done by then, such as the sessions attended so far, and when the course will end.`,
          });
        }
      }
    }
    return hits;
  },
};
