// Recognising a plan table from its header row. Matching forgives case, punctuation, line breaks and
// small changes of wording; columns of a layout we do not know still get roles one by one.
import { LAYOUTS } from './layouts';
import { rememberedByText } from './text';
import type { ColumnRole, LayoutId, LayoutMatch, Role } from './types';

const STOP_WORDS = new Set([
  'the',
  'a',
  'an',
  'to',
  'be',
  'of',
  'and',
  'we',
  'do',
  'does',
  'it',
  'is',
  'for',
  'will',
  'what',
  'how',
  'have',
]);

// Headers repeat (every layout's columns are compared with every header cell): remember the answers.
export const normaliseHeader: (text: string) => string = rememberedByText(normaliseUncached, 2000);

function normaliseUncached(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const tokens: (text: string) => Set<string> = rememberedByText(
  (text) =>
    new Set(
      normaliseHeader(text)
        .split(' ')
        .filter((w) => w && !STOP_WORDS.has(w)),
    ),
  2000,
);

interface Candidate {
  layoutId: LayoutId;
  role: Role;
  score: number;
}

interface LayoutName {
  layoutId: LayoutId;
  role: Role;
  tokens: Set<string>;
}

/**
 * Every layout's header and aliases, normalised once, with the names each word appears in: a cell is
 * compared only with the names it shares a word with (the others score 0), not with all of them.
 */
interface NameIndex {
  names: LayoutName[];
  /** Normalised name to the first layout name written exactly so. */
  exact: Map<string, number>;
  byToken: Map<string, number[]>;
}
let nameIndex: NameIndex | undefined;

function layoutNames(): NameIndex {
  if (nameIndex) return nameIndex;
  const index: NameIndex = { names: [], exact: new Map(), byToken: new Map() };
  for (const layout of LAYOUTS) {
    for (const column of layout.columns) {
      for (const name of [column.header, ...(column.aliases ?? [])]) {
        const at = index.names.length;
        const normal = normaliseHeader(name);
        if (!normal) continue;
        const nameTokens = tokens(name);
        index.names.push({ layoutId: layout.id, role: column.role, tokens: nameTokens });
        if (!index.exact.has(normal)) index.exact.set(normal, at);
        for (const token of nameTokens) {
          const list = index.byToken.get(token) ?? [];
          list.push(at);
          index.byToken.set(token, list);
        }
      }
    }
  }
  return (nameIndex = index);
}

/** The layout column a header or label reads as (similarity 0.6 or more), remembered per text. */
const bestLayoutColumn: (header: string) => Candidate | undefined = rememberedByText(bestLayoutColumnUncached, 2000);

function bestLayoutColumnUncached(header: string): Candidate | undefined {
  const index = layoutNames();
  const normal = normaliseHeader(header);
  if (!normal) return undefined;
  const exact = index.exact.get(normal);
  if (exact !== undefined) return { layoutId: index.names[exact].layoutId, role: index.names[exact].role, score: 1 };
  const words = tokens(header);
  const shared = new Map<number, number>();
  for (const word of words) for (const at of index.byToken.get(word) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
  let best: Candidate | undefined;
  // In layout order, so that of two names scoring the same the first one wins, as it always has.
  for (const at of [...shared.keys()].sort((a, b) => a - b)) {
    const name = index.names[at];
    const count = shared.get(at)!;
    // Containment rather than Jaccard: "Outcome" should match "Outcome (what will be different)".
    // Just below 1 when only the stop words differ, so the layout that words it exactly wins a tie.
    const score = Math.min(
      0.99,
      (count / Math.min(words.size, name.tokens.size)) * (count / Math.max(words.size, name.tokens.size)) ** 0.25,
    );
    if (!best || score > best.score) best = { layoutId: name.layoutId, role: name.role, score };
  }
  return best && best.score >= 0.6 ? best : undefined;
}

/** Roles from keywords, for headers no layout names: "Who and by when", "Agreed actions", "Target date". */
export function roleFromKeywords(header: string): Role | undefined {
  const h = normaliseHeader(header);
  if (!h) return undefined;
  const who = /\b(who|whom|responsible|lead|person|owner|by whom)\b/.test(h);
  const when = /\b(when|date|dates|timescale|timescales|deadline|by when|timeframe|target date)\b/.test(h);
  const action = /\b(action|actions|happen|tasks?|steps|what will be done|support|intervention|plan of work)\b/.test(h);
  if ((action || /\b(do|does|doing) what\b/.test(h)) && who && when) return 'action_owner_when';
  if (who && when) return 'owner_when';
  if (/\b(achieved|met|rag|status|completed)\b/.test(h) && !action) return 'achieved';
  if (/\b(how will we know|measure|measures|measured|evidence|progress|success|know it is working)\b/.test(h))
    return 'measure';
  if (who) return 'owner';
  if (when) return 'when';
  if (/\b(need|needs|concern|concerns|worry|worries|worried|why are we here|risk|issue|problem)\b/.test(h))
    return 'need';
  if (/\b(outcome|outcomes|goal|goals|aim|aims|change|different|objective|objectives|target|aspiration)\b/.test(h))
    return 'outcome';
  // The child's own words are asked for beside the plan, not judged as part of it.
  if (/\b(views?|voice|wishes|feelings|says|said)\b/.test(h)) return 'context';
  if (action || /\bwhat\b/.test(h)) return 'action';
  if (/\b(strength|strengths|scale|scaling|going well|gaps?)\b/.test(h)) return 'context';
  return undefined;
}

/** Text that is word for word a layout's header or alias. */
function exactlyNamed(text: string): boolean {
  return layoutNames().exact.has(normaliseHeader(text));
}

/**
 * Where a loose match to a layout's wording and the keywords disagree on a combined or measure column,
 * the keywords win: "Who will do what and by when?" names an action, "How will progress be measured?" a measure.
 */
function preferKeywords(candidate: Candidate | undefined, text: string): Role | undefined {
  if (!candidate || exactlyNamed(text)) return undefined;
  const keyword = roleFromKeywords(text);
  if (keyword === 'action_owner_when') return keyword;
  return keyword === 'measure' && candidate.role === 'achieved' && candidate.score < 1 ? keyword : undefined;
}

const JUDGED: ReadonlySet<Role> = new Set(['need', 'outcome', 'action', 'owner_when', 'action_owner_when']);

function matchHeaderRow(row: string[]): { columns: ColumnRole[]; votes: Map<LayoutId, number>; score: number } {
  const columns: ColumnRole[] = [];
  const votes = new Map<LayoutId, number>();
  let score = 0;
  row.forEach((header, column) => {
    // A header is a label, not a sentence of plan: a table continued without its header is not misread.
    if (!header || !looksLikeLabel(header)) return;
    const candidate = bestLayoutColumn(header);
    const role = preferKeywords(candidate, header) ?? candidate?.role ?? roleFromKeywords(header);
    if (!role) return;
    columns.push({ column, role, header: header.trim() });
    score += candidate ? candidate.score : 0.6;
    if (candidate && candidate.score >= 0.8) votes.set(candidate.layoutId, (votes.get(candidate.layoutId) ?? 0) + 1);
  });
  return { columns, votes, score };
}

/** The plan layout of a table, or null when it does not look like a plan. */
export function detectLayout(rows: string[][]): LayoutMatch | null {
  let best: (ReturnType<typeof matchHeaderRow> & { headerRow: number }) | undefined;
  for (let r = 0; r < Math.min(rows.length, 3); r++) {
    const match = matchHeaderRow(rows[r] ?? []);
    const distinct = new Set(match.columns.map((c) => c.role));
    const plausible = distinct.size >= 2 && match.columns.some((c) => JUDGED.has(c.role));
    if (plausible && (!best || match.score > best.score)) best = { ...match, headerRow: r };
  }
  if (!best) return null;
  const layoutId = votedLayout(best.votes);
  const headerCells = (rows[best.headerRow] ?? []).filter((c) => c.trim()).length;
  return {
    layoutId,
    headerRows: best.headerRow + 1,
    columns: best.columns,
    confidence: Math.min(1, best.columns.length / Math.max(headerCells, 1)),
  };
}

/** Why a table is not read as a plan, in plain words. */
export function notAPlanReason(rows: string[][]): string {
  if (rows.length === 0 || rows.every((r) => r.every((c) => !c.trim()))) return 'This table is empty.';
  const kind = notAPlanKind(rows);
  if (kind) return `This table looks like ${kind}, not a plan.`;
  if (rows.length < 2) return 'This table has only one row, so there is no plan under a header to check.';
  return 'This table does not look like a plan: its first rows have no headings such as outcome, need, actions, who or when.';
}

const CONTACT_WORDS =
  /\b(phone|telephone|tel|mobile|email|e mail|address|contact|contacts|agency|organisation|service)\b/;
const DETAIL_WORDS = /\b(date of birth|dob|d o b|name|names|school|gp|nhs number|ethnicity|gender|age)\b/;
const SIGNATURE_WORDS = /\b(signed|signature|signatures|sign)\b/;

/** What a table that is not a plan seems to be ("a contacts list"), when its headings or labels say. */
export function notAPlanKind(rows: string[][]): string | undefined {
  const labels = [...new Set([...(rows[0] ?? []), ...rows.slice(1).map((r) => r[0] ?? '')])]
    .filter(looksLikeLabel)
    .map(normaliseHeader);
  const count = (re: RegExp) => labels.filter((l) => re.test(l)).length;
  if (count(SIGNATURE_WORDS) >= 1 && count(SIGNATURE_WORDS) >= count(CONTACT_WORDS)) return 'a table for signatures';
  if (count(CONTACT_WORDS) >= 1) return 'a contacts list';
  if (count(DETAIL_WORDS) >= 2) return 'the plan details (names and dates)';
  return undefined;
}

/** Short, not a sentence, no date: how labels and headers look, and plan content mostly does not. */
function looksLikeLabel(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 160 || /[.!]$/.test(t) || /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(t)) return false;
  return normaliseHeader(t).split(' ').length <= 16;
}

/**
 * The role a label cell stands for ("Who will do this?" is owner), or undefined when the text reads as
 * content rather than a label: labels are short and are not sentences. Remembered per text: a table is
 * read for a header row, a label column and repeated headers, each asking about the same cells.
 */
export const labelRole: (text: string) => Role | undefined = rememberedByText(labelRoleUncached, 2000);

function labelRoleUncached(text: string): Role | undefined {
  const t = text.trim();
  if (!looksLikeLabel(t)) return undefined;
  const candidate = bestLayoutColumn(t);
  return preferKeywords(candidate, t) ?? candidate?.role ?? roleFromKeywords(t);
}

/** Like labelRole, with the layout a strong match votes for. */
function labelCandidate(text: string): { role: Role; layoutId?: LayoutId; score: number } | undefined {
  const role = labelRole(text);
  if (!role) return undefined;
  const candidate = bestLayoutColumn(text);
  return candidate?.role === role
    ? { role, layoutId: candidate.layoutId, score: candidate.score }
    : { role, score: 0.6 };
}

/** A numbered heading such as "Outcome 2", "Goal 1: school", "Area of need 3 - health". */
export const GROUP_HEADING =
  /^(?:outcome|goal|target|aim|need|area(?: of need)?|priority|worry|concern|domain|section|part|theme|objective)\s*(?:\d+|[ivx]+|[a-h])\b\s*(?:[:\-\u2013.)]|$)/i;

