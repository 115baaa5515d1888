// S: "Complete healthy living chart" in the outcome column is a task; the outcome is what changes for the child.
import { GUIDANCE } from '../guidance';
import { RESULT_MARKER, TASK_AFTER_SUBJECT, TASK_START } from '../language';
import { sentences } from '../text';
import { cellsWith, type Rule } from '../rule';

export const actionAsOutcome: Rule = {
  id: 'action-as-outcome',
  code: 'action-as-outcome',
  letters: ['S'],
  severity: 'warning',
  title: 'An action written as an outcome',
  guidance: GUIDANCE.actionNotOutcome,
  check(row) {
    return cellsWith(row, ['outcome']).flatMap((cell) => {
      const first = sentences(cell.text)[0];
      if (!first || RESULT_MARKER.test(cell.text)) return [];
      if (!TASK_START.test(first.text) && !TASK_AFTER_SUBJECT.test(first.text)) return [];
      return [
        {
          cell,
          span: first,
          message:
            'This is a task, not an outcome: it says what someone will do, not what will be different for the child. Write the change you hope to see, and keep the task in the actions.',
          // The row rewrite moves the task to the actions and writes the change for the child.
        },
      ];
    });
  },
};
