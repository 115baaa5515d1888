// smart-plan findings <corpus.jsonl>: one JSON line of findings per item.
import { checkRow } from '../engine';
import { CorpusError, readCorpus } from './corpus';

export async function run(args: string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('Usage: smart-plan findings <corpus.jsonl>\n');
    return 2;
  }
  let items;
  try {
    items = readCorpus(file);
  } catch (error) {
    if (error instanceof CorpusError) {
      process.stderr.write(`smart-plan findings: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
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
