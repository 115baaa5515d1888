// M: nothing to count or see, so no one can tell whether the plan is working.
import { GUIDANCE } from '../guidance';
import { MEASURE_WITHOUT_HOW, UNMEASURED_QUALITY, VAGUE_AIMS } from '../language';
import { findAll, hasMatch, phraseMatcher } from '../text';
import { isConcrete, isCountable, measureAnswers } from '../concrete';
import { cellsWith, wholeCell, type RowContext, type Rule, type RuleHit } from '../rule';
import { rowTopic } from '../topics';
import { statePredicate, topicOnly } from './vague';

/** What could be counted for this cell's topic, as a sentence to add to a message; empty when no topic is known. */
function forThisRow(row: RowContext, cell: { text: string }): string {
  const { measure } = rowTopic(row.cells, cell.text);
  return measure ? ` Here that could be ${measure}.` : '';
}

// No fixed measure sentence: what will be counted depends on the row's topic (attendance, sleep, drinking,
// home conditions...), so the row rewrite (src/engine/rewrite) writes it.

/** An outcome that is a state of mind: "will understand", "will be (more) aware of", "will have (or show) insight into". */
export const INNER_STATE =
  /\b(?:will|to)\s+(?:(?:have|demonstrate|show|gain|develop)\s+)?(?:a\s+|an\s+|some\s+)?(?:better\s+|greater\s+|full\s+)?(?:understand(?:ing)?|be\s+(?:more\s+)?aware|awareness|have\s+insight|insight|accept|acknowledge)\b/i;

const VAGUE_AIM = phraseMatcher(VAGUE_AIMS);

export const noMeasure: Rule = {
  id: 'no-measure',
  code: 'no-measure',
  letters: ['M'],
  severity: 'warning',
  title: 'Nothing to measure',
  guidance: GUIDANCE.measurable,
  check(row) {
    const hits: RuleHit[] = [];
    const filled = row.cells.some((c) => c.role !== 'measure' && c.text.trim());
    if (row.roles.has('measure')) {
      const measure = row.cells.find((c) => c.role === 'measure');
      if (!measure || !filled) return hits;
      if (!measure.text.trim()) {
        hits.push({
          cell: measure,
          span: wholeCell(measure),
          message: `Nothing here yet says how we will know this is working. What will we count or see?${forThisRow(row, measure)}`,
        });
      } else if (
        !measureAnswers(
          measure.text,
          cellsWith(row, ['outcome']).map((c) => c.text),
          row.specificAction,
          row.planDate,
        )
      ) {
        hits.push({
          cell: measure,
          span: wholeCell(measure),
          message: `This does not say what we will count or see. How much, how many, or how often will tell us it is working?${forThisRow(row, measure)}`,
        });
      }
      return hits;
    }
    const howMissing = (text: string) => MEASURE_WITHOUT_HOW.test(text.trim());
    if (!row.hasActionColumns) {
      // A lone outcome must carry its own measure; a lone need only when it names a quality with no yardstick.
      for (const cell of cellsWith(row, ['outcome', 'need'])) {
        if (isCountable(cell.text, row.planDate)) continue;
        const quality = findAll(UNMEASURED_QUALITY, cell.text)[0];
        if (cell.role === 'need' && !quality && !howMissing(cell.text)) continue;
        if (cell.role === 'outcome' && isConcrete(cell.text, row.planDate) && !howMissing(cell.text)) continue;
        hits.push({
          cell,
          span: howMissing(cell.text) ? wholeCell(cell) : (quality ?? wholeCell(cell)),
          message: howMissing(cell.text)
            ? 'This says it will be measured but not how. Say who will measure it, with what, and how often.'
            : `How will we know when this has happened? Add something we can count or see, such as how often or how many.${forThisRow(row, cell)}`,
        });
      }
      return hits;
    }
    // "Mum will understand the impact": a change inside someone's head is not evidenced by counting the
    // sessions in the action column; the outcome must say what they will be able to say or do.
    const inner = cellsWith(row, ['outcome']).find(
      (c) => INNER_STATE.test(c.text) && !isConcrete(c.text, row.planDate),
    );
    if (inner) {
      hits.push({
        cell: inner,
        span: wholeCell(inner),
        message:
          'No one can see someone understand. Say what they will be able to explain or do differently, and who will hear or see it.',
      });
      return hits;
    }
    // "Jess will manage her anger better", "Jordan will feel settled": an aim the actions do not carry is not
    // measured by counting the sessions or visits in the action column (the vague rule says why it is vague).
    // With nothing counted anywhere, the general message below says so.
    const uncarried =
      row.actionsSmart || !row.countable
        ? undefined
        : cellsWith(row, ['outcome']).find(
            (c) =>
              (hasMatch(VAGUE_AIM, c.text) || statePredicate(c.text, []) || topicOnly(c.text)) &&
              !isConcrete(c.text, row.planDate),
          );
    if (uncarried) {
      hits.push({
        cell: uncarried,
        span: wholeCell(uncarried),
        message: `How will we know when this has happened?${
          cellsWith(row, ['action', 'action_owner_when', 'owner_when']).some((c) => c.text.trim())
            ? ' Counting the sessions will not show it.'
            : ''
        } Say what will be different that we can count or see.${forThisRow(row, uncarried)}`,
      });
      return hits;
    }
    if (row.countable) return hits;
    const target = cellsWith(row, ['outcome'])[0] ?? cellsWith(row, ['action', 'action_owner_when', 'owner_when'])[0];
    if (!target) return hits;
    hits.push({
      cell: target,
      span: wholeCell(target),
      message: `Nothing in this row can be counted or seen, so no one can tell if it is working. Add how often, how many, or what will be different.${forThisRow(row, target)}`,
    });
    return hits;
  },
};
