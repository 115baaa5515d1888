// M: a parent's own word as the only proof of progress is not safe on its own.
import { GUIDANCE } from '../guidance';
import { OTHER_EVIDENCE, SELF_REPORT } from '../language';
import { findAll, hasMatch } from '../text';
import { cellsWith, type Rule } from '../rule';

export const selfReportOnly: Rule = {
  id: 'self-report-only',
  code: 'self-report-only',
  letters: ['M'],
  severity: 'warning',
  title: "Progress only on a parent's word",
  guidance: GUIDANCE.selfReport,
  check(row) {
    return cellsWith(row, ['measure', 'outcome', 'achieved']).flatMap((cell) => {
      const span = findAll(SELF_REPORT, cell.text)[0];
      if (!span || hasMatch(OTHER_EVIDENCE, cell.text)) return [];
      return [
        {
          cell,
          span,
          message:
            "What a parent tells us matters, but on its own it cannot show the plan is working. Add something others can see too, such as school records or a worker's visits.",
          suggestion: {
            kind: 'append' as const,
            text: ' This will be checked against [another source, e.g. school attendance records or what the health visitor sees at visits].',
            modelledOn: GUIDANCE.selfReport,
          },
        },
      ];
    });
  },
};
