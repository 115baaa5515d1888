// Small text tools the rules share. Every pattern here is built from literal words joined by simple
// separators, so matching stays linear in the length of the cell (no catastrophic backtracking).

export interface Span {
  start: number;
  end: number;
  text: string;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// House styles add and remove words, so rules build their matchers per row: the same list gives the same
// matcher, built once (a 10,000-phrase list used to be compiled again for every row of every plan).
const matchers = new Map<string, RegExp>();
const MATCHERS_KEPT = 64;

/** A case-insensitive matcher for whole words or phrases; spaces in a phrase match spaces or hyphens. */
export function phraseMatcher(phrases: readonly string[]): RegExp {
  const key = phrases.join('\u0000');
  let matcher = matchers.get(key);
  if (!matcher) {
    if (matchers.size >= MATCHERS_KEPT) matchers.clear();
    matchers.set(key, (matcher = buildPhraseMatcher(phrases)));
  }
  matcher.lastIndex = 0;
  return matcher;
}

function buildPhraseMatcher(phrases: readonly string[]): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length).map((phrase) => phrase.trim());
  const source = (phrase: string) => phrase.split(/\s+/).map(escape).join('[\\s\\-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${byFirstLetter(sorted, source)})(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * The phrases' alternatives, those with the same first letter grouped: V8 tried every phrase in turn at each
 * position, and a group at once by its letter (a 120-phrase list about 1.5x as fast over the corpus). Phrases
 * that start with different ASCII characters (case aside) never match at the same place, so the order within
 * each group is all the order there is: the same matches. Any other first character: one flat list, as before.
 */
function byFirstLetter(phrases: readonly string[], source: (phrase: string) => string): string {
  if (!phrases.every((phrase) => /^[\x21-\x7e]/.test(phrase))) return phrases.map(source).join('|');
  const groups = new Map<string, string[]>();
  for (const phrase of phrases) {
    const letter = phrase[0].toLowerCase();
    let group = groups.get(letter);
    if (!group) groups.set(letter, (group = []));
    group.push(source(phrase));
  }
  return [...groups.values()].map((group) => (group.length === 1 ? group[0] : `(?:${group.join('|')})`)).join('|');
}

/**
 * A pattern of alternatives ("\\bby ...|\\bevery ..."), with each run of them that start at a word boundary
 * written `\\b(?:by ...|every ...)`: V8 tested the boundary once for each alternative at every position, and
 * once is about twice as fast over the corpus for FREQUENCY. A zero-width test shared by the run: the same
 * matches, preferred in the same order.
 */
export function wordAlternatives(alternatives: readonly string[], flags: string): RegExp {
  const parts: string[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length > 0) parts.push(run.length === 1 ? `\\b${run[0]}` : `\\b(?:${run.join('|')})`);
    run = [];
  };
  for (const alternative of alternatives.flatMap(topLevelAlternatives)) {
    if (alternative.startsWith('\\b')) run.push(alternative.slice(2));
    else {
      endRun();
      parts.push(alternative);
    }
  }
  endRun();
  return new RegExp(parts.join('|'), flags);
}

/** A pattern's alternatives outside any group or class. */
function topLevelAlternatives(source: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      found.push(source.slice(from, i));
      from = i + 1;
    }
  }
  found.push(source.slice(from));
  return found;
}

/**
 * Most matches of one pattern that one cell is searched for. No real cell comes near it; a pasted cell of
 * "ASAP ASAP ..." has 20,000, and every rule that walks the matches would then pay for all of them.
 */
export const MATCH_LIMIT = 200;

export function findAll(pattern: RegExp, text: string, limit = MATCH_LIMIT): Span[] {
  const spans: Span[] = [];
  const global = pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + 'g');
  global.lastIndex = 0;
  for (let match = global.exec(text); match && spans.length < limit; match = global.exec(text)) {
    if (match[0].length === 0) {
      global.lastIndex++;
      continue;
    }
    spans.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return spans;
}

export function firstMatch(pattern: RegExp, text: string): Span | undefined {
  return findAll(pattern, text, 1)[0];
}

export function hasMatch(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

const NONE: unique symbol = Symbol('none');

/**
 * A pure question about one text, answered once for each of the last few thousand texts: the rules, the
 * plan's score and the rewriter's re-check of a row all ask the same questions of the same cells. Arrays
 * come back frozen, since they are shared: copy before changing.
 */
export function rememberedByText<T>(answer: (text: string) => T, limit = 5000): (text: string) => T {
  // An answer of undefined is kept as NONE, so that a first question costs one look-up, not two.
  const known = new Map<string, T | typeof NONE>();
  return (text) => {
    let result = known.get(text);
    if (result === undefined) {
      result = answer(text);
      if (Array.isArray(result)) Object.freeze(result);
      if (known.size >= limit) known.clear();
      known.set(text, result === undefined ? NONE : result);
    }
    return (result === NONE ? undefined : result) as T;
  };
}

/** As `rememberedByText`, for a question whose answer also depends on the plan date (one memory per date). */
export function rememberedByTextAndDate<T>(
  answer: (text: string, planDate?: string) => T,
  limit = 5000,
): (text: string, planDate?: string) => T {
  const byDate = new Map<string | undefined, (text: string) => T>();
  return (text, planDate) => {
    let remembered = byDate.get(planDate);
    if (remembered === undefined) {
      if (byDate.size >= 8) byDate.clear();
      byDate.set(planDate, (remembered = rememberedByText((t) => answer(t, planDate), limit)));
    }
    return remembered(text);
  };
}

/**
 * The sentences of a text (split at . ! ? ; and line breaks), trimmed, with their offsets. A point between
 * digits is a time or a decimal ("9.30-11.30", "2.5 units"), not the end of a sentence.
 */
export const sentences: (text: string) => readonly Span[] = rememberedByText(sentencesOf);

function sentencesOf(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /(?:[^.!?\n;]|(?<=\d)\.(?=\d))+(?:[.!?;]+|\n|$)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const trimmedStart = match[0].length - match[0].trimStart().length;
    const body = match[0].trim();
    if (body.length > 1)
      spans.push({ start: match.index + trimmedStart, end: match.index + trimmedStart + body.length, text: body });
  }
  return spans;
}

export function wordCount(text: string): number {
  const words = text.match(/[\p{L}\p{N}']+/gu);
  return words ? words.length : 0;
}

/** Hash used for finding ids: stable across runs, short, no crypto needed. */
export function shortHash(input: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (base36(h1 >>> 0) + base36(h2 >>> 0)).slice(0, 12);
}

const DIGITS36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** `n.toString(36)` for a whole number, without V8's general radix conversion (3x slower; every finding has an id). */
function base36(n: number): string {
  let out = '';
  do {
    out = DIGITS36[n % 36] + out;
    n = Math.floor(n / 36);
  } while (n > 0);
  return out;
}

/**
 * The text with these spans (in any order, overlapping or not) filled with `fill`: the same length, so
 * offsets still match. One pass in order, so a long cell of many spans stays linear.
 */
export function blankSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>, fill = ' '): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const from = Math.max(at, span.start);
    if (span.end <= from) continue;
    out += text.slice(at, from) + fill.repeat(span.end - from);
    at = span.end;
  }
  return out + text.slice(at);
}
