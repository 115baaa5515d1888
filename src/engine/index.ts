// Public face of the engine. Pure TypeScript: no Office or React import, so it runs in Node and the browser.
import type { CheckOptions, PlanReport, TableInput } from './types';

export * from './types';
export { LAYOUTS, layoutById } from './layouts';

/** Checks every table of a document and the plan as a whole. (Stub until the rules land.) */
export function checkPlan(tables: TableInput[], options: CheckOptions = {}): PlanReport {
  void options;
  return {
    tables: tables.map((_, table) => ({ table, layout: null, reason: 'The engine is not written yet.', findings: [] })),
    planFindings: [],
    score: {
      overall: 100,
      letters: (['S', 'M', 'A', 'R', 'T'] as const).map((letter) => ({ letter, score: 100, findings: 0 })),
      counts: { error: 0, warning: 0, info: 0 },
      actions: 0,
      actionsWithOwner: 0,
      actionsWithTimescale: 0,
      actionsWithMeasure: 0,
    },
  };
}
