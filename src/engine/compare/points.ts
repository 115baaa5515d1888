// The points of drift on a pair of rows: dates that passed or moved, owners who changed, a measure
// repeated with no progress figure, and for a dropped row whether the newer plan says why.
import { ownerSpans } from '../language';
import { NUMBER_WORDS, PLAN_CHRONO, findTimescales, isoDay, parseIsoDate } from '../timescale';
import { sentences } from '../text';
import { stem, terms, wordOverlap } from './similarity';
import { textOf } from './rows';
import type { PlanRow } from './types';

/** Roles whose dates are deadlines or end dates of the work (not the need's history, not progress notes). */
const DATED_ROLES = ['outcome', 'action', 'action_owner_when', 'owner_when', 'when', 'measure'] as const;
/** Roles that say who is responsible; an action column only counts when no other column does. */
const OWNER_ROLES = ['owner', 'owner_when', 'action_owner_when'] as const;

const NUMBER = '(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const WITHIN = new RegExp(`\\b(?:within|in|over)\\s+(?:the\\s+)?(?:next\\s+)?${NUMBER}\\s+(day|week|month)s?\\b`, 'gi');

/** "within 6 weeks" counted from the plan's own date: the deadline it set. */
function relativeEnds(text: string, planDate: string): string[] {
  const base = parseIsoDate(planDate);
  if (!base) return [];
  const ends: string[] = [];
  for (const match of text.matchAll(WITHIN)) {
    const amount = NUMBER_WORDS[match[1].toLowerCase()] ?? Number(match[1]);
    const date = new Date(base);
    const unit = match[2].toLowerCase();
    if (unit === 'day') date.setDate(date.getDate() + amount);
    else if (unit === 'week') date.setDate(date.getDate() + 7 * amount);
    else date.setMonth(date.getMonth() + amount);
    ends.push(isoDay(date));
  }
  return ends;
}

/** A day written out ("14/03/2025", "5 April"), not one chrono works out from "10 minutes after tea". */
const ABSOLUTE_DATE =
  /\d{1,2}\s*[/.-]\s*\d{1,2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:19|20)\d{2}\b/i;

export interface RowDates {
  /** Every date in the work columns, sorted, once each. */
  all: string[];
  /** Dates the work was due by: after "by", "before", "until", or counted from the plan ("within 6 weeks"). */
  deadlines: string[];
}

/** The dates of a row's work columns (not the need's history, not progress notes). */
export function rowDates(row: PlanRow, planDate: string): RowDates {
  const text = textOf(row, DATED_ROLES);
  const found = findTimescales(text, planDate);
  // chrono reads "every Friday until 28/03/2025" as a range starting on Friday, which the frequency then
  // hides: read what follows each frequency again on its own so its end date is not lost.
  const after = found.filter((t) => t.kind === 'frequency').flatMap((t) => findTimescales(text.slice(t.end), planDate));
  const dated = [...found, ...after].filter(
    (t) => (t.kind === 'date' || t.kind === 'deadline') && t.date && ABSOLUTE_DATE.test(t.text),
  );
  const relative = relativeEnds(text, planDate);
  const unique = (dates: string[]) => [...new Set(dates)].sort();
  return {
    all: unique([...dated.map((t) => t.date!), ...relative]),
    deadlines: unique([...dated.filter((t) => t.kind === 'deadline').map((t) => t.date!), ...relative]),
  };
}

/** The last date the row's work was due by that is before the newer plan's date. */
export function passedDeadline(dates: RowDates, newPlanDate: string): string | undefined {
  const end = dates.all[dates.all.length - 1];
  const candidates = [...dates.deadlines, ...(end ? [end] : [])].filter((d) => d < newPlanDate);
  return candidates.sort().pop();
}

/** A date the old row had that the new row replaced with a later one. */
export function movedDate(before: RowDates, after: RowDates): { from: string; to: string } | undefined {
  const gone = before.all.filter((d) => !after.all.includes(d));
  const added = after.all.filter((d) => !before.all.includes(d));
  if (gone.length === 0 || added.length === 0) return undefined;
  const from = gone[gone.length - 1];
  const to = added[added.length - 1];
  return to > from ? { from, to } : undefined;
}

const DONE = /\b(?:yes|y|achieved|done|complete|completed|met|finished|green|closed|in place)\b|\u2713|\u2714/i;
const NOT_DONE =
  /\b(?:no|not|n|partly|partially|part|ongoing|on-going|in progress|amber|red|outstanding|yet to|awaiting|waiting|delayed|cancelled|missed)\b/i;

/** An "Achieved?" or progress column says the work was done. */
export function saysDone(row: PlanRow | null): boolean {
  const text = row ? textOf(row, ['achieved']) : '';
  return DONE.test(text) && !NOT_DONE.test(text);
}

const GENERIC_OWNERS = new Set(['we', 'i', 'family', 'all', 'worker']);
/** "Jo Banks, family support worker": a first name and surname, which ownerSpans finds only before a verb. */
const FULL_NAME = /(?<![\p{L}])\p{Lu}[\p{Ll}'\u2019-]+\s+\p{Lu}[\p{Ll}'\u2019-]+(?![\p{L}])/gu;
const NOT_FIRST_NAME =
  /^(?:The|This|That|These|Each|Every|By|On|In|At|From|Until|For|If|When|All|Any|No|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Mrs|Ms|Miss|Mx|Dr)$/;

