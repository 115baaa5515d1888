// S, M: "appropriate", "clean and tidy": the meaning depends on who is judging.
import { GUIDANCE } from '../guidance';
import { DEFINITION, SUBJECTIVE_WORDS } from '../language';
import { findAll, phraseMatcher } from '../text';
import { cellsWith, type Rule, type RuleHit } from '../rule';

/** Standards of a home or of care that have to be kept up, not reached once. */
const KEPT_STANDARD =
  /^(?:clean\s+(?:and|&)\s+tidy|tidy|hygienic|acceptable|satisfactory|good standard|decent|well presented|presentable|spotless|immaculate|pristine)$/i;

const AGE_APPROPRIATE = /\bage[\s-]+appropriate(?:ly)?\b/gi;

/**
 * "Good" as the standard of a relationship, a routine, care or hygiene: "good friendships", "a good bedtime
 * routine", "good personal hygiene". Only the one judging can say it is met. (Vague aims are still named by
 * the vague rule: this is not one of the listed words it gives way to.)
 */
const GOOD_STANDARD =
  /\bgood\s+(?:(?:personal|oral|bedtime|morning|daily|home|family|positive)\s+)?(?:friendships?|relationships?|routines?|hygiene|care|parenting|diet|manners|home\s+conditions|conditions|boundaries|attachment|bond)\b/gi;

/** The matcher for a plan with no house style of its own, built once. */
const DEFAULT_WORDS = phraseMatcher(SUBJECTIVE_WORDS);

export const subjective: Rule = {
  id: 'subjective',
  code: 'subjective',
  letters: ['S', 'M'],
  severity: 'warning',
  title: 'Words that depend on who judges',
  guidance: GUIDANCE.specificSubjective,
  check(row) {
    const hits: RuleHit[] = [];
    const { add, remove } = row.words('subjective');
    const words =
      add.length || remove.length
        ? phraseMatcher([...SUBJECTIVE_WORDS.filter((w) => !remove.includes(w)), ...add])
        : DEFAULT_WORDS;
    for (const cell of cellsWith(row, [
      'need',
      'outcome',
      'measure',
      'action',
      'when',
      'owner_when',
      'action_owner_when',
    ])) {
      const describesOrResult = cell.role === 'need' || cell.role === 'outcome' || cell.role === 'measure';
      if (DEFINITION.test(cell.text)) continue;
      // "Age-appropriate" is a yardstick question (how will it be measured?), left to no-measure.
      const text = cell.text.replace(AGE_APPROPRIATE, (m) => ' '.repeat(m.length));
      const listed = findAll(words, text)[0];
      const good = findAll(GOOD_STANDARD, text)[0];
      const span = listed && (!good || listed.start <= good.start) ? listed : good;
      if (!span) continue;
      const word = cell.text.slice(span.start, span.end);
      // Specific actions carry a general outcome; but a standard to keep up ("clean and tidy", "an acceptable
      // standard") is only defined by chores with how often ("hoovered once a week"), not by a deadline.
      const keptUp = KEPT_STANDARD.test(word) && !row.timescales.some((t) => t.kind === 'frequency');
      if (describesOrResult && row.hasActionColumns && row.actionsSmart && !keptUp) continue;
      hits.push({
        cell,
        span: { ...span, text: word },
        message: `"${word}" can mean different things to the family and to professionals. Spell out exactly what is expected, so everyone can tell when it has happened.`,
        // No quick fix: what is expected is the family's and worker's to agree; the row rewrite asks for it.
      });
    }
    return hits;
  },
};
