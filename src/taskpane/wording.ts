// Small helpers for what users read: counts with the right plural, lists of rows, sentences that end
// with exactly one full stop.

/** "1 tip", "3 plans". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "row 2", "rows 1, 2 and 5", "rows 1 to 40 and 42" (rows as the user counts them). */
export function rowList(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  if (sorted.length === 1) return `row ${sorted[0]}`;
  // Three or more rows in a row read as a range: "rows 1 to 40 and 42", not forty numbers.
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]} to ${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  if (parts.length === 1) return `rows ${parts[0]}`;
  return `rows ${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** A sentence ending in one full stop (or its own ? or !), however the text it is built from ended. */
export function sentence(text: string): string {
  const trimmed = text.trim().replace(/\.+$/, '');
  return /[?!…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Joins sentences with single spaces, never a doubled full stop. */
export function sentences(...parts: Array<string | false | undefined>): string {
  return parts
    .filter((part): part is string => Boolean(part && part.trim()))
    .map(sentence)
    .join(' ');
}
