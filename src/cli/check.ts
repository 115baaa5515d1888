// smart-plan check <file.docx|folder>...: a reviewed copy of each plan with highlights and comments
// (and tracked rewrites with --tracked), a line per plan, and an audit report across all of them.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import { DocxError, DocxPlanDocument } from '../docx';
import { megabytes } from '../docx/zipParts';
import { checkPlan, readingLine, validateHouseStyle, type Finding, type HouseStyle, type PlanReport } from '../engine';
import { hasGaps } from '../engine/rewrite/gaps';
import { parseArgs } from './args';
import { WriteRefused, writeReport, writeSafely, type PlanResult } from './report';

const USAGE =
  'Usage: smart-plan check <file.docx|folder>... [--out DIR] [--force] [--author NAME] [--tracked] [--plan-date DD/MM/YYYY] [--house-style FILE] [--report FILE.html|.csv|.json]\n';

/** Plans with more text in their tables than this are checked, but not marked (ordinary plans have under 100 KB). */
export const MARK_TEXT_LIMIT = 1024 * 1024;
/** Plans with more text than this are not checked at all, so one pasted-in archive never stalls a batch. */
export const CHECK_TEXT_LIMIT = 2 * 1024 * 1024;

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
      const names = readdirSync(p).sort();
      const plans = names.filter(
        (name) => name.toLowerCase().endsWith('.docx') && !name.includes('.reviewed.') && !name.startsWith('~$'),
      );
      files.push(...plans.map((name) => path.join(p, name)));
      if (plans.length === 0) {
        const macro = names.filter((name) => /\.docm$/i.test(name)).length;
        problems.push(
          macro
            ? `${p}: no .docx plans in this folder; ${macro} macro-enabled document(s) (.docm) are not checked. Save them as .docx (Word document) and try again.`
            : `${p}: no .docx plans in this folder.`,
        );
      }
    } else files.push(p);
  }
  return { files, problems };
}

/**
 * The reviewed copy's name for each plan: NAME.reviewed.docx beside it or in --out, and where two plans
 * would share one name (plan.docx from two folders), NAME-2.reviewed.docx and so on, said aloud.
 */
