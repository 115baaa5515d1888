// R: "stop hitting" tells a family what not to do; name the behaviour to reach instead.
import { GUIDANCE } from '../guidance';
import {
  ABSOLUTE_SUBSTANCE,
  CONDITION_BEFORE,
  NEGATED_BEHAVIOUR,
  NEVER_SUBSTANCE,
  POSITIVE_COMMITMENT,
  PURPOSE_BEFORE,
  STOP_BEHAVIOUR,
} from '../language';
import { findAll, rememberedByText, type Span } from '../text';
import { cellsWith, type Rule } from '../rule';

/** How far back a condition ("if she cannot ...") is looked for: one clause, not the whole cell. */
const CLAUSE_REACH = 200;

/** Who a to-do "to avoid" is asked of, right before it: "Kai to avoid", "Mum and Dad to avoid", a cell's start. */
const PERSON_LAST =
  /(?:\b(?:is|are|mum|dad|mother|father|parents?|carers?|staff|he|she|they|we|you|i)|\p{Lu}[\p{L}'’-]*|^|[\n•*:;-])\s*$/u;

/**
 * "Leaves lessons 5 minutes early to avoid the busy corridors": "to avoid" after a step is the step's reason,
 * not a ban; asked of someone, the person stands right before it ("Kai to avoid the canal path").
 */
function avoidAsReason(text: string, span: Span): boolean {
  if (!/^(?:to\s+)?avoid/i.test(span.text)) return false;
  let before = text.slice(Math.max(0, span.start - CLAUSE_REACH), span.start);
  if (/^avoid/i.test(span.text)) {
    const to = /\bto\s+$/i.exec(before);
    if (!to) return false;
    before = before.slice(0, to.index);
  }
  return !PERSON_LAST.test(before);
}

/** A commitment that only watches a ban kept: "will check", "will monitor", "agrees to review". */
const CHECK_ON_IT =
  /\s(?:always\s+|only\s+)?(?:check|checks|monitor|monitors|review|reviews|confirm|confirms|track|tracks)$/i;

/** A worker as the subject, right before a commitment: "The SW", "My youth worker Ash", "IDVA (Jo Bell)". */
const WORKER_BEFORE =
  /\b(?:SW|social\s+worker|youth\s+worker|key\s?worker|support\s+worker|IDVA|mentor|teacher|staff|nurse|PA|personal\s+adviser|practitioner|officer|police|YOS|YOT|CAMHS|therapist|counsellor)\b[^.;]{0,25}$/;

/** The first place a cell tells someone to stop or not to do something, outside a condition. */
export const negativeFramingIn: (text: string) => Span | undefined = rememberedByText(negativeFramingOf);

function negativeFramingOf(text: string): Span | undefined {
  // "If they cannot stop arguing, Dad will go for a walk": a stop inside a condition is the fallback, not the goal.
  const stop = findAll(STOP_BEHAVIOUR, text).find((span) => {
    const before = text.slice(Math.max(0, span.start - CLAUSE_REACH), span.start);
    return !CONDITION_BEFORE.test(before) && !PURPOSE_BEFORE.test(before) && !avoidAsReason(text, span);
  });
  // "Will not ... ; Nan will stay with them" already names what to do instead.
  let positives: Span[] | undefined;
  const negated = findAll(NEGATED_BEHAVIOUR, text).find((span) => {
    const before = text.slice(Math.max(0, span.start - CLAUSE_REACH), span.start);
    if (CONDITION_BEFORE.test(before) || PURPOSE_BEFORE.test(before)) return false;
    // "Will never drink again" is stopping altogether, which unrealistic reports.
    const never = NEVER_SUBSTANCE.exec(text.slice(span.start, span.end + 40));
    if (never && never.index < span.end - span.start) return false;
    // A check on the ban ("The SW will check with the police", "Mum will check his location") watches it
    // being kept; it names nothing to do instead.
    // Nor does a worker's own task ("My youth worker will see me on Tuesdays"): it is the service, not what the
    // person will do instead.
    positives ??= findAll(POSITIVE_COMMITMENT, text).filter(
      (p) => !CHECK_ON_IT.test(p.text) && !WORKER_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)),
    );
    // A commitment before the "not" redeems it only from another clause: in one list ("Mum will get them up,
    // ..., and not have Darren at the house") the "will" heads the ban too, and names nothing instead of it.
    return !positives.some(
      (p) => p.start >= span.end || (p.end <= span.start && /[.;\n]/.test(text.slice(p.end, span.start))),
    );
  });
  if (!stop) return negated;
  if (!negated) return stop;
  return negated.start < stop.start ? negated : stop;
}

/**
 * In the action column, stopping a drink or a drug names no step to take ("Dad to stop drinking
 * immediately"): what the parent will do is missing, as well as being all at once (unrealistic says that).
 * In the outcome, the guidance's own "Mother will stop drinking alcohol" is only unrealistic.
 */
function stopSubstanceIn(text: string): Span | undefined {
  return findAll(ABSOLUTE_SUBSTANCE, text).find((span) => {
    if (!/^(?:stop|cease|quit|give)/i.test(span.text)) return false;
    // "Give up the drink altogether": the drink named as a thing, a pledge in the family's own words, is read as
    // all at once (unrealistic) only, as the cold sets label it.
    if (/\b(?:drink|booze|bottle|cans|beer|lager|vodka)$/i.test(span.text)) return false;
    const before = text.slice(Math.max(0, span.start - CLAUSE_REACH), span.start);
    return !CONDITION_BEFORE.test(before) && !PURPOSE_BEFORE.test(before);
  });
}

export const negativeFraming: Rule = {
  id: 'negative-framing',
  code: 'negative-framing',
  letters: ['R'],
  severity: 'warning',
  title: 'Stopping a behaviour instead of a goal to reach',
  guidance: GUIDANCE.positive,
  check(row) {
    return cellsWith(row, ['outcome', 'action', 'action_owner_when']).flatMap((cell) => {
      const span = negativeFramingIn(cell.text) ?? (cell.role === 'outcome' ? undefined : stopSubstanceIn(cell.text));
      if (!span) return [];
      return [
        {
          cell,
          span,
          message:
            'Families respond better to a positive goal than to being told to stop something. Say what they will do instead.',
          // The row rewrite names the behaviour to reach, in the row's own words.
        },
      ];
    });
  },
};
