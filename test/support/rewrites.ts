// A hand-made row rewrite for the sample plan (test/taskpane/fakeDocument.ts), and an engine that proposes
// it: the pane's tests need a rewrite with a gap to fill without depending on what the rewriter writes.
import type { RowRewrite } from '../../src/engine/rewrite/types';
import type { PlanReport } from '../../src/engine/types';
import type { EngineApi } from '../../src/taskpane/engineAdapter';

/** Row 1 of the sample plan, "Mum to walk Sam to school regularly.", said how often and until when. */
export const WALK_TO_SCHOOL: RowRewrite = {
  id: 'rw:1',
  table: 0,
  row: 1,
  cells: [
    {
      column: 1,
      role: 'action',
      before: 'Mum to walk Sam to school regularly.',
      after: 'Mum to walk Sam to school every weekday at [time].',
    },
    { column: 2, role: 'when', before: 'ongoing', after: 'Every weekday until the review on 30 June' },
  ],
  resolves: ['no-measure:Mum to walk Sam to school regularly.', 'open-timescale:ongoing'],
  summary: 'Says how often Mum walks Sam to school, and until when.',
  modelledOn: { document: 'torbay', section: 'Common errors', point: 'Say how often and until when.' },
};

/** The engine given, also proposing `rewrite` while its row still reads as it did before. */
export function proposing(engine: EngineApi, rewrite: RowRewrite = WALK_TO_SCHOOL): EngineApi {
  const first = rewrite.cells[0];
  return {
    ...engine,
    checkPlan: (tables, options) => {
      const unchanged = tables[rewrite.table]?.rows[rewrite.row]?.[first.column] === first.before;
      const withRewrite = (report: PlanReport) => ({ ...report, rewrites: unchanged ? [rewrite] : [] });
      const report = engine.checkPlan(tables, options);
      return report instanceof Promise ? report.then(withRewrite) : withRewrite(report);
    },
  };
}
