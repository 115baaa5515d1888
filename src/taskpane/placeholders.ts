// `[placeholders]` in a suggested rewrite are the facts only the author knows: "[named person]",
// "[by date]". The editor selects them one by one so the author can type over each.
import { findGaps, type Gap } from '../engine/rewrite/gaps';

export type Placeholder = Gap;

export const findPlaceholders = findGaps;

/** The first placeholder starting at or after `from`; null when none is left after the caret. */
export function nextPlaceholder(text: string, from: number): Placeholder | null {
  return findPlaceholders(text).find((p) => p.start >= from) ?? null;
}

/** The last placeholder ending at or before `from`. */
export function previousPlaceholder(text: string, from: number): Placeholder | null {
  const before = findPlaceholders(text).filter((p) => p.end <= from);
  return before[before.length - 1] ?? null;
}
