// S, M: "appropriate", "clean and tidy": the meaning depends on who is judging.
import { GUIDANCE } from '../guidance';
import { DEFINITION, SUBJECTIVE_WORDS } from '../language';
import { findAll, phraseMatcher, sentences, type Span } from '../text';
import { hasCount } from '../concrete';
import { cellsWith, type Rule, type RuleHit } from '../rule';

/** Standards of a home or of care that have to be kept up, not reached once. */
const KEPT_STANDARD =
  /^(?:clean\s+(?:and|&)\s+tidy|tidy|hygienic|acceptable|satisfactory|good standard|decent|well presented|presentable|spotless|immaculate|pristine)$/i;

/**
 * A standard word judging how someone behaves ("acceptable behaviour", "behaves in a satisfactory way") is not a
 * home's standard that chores done often define: what is acceptable conduct is for whoever watches to say.
 */
const CONDUCT_AFTER = /^\s+(?:behaviou?rs?|conduct|language|manner|way)\b/i;

/** "Tidy-up time", "at tidy up": a nursery's or a school's routine by name, not a standard of a home. */
const TIDY_UP = /\btidy[\s-]+up\b/gi;

const AGE_APPROPRIATE = /\bage[\s-]+appropriate(?:ly)?\b/gi;

/**
 * "An appropriate adult" is a role the law defines (someone independent who sits with a child or a
 * vulnerable adult in an interview or an assessment), named, not judged.
 */
const APPROPRIATE_ADULT = /\bappropriate\s+adults?\b/gi;

/**
 * "Good" as the standard of a relationship, a routine, care or hygiene: "good friendships", "a good bedtime
 * routine", "good personal hygiene"; or of a child's state: "in a good state to learn", "a good mood". Only the one judging can say it is met. (Vague aims are still named by
 * the vague rule: this is not one of the listed words it gives way to.)
 */
const GOOD_STANDARD =
  /\bgood\s+(?:(?:personal|oral|bedtime|morning|daily|home|family|positive)\s+)?(?:friendships?|relationships?|routines?|hygiene|care|parenting|diet|manners|home\s+conditions|conditions|boundaries|attachment|bond|state|mood|frame\s+of\s+mind)\b/gi;

/**
 * A home "stable" as the standard: "a stable home environment", "a stable home life". What counts as stable is
 * the one judging's to say; the plan must say what will be kept the same (who lives there, the routine).
 */
const STABLE_HOME = /\bstable\s+(?:family\s+)?(?:home|environment|household)\b/gi;

/**
 * Being a "good mum", "a better dad", "a good enough parent": what makes one is what the one judging thinks
 * it is. The plan must say what the parent will do.
 */
const GOOD_PERSON =
  /\b(?:good(?:\s+enough)?|better)\s+(?:mum|mummy|mother|dad|daddy|father|parents?|carers?|son|daughter|girl|boy|grandparents?|nan|grandad)\b/gi;

/**
 * A home, a day or a child to be "calmer", "more relaxed", "less chaotic": a change of atmosphere felt
 * differently by each who lives in it or visits. Lower case only: "the Calmer Dads group" is a course's name.
 */
const MOOD_CHANGE =
  /\b(?:calmer|(?:more|less)\s+(?:calm|relaxed|peaceful|harmonious|pleasant|chaotic|stressful|hectic|tense))\b/g;

/**
 * The cell defines the word: a definition in words ("meaning", "that is"), or a bracket after the word
 * ("clean (washed and put away)"). A bracket before it says who someone is ("Ollie (Y6)", "Mum (Tasha)"),
 * not what the word means.
 */
function defines(text: string, wordEnd: number): boolean {
  if (!DEFINITION.test(text)) return false;
  if (DEFINITION.test(text.replace(/\(/g, ','))) return true;
  return BRACKET_AFTER_WORD.test(text.slice(wordEnd));
}

/**
 * The bracket that defines a word stands by it ("clean (washed and put away)", "tidy floors (hoovered daily)"),
 * not a clause or more further on, where a bracket names who someone is ("class teacher (Mrs Amber) to note
 * ...", "SW (Jo Bell) to visit"): the guidance's test is whether the word itself is spelt out (Brighton and
 * Hove, "Specific": "avoid words open to interpretation").
 */
const BRACKET_AFTER_WORD =
  /^(?:\s+[a-z]+){0,2}\s*\((?!\s*\d)(?!\s*(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b)(?!\s*[A-Z][a-z]+\s+[A-Z][a-z]+\s*\))/;

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
    const rowMeasured = cellsWith(row, ['measure']).length > 0;
    for (const cell of cellsWith(row, [
      'need',
      'outcome',
      'measure',
      'action',
      'when',
      'owner_when',
      'action_owner_when',
    ])) {
      // "Age-appropriate" is a yardstick question (how will it be measured?), left to no-measure.
      const text = cell.text
        .replace(AGE_APPROPRIATE, (m) => ' '.repeat(m.length))
        .replace(APPROPRIATE_ADULT, (m) => ' '.repeat(m.length))
        .replace(TIDY_UP, (m) => ' '.repeat(m.length));
      const span = [
        findAll(words, text)[0],
        findAll(GOOD_STANDARD, text)[0],
        findAll(GOOD_PERSON, text)[0],
        findAll(MOOD_CHANGE, text)[0],
        findAll(STABLE_HOME, text)[0],
      ].reduce<Span | undefined>((first, s) => (s && (!first || s.start < first.start) ? s : first), undefined);
      if (!span) continue;
      const word = cell.text.slice(span.start, span.end);
      if (defines(cell.text, span.end)) continue;
      // A standard to keep up ("clean and tidy", "an acceptable standard") is defined by chores with how often
      // ("hoovered once a week"), as the guidance's own after-rows define it; not by a deadline.
      // Not a standard kept up but a judgement of conduct: "acceptable behaviour", "in an acceptable way".
      const kept = KEPT_STANDARD.test(word) && !CONDUCT_AFTER.test(text.slice(span.end, span.end + 20));
      const choresDefine = kept && row.timescales.some((t) => t.kind === 'frequency');
      // Specific actions carry a general aim in the need, or in an outcome that says several things, as the
      // guidance's own after-rows do ("... and adjust this appropriately" as the last of three statements). Not
      // an outcome that is one statement of the standard ("Lily wears appropriate clothing"), unless chores
      // define it: the word is then what everyone will judge by. Nor where the row measures the word itself: an
      // outcome with a count of its own ("behave appropriately on 4 days out of 5") or a row with a progress
      // column ("SW to see the floors at each visit") asks someone to judge it, and what they see depends on
      // who they are. A word in the progress column is the yardstick.
      const carriedAim =
        (cell.role === 'need' && (!kept || choresDefine)) ||
        (cell.role === 'outcome' &&
          !rowMeasured &&
          !hasCount(cell.text, row.planDate) &&
          (choresDefine || sentences(cell.text).length > 1));
      if (carriedAim && row.hasActionColumns && row.actionsSmart) continue;
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
