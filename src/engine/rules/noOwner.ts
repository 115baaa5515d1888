// S, A: every action needs a named person or family member responsible for it.
import { GUIDANCE } from '../guidance';
import { TASK_START, actorSpans, namesResponsible, onlyNobody } from '../language';
import { cellsWith, wholeCell, type Rule, type RuleHit } from '../rule';

/**
 * Someone named only as whom a thing is done with or for ("written with Ellis", "shared with police",
 * "Referral to a debt adviser", "made to the young carers' service"). Not "from": "from a trained teaching
 * assistant" names who gives it.
 */
const COMPANION_BEFORE =
  /\b(?:(?:with|to|for|from|about|of)\s+(?:(?:the|his|her|their)\s+)?|(?:with|to|for)\s+(?:(?:the|his|her|their|an?)\s+)?[a-z]+\s+)$/i;

/**
 * Time with a worker names who gives it: "1:1 with Miss Hart (ELSA)", "sessions with the school nurse",
 * "appointments with his keyworker", "sessions in school with Mrs Patel", "life story work with his social
 * worker". The worker delivers the provision; the child is not doing it alone.
 */
const DELIVERED_BY_BEFORE =
  /\b(?:1:1|1-1|one[- ]to[- ]one|sessions?|appointments?|meetings?|tuition|therapy|counselling|lessons?|time|work|mentoring)\s+(?:(?:in|at)\s+(?:the\s+)?(?:school|nursery|college|home)\s+)?with\s+(?:(?:the|his|her|their|an?)\s+)?(?:[a-z]+\s+)?$/i;

/**
 * A setting named as where a thing happens, not who does it: "six sessions in school", "every move around
 * school", "at the surgery", "across college".
 */
const PLACE_BEFORE = /\b(?:in|at|around|across|into|within|outside)\s+(?:(?:the|his|her|their)\s+)?$/i;

/**
 * A cell of passive tasks whose every named person (if any) is a companion, a recipient or a place, never the one who
 * acts: "Plan to be written with Ellis" names no one to write it.
 */
function onlyCompanions(text: string): boolean {
  if (namesResponsible(text)) return false;
  let previousAside = false;
  return actorSpans(text).every((s) => {
    const before = text.slice(Math.max(0, s.start - 30), s.start);
    const after = text.slice(s.end, s.end + 50);
    previousAside =
      (COMPANION_BEFORE.test(before) && !DELIVERED_BY_BEFORE.test(before)) ||
      PLACE_BEFORE.test(before) ||
      TOLD_AFTER.test(after) ||
      DONE_TO_AFTER.test(after) ||
      OWNED_AFTER.test(after) ||
      CAPACITY_BEFORE.test(before) ||
      (SETTING_WORD.test(s.text) && SETTING_THING_AFTER.test(after)) ||
      (previousAside && LIST_AND_BEFORE.test(before));
    return previousAside;
  });
}

/** Someone before a bare participle is told, not telling: "and the foster carer told of the date". */
const TOLD_AFTER = /^\s+(?:told|informed|updated|notified|invited|consulted|copied\s+in|sent|given)\b/i;

/**
 * Before a passive, the one done to: "Mum and Dad will be offered a course", "Aunt Kim and Uncle Lee will be
 * assessed", "school to be told of the new address" (participles that do not end in -ed or -en too).
 */
const DONE_TO_AFTER =
  /^\s*(?:[A-Z][a-z]+\s+)?(?:and\s+\S+\s+(?:[A-Z][a-z]+\s+)?)?(?:to|will)\s+be\s+(?:[a-z]+(?:ed|en)|told|sent|paid|kept|met|rung|brought|bought|taught|left|lent|shown|known|sought|found)\b/;

/** A role named as a capacity, not a doer: "to be assessed as carers". */
const CAPACITY_BEFORE = /\bas\s+(?:(?:the|her|his|their|an?)\s+)?$/i;

/**
 * A setting or a service naming a thing it has ("a school place", "college transport", "GP registration"), not
 * the setting acting.
 */
const SETTING_WORD = /^(?:school|nursery|college|GP|dentist|surgery)$/i;
const SETTING_THING_AFTER =
  /^\s+(?:places?|transport|bus|taxi|trips?|uniform|meals?|dinners?|run|holidays?|reports?|records?|registration|appointments?|letters?|forms?)\b/i;

