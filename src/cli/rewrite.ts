// smart-plan rewrite <corpus.jsonl>: one JSON line per item, the whole row after its rewrite (issue #13).
// Cells the rewrite does not touch, and SMART rows, come back exactly as they were.
import { rewriteRowByRole } from '../engine';
import { corpusFromArgs } from './corpus';

export async function run(args: string[]): Promise<number> {
  const items = corpusFromArgs('rewrite', args, 'smart-plan rewrite <corpus.jsonl>');
  if (typeof items === 'number') return items;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  // One set across the file, as across a plan: no two rows are given the same rewritten text.
  const taken = new Set<string>();
  for (const item of items) {
    const rewrite = rewriteRowByRole(item.cells, {}, taken);
    const cells: Record<string, string> = {};
    const roles = Object.keys(item.cells);
    roles.forEach((role, column) => {
      const changed = rewrite?.cells.find((c) => c.column === column);
      cells[role] = changed ? changed.after : (item.cells[role as keyof typeof item.cells] ?? '');
    });
    process.stdout.write(`${JSON.stringify({ id: item.id, cells })}\n`);
  }
  return 0;
}
