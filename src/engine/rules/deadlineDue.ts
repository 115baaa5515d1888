// T (for the review, not a fault): a deadline that has come and gone since the plan was written is a
// question to ask at the review ("was it done?"), not a sign the plan was badly written.
import { GUIDANCE } from '../guidance';
import { parseIsoDate } from '../timescale';
import { ukDate } from '../templates';
import { type Rule } from '../rule';

export const deadlineDue: Rule = {
  id: 'deadline-due',
  code: 'deadline-due',
  letters: [],
  severity: 'info',
  title: 'Deadlines passed since the plan: was it done?',
  guidance: GUIDANCE.review,
  check(row) {
    const today = parseIsoDate(row.today);
    if (!today) return [];
    const planDate = parseIsoDate(row.planDate);
    return row.timescales
      .filter((t) => {
        const due = t.kind === 'deadline' ? parseIsoDate(t.date) : undefined;
        // Before the plan date is past-deadline's fault; this is only what fell due after it.
        return due !== undefined && due < today && (!planDate || due >= planDate);
      })
      .map((t) => ({
        cell: row.cells.find((c) => c.column === t.column) ?? row.cells[0],
        span: t,
        message: `This was due on ${ukDate(t.date as string)}. At the review, ask whether it was done, and agree what happens next.`,
      }));
  },
};
