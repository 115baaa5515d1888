// S: "needs to be referred to CAMHS" is an action; the need is what is happening for the child.
import { GUIDANCE } from '../guidance';
import { SERVICE_NEED } from '../language';
import { findAll } from '../text';
import { cellsWith, type Rule } from '../rule';

export const actionAsNeed: Rule = {
  id: 'action-as-need',
  code: 'action-as-need',
  letters: ['S'],
  severity: 'warning',
  title: 'A service written as a need',
  guidance: GUIDANCE.serviceAsNeed,
  check(row) {
    return cellsWith(row, ['need']).flatMap((cell) => {
      const span = findAll(SERVICE_NEED, cell.text)[0];
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