/** A possessive names whose thing it is, not who acts: "following the physio's report". */
const OWNED_AFTER = /^['’]s\s+(?!own\b)[a-z]/i;

/** The next in a list shares the first's part: "an assessment of Grandma and Grandad". */
const LIST_AND_BEFORE = /(?:\band|,|&)\s+(?:the\s+)?$/i;

/**
 * One step of a list set out as a passive task with no one to do it: "Attendance to be checked weekly",
 * "registration to be done by Friday". Every action needs a named person responsible (Practitioner's guide,
 * who is responsible), so a name on another step does not own this one; "by the SW" in the step does.
 */
const PASSIVE_STEP =
  /^[-•*–\d.)\s]*(?:[\p{L}'’&/-]+\s+){1,4}?(?:is|are|to|will)\s+be\s+(?:[a-z]+(?:ed|en)|made|done|sent|set\s+up|kept|held|paid|put|given|taken|seen|shown|bought|found|met|sorted|told)\b/iu;

/** "By" before someone names who does it: "to be done by Kim Lowe (missing worker)", "by the school nurse". */
const BY_SOMEONE =
  /\bby\s+(?:the\s+|his\s+|her\s+|their\s+)?(?!(?:mon|tues|wed|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|end\b|half\b|easter\b|christmas\b|summer\b|spring\b|autumn\b|next\b|then\b)(?:[A-Z][\p{L}'’-]+|[a-z]+\s+(?:worker|officer|nurse|teacher|manager|carer|coordinator|lead|team|service))/u;

/** A step whose subject points back to the step before ("This will be completed by ...") shares its owner. */
const POINTS_BACK = /^[-•*–\d.)\s]*(?:this|it|these|that|which|both)\b/i;

/** A review at a named meeting is the meeting's, and its chair's: "The plan will be reviewed at core group". */
const AT_A_MEETING = /\b(?:reviewed|discussed|agreed|considered)\s+(?:at|in)\b/i;

function unownedPassive(step: string): boolean {
  return (
    PASSIVE_STEP.test(step) &&
    !POINTS_BACK.test(step) &&
    !AT_A_MEETING.test(step) &&
    !BY_SOMEONE.test(step) &&
    !namesResponsible(step)
  );
}

/**
 * A list set out line by line with a line that is an unowned passive task, or a cell whose every step is one
 * ("Registration to be done by Friday; proof to be sent to the SW": the SW is told, not doing it).
 */
function unownedPassiveStep(text: string): boolean {
  // Cheap gate: the passive must be in the cell at all.
  if (!/\bbe\s+[a-z]/i.test(text)) return false;
  const lines = text.split('\n').filter((line) => /^\s*(?:[-•*–]|\d{1,2}[.)])\s/.test(line));
  if (lines.length >= 2 && lines.some(unownedPassive)) return true;
  const steps = text
    .split(/[;\n]|\.\s+(?=[A-Z])/)
    .map((step) => step.trim())
    .filter(Boolean);
  return steps.length >= 2 && steps.every(unownedPassive);
}

export const noOwner: Rule = {
  id: 'no-owner',
  code: 'no-owner',
  letters: ['S', 'A'],
  severity: 'warning',
  title: 'Nobody named as responsible',
  guidance: GUIDANCE.whoResponsible,
  check(row) {
    const hits: RuleHit[] = [];
    const actions = cellsWith(row, ['action', 'owner_when', 'action_owner_when']);
    if (!row.hasActionColumns) {
      // A lone instruction ("Ensure there are no further incidents") still needs someone to carry it out.
      for (const cell of cellsWith(row, ['outcome'])) {
        if (/^\s*(?:ensure|make sure)\b/i.test(cell.text) || TASK_START.test(cell.text)) {
          if (!namesResponsible(cell.text)) {
            hits.push({
              cell,
              span: wholeCell(cell),
              message: 'This does not say who will make it happen. Name the person or family member responsible.',
              suggestion: {
                kind: 'append',
                text: ' [Name and role] will be responsible for this.',
                modelledOn: GUIDANCE.whoResponsible,
              },
            });
          }
        }
      }
      return hits;
    }
    const ownerCell = row.cells.find((c) => c.role === 'owner');
    // A date on its own is not an action: only ask who when something is to be done.
    const anythingToDo = actions.length > 0;
    if (ownerCell) {
      if (!anythingToDo && !ownerCell.text.trim()) return hits;
      if (!ownerCell.text.trim() || onlyNobody(ownerCell.text)) {
        hits.push({
          cell: ownerCell,
          span: wholeCell(ownerCell),
          message: ownerCell.text.trim()
            ? `"${ownerCell.text.trim()}" is everyone and so no one. Name the person or family member who will do it.`
            : 'No one is named as responsible for this. Who will do it?',
          suggestion: { kind: 'replace-cell', text: '[Name] ([role])', modelledOn: GUIDANCE.whoResponsible },
        });
      }
      return hits;
    }
    const passiveOnly =
      !row.roles.has('owner_when') &&
      (actions.every((c) => !c.text.trim() || onlyCompanions(c.text)) ||
        actions.some((c) => c.role === 'action_owner_when' && unownedPassiveStep(c.text)));
    if (!anythingToDo || (row.ownerFound && !passiveOnly)) return hits;
    const target = actions[0];
    hits.push({
      cell: target,
      span: wholeCell(target),
      message:
        'This does not say who will do it. Name the person and their role, or the family member, for each action.',
      suggestion: { kind: 'append', text: ' [Name and role] will do this.', modelledOn: GUIDANCE.whoResponsible },
    });
    return hits;
  },
};
