// An in-memory PlanDocument for the pane's tests: tables of cell texts, our marks, the remembered
// state, and a log of what the pane asked for, so tests can see what a user would see in Word.
import type {
  ApplyOptions,
  CheckScope,
  DocumentCapabilities,
  DocumentState,
  MarkOptions,
  MarkResult,
  PlanDocument,
  ReadResult,
} from '../../src/document/PlanDocument';
import type { Finding, PlanTableSpec } from '../../src/engine/types';
import type { RowRewrite } from '../../src/engine/rewrite/types';
import { applyRewriteBySuggestions } from '../../src/document/applyRewrite';
import type { EngineApi, RuleInfo } from '../../src/taskpane/engineAdapter';
import type { CheckOptions, PlanReport, TableInput } from '../../src/engine/types';

export interface FakeMark {
  findingId: string;
  table: number;
  row: number;
  column: number;
  comment: boolean;
  author?: string;
}

export class FakePlanDocument implements PlanDocument {
  tables: string[][][];
  surroundingText = '';
  marks: FakeMark[] = [];
  state: DocumentState = { ignored: [] };
  selected: Finding[] = [];
  applied: Array<{ finding: Finding; text: string; tracked: boolean }> = [];
  inserted: PlanTableSpec[] = [];
  summaries: string[] = [];
  /** Table the cursor is in, for 'selection' checks. */
  cursorTable = 0;
  readCount = 0;
  failNextRead?: Error;
  caps: DocumentCapabilities = {
    host: 'docx',
    comments: true,
    trackedChanges: true,
    critiques: false,
    insertTables: true,
    limitations: [],
  };

  constructor(tables: string[][][]) {
    this.tables = tables.map((t) => t.map((r) => [...r]));
  }

  async capabilities(): Promise<DocumentCapabilities> {
    return this.caps;
  }

  async readTables(scope: CheckScope): Promise<ReadResult> {
    this.readCount += 1;
    if (this.failNextRead) {
      const error = this.failNextRead;
      this.failNextRead = undefined;
      throw error;
    }
    const all = this.tables.map((rows, index) => ({
      index,
      rows: rows.map((r) => [...r]),
      selected: index === this.cursorTable,
    }));
    return {
      tables: scope === 'selection' ? all.filter((t) => t.selected) : all,
      surroundingText: this.surroundingText,
      notes: [],
    };
  }

  async mark(findings: Finding[], options: MarkOptions): Promise<MarkResult> {
    this.marks = findings.map((f) => ({
      findingId: f.id,
      table: f.table,
      row: f.row,
      column: f.column,
      comment: options.comments,
      author: options.author,
    }));
    return {
      highlighted: findings.length,
      commented: options.comments ? findings.length : 0,
      resolved: 0,
      notFound: [],
    };
  }

  async clearMarks(): Promise<number> {
    const removed = this.marks.length;
    this.marks = [];
    return removed;
  }

  async applyRewrite(rewrite: RowRewrite, options: ApplyOptions): Promise<void> {
    await applyRewriteBySuggestions(this, rewrite, options);
  }

  async applySuggestion(finding: Finding, text: string, options: ApplyOptions): Promise<void> {
    const row = this.tables[finding.table][finding.row];
    const cell = row[finding.column];
    const kind = finding.suggestion?.kind ?? 'replace-span';
    row[finding.column] =
      kind === 'replace-cell'
        ? text
        : kind === 'append'
          ? `${cell} ${text}`
          : cell.slice(0, finding.start) + text + cell.slice(finding.end);
    this.applied.push({ finding, text, tracked: options.tracked });
  }

  async select(finding: Finding): Promise<void> {
    this.selected.push(finding);
  }

  async insertPlanTable(spec: PlanTableSpec): Promise<void> {
    this.inserted.push(spec);
    this.tables.push([spec.header, ...spec.rows.map((r) => r.map((c) => c.text ?? ''))]);
  }

  async insertSummary(text: string): Promise<void> {
    this.summaries.push(text);
  }

  async getState(): Promise<DocumentState> {
    return { ...this.state, ignored: [...this.state.ignored] };
  }

  async setState(state: DocumentState): Promise<void> {
    this.state = { ...state, ignored: [...state.ignored] };
  }
}

/**
 * A small engine with three rules, so the pane's tests do not depend on the real engine's wording:
 * "ongoing" (open timescale, T, error), "regularly" (no measure, M, warning) and "appropriate"
 * (subjective, S+M, info). Ids are rule + cell text, so they survive a re-check of unchanged text.
 */
