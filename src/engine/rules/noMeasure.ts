// M: nothing to count or see, so no one can tell whether the plan is working.
import { GUIDANCE } from '../guidance';
import { CONDITION_BEFORE, MEASURE_WITHOUT_HOW, UNMEASURED_QUALITY, VAGUE_AIMS } from '../language';
import { blankSpans, findAll, hasMatch, phraseMatcher } from '../text';
import { TOKENS_TALLIED, hasAmount, isConcrete, isCountable, isYesNoFact, measureAnswers } from '../concrete';
import { VAGUE_FREQUENCY, concreteTimescales } from '../timescale';
import { cellsWith, wholeCell, type CellContext, type RowContext, type Rule, type RuleHit } from '../rule';
import { rowTopic } from '../topics';
import { statePredicate, topicOnly } from './vague';
import { subjective } from './subjective';

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

/**
 * A change named only by comparison: "spelling will improve", "spend more time playing", "a wider range of
 * words", "feel more confident", "fewer late marks", "gain weight"; a direction in everyday words ("drinking
 * comes down", "his weight gain picks up") and a comparative of length, speed or time ("longer pieces of
 * writing", "faster", "earlier"; not "lower", which plans use of a score against its own first reading).
 * More than what, and how much more? With no from and to,
 * and no number, it cannot be counted, however specific the provision beside it.
 */
/**
 * A comparison in the clause that says when a step is taken ("leaves the room if he feels his anger rise",
 * "rings Nan whenever things get worse") is the trigger for the plan, not the change it is to bring about: it
 * asks for no amount.
 */
function comparedOutsideCondition(text: string): boolean {
  if (!COMPARISON.test(text)) return false;
  // Most comparisons stand in no condition: read the first before looking for others.
  const first = COMPARISON.exec(text);
  if (first && !CONDITION_BEFORE.test(text.slice(Math.max(0, first.index - 80), first.index))) return true;
  return findAll(COMPARISON_ALL, text).some(
    (m) => !CONDITION_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start)),
  );
}

export const COMPARISON =
  /\b(?:cut(?:s|ting)?\s+(?:down|back)|improv(?:e|es|ed|ing|ement)|increas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing|tion)|decreas(?:e|es|ed|ing)|more(?<!\b(?:no|any)\s+more)|less|fewer|wider|broader|greater|larger|bigger|higher|better|stronger|richer|healthier|happier|cleaner|tidier|closer|warmer|drier|quieter|safer|fitter|grow(?:s|n|ing)?|(?:gain(?:s|ed|ing)?|put(?:s|ting)?\s+on|los(?:e|es|ing))\s+weight|go(?:es)?\s+(?:up|down)|rises?|com(?:e|es|ing)\s+down(?!\s+(?:to|from|and|with|for)\b)|pick(?:s|ing)?\s+up(?=\s*(?:[.,;:\n]|$)|\s+(?:by|again|over|within|as)\b)|(?<!\bno\s)(?:longer|shorter|faster|quicker|slower|earlier)|mak(?:e|es|ing)\s+(?:good\s+|some\s+|steady\s+|further\s+)?progress|develop(?:s|ing)?\s+(?:his|her|their|my|our|your)\s+(?:own\s+)?(?!plan\b|own\s+plan\b)[a-z]+|build(?:s|ing)?\s+(?:on\s+)?(?:his|her|their|my|our|your)\s+(?:[a-z]+\s+)?(?:confidence|skills?|self-esteem|friendships?|resilience|independence|relationships?|vocabulary|understanding))\b/i;

/** Every comparison in a text, for reading each against its clause. */
const COMPARISON_ALL = new RegExp(COMPARISON.source, 'gi');

/**
 * The cells that say what is to be reached: the outcome, or in a row with none (a written agreement), what it
 * asks to be done ("Parents will improve Poppy's attendance").
 */
function targets(row: RowContext) {
  const outcomes = cellsWith(row, ['outcome']);
  return outcomes.length ? outcomes : cellsWith(row, ['action', 'action_owner_when']);
}

/**
 * The target is a standard that depends on who judges ("dressed appropriately", "a reasonable state",
 * "proper meals", "calmer") and nothing counts it: no amount in the target itself, and a progress column, if
 * any, that is someone's look or judgement ("SW's observations at visits", "teacher to note his mood daily")
 * rather than a number. What the one judging sees depends on who they are, so nothing is measured. How often
 * someone looks is not an amount of the thing; the actions' sessions count the help, not the standard.
 */