/** The people and roles a row makes responsible, as written. */
export function owners(row: PlanRow): string[] {
  let text = textOf(row, OWNER_ROLES);
  if (!text) text = textOf(row, ['action']);
  const found = new Map<string, string>();
  const names = [...text.matchAll(FULL_NAME)]
    .map((m) => ({ text: m[0] }))
    .filter((m) => !NOT_FIRST_NAME.test(m.text.split(/\s+/)[0]));
  for (const span of [...names, ...ownerSpans(text)]) {
    // "Marie agrees", "Paul's social worker will": keep the name or role, not the verb after it.
    const cleaned = span.text
      .replace(/\s+(?:agrees?|will|to|has|have|must|should|is\s+to|and\s+[A-Z]\S*)$/u, '')
      .replace(/['\u2019]s\s+.*$/u, '')
      .trim();
    const key = cleaned.toLowerCase();
    if (!key || GENERIC_OWNERS.has(key)) continue;
    if (![...found.keys()].some((k) => k.includes(key))) found.set(key, cleaned);
  }
  return [...found.values()];
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);

/** Whether someone named in one row appears anywhere in another row's text. */
function mentioned(owner: string, text: string): boolean {
  const words = owner
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .filter((w) => !TITLES.has(w.replace(/\.$/, '')));
  const haystack = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  // A person by any part of their name ("Ms Cole" and "Jo Cole"); a role by all its words.
  const isName = /^\p{Lu}/u.test(owner.replace(/^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+/u, ''));
  const hits = words.filter((w) => haystack.includes(` ${w} `) || haystack.includes(` ${w}s `));
  return isName ? hits.length > 0 : hits.length === words.length;
}

/** Owners of the old row no longer named, and owners of the new row not named before. */
export function ownerChange(old: PlanRow, next: PlanRow): { gone: string[]; arrived: string[] } {
  const oldText = old.cells.map((c) => c.text).join('\n');
  const newText = next.cells.map((c) => c.text).join('\n');
  return {
    gone: owners(old).filter((o) => !mentioned(o, newText)),
    arrived: owners(next).filter((o) => !mentioned(o, oldText)),
  };
}

/** Numbers in a text that are not part of a date: counts and percentages that record progress. */
export function figures(text: string, planDate: string): string[] {
  let rest = text;
  for (const t of [...findTimescales(text, planDate)].reverse())
    rest = `${rest.slice(0, t.start)} ${rest.slice(t.end)}`;
  return rest.match(/\d+(?:\.\d+)?%?/g) ?? [];
}

/** The same measure in both rows, and nothing in the newer one records a progress figure. */
export function measureUnchanged(old: PlanRow, next: PlanRow, oldDate: string, newDate: string): boolean {
  const before = textOf(old, ['measure']);
  const after = textOf(next, ['measure']);
  if (!before || !after || wordOverlap(before, after) < 0.85) return false;
  if (figures(textOf(next, ['achieved']), newDate).length > 0) return false;
  const oldFigures = new Set(figures(old.cells.map((c) => c.text).join('\n'), oldDate));
  const added = figures(
    next.cells
      .filter((c) => c.role !== 'achieved')
      .map((c) => c.text)
      .join('\n'),
    newDate,
  ).filter((f) => !oldFigures.has(f));
  return added.length === 0;
}

const REASON_CUE =
  /\b(?:because|achieved|completed|complete|done|no longer|not needed|not required|closed|ended|stopped|removed|taken off|moved|transferred|stepped down|resolved|met|replaced|instead|declined|withdrawn|finished)\b/i;

/** A sentence of the newer plan, outside its actions, that says why a dropped row is gone. */
export function reasonFor(dropped: PlanRow, newPlanText: string): string | undefined {
  const keys = new Set(
    terms(`${dropped.aim}\n${textOf(dropped, ['action', 'action_owner_when', 'measure'])}`)
      .filter((t) => !t.key.includes(' '))
      .map((t) => t.key),
  );
  let best: { sentence: string; shared: number } | undefined;
  for (const { text } of sentences(newPlanText)) {
    if (!REASON_CUE.test(text)) continue;
    const own = terms(text).filter((t) => !t.key.includes(' '));
    const shared = new Set(own.filter((t) => keys.has(t.key)).map((t) => t.key));
    const strong = [...shared].some((k) => k.startsWith('#')) || own.some((t) => t.weight > 1 && keys.has(t.key));
    if ((shared.size >= 2 || (strong && shared.size >= 1)) && (!best || shared.size > best.shared))
      best = { sentence: text, shared: shared.size };
  }
  return best?.sentence;
}

const PLAN_DATE_LINE =
  /\b(?:plan date|date of (?:the )?plan|date (?:the )?plan (?:was )?(?:agreed|made|written|started)|date of (?:the )?(?:review|meeting|conference)(?: meeting)?)\b\s*[:\-\u2013]?\s*(.{4,60})/i;

/** The plan's own date, from a "Plan date: ..." line of its text. */
export function planDateFromText(text: string, today: string): string | undefined {
  const reference = parseIsoDate(today) ?? new Date();
  for (const line of text.split('\n')) {
    const match = PLAN_DATE_LINE.exec(line);
    if (!match) continue;
    const found = PLAN_CHRONO.parse(match[1], reference, { forwardDate: false })[0];
    if (found && found.start.isCertain('day') && found.start.isCertain('month')) return isoDay(found.start.date());
  }
  return undefined;
}

/** "3 March 2025": dates as a family reads them. */
export function readableDate(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

export { stem };
