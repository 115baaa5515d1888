// S: "Complete healthy living chart" in the outcome column is a task; the outcome is what changes for the child.
import { GUIDANCE } from '../guidance';
import {
  PROFESSIONAL_SUBJECT,
  PURPOSE_MARKER,
  RESULT_MARKER,
  SERVICE_OUTCOME,
  TASK_AFTER_SUBJECT,
  TASK_START,
  SERVICE_LABEL,
} from '../language';
import { findAll, sentences, type Span } from '../text';
import { isConcrete } from '../concrete';
import { cellsWith, type Rule } from '../rule';

/**
 * A service in the outcome's first sentence ("will receive six sessions", "will be offered a place",
 * "Staff will prompt her daily"), unless the sentence also says what it is for, or what the person will then
 * do that anyone could count or see ("will have finished the course and can name three warning signs").
 */
function serviceIn(first: Span, planDate?: string): Span | undefined {
  if (PURPOSE_MARKER.test(first.text)) return undefined;
  const found = findAll(SERVICE_OUTCOME, first.text)[0];
  if (found && changeBeside(first.text.slice(found.end), planDate)) return undefined;
  if (found) return { ...found, start: first.start + found.start, end: first.start + found.end };
  return PROFESSIONAL_SUBJECT.test(first.text) ? first : undefined;
}

/** "... and can name three warning signs": what the person will then do, joined to the service. */
const AND_THEN =
  /\band\s+(?:then\s+)?(?:(?:can|will|(?:is|are)\s+able\s+to)\s+)?(?=(?:name|say|show|explain|tell|use|describe|list|demonstrate)s?\b)/i;

/** The change the service should bring, said in the same sentence, and something anyone could count or see. */
function changeBeside(rest: string, planDate?: string): boolean {
  const joined = AND_THEN.exec(rest);
  return joined !== null && isConcrete(rest.slice(joined.index + joined[0].length), planDate);
}

/** A verb of any kind: an outcome with none is a label, not a change. */
const ANY_VERB =
  /\b(?:will|to|be|is|are|was|were|can|could|has|have|had|does|do|did|should|must|shall|may|gets?|goes|feels?|knows?)\b/i;
/** An outcome that only names a service, with no one doing anything and nothing changing. */
function serviceLabel(first: Span): Span | undefined {
  if (ANY_VERB.test(first.text) || first.text.split(/\s+/).length > 10) return undefined;
  return SERVICE_LABEL.test(first.text) ? first : undefined;
}

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
      if (!first) return [];
      const service = serviceIn(first, row.planDate) ?? serviceLabel(first);
      if (!service && RESULT_MARKER.test(cell.text)) return [];
      if (!service && !TASK_START.test(first.text) && !TASK_AFTER_SUBJECT.test(first.text)) return [];
      const span = service ?? first;
      return [
        {
          cell,
          span,
          message: service
            ? 'This is a service, not an outcome: it says what will be given or attended, not what will be different for the child. Write the change the service should bring, and keep the service in the actions.'
            : 'This is a task, not an outcome: it says what someone will do, not what will be different for the child. Write the change you hope to see, and keep the task in the actions.',
          // The row rewrite moves the task to the actions and writes the change for the child.
        },
      ];
    });
  },
};
