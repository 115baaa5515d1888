// T: "ongoing", "ASAP": no point at which anyone can check progress.
import { GUIDANCE } from '../guidance';
import { openTimescales } from '../timescale';
import { cellsWith, type Rule } from '../rule';

const CONTINUING = /\b(?:on-?\s?going|continuous\w*|throughout|indefinitely|open ended|no end date)\b/i;

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
          // "ASAP" asks for a date, "ongoing" for an end: neither means "every two weeks".
          suggestion: {
            kind: 'replace-span' as const,
            text: CONTINUING.test(span.text)
              ? cell.role === 'when' && span.start === 0
                ? 'Until [dd/mm/yyyy]'
                : 'until [dd/mm/yyyy]'
              : cell.role === 'when' && span.start === 0
                ? 'By [dd/mm/yyyy]'
                : 'by [dd/mm/yyyy]',
            modelledOn: GUIDANCE.timely,
          },
        })),
    );
  },
};
