// The smallest change that turns one cell text into another, by whole words: the common words at the
// start and at the end stay, so a tracked change shows only what the rewrite really changes.

export interface WordChange {
  /** Offsets in the old text: [from, to) is replaced by `inserted`. */
  from: number;
  to: number;
  inserted: string;
}

function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

export function wordChange(before: string, after: string): WordChange | null {
  if (before === after) return null;
  const a = tokens(before);
  const b = tokens(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++;
  const length = (list: string[]) => list.reduce((sum, t) => sum + t.length, 0);
  const from = length(a.slice(0, prefix));
  const to = before.length - length(a.slice(a.length - suffix));
  const inserted = b.slice(prefix, b.length - suffix).join('');
  return { from, to, inserted };
}

/** A short, stable hash (FNV-1a, base 36): enough to know our own words again without keeping them. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
