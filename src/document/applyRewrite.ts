// A row rewrite written through a document's own applySuggestion, one cell at a time: the same code path
// Word and .docx already trust for single rewrites. Gaps are refused before anything is written.
import { hasGaps } from '../engine/rewrite/gaps';
import type { RowRewrite } from '../engine/rewrite/types';
import type { Finding } from '../engine/types';
import type { ApplyOptions, PlanDocument } from './PlanDocument';

export class GapLeftError extends Error {
  constructor() {
    super('Fill in every [gap] in the rewrite before applying it: a gap is never written into a plan.');
    this.name = 'GapLeftError';
  }
}

/** A finding that stands for one whole cell of a row rewrite. */
export function cellFinding(rewrite: RowRewrite, cell: RowRewrite['cells'][number]): Finding {
  return {
    id: `${rewrite.id}:${cell.row === undefined ? '' : `${cell.row}/`}${cell.column}`,
    rule: 'row-rewrite',
    code: 'to-complete',
    letters: [],
    severity: 'info',
    table: rewrite.table,
    row: cell.row ?? rewrite.row,
    column: cell.column,
    role: cell.role,
    start: 0,
    end: cell.before.length,
    quote: cell.before,
    message: rewrite.summary,
    guidance: rewrite.modelledOn,
    suggestion: { kind: 'replace-cell', text: cell.after, modelledOn: rewrite.modelledOn },
  };
}

export async function applyRewriteBySuggestions(
  document: Pick<PlanDocument, 'applySuggestion'>,
  rewrite: RowRewrite,
  options: ApplyOptions,
): Promise<void> {
  if (rewrite.cells.some((cell) => hasGaps(cell.after))) throw new GapLeftError();
  for (const cell of rewrite.cells) {
    if (cell.after === cell.before) continue;
    await document.applySuggestion(cellFinding(rewrite, cell), cell.after, options);
  }
}
