// smart-plan findings <corpus.jsonl>: one JSON line of findings per item.
import { checkRow } from '../engine';
import { corpusFromArgs } from './corpus';

export async function run(args: string[]): Promise<number> {
  const items = corpusFromArgs('findings', args, 'smart-plan findings <corpus.jsonl>');
  if (typeof items === 'number') return items;
  // Piped into `head`, the reader may close early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  for (const item of items) {
    const findings = checkRow(item.cells).map(({ code, severity, role, start, end, message, suggestion }) => ({
      code,
      severity,
      role,
      start,
      end,
      message,
      suggestion: suggestion?.text ?? null,
    }));
    process.stdout.write(`${JSON.stringify({ id: item.id, findings })}\n`);
  }
  return 0;
}
