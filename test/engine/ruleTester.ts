// A small RuleTester in the manner of ESLint's: each rule gets rows it must flag and rows it must leave alone,
// and a flagged row may say what the finding must look like (words quoted, message, column, role, severity).
import { checkRow, RULES } from '../../src/engine';
import type { CheckOptions, Finding, IssueCode, Role, Severity, SmartLetter } from '../../src/engine';

export interface RuleCase {
  cells: Partial<Record<Role, string>>;
  /** The words the finding should point at, when it points at words rather than a whole cell. */
  quote?: string;
  planDate?: string;
  /** Words the message must contain (a string) or match (a pattern). */
  message?: string | RegExp;
  /** The role of the cell the finding lands in. */
  role?: Role;
  /** How many findings with this code the row gets. */
  count?: number;
}

export interface RuleMeta {
  /** The rule id every finding with this code comes from. */
  rule: string;
  letters: SmartLetter[];
  severity: Severity;
}

function found(code: IssueCode, c: RuleCase): Finding[] {
  return checkRow(c.cells, { planDate: c.planDate }).filter((f) => f.code === code);
}

export function ruleTester(code: IssueCode, cases: { flagged: RuleCase[]; clean: RuleCase[]; meta?: RuleMeta }): void {
  describe(`rule ${code}`, () => {
    it.each(cases.flagged.map((c) => [Object.values(c.cells).join(' | '), c] as const))('flags: %s', (_, c) => {
      const hits = found(code, c);
      expect(hits.length).toBeGreaterThan(0);
      if (c.quote) expect(hits.map((f) => f.quote)).toContain(c.quote);
      if (c.role) expect(hits.map((f) => f.role)).toContain(c.role);
      if (c.count !== undefined) expect(hits).toHaveLength(c.count);
      if (c.message !== undefined) {
        const wanted = c.message;
        const matching = hits.filter((f) =>
          typeof wanted === 'string' ? f.message.includes(wanted) : wanted.test(f.message),
        );
        expect({ messages: hits.map((f) => f.message), matching: matching.length > 0 }).toEqual({
          messages: expect.any(Array),
          matching: true,
        });
      }
      // Where it lands: the column of a cell with that role, and a quote that is the cell's own text.
      const columns = Object.keys(c.cells) as Role[];
      for (const f of hits) {
        expect(columns[f.column]).toBe(f.role);
        expect(c.cells[f.role as Role]?.slice(f.start, f.end)).toBe(f.quote);
      }
      if (cases.meta) {
        for (const f of hits) {
          expect({ rule: f.rule, letters: f.letters, severity: f.severity }).toEqual(cases.meta);
        }
      }
    });
    it.each(cases.clean.map((c) => [Object.values(c.cells).join(' | '), c] as const))('leaves alone: %s', (_, c) => {
      expect(found(code, c)).toEqual([]);
    });
  });
}

/** What the user sees of each finding with this code: the rule's id, letters and severity, where it lands
 * (role, column, quote and where the quote starts), the message and the quick fix. For exact pins. */
export function seen(code: IssueCode, cells: Partial<Record<Role, string>>, options: CheckOptions = {}) {
  return checkRow(cells, options)
    .filter((f) => f.code === code)
    .map((f) => ({
      rule: f.rule,
      letters: f.letters,
      severity: f.severity,
      role: f.role,
      column: f.column,
      quote: f.quote,
      start: f.start,
      message: f.message,
      fix: f.suggestion && { kind: f.suggestion.kind, text: f.suggestion.text },
    }));
}

/** How the Settings tab and the command line list a rule: its code, letters, severity and title. */
export function listedAs(id: string) {
  const info = RULES.find((r) => r.id === id);
  return info && { code: info.code, letters: info.letters, severity: info.severity, title: info.title };
}
