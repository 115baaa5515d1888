// How many cases a fast-check property tries. `npm run mutation` runs the engine's tests once per mutant,
// so its jest config sets the global FUZZ_RUNS_CAP to keep each run short; `npm test` runs them all.
export function fuzzRuns(runs: number): number {
  const cap = (globalThis as { FUZZ_RUNS_CAP?: unknown }).FUZZ_RUNS_CAP;
  return typeof cap === 'number' && cap > 0 ? Math.min(runs, cap) : runs;
}
