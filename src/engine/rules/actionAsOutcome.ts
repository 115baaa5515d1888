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
import { blankSpans, findAll, sentences, type Span } from '../text';
import { concreteTimescales } from '../timescale';
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

/** "... and can name three warning signs", "... and Mum can name": what the person will then do, joined to the service. */
const AND_THEN =
  /\band\s+(?:then\s+)?(?:(?:he|she|they|[A-Z][a-z]+)\s+)?(?:(?:can|will|(?:is|are)\s+able\s+to)\s+)?(?=(?:name|say|show|explain|tell|use|describe|list|demonstrate)s?\b)/;

/** The change the service should bring, said in the same sentence, and something anyone could count or see. */
function changeBeside(rest: string, planDate?: string): boolean {
  const joined = AND_THEN.exec(rest);
  return joined !== null && isConcrete(rest.slice(joined.index + joined[0].length), planDate);
}

/**
 * A provision named as the means of the outcome: "through a written safety plan and weekly visits", "via a
 * radio aid", "by means of daily check-ins", "with the help of a mentor", "by weekly visits" (not a way in,
 * "through the side gate", nor a date, "by the end of the programme").
 */
const BY_MEANS_OF =
  /\b(?:through|via|by\s+means\s+of|by\s+way\s+of|with\s+the\s+(?:help|support)\s+of|by)\s+(?:(?!(?:of|end|start|time|date|close)\b)[\w'’-]+\s+){0,4}?(?:plans?|visits?|aids?|equipment|support|sessions?|programmes?|therapy|counselling|interventions?|input|provision|monitoring|supervision|check[- ]?ins?|checks|tuition|mentoring|mentors?|courses?|groups?|packages?|services?|strategies|adaptations|adjustments|resources|(?:reduced|part[- ]time)\s+timetable)\b/i;
/** Where the clause with the means ends (not inside "1:1" or "1.5 hours"). */
const CLAUSE_END = /[,;:.](?!\d)|\bso\b/;

/**
 * An outcome whose only content is the provision, named as its means: "Kai's safety will be ensured through a
 * written safety plan and weekly visits", "Aled will access the curriculum through a radio aid". With the
 * means taken out, nothing is left that anyone could count or see; with a change left ("will answer questions
 * in 3 lessons a day through his radio aid") the provision is only how it is reached.
 */
function provisionAsMeans(first: Span, planDate?: string): Span | undefined {
  if (PURPOSE_MARKER.test(first.text)) return undefined;
  const means = BY_MEANS_OF.exec(first.text);
  if (!means) return undefined;
  const after = first.text.slice(means.index + means[0].length);
  const clause = CLAUSE_END.exec(after);
  const end = means.index + means[0].length + (clause ? clause.index : after.trimEnd().length);
  const rest = first.text.slice(0, means.index) + ' ' + first.text.slice(end);
  if (isConcrete(rest, planDate)) return undefined;
  return { start: first.start + means.index, end: first.start + end, text: first.text.slice(means.index, end) };
}

/**
 * A worker's task in the passive, as the whole outcome: "Private fostering arrangement to be assessed and
 * monitored", "Leo will be supported throughout the school day". Not support towards a change ("to be
 * supported to manage upsetting situations without hurting himself" is the guidance's own better goal).
 */
const PASSIVE_TASK =
  /\b(?:will|to|should|shall|must)\s+(?:continue\s+to\s+)?be\s+(?:(?:closely|regularly|carefully)\s+)?(?:assessed|monitored|visited|observed|checked|supervised|supported|helped|weighed|measured|screened|examined)\b(?![^.;]{0,80}\bto\s+(?!(?:school|college|nursery|work|the|an?|his|her|their|my|its|and)\b)[a-z])/i;

/**
 * The worker named as who does the passive task: "supported by his key adult", "monitored by the EWO" (not a
 * date, "by the end of term", nor family keeping a child safe, "supervised by Gran whenever Mum has been
 * drinking", the guidance's own plan). Then a count in the sentence is how often the worker does it ("every
 * morning"), not a change anyone could see in the child.
 */
const BY_WORKER =
  /^(?:\s+(?:on|in\s+on|up\s+on))?\s+by\s+(?:(?:the|his|her|their|a|an|my|our|your)\s+)?(?:[\w'’-]+\s+){0,2}?(?:key\s+adults?|key\s?workers?|key\s+person|mentors?|TAs?|teachers?|staff|SW|social\s+workers?|EWO|education\s+welfare\s+officer|nurses?|school|nursery|college|ELSA|SENCo|therapists?|workers?|practitioners?|officers?|IDVA|YOS|YOT|CAMHS|health\s+visitor|HV|FSW|PA|OT|team|service|counsellor|tutor|coach|clinician|paediatrician|doctor|GP|professionals?|provider|centre)\b/i;

/** A tool that counts, named after the task: "checked ... using a 1 to 5 scale", "on the class log". */
const MEASURED_WITH =
  /\b(?:using|on|with|against|in)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:scales?|charts?|logs?|diary|diaries|records?|registers?|trackers?|scores?|questionnaires?|star)\b/i;

/**
 * Something done to a thing, in the passive, as the whole outcome: "Zain's home will be adapted", "transport
 * to be arranged", "a ramp will be fitted": a service's work, with nothing said of what changes for anyone.
 */
const PASSIVE_PROVISION =
  /\b(?:will|to|should|shall|must)\s+be\s+(?:adapted|arranged|installed|fitted|funded|organised|organized|set\s+up|made\s+available)\b(?![^.;]{0,80}\b(?:so|to)\s+(?!(?:school|college|nursery|work|the|an?|his|her|their|my|its|and)\b)[a-z])/i;

/** A passive task with nothing in the sentence anyone could count or see, or done by a worker named. */
function passiveTaskOnly(first: Span, planDate?: string): Span | undefined {
  const task = PASSIVE_TASK.exec(first.text) ?? PASSIVE_PROVISION.exec(first.text);
  if (!task || PURPOSE_MARKER.test(first.text)) return undefined;
  const after = first.text.slice(task.index + task[0].length);
  const byWorker = BY_WORKER.test(after) && !MEASURED_WITH.test(after);
  // How often or by when the task is done ("weighed weekly at clinic", "assessed by 12/02/2027") is the
  // worker's timing, not a change anyone could see: only something else counted lets the outcome off.
  // (A clock time is left: "1 to 5" on a scale reads as one.)
  const untimed = blankSpans(
    first.text,
    concreteTimescales(first.text, planDate).filter((t) => t.kind !== 'time'),
  );
  if (!byWorker && isConcrete(untimed, planDate)) return undefined;
  return { start: first.start + task.index, end: first.start + task.index + task[0].length, text: task[0] };
}

/** A verb of any kind: an outcome with none is a label, not a change. */
const ANY_VERB =
  /\b(?:will|to|be|is|are|was|were|can|could|has|have|had|does|do|did|should|must|shall|may|gets?|goes|feels?|knows?)\b/i;
/** An outcome that only names a service, with no one doing anything and nothing changing. */
function serviceLabel(first: Span): Span | undefined {
  if (ANY_VERB.test(first.text) || first.text.split(/\s+/).length > 10) return undefined;
  return SERVICE_LABEL.test(first.text) ? first : undefined;
}

/**
 * A label typed before the outcome in its cell ("Long-term target:", "What we want to achieve:", "Plan:"): the
 * outcome is what follows it. Not a heading that governs a list ("Mum will:"), whose verb is the outcome's own.
 */
const LEADING_LABEL =
  /^\s*(?:[\p{L}'’-]+[ \t]+){0,5}[\p{L}'’-]+(?<!\b(?:will|to|must|should|shall|can|agrees?|would))[ \t]*:[ \t]+/iu;

/** The first sentence with any label before it set aside. */
function withoutLabel(first: Span): Span {
  const label = LEADING_LABEL.exec(first.text);
  if (!label || label[0].length >= first.text.length) return first;
  const at = label[0].length;
  return { start: first.start + at, end: first.end, text: first.text.slice(at) };
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
      const sentence = sentences(cell.text)[0];
      if (!sentence) return [];
      const first = withoutLabel(sentence);
      const service =
        serviceIn(first, row.planDate) ??
        serviceLabel(first) ??
        provisionAsMeans(first, row.planDate) ??
        passiveTaskOnly(first, row.planDate);
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
