// S: "needs to be referred to CAMHS" is an action; the need is what is happening for the child.
import { GUIDANCE } from '../guidance';
import { SERVICE_NEED } from '../language';
import { findAll, type Span } from '../text';
import { cellsWith, wholeCell, type CellContext, type Rule } from '../rule';

/** A need that is only a service's name, with no verb: "Referral to CAMHS", "CAMHS input", "Parenting support". */
const SERVICE_NAME_ONLY =
  /^\W*(?:[\w:'’&/-]+\s+){0,4}?(?:referral|input|intervention|counselling|therapy|course|programme|sessions|respite|short\s+breaks|mentoring|tuition|(?:parenting|1:1|early\s+help|family|fsw|camhs)\s+support)(?:\s+(?:to|from|with|for|at)\s+[\w\s:'’&/-]{1,40})?\W*$/i;
const ANY_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|does|do|did|needs?|requires?|feels?|goes|gets?|misses|struggles?)\b/i;

function serviceLabel(cell: CellContext): Span | undefined {
  return !ANY_VERB.test(cell.text) && SERVICE_NAME_ONLY.test(cell.text) ? wholeCell(cell) : undefined;
}

export const actionAsNeed: Rule = {
  id: 'action-as-need',
  code: 'action-as-need',
  letters: ['S'],
  severity: 'warning',
  title: 'A service written as a need',
  guidance: GUIDANCE.serviceAsNeed,
  check(row) {
    return cellsWith(row, ['need']).flatMap((cell) => {
      const span = findAll(SERVICE_NEED, cell.text)[0] ?? serviceLabel(cell);
      if (!span) return [];
      return [
        {
          cell,
          span,
          message:
            'This names a service, which is an action rather than a need, and the family may not know what the service does. Say what is happening for the child that it should help with, and move the referral to the actions.',
          // The row rewrite moves the service to the actions and says what is happening for the child.
        },
      ];
    });
  },
};
