// T: an action with no date, deadline or frequency drifts.
import { GUIDANCE } from '../guidance';
import { openTimescales } from '../timescale';
import { cellsWith, wholeCell, type Rule, type RuleHit } from '../rule';

export const noTimescale: Rule = {
  id: 'no-timescale',
  code: 'no-timescale',
  letters: ['T'],
  severity: 'warning',
  title: 'No date or timescale',
  guidance: GUIDANCE.timely,
  check(row) {
    const hits: RuleHit[] = [];
    if (!row.hasActionColumns) return hits;
    const actions = cellsWith(row, ['action', 'owner', 'owner_when', 'action_owner_when']);
    const whenCell = row.cells.find((c) => c.role === 'when');
    if (actions.length === 0 && !(whenCell && whenCell.text.trim())) return hits;
    if (row.timescales.length > 0) return hits;
    const actionText = [...actions, ...(whenCell ? [whenCell] : [])].map((c) => c.text).join(' ');
    if (openTimescales(actionText).length > 0) return hits; // open-timescale says it better
    const target = whenCell ?? cellsWith(row, ['owner_when', 'action_owner_when', 'action'])[0] ?? actions[0];
    const empty = !target.text.trim();
    hits.push({
      cell: target,
      span: wholeCell(target),
      message: empty
        ? 'No date is given. When should this be done by, or how often will it happen?'
        : 'This does not say when. Give a date, or how often and until when, so the plan does not drift.',
      suggestion: empty
        ? { kind: 'replace-cell', text: 'By [dd/mm/yyyy]', modelledOn: GUIDANCE.timely }
        : { kind: 'append', text: ' This will be done by [dd/mm/yyyy].', modelledOn: GUIDANCE.timely },
    });
    return hits;
  },
};
