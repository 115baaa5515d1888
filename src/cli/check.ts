// smart-plan check <file.docx|folder>...: a reviewed copy of each plan with highlights and comments
// (and tracked rewrites with --tracked), a line per plan, and an audit report across all of them.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import path from 'path';
import { DocxError, DocxPlanDocument } from '../docx';
import { checkPlan, validateHouseStyle, type Finding, type HouseStyle, type PlanReport } from '../engine';
import { parseArgs } from './args';
import { writeReport, type PlanResult } from './report';

const USAGE =
  'Usage: smart-plan check <file.docx|folder>... [--out DIR] [--author NAME] [--tracked] [--plan-date DD/MM/YYYY] [--house-style FILE] [--report FILE.html|.csv|.json]\n';

/** A plan date as people write it (31/03/2025, 31-3-2025) or ISO (2025-03-31), as ISO; undefined if not a real day. */
export function isoPlanDate(text: string): string | undefined {
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const parts = uk ? [uk[3], uk[2], uk[1]] : iso ? [iso[1], iso[2], iso[3]] : undefined;
  if (!parts) return undefined;
  const [y, m, d] = parts;
  const date = new Date(Number(y), Number(m) - 1, Number(d), 12);
  if (date.getFullYear() !== Number(y) || date.getMonth() !== Number(m) - 1 || date.getDate() !== Number(d))
    return undefined;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

function inputsFrom(paths: string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) {
      problems.push(`${p}: no such file or folder`);
    } else if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name.toLowerCase().endsWith('.docx') && !name.includes('.reviewed.') && !name.startsWith('~$'))
          files.push(path.join(p, name));
      }
    } else files.push(p);
  }
  return { files, problems };
}

function reviewedName(file: string, outDir?: string): string {
  const base = path.basename(file).replace(/\.docx$/i, '');
  return path.join(outDir ?? path.dirname(file), `${base}.reviewed.docx`);
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['out', 'author', 'plan-date', 'house-style', 'report'], ['tracked']);
  if (args.error || args.positional.length === 0) {
    process.stderr.write(`smart-plan check: ${args.error ?? 'name at least one .docx file or folder'}.\n${USAGE}`);
    return 2;
  }
  const planDateArg = args.values.get('plan-date');
  const planDate = planDateArg === undefined ? undefined : isoPlanDate(planDateArg);
  if (planDateArg !== undefined && !planDate) {
    process.stderr.write('smart-plan check: --plan-date must be a date like 31/03/2025 or 2025-03-31.\n');
    return 2;
  }
  let houseStyle: HouseStyle | undefined;
  const stylePath = args.values.get('house-style');
  if (stylePath) {
    let text: string;
    try {
      text = readFileSync(stylePath, 'utf8');
    } catch (error) {
      process.stderr.write(`smart-plan check: cannot read the house style ${stylePath}: ${(error as Error).message}\n`);
      return 2;
    }
    const { style, errors } = validateHouseStyle(text);
    if (!style) {
      process.stderr.write(
        `smart-plan check: the house style ${stylePath} has problems:\n${errors.map((e) => `  - ${e}`).join('\n')}\n`,
      );
      return 2;
    }
    houseStyle = style;
  }
  const outDir = args.values.get('out');
  if (outDir && (!existsSync(outDir) || !statSync(outDir).isDirectory())) {
    process.stderr.write(`smart-plan check: the --out folder ${outDir} does not exist.\n`);
    return 2;
  }

  const { files, problems } = inputsFrom(args.positional);
  let failed = problems.length;
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  const results: PlanResult[] = [];
  const showProgress = process.stderr.isTTY && files.length > 5;
  for (const [i, file] of files.entries()) {
    if (showProgress)
      process.stderr.write(
        `\r${'#'.repeat(Math.round(((i + 1) / files.length) * 30)).padEnd(30, '.')} ${i + 1}/${files.length}`,
      );
    try {
      const result = await reviewOne(file, {
        outDir,
        author: args.values.get('author'),
        tracked: args.flags.has('tracked'),
        planDate,
        houseStyle,
      });
      results.push(result);
      if (showProgress) process.stderr.write('\r\x1b[K');
      process.stdout.write(`${summaryLine(result)}\n`);
    } catch (error) {
      failed++;
      if (showProgress) process.stderr.write('\r\x1b[K');
      const reason = error instanceof DocxError ? error.message : `could not be reviewed: ${(error as Error).message}`;
      process.stderr.write(`${file}: ${reason}\n`);
    }
  }
  const reportPath = args.values.get('report');
  if (reportPath) {
    try {
      writeReport(reportPath, results);
      process.stdout.write(`Audit of ${results.length} plan(s) written to ${reportPath}\n`);
    } catch (error) {
      failed++;
      process.stderr.write(`${reportPath}: the report could not be written: ${(error as Error).message}\n`);
    }
  }
  if (failed) process.stderr.write(`${failed} file(s) could not be reviewed; the others were.\n`);
  return failed ? 1 : 0;
}

interface ReviewOptions {
  outDir?: string;
  author?: string;
  tracked: boolean;
  planDate?: string;
  houseStyle?: HouseStyle;
}

export async function reviewOne(file: string, options: ReviewOptions): Promise<PlanResult> {
  if (!/\.docx$/i.test(file))
    throw new DocxError('not a .docx file. Save the plan from Word as a .docx and try again.');
  const document = await DocxPlanDocument.open(readFileSync(file), { author: options.author });
  const read = await document.readTables('document');
  if (read.tables.length === 0) throw new DocxError('this document has no tables, so there is no plan table to check.');
  const report: PlanReport = checkPlan(read.tables, {
    planDate: options.planDate,
    surroundingText: read.surroundingText,
    houseStyle: options.houseStyle,
  });
  const findings: Finding[] = report.tables.flatMap((t) => t.findings);
  if (report.tables.every((t) => !t.layout))
    throw new DocxError(`no plan table found: ${report.tables[0]?.reason ?? ''}`.trim());
  await document.mark(findings, { comments: true, author: options.author });
  let applied = 0;
  if (options.tracked) {
    // Right to left within each cell, so that each rewrite leaves the others' offsets true.
    const rewrites = findings
      .filter((f) => f.suggestion?.kind === 'replace-span')
      .sort((a, b) => a.table - b.table || a.row - b.row || a.column - b.column || b.start - a.start);
    for (const finding of rewrites) {
      try {
        await document.applySuggestion(finding, finding.suggestion!.text, { tracked: true });
        applied++;
      } catch {
        // A rewrite that no longer fits (two findings on the same words) is left for the author.
      }
    }
  }
  const out = reviewedName(file, options.outDir);
  try {
    writeFileSync(out, await document.save());
  } catch (error) {
    throw new DocxError(
      `the reviewed copy could not be written to ${out} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); is it open in Word?`,
    );
  }
  return { file, out, report, applied };
}

function summaryLine(result: PlanResult): string {
  const { score } = result.report;
  const counts = `${score.counts.error} to put right, ${score.counts.warning} to improve, ${score.counts.info} tips`;
  const tracked = result.applied ? `, ${result.applied} rewrites as tracked changes` : '';
  return `${result.file}: ${score.overall}/100 (${counts}${tracked}) -> ${result.out}`;
}
