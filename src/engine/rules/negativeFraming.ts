// R: "stop hitting" tells a family what not to do; name the behaviour to reach instead.
import { GUIDANCE } from '../guidance';
import { CONDITION_BEFORE, NEGATED_BEHAVIOUR, POSITIVE_COMMITMENT, PURPOSE_BEFORE, STOP_BEHAVIOUR } from '../language';
import { findAll, rememberedByText, type Span } from '../text';
import { cellsWith, type Rule } from '../rule';

/** How far back a condition ("if she cannot ...") is looked for: one clause, not the whole cell. */
const CLAUSE_REACH = 200;

/** The first place a cell tells someone to stop or not to do something, outside a condition. */
export const negativeFramingIn: (text: string) => Span | undefined = rememberedByText(negativeFramingOf);

function negativeFramingOf(text: string): Span | undefined {
  const stop = findAll(STOP_BEHAVIOUR, text)[0];
  // "Will not ... ; Nan will stay with them" already names what to do instead.
  let positives: Span[] | undefined;
  const negated = findAll(NEGATED_BEHAVIOUR, text).find((span) => {
    const before = text.slice(Math.max(0, span.start - CLAUSE_REACH), span.start);
    if (CONDITION_BEFORE.test(before) || PURPOSE_BEFORE.test(before)) return false;
    positives ??= findAll(POSITIVE_COMMITMENT, text);
    return !positives.some((p) => p.end <= span.start || p.start >= span.end);
  });
  if (!stop) return negated;
  if (!negated) return stop;
  return negated.start < stop.start ? negated : stop;
}

export const negativeFraming: Rule = {
  id: 'negative-framing',
  code: 'negative-framing',
  letters: ['R'],
  severity: 'warning',
  title: 'Stopping a behaviour instead of a goal to reach',
  guidance: GUIDANCE.positive,
  check(row) {
    return cellsWith(row, ['outcome', 'action', 'action_owner_when']).flatMap((cell) => {
      const span = negativeFramingIn(cell.text);
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
