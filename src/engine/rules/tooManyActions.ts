// A, R: more actions than a family can take on at once. Counted per row here; the whole plan is
// counted in check.ts.
import { GUIDANCE } from '../guidance';
import { rememberedByText, sentences } from '../text';
import { cellsWith, wholeCell, type Rule } from '../rule';

export const ACTIONS_PER_ROW_LIMIT = 7;

export const countActions: (text: string) => number = rememberedByText(
  (text) => sentences(text).filter((s) => s.text.split(/\s+/).length >= 3).length,
);

export const tooManyActions: Rule = {
  id: 'too-many-actions',
  code: 'too-many-actions',
  letters: ['A', 'R'],
  severity: 'warning',
  title: 'Too many actions at once',
  guidance: GUIDANCE.tooManyActions,
  check(row) {
    return cellsWith(row, ['action', 'action_owner_when']).flatMap((cell) => {
      const count = countActions(cell.text);
      if (count < ACTIONS_PER_ROW_LIMIT) return [];
      return [
        {
          cell,
          span: wholeCell(cell),
          message: `This cell asks for ${count} things at once, which can overwhelm a family. Keep the few that matter most now; the rest can follow at review.`,
        },
      ];
    });
  },
};