function judgedUncounted(row: RowContext) {
  const measure = cellsWith(row, ['measure']).find((c) => c.text.trim());
  if (measure && (amountBeyondTiming(measure.text, row.planDate) || TOKENS_TALLIED.test(measure.text)))
    return undefined;
  const aimed = targets(row);
  const hit = subjective
    .check(row)
    .find((h) => aimed.includes(h.cell) && !hasAmount(h.cell.text, row.planDate) && !isYesNoFact(h.cell.text));
  return hit && { cell: hit.cell, span: hit.span ?? wholeCell(hit.cell) };
}

/**
 * A progress column's amount, not counting how often or for how long someone looks ("weighed every 2 weeks",
 * "tested each half term"): how often someone checks is not an amount of the thing checked.
 */
function amountBeyondTiming(text: string, planDate?: string): boolean {
  return hasAmount(blankSpans(text, concreteTimescales(text, planDate)), planDate);
}

/**
 * "Reading age will go up" beside "reading test each term": the progress column says where the numbers come
 * from, but with no amount in the outcome or the column, any rise counts as success. The outcome with the
 * comparison, when neither gives an amount.
 */
function comparedWithoutAmount(row: RowContext, measure: string) {
  if (amountBeyondTiming(measure, row.planDate)) return undefined;
  // The target: the outcome, or in an agreement with none, what it asks ("We will read with Amelia more often").
  return targets(row).find(
    (c) => COMPARISON.test(c.text) && !hasAmount(c.text, row.planDate) && !FROM_TO.test(c.text) && !isYesNoFact(c.text),
  );
}

/** The comparison word in a cell, asked for where things are now and where they should be. */
function comparisonHit(row: RowContext, cell: CellContext): RuleHit {
  const word = COMPARISON.exec(cell.text)!;
  return {
    cell,
    span: { start: word.index, end: word.index + word[0].length, text: word[0] },
    message: `"${word[0]}" compares with nothing anyone has counted. Say where things are now and where they should be, in a number anyone can check.${forThisRow(row, cell)}`,
  };
}

/** A scale's from and to ("from 4 to 8", "from 3/10 to 7/10"): the amount of the change, not a time. */
const FROM_TO = /\bfrom\s+\d{1,3}(?:\/10)?\s+to\s+\d{1,3}\b/i;

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
      } else {
        const judged = judgedUncounted(row);
        const compared = judged ? undefined : comparedWithoutAmount(row, measure.text);
        if (judged)
          hits.push({
            cell: measure,
            span: wholeCell(measure),
            message: `"${judged.span.text}" is judged, not counted: what is seen depends on who looks. Say what will be counted, such as how many days or how many times.${forThisRow(row, measure)}`,
          });
        else if (compared) hits.push(comparisonHit(row, compared));
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
    const judged = judgedUncounted(row);
    if (judged) {
      hits.push({
        cell: judged.cell,
        span: judged.span,
        message: `"${judged.span.text}" is judged, not counted: what is seen depends on who looks. Say what will be counted, such as how many days or how many times.${forThisRow(row, judged.cell)}`,
      });
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
    // "Ryan's spelling will improve" beside "3 x 20 minutes of Toe by Toe a week": the dose is counted, the
    // change is not. With no progress column, the outcome (or an agreement's own words) must give its amount.
    // (With nothing counted anywhere, the general message below says so.)
    const compared = !row.countable
      ? undefined
      : targets(row).find(
          (c) => comparedOutsideCondition(c.text) && !hasAmount(c.text, row.planDate) && !isYesNoFact(c.text),
        );
    if (compared) {
      hits.push(comparisonHit(row, compared));
      return hits;
    }
    // "Ionut will see his dad regularly", and nothing in the row says how often: no number to count by.
    const howOften = row.timescales.some((t) => t.kind === 'frequency');
    const unnumbered =
      !row.countable || howOften
        ? undefined
        : targets(row)
            .map((c) => ({ cell: c, word: findAll(VAGUE_FREQUENCY, c.text)[0] }))
            .find((t) => t.word && !hasAmount(t.cell.text, row.planDate));
    if (unnumbered) {
      hits.push({
        cell: unnumbered.cell,
        span: unnumbered.word,
        message: `"${unnumbered.word.text}" gives no number to count by. Say how many times in a week or a month, so everyone can tell if it is happening.`,
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
