// `[placeholders]` in a suggested rewrite are the facts only the author knows: "[named person]",
// "[by date]". The editor selects them one by one so the author can type over each.

export interface Placeholder {
  start: number;
  end: number;
  /** The words inside the brackets. */
  label: string;
}

export function findPlaceholders(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const match of text.matchAll(/\[([^[\]\n]{1,60})\]/g)) {
    found.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, label: match[1] });
  }
  return found;
}

/** The first placeholder starting at or after `from`; null when none is left after the caret. */
export function nextPlaceholder(text: string, from: number): Placeholder | null {
  return findPlaceholders(text).find((p) => p.start >= from) ?? null;
}

/** The last placeholder ending at or before `from`. */
export function previousPlaceholder(text: string, from: number): Placeholder | null {
  const before = findPlaceholders(text).filter((p) => p.end <= from);
  return before[before.length - 1] ?? null;
}
