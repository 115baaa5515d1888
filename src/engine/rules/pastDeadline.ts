// T: with the plan's date known, a deadline already gone needs a new date.
import { GUIDANCE } from '../guidance';
import { parseIsoDate } from '../timescale';
import { type Rule } from '../rule';

export const pastDeadline: Rule = {
  id: 'past-deadline',
  code: 'past-deadline',
  letters: ['T'],
  severity: 'warning',
  title: 'Deadline already passed',
  guidance: GUIDANCE.timely,
  check(row) {
    const planDate = parseIsoDate(row.planDate);
    if (!planDate) return [];
    return row.timescales
      .filter((t) => t.kind === 'deadline' && t.date && (parseIsoDate(t.date) as Date) < planDate)
      .map((t) => {
        const cell = row.cells.find((c) => c.column === t.column) ?? row.cells[0];
        return {
          cell,
          span: t,
          message: `${t.text} is before the plan's date, so this deadline has already passed. Agree a new date.`,
          suggestion: { kind: 'replace-span' as const, text: '[new date, dd/mm/yyyy]', modelledOn: GUIDANCE.timely },
        };
      });
  },
};
