// A small RuleTester in the manner of ESLint's: each rule gets rows it must flag and rows it must leave alone.
import { checkRow } from '../../src/engine';
import type { IssueCode, Role } from '../../src/engine';

export interface RuleCase {
  cells: Partial<Record<Role, string>>;
  /** The words the finding should point at, when it points at words rather than a whole cell. */
  quote?: string;
  planDate?: string;
}

export function ruleTester(code: IssueCode, cases: { flagged: RuleCase[]; clean: RuleCase[] }): void {
  describe(`rule ${code}`, () => {
    it.each(cases.flagged.map((c) => [Object.values(c.cells).join(' | '), c] as const))('flags: %s', (_, c) => {
      const found = checkRow(c.cells, { planDate: c.planDate }).filter((f) => f.code === code);
      expect(found.length).toBeGreaterThan(0);
      if (c.quote) expect(found.map((f) => f.quote)).toContain(c.quote);
    });
    it.each(cases.clean.map((c) => [Object.values(c.cells).join(' | '), c] as const))('leaves alone: %s', (_, c) => {
      expect(checkRow(c.cells, { planDate: c.planDate }).filter((f) => f.code === code)).toEqual([]);
    });
  });
}
