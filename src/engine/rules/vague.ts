// S: a universal aim ("be healthy", "feel safe", "reach her potential") says nothing about this child.
import { GUIDANCE } from '../guidance';
import { VAGUE_AIMS } from '../language';
import { VAGUE_FREQUENCY, concreteTimescales } from '../timescale';
import { findAll, phraseMatcher } from '../text';
import { isConcrete } from '../concrete';
import { cellsWith, type Rule, type RuleHit } from '../rule';

const DEFAULT_AIMS = phraseMatcher(VAGUE_AIMS);
const SCHOOL_BEFORE =
  /\b(?:attend|attends|attending|go to|goes to|going to|get to|be at|be in)\s+(?:(?:his|her|their|the)\s+)?(?:school|nursery|college|lessons)\s*$/i;

export const vague: Rule = {
  id: 'vague',
  code: 'vague',
  letters: ['S'],
  severity: 'warning',
  title: 'Vague aims',
  guidance: GUIDANCE.specificUniversal,
  check(row) {
    const hits: RuleHit[] = [];
    const { add, remove } = row.words('vague');
    const aims =
      add.length || remove.length
        ? phraseMatcher([...VAGUE_AIMS.filter((w) => !remove.includes(w)), ...add])
        : DEFAULT_AIMS;
    // "A general outcome followed by actions with who, what, how often and by when is SMART".
    const carriedByActions = row.hasActionColumns && row.actionsSmart;
    for (const cell of cellsWith(row, ['need', 'outcome'])) {
      if (carriedByActions || isConcrete(cell.text, row.planDate)) continue;
      const span = findAll(aims, cell.text)[0];
      if (!span) continue;
      hits.push({
        cell,
        span,
        message: `"${span.text}" is something we want for every child, so it does not say what will be different for this one. Say what you will see happen, who will do it and how often.`,
        // No quick fix: the row rewrite (report.rewrites) says what will be different, with the row's own facts.
      });
    }
    // "Regularly" is fine where the actions say how often ("every 3 weeks"); otherwise it is vague.
    const frequencyGiven = row.timescales.some((t) => t.kind === 'frequency' || t.kind === 'duration');
    if (!frequencyGiven) {
      for (const cell of cellsWith(row, ['outcome', 'action', 'owner_when', 'action_owner_when', 'when', 'measure'])) {
        if (concreteTimescales(cell.text, row.planDate).some((t) => t.kind === 'frequency')) continue;
        const span = findAll(VAGUE_FREQUENCY, cell.text)[0];
        if (!span || hits.some((h) => h.cell === cell)) continue;
        hits.push({
          cell,
          span,
          message: `"${span.text}" does not say how often. Give a number the family can hold on to, such as every two weeks.`,
          suggestion: {
            kind: 'replace-span',
            // Going to school "regularly" means every school day, not a number of weeks.
            text: SCHOOL_BEFORE.test(cell.text.slice(0, span.start)) ? 'every school day' : 'every [2] weeks',
            modelledOn: GUIDANCE.timely,
          },
        });
      }
    }
    return hits;
  },
};
