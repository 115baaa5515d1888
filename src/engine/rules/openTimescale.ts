// T: "ongoing", "ASAP": no point at which anyone can check progress.
import { GUIDANCE } from '../guidance';
import { openTimescales } from '../timescale';
import { cellsWith, type Rule } from '../rule';

export const openTimescale: Rule = {
  id: 'open-timescale',
  code: 'open-timescale',
  letters: ['T'],
  severity: 'warning',
  title: '"Ongoing", "ASAP" and other open timescales',
  guidance: GUIDANCE.openTimescale,
  check(row) {
    return cellsWith(row, ['outcome', 'action', 'owner', 'when', 'owner_when', 'action_owner_when', 'measure']).flatMap(
      (cell) =>
        openTimescales(cell.text).map((span) => ({
          cell,
          span,
          message: `"${span.text}" is not a timescale: it gives no point at which to check how things are going. Say how often and until when, or by which date.`,
          suggestion: {
            kind: 'replace-span' as const,
            text: cell.role === 'when' ? 'by [dd/mm/yyyy]' : 'every [2] weeks until [dd/mm/yyyy]',
            modelledOn: GUIDANCE.timely,
          },
        })),
    );
  },
};
