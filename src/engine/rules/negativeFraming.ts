// R: "stop hitting" tells a family what not to do; name the behaviour to reach instead.
import { GUIDANCE } from '../guidance';
import { STOP_BEHAVIOUR } from '../language';
import { findAll } from '../text';
import { cellsWith, type Rule } from '../rule';

export const negativeFraming: Rule = {
  id: 'negative-framing',
  code: 'negative-framing',
  letters: ['R'],
  severity: 'warning',
  title: 'Stopping a behaviour instead of a goal to reach',
  guidance: GUIDANCE.positive,
  check(row) {
    return cellsWith(row, ['outcome', 'action', 'action_owner_when']).flatMap((cell) => {
      const span = findAll(STOP_BEHAVIOUR, cell.text)[0];
      if (!span) return [];
      return [
        {
          cell,
          span,
          message:
            'Families respond better to a positive goal than to being told to stop something. Say what they will do instead.',
          // The row rewrite names the behaviour to reach, in the row's own words.
        },
      ];
    });
  },
};
