// smart-plan template <layout> --out plan.docx: a new plan document in one of the guidance's layouts.
import { existsSync, writeFileSync } from 'fs';
import { DocxPlanDocument } from '../docx';
import { LAYOUTS } from '../engine/layouts';
import { buildTemplate } from '../engine/templates';
import type { LayoutId } from '../engine/types';
import { parseArgs } from './args';

const USAGE =
  'Usage: smart-plan template <layout> --out plan.docx [--plan-date YYYY-MM-DD] [--children NAMES] [--rows N]\n       smart-plan template --list\n';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['out', 'plan-date', 'children', 'rows'], ['list', 'force']);
  if (args.error) {
    process.stderr.write(`smart-plan template: ${args.error}\n${USAGE}`);
    return 2;
  }
  if (args.flags.has('list')) {
    for (const layout of LAYOUTS) process.stdout.write(`${layout.id.padEnd(24)} ${layout.name}: ${layout.useWhen}\n`);
    return 0;
  }
  const [layoutId] = args.positional;
  const layout = LAYOUTS.find((l) => l.id === layoutId);
  if (!layout) {
    process.stderr.write(
      `smart-plan template: ${layoutId ? `there is no layout called "${layoutId}"` : 'name a layout'}. Choose one of: ${LAYOUTS.map((l) => l.id).join(', ')}.\n`,
    );
    return 2;
  }
  const out = args.values.get('out');
  if (!out) {
    process.stderr.write(`smart-plan template: say where to write the plan with --out plan.docx.\n${USAGE}`);
    return 2;
  }
  const planDate = args.values.get('plan-date');
  if (planDate && !isRealDate(planDate)) {
    process.stderr.write('smart-plan template: --plan-date must be a date like 2025-03-31.\n');
    return 2;
  }
  const rowsText = args.values.get('rows');
  if (rowsText !== undefined && !/^\d+$/.test(rowsText)) {
    process.stderr.write('smart-plan template: --rows must be a whole number, such as 5.\n');
    return 2;
  }
  if (existsSync(out) && !args.flags.has('force')) {
    process.stderr.write(`smart-plan template: ${out} already exists; add --force to replace it.\n`);
    return 1;
  }
  const rows = rowsText === undefined ? undefined : Number(rowsText);
  const spec = buildTemplate(layout.id as LayoutId, { planDate, children: args.values.get('children'), rows });
  const document = await DocxPlanDocument.create(spec);
  writeFileSync(out, await document.save());
  process.stdout.write(
    `Wrote ${out}: a ${layout.name} with ${spec.rows.length} rows to fill in, review date ${spec.details.find((d) => d.label === 'Review date')?.value}.\n`,
  );
  return 0;
}

/** yyyy-mm-dd naming a day that exists (not 2025-02-30). */
function isRealDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
