// T: an action with no date, deadline or frequency drifts.
import { GUIDANCE } from '../guidance';
import { namesActor } from '../language';
import { concreteTimescales, openTimescales, runsThroughAStretch } from '../timescale';
import { sentences, type Span } from '../text';
import { cellsWith, roleOfColumn, wholeCell, type CellContext, type Rule, type RuleHit } from '../rule';

/** The bullet points of a cell, or the items of one person's list ("Mum to: attend ...; go to ..."). */
function bullets(text: string): Span[] {
  const found: Span[] = [];
  const listed = /^([^:\n]{1,40}\bto\s*:\s*)([^\n]*;[^\n]*)$/.exec(text.trim());
  if (listed) {
    let at = text.indexOf(listed[2]);
    for (const item of listed[2].split(';')) {
      const start = at + (item.length - item.trimStart().length);
      const body = item.trim().replace(/[.]$/, '');
      if (body) found.push({ start, end: start + body.length, text: body });
      at += item.length + 1;
    }
    return found;
  }
  for (const line of text.matchAll(/^[ \t]*[-•*–][ \t]+(.+)$/gm)) {
    const body = line[1].trimEnd();
    const start = (line.index ?? 0) + line[0].indexOf(line[1]);
    found.push({ start, end: start + body.length, text: body });
  }
  return found;
}

/** A When cell that says only that its date is still to be set. */
const STILL_TO_SET = /^(?:tbc|tba|to\s+be\s+(?:confirmed|agreed|arranged|decided|set))\.?$/i;

/** The same said among other words: "Date TBC", "tbc at core group", "Dates to be agreed with Mum". */
const TO_SET_WITHIN = /\b(?:tbc|tba|to\s+be\s+(?:confirmed|agreed|arranged|decided|set))\b/i;

/** The words from "to be agreed" to the end of its clause: "at the next meeting" is when a date is set, not one. */
const SETTING_CLAUSE = /\b(?:tbc|tba|to\s+be\s+(?:confirmed|agreed|arranged|decided|set))\b[^.;\n]{0,120}/gi;

function pastSetting(text: string): string {
  return text.replace(SETTING_CLAUSE, (clause) => ' '.repeat(clause.length));
}

/** A When cell filled with a mark that it does not apply: "N/A", "-", "?". */
const NOT_GIVEN = /^(?:n\/?a|none|[-–—?]+)\.?$/i;

/** A step that waits on an event ("if he misses one", "when she is home"): the event is its timing. */
const CONDITION = /\b(?:if|when|whenever|unless|each time|every time|once)\b/i;

/**
 * A step held to an occasion rather than a date: "on every trip", "record each wet", "check back before she
 * starts". A standing way of working is timed by the occasions it is done on, as "each time" is; a date on a
 * step beside it says nothing against it.
 */
const OCCASION =
  /\b(?:each|every|any)\s+(?!other\b|one\b|of\b)[a-z]{3,}|\b(?:before|after)\s+(?:she|he|they|i|we|you)\s+[a-z]+s?\b/i;

/**
 * In a cell of several actions with no when column, some dated and some not: each undated step, since
 * every action needs its own timescale ("Does my plan clearly show when I expect each stage to be
 * completed?"), and a date on one step says nothing of when the others happen.
 */
function undatedSteps(cell: CellContext, planDate?: string): RuleHit[] {
  // Only a list set out as one: bullet points, each a step of its own ("- Mum to ...", "• SW to ...").
  const steps = bullets(cell.text).filter(
    (s) => s.text.split(/\s+/).length >= 4 && !CONDITION.test(s.text) && openTimescales(s.text).length === 0,
  );
  if (steps.length < 2) return [];
  // A time on a line of its own, outside every step, is for them all: "(Mason, all within 4 weeks)".
  const all = bullets(cell.text);
  const outside = concreteTimescales(cell.text, planDate).some(
    (t) => !all.some((s) => s.start <= t.start && t.end <= s.end),
  );
  if (outside) return [];
  const undated = steps.filter((s) => concreteTimescales(s.text, planDate).length === 0);
  if (undated.length === 0 || undated.length === steps.length) return [];
  const unheld = undated.filter((s) => !OCCASION.test(s.text));
  if (unheld.length === 0) return [];
  return unheld.map((span) => ({
    cell,
    span,
    message: 'This step has no date or how often, though others in the cell do. Say when it will be done.',
    suggestion: { kind: 'append' as const, text: ' [by dd/mm/yyyy]', modelledOn: GUIDANCE.timely },
  }));
}

/** The roles of the cells that hold the work and who does it: where an action's own time may stand. */
const WORK_ROLES = new Set(['action', 'owner', 'owner_when', 'action_owner_when']);

/**
 * The steps of the work, each with its own doer ("Mum to ring the dentist; SW to give her the number at the
 * next visit"): split at semicolons and full stops, kept when they name who does them.
 */
