// `[gaps]` in a rewrite are the facts only the author knows: "[dd/mm/yyyy]", "[named worker]". A rewrite
// with a gap left is never written into a plan: the pane asks for each one first.

export interface Gap {
  start: number;
  end: number;
  /** The words inside the brackets. */
  label: string;
}

const GAP = /\[([^[\]\n]{1,60})\]/g;

export function findGaps(text: string): Gap[] {
  const found: Gap[] = [];
  for (const match of text.matchAll(GAP)) {
    const start = match.index ?? 0;
    found.push({ start, end: start + match[0].length, label: match[1] });
  }
  return found;
}

export function hasGaps(text: string): boolean {
  return findGaps(text).length > 0;
}
