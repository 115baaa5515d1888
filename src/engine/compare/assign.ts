// Pairing old rows with new rows so that the pairs, taken together, are as alike as possible (the
// Hungarian method), leaving a row unpaired rather than forcing it onto a stranger below the threshold.

/**
 * For a scores[i][j] matrix (old i, new j, 0..1), the partner of each old row (-1 for none) maximising the
 * sum of (score - threshold) over pairs; pairs scoring below the threshold are never made.
 */
export function assignRows(scores: number[][], threshold: number): number[] {
  const n = scores.length;
  if (n === 0) return [];
  const m = scores[0].length;
  const BIG = 1e6;
  // Columns 0..m-1 are the new rows; m..m+n-1 let each old row stay unpaired at the threshold's cost.
  const width = m + n;
  const cost = (i: number, j: number): number => {
    if (j >= m) return 1 - threshold;
    const s = scores[i][j];
    return s >= threshold ? 1 - s : BIG;
  };
  // Shortest augmenting paths with potentials (1-based arrays), O(n^2 * width).
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(width + 1).fill(0);
  const p = new Array<number>(width + 1).fill(0);
  const way = new Array<number>(width + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(width + 1).fill(Infinity);
    const used = new Array<boolean>(width + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= width; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= width; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const partner = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j] > 0 && scores[p[j] - 1][j - 1] >= threshold) partner[p[j] - 1] = j - 1;
  return partner;
}
