// smart-plan: the engine and the .docx work from a terminal. Each command lives in its own module and
// exports `run(args): Promise<number>` (the exit status).
import { run as runEval } from './eval';
import { run as runFindings } from './findings';
import { run as runRewrite } from './rewrite';
import { run as runCheck } from './check';
import { run as runCompare } from './compare';
import { run as runTemplate } from './template';

const USAGE = `smart-plan: checks children's social care plans against SMART planning guidance.

Usage:
  smart-plan eval <corpus.jsonl> [--json]        score the engine on a labelled corpus
  smart-plan findings <corpus.jsonl>             one JSON line of findings per corpus item
  smart-plan rewrite <corpus.jsonl>              one JSON line per item: the whole row after its rewrite
  smart-plan check <file.docx|folder>... [--out DIR] [--force] [--author NAME] [--tracked]
                   [--plan-date YYYY-MM-DD|DD/MM/YYYY] [--house-style FILE] [--report FILE.html|.csv|.json]
                                                 write NAME.reviewed.docx with highlights and comments
                                                 (never over an existing file without --force)
  smart-plan template <layout> --out plan.docx   write a new plan document in a guidance layout
  smart-plan compare OLD.docx NEW.docx [--json] [--report FILE.html]
                   [--old-plan-date YYYY-MM-DD] [--plan-date YYYY-MM-DD]
                                                 what drifted since the last plan: rows carried over,
                                                 deadlines passed, dates moved, outcomes dropped
`;

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  eval: runEval,
  findings: runFindings,
  rewrite: runRewrite,
  check: runCheck,
  template: runTemplate,
  compare: runCompare,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`smart-plan: unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  return command(args);
}