function namedSteps(text: string): string[] {
  return sentences(text)
    .flatMap((s) => s.text.split(';'))
    .map((step) => step.trim())
    .filter((step) => step.split(/\s+/).length >= 4 && namesActor(step) && !CONDITION.test(step));
}

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
    // How often the child will do something ("brush twice a day") is the change sought, not when the work is
    // done: only a date in the outcome (the whole row's deadline) times its actions.
    const roleOf = (column: number) => roleOfColumn(row, column);
    // The When column is where the row's timing belongs. Left empty or "TBC", it says the work has no time
    // yet: a date in the outcome or the measure (the row's deadline, when to look) does not time the work,
    // only a time in the work's own cells does, and then for each step that has one ("... at the next visit"
    // times the worker's step, not the parent's before it).
    const whenText = whenCell?.text.trim() ?? '';
    const whenUnset =
      !!whenCell &&
      (!whenText ||
        NOT_GIVEN.test(whenText) ||
        (TO_SET_WITHIN.test(whenText) && concreteTimescales(pastSetting(whenText), row.planDate).length === 0));
    // So with a who-and-when cell that says its date is still to set ("Mum – date TBC").
    const whoWhenUnset = cellsWith(row, ['owner_when', 'action_owner_when']).some(
      (c) => TO_SET_WITHIN.test(c.text) && concreteTimescales(pastSetting(c.text), row.planDate).length === 0,
    );
    const timingUnset = whenUnset || whoWhenUnset;
    const dateStillToSet = whoWhenUnset || (whenUnset && TO_SET_WITHIN.test(whenText));
    // "Dates TBC at the next visit": the visit is when a date will be set, not when the work is done.
    const inSettingClause = (t: { column: number; start: number }): boolean => {
      const cell = row.cells.find((c) => c.column === t.column);
      if (!cell || !TO_SET_WITHIN.test(cell.text)) return false;
      return [...cell.text.matchAll(SETTING_CLAUSE)].some(
        (m) => t.start >= (m.index ?? 0) && t.start < (m.index ?? 0) + m[0].length,
      );
    };
    const timed = row.timescales.filter(
      (t) =>
        !(t.kind === 'frequency' && roleOf(t.column) === 'outcome') &&
        !inSettingClause(t) &&
        // A When that says its date is still to set ("Date TBC") leaves how often ("her daily stretches")
        // without a start or an end: then only a date, a deadline or a span in the work's own cells times it.
        (!timingUnset ||
          (WORK_ROLES.has(roleOf(t.column) ?? '') &&
            !(dateStillToSet && (t.kind === 'frequency' || t.kind === 'time')))),
    );
    // A time in the owner's cell ("Housing officer by 12/02/2027") is for all the work, not one step.
    const stepsUntimed = (): boolean =>
      timed.every((t) => roleOf(t.column) === 'action' || roleOf(t.column) === 'action_owner_when') &&
      cellsWith(row, ['action', 'action_owner_when']).some((cell) =>
        namedSteps(cell.text).some((step) => concreteTimescales(step, row.planDate).length === 0),
      );
    if (timed.length > 0 && !(timingUnset && stepsUntimed())) {
      if (whenCell && whenCell.text.trim()) return hits;
      return cellsWith(row, ['action', 'action_owner_when']).flatMap((cell) => undatedSteps(cell, row.planDate));
    }
    const actionText = [...actions, ...(whenCell ? [whenCell] : [])].map((c) => c.text).join(' ');
    if (openTimescales(actionText).length > 0) return hits; // open-timescale says it better
    if (runsThroughAStretch(actionText)) return hits; // "throughout pre-proceedings" ends when that does
    const target = whenCell ?? cellsWith(row, ['owner_when', 'action_owner_when', 'action'])[0] ?? actions[0];
    const empty = !target.text.trim();
    // "TBC", "to be agreed": a date still to set is no date yet, so the cell is asked for one, as an empty one is.
    const toSet =
      STILL_TO_SET.test(target.text.trim()) || (target === whenCell && whenUnset && TO_SET_WITHIN.test(whenText));
    hits.push({
      cell: target,
      span: wholeCell(target),
      message: empty
        ? 'No date is given. When should this be done by, or how often will it happen?'
        : toSet
          ? `"${target.text.trim()}" is not a date yet. Agree when this will be done by, or how often it will happen.`
          : 'This does not say when. Give a date, or how often and until when, so the plan does not drift.',
      suggestion:
        empty || toSet
          ? { kind: 'replace-cell', text: 'By [dd/mm/yyyy]', modelledOn: GUIDANCE.timely }
          : { kind: 'append', text: ' This will be done by [dd/mm/yyyy].', modelledOn: GUIDANCE.timely },
    });
    return hits;
  },
};