/** The layout a known-layout vote count points at (60% of its columns or more), or null. */
function votedLayout(votes: Map<LayoutId, number>): LayoutId | null {
  let layoutId: LayoutId | null = null;
  let layoutVotes = 0;
  for (const [id, count] of votes) {
    const layout = LAYOUTS.find((l) => l.id === id)!;
    if (count > layoutVotes && count >= Math.ceil(layout.columns.length * 0.6)) {
      layoutId = id;
      layoutVotes = count;
    }
  }
  return layoutId;
}

/** A plan whose labels run down a column: outcome blocks (one value column) or transposed (several). */
export interface LabelColumnMatch {
  /** The column holding the labels (0, or 1 when a merged group column sits to its left). */
  labelColumn: number;
  /** Label rows with their roles, in document order. */
  labels: Array<{ row: number; role: Role; header: string }>;
  layoutId: LayoutId | null;
  confidence: number;
}

/**
 * Labels down a column: most filled rows start with a label, with at least two roles of which one is judged.
 * Returns null when the labels do not run down the side.
 */
export function detectLabelColumn(rows: string[][]): LabelColumnMatch | null {
  let best: (LabelColumnMatch & { score: number }) | null = null;
  for (const labelColumn of [0, 1]) {
    const labels: LabelColumnMatch['labels'] = [];
    const votes = new Map<LayoutId, number>();
    let candidates = 0;
    let score = 0;
    // Rows of one filled cell are titles or group headings; rows without a value beside the label are
    // counted only when they carry a label.
    const isCandidate = (row: string[]): boolean => {
      if (row.length <= labelColumn + 1 || !row.some((c) => c.trim())) return false;
      const text = (row[labelColumn] ?? '').trim();
      if (!text) return false;
      return !(row.filter((c) => c.trim()).length === 1 && GROUP_HEADING.test(text));
    };
    // A label column labels at least 60% of its rows: once more than 40% have missed, stop looking, so
    // a long plan read by its header row costs a few label look-ups, not one per row.
    const allowedMisses = Math.floor(rows.filter(isCandidate).length * 0.4);
    let gaveUp = false;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!isCandidate(row)) continue;
      const text = row[labelColumn] ?? '';
      const rest = row.slice(labelColumn + 1);
      candidates++;
      if (candidates - labels.length > allowedMisses + 1) {
        gaveUp = true;
        break;
      }
      const candidate = labelCandidate(text);
      if (!candidate) continue;
      if (rest.length > 0 && rest.every((c) => c.trim() && labelRole(c) !== undefined) && rest.length > 1) continue;
      labels.push({ row: r, role: candidate.role, header: text.trim() });
      score += candidate.score;
      if (candidate.layoutId && candidate.score >= 0.8)
        votes.set(candidate.layoutId, (votes.get(candidate.layoutId) ?? 0) + 1);
    }
    const distinct = new Set(labels.map((l) => l.role));
    const plausible =
      !gaveUp &&
      labels.length >= 2 &&
      distinct.size >= 2 &&
      labels.some((l) => JUDGED.has(l.role)) &&
      labels.length >= Math.ceil(candidates * 0.6);
    if (plausible && (!best || score > best.score)) {
      best = {
        labelColumn,
        labels,
        layoutId: votedLayout(votes),
        confidence: Math.min(1, labels.length / Math.max(candidates, 1)),
        score,
      };
    }
  }
  if (!best) return null;
  const { score: _score, ...match } = best;
  void _score;
  return match;
}
