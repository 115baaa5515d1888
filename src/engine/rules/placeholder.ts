// A `[gap]` left in the plan: a rewrite's question for the author that was never answered. A plan with
// "[dd/mm/yyyy]" in it tells the family nothing (Torbay, Checklist: who, what, when and where, filled in).
import { GUIDANCE } from '../guidance';
import { findGaps } from '../rewrite/gaps';
import { type Rule, type RuleHit } from '../rule';

export const placeholder: Rule = {
  id: 'placeholder',
  code: 'placeholder',
  letters: ['S'],
  severity: 'warning',
  title: 'Gaps still to fill in',
  guidance: GUIDANCE.placeholder,
  check(row) {
    const hits: RuleHit[] = [];
    for (const cell of row.cells) {
      for (const gap of findGaps(cell.text)) {
        hits.push({
          cell,
          span: { start: gap.start, end: gap.end, text: cell.text.slice(gap.start, gap.end) },
          message: `"${gap.label}" is still to fill in or remove before the plan is shared.`,
        });
      }
    }
    return hits;
  },
};