function reviewedNames(files: string[], outDir?: string): { names: Map<string, string>; notes: string[] } {
  const names = new Map<string, string>();
  const notes: string[] = [];
  const taken = new Set<string>();
  // Case-insensitive, as on Windows and macOS disks.
  const key = (file: string) => path.resolve(file).toLowerCase();
  for (const file of files) {
    const base = path.basename(file).replace(/\.docx$/i, '');
    const dir = outDir ?? path.dirname(file);
    let out = path.join(dir, `${base}.reviewed.docx`);
    for (let n = 2; taken.has(key(out)); n++) out = path.join(dir, `${base}-${n}.reviewed.docx`);
    if (path.basename(out) !== `${base}.reviewed.docx`)
      notes.push(`${file}: another plan in this check has the same name, so its reviewed copy is ${out}.`);
    taken.add(key(out));
    names.set(file, out);
  }
  return { names, notes };
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['out', 'author', 'plan-date', 'house-style', 'report'], ['tracked', 'force']);
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
  if (outDir) {
    if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
      process.stderr.write(`smart-plan check: --out ${outDir} is a file, not a folder.\n`);
      return 2;
    }
    try {
      mkdirSync(outDir, { recursive: true });
    } catch (error) {
      process.stderr.write(
        `smart-plan check: the --out folder ${outDir} could not be made (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).\n`,
      );
      return 2;
    }
  }

  const { files, problems } = inputsFrom(args.positional);
  let failed = problems.length;
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  const { names, notes } = reviewedNames(files, outDir);
  for (const note of notes) process.stderr.write(`${note}\n`);
  const results: PlanResult[] = [];
  const showProgress = process.stderr.isTTY && files.length > 5;
  for (const [i, file] of files.entries()) {
    if (showProgress)
      process.stderr.write(
        `\r${'#'.repeat(Math.round(((i + 1) / files.length) * 30)).padEnd(30, '.')} ${i + 1}/${files.length}`,
      );
    try {
      const result = await reviewOne(file, {
        out: names.get(file)!,
        force: args.flags.has('force'),
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
      process.stderr.write(`${file}: ${reasonFor(error)}\n`);
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

/** Plain words for what went wrong with one plan; never a parser's or a stack's own words. */
function reasonFor(error: unknown): string {
  if (error instanceof DocxError) return error.message;
  if (error instanceof RangeError) return 'could not be reviewed: its tables are nested too deeply to read.';
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code) return `could not be read (${code}).`;
  return 'could not be reviewed: it is damaged in a way this checker cannot read. Open it in Word, save it again and retry.';
}

interface ReviewOptions {
  /** Where the reviewed copy goes. */
  out: string;
  /** Replace an existing file of that name. */
  force: boolean;
  author?: string;
  tracked: boolean;
  planDate?: string;
  houseStyle?: HouseStyle;
}

export async function reviewOne(file: string, options: ReviewOptions): Promise<PlanResult> {
  if (!/\.docx$/i.test(file))
    throw new DocxError(
      /\.docm$/i.test(file)
        ? 'a macro-enabled document (.docm) is not checked. Save it as a .docx (Word document) and try again.'
        : 'not a .docx file. Save the plan from Word as a .docx and try again.',
    );
  const document = await DocxPlanDocument.open(readFileSync(file), { author: options.author });
  const read = await document.readTables('document');
  if (read.tables.length === 0) throw new DocxError('this document has no tables, so there is no plan table to check.');
  const tableText = read.tables.reduce((sum, t) => sum + t.rows.reduce((s, row) => s + row.join('').length, 0), 0);
  if (tableText > CHECK_TEXT_LIMIT)
    throw new DocxError(
      `this plan has ${megabytes(tableText)} of text in its tables; plans over ${megabytes(CHECK_TEXT_LIMIT)} are not checked (ordinary plans have well under 1 MB). Split it into smaller documents and try again.`,
    );
  const report: PlanReport = checkPlan(read.tables, {
    planDate: options.planDate,
    surroundingText: read.surroundingText,
    houseStyle: options.houseStyle,
  });
  if (report.tables.every((t) => !t.layout))
    throw new DocxError(`no plan table found: ${report.tables[0]?.reason ?? ''}`.trim());
  if (tableText > MARK_TEXT_LIMIT)
    return {
      file,
      out: '',
      report,
      applied: 0,
      note: `this plan has ${megabytes(tableText)} of text in its tables; plans over ${megabytes(MARK_TEXT_LIMIT)} are checked without marks, so no reviewed copy was written`,
    };
  const findings: Finding[] = [...report.tables.flatMap((t) => t.findings), ...report.planFindings];
  await document.mark(findings, { comments: true, author: options.author });
  let applied = 0;
  if (options.tracked) applied = await applyTracked(document, report, findings);
  // Without --tracked, each row's rewrite is offered in a comment for the author to use.
  else for (const rewrite of report.rewrites ?? []) document.commentRewrite(rewrite);
  const bytes = await document.save();
  try {
    writeSafely(options.out, bytes, options.force);
  } catch (error) {
    const why =
      error instanceof WriteRefused
        ? error.message
        : `${options.out} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); is it open in Word?`;
    throw new DocxError(`the reviewed copy could not be written: ${why}`);
  }
  return { file, out: options.out, report, applied };
}

/**
 * The tracked changes of `check --tracked`: a row rewrite where the engine gives one, otherwise the quick
 * fixes. Anything holding a [gap] (a fact only the author knows) stays in the comment, never in the plan.
 */
export async function applyTracked(
  document: DocxPlanDocument,
  report: PlanReport,
  findings: Finding[],
): Promise<number> {
  let applied = 0;
  if (report.rewrites?.length) {
    for (const rewrite of report.rewrites) {
      if (!rewrite.cells.some((cell) => hasGaps(cell.after))) {
        try {
          await document.applyRewrite(rewrite, { tracked: true });
          applied++;
          continue;
        } catch {
          // A row that no longer matches is offered in a comment instead, like one with a gap.
        }
      }
      document.commentRewrite(rewrite);
    }
    return applied;
  }
  // Right to left within each cell, so that each rewrite leaves the others' offsets true.
  const fixes = findings
    .filter((f) => f.table >= 0 && f.suggestion?.kind === 'replace-span' && !hasGaps(f.suggestion.text))
    .sort((a, b) => a.table - b.table || a.row - b.row || a.column - b.column || b.start - a.start);
  for (const finding of fixes) {
    try {
      await document.applySuggestion(finding, finding.suggestion!.text, { tracked: true });
      applied++;
    } catch {
      // A rewrite that no longer fits (two findings on the same words) is left for the author.
    }
  }
  return applied;
}

function summaryLine(result: PlanResult): string {
  const { score } = result.report;
  const counts = `${score.counts.error} to put right, ${score.counts.warning} to improve, ${score.counts.info} tips`;
  const tracked = result.applied ? `, ${result.applied} rewrites as tracked changes` : '';
  // How each table was read, so a plan read the wrong way is seen at once.
  const readings = result.report.tables.map((t) => `  ${readingLine(t, t.table + 1)}`);
  return [
    `${result.file}: ${score.overall}/100 (${counts}${tracked}) -> ${result.out || `not marked: ${result.note}`}`,
    ...readings,
  ].join('\n');
}