export const FAKE_RULES: RuleInfo[] = [
  { id: 'open-timescale', code: 'open-timescale', letters: ['T'], severity: 'error', title: 'Open-ended timescales' },
  { id: 'no-measure', code: 'no-measure', letters: ['M'], severity: 'warning', title: 'Nothing to measure' },
  {
    id: 'subjective',
    code: 'subjective',
    letters: ['S', 'M'],
    severity: 'info',
    title: 'Words that depend on who judges',
  },
];

const PATTERNS: Array<{ rule: RuleInfo; word: string; message: string; suggestion: string }> = [
  {
    rule: FAKE_RULES[0],
    word: 'ongoing',
    message: 'There is no end date, so nobody can tell when this is late.',
    suggestion: 'every week until [end date]',
  },
  {
    rule: FAKE_RULES[1],
    word: 'regularly',
    message: 'How often is not said, so progress cannot be counted.',
    suggestion: '[how many] times a week',
  },
  {
    rule: FAKE_RULES[2],
    word: 'appropriate',
    message: 'Whether this is met depends on who is judging.',
    suggestion: 'safe and warm, with [what will be seen]',
  },
];

export function fakeCheck(tables: TableInput[], options: CheckOptions = {}): PlanReport {
  const disabled = options.disabledRules ?? [];
  const analyses = tables.map((table, t) => {
    const findings: Finding[] = [];
    table.rows.forEach((cells, row) => {
      if (row === 0) return; // header
      cells.forEach((text, column) => {
        for (const p of PATTERNS) {
          if (disabled.includes(p.rule.id)) continue;
          const start = text.toLowerCase().indexOf(p.word);
          if (start < 0) continue;
          findings.push({
            id: `${p.rule.id}:${text}`,
            rule: p.rule.id,
            code: p.rule.code,
            letters: p.rule.letters,
            severity: p.rule.severity,
            table: t,
            row,
            column,
            role: null,
            start,
            end: start + p.word.length,
            quote: text.slice(start, start + p.word.length),
            message: p.message,
            guidance: { document: 'torbay', section: 'Checklist', point: 'Say who does what, and by when.' },
            suggestion: { kind: 'replace-span', text: p.suggestion },
          });
        }
      });
    });
    return { table: t, layout: { layoutId: null, headerRows: 1, columns: [], confidence: 1 }, findings };
  });
  const all = analyses.flatMap((a) => a.findings);
  const planFindings: Finding[] = /review/i.test(options.surroundingText ?? '')
    ? []
    : [
        {
          id: 'plan:no-review-date',
          rule: 'no-review-date',
          code: 'no-review-date',
          letters: ['T'],
          severity: 'warning',
          table: -1,
          row: -1,
          column: -1,
          role: null,
          start: 0,
          end: 0,
          quote: '',
          message: 'The plan does not say when it will be reviewed.',
          guidance: { document: 'wakefield', section: 'Step 7', point: 'Set a date to look at the plan again.' },
        },
      ];
  const count = (letter: string) => all.filter((f) => f.letters.includes(letter as never)).length;
  return {
    tables: analyses,
    planFindings,
    score: {
      overall: Math.max(0, 100 - all.length * 10),
      letters: (['S', 'M', 'A', 'R', 'T'] as const).map((letter) => ({
        letter,
        score: Math.max(0, 100 - count(letter) * 20),
        findings: count(letter),
      })),
      counts: {
        error: all.filter((f) => f.severity === 'error').length,
        warning: all.filter((f) => f.severity === 'warning').length,
        info: all.filter((f) => f.severity === 'info').length,
      },
      actions: 4,
      actionsWithOwner: 3,
      actionsWithTimescale: 1,
      actionsWithMeasure: 2,
    },
  };
}

export const fakeEngine: EngineApi = {
  checkPlan: fakeCheck,
  validateHouseStyle: (json) =>
    json && typeof json === 'object' && !Array.isArray(json)
      ? 'rules' in json && typeof (json as { rules: unknown }).rules !== 'object'
        ? { errors: ['"rules" must list rule ids, each set to "off", "error", "warning" or "info".'] }
        : { style: json, errors: [] }
      : { errors: ['The house style must be a JSON object.'] },
  rules: FAKE_RULES,
};

/** A small plan: a header and three rows, with faults in rows 1 and 3. */
export function samplePlan(): string[][][] {
  return [
    [
      ['Desired outcome', 'What needs to happen?', 'When?'],
      ['Sam goes to school every day.', 'Mum to walk Sam to school regularly.', 'ongoing'],
      ['Sam sleeps by 8pm.', 'Bedtime routine agreed with Dad on 3 March.', 'by 30 April'],
      ['The home is appropriate for a baby.', 'Health visitor visits.', 'by 1 June'],
    ],
  ];
}
