// The row rewriter: one coherent rewrite of a whole row, composed from what the rules found, in the way
// the guidance rewrites its own before-rows (Practitioner's Guide, Paul's care plan; Torbay, Common
// Errors; Smart Planning Guidance, Rosie's plan). It keeps the row's own people, services, dates and
// numbers, and leaves a `[gap]` only for what the author alone knows.
import { GUIDANCE } from '../guidance';
import { vagueActions, type VagueActionKind } from '../actions';
import { isStateAim } from '../rules/vague';
import { SERVICE_NEED, STOP_BEHAVIOUR, ABSOLUTE_NONE, ABSOLUTE_SUBSTANCE, ownerSpans } from '../language';
import { KNOWN_EXPANSIONS, acronymsExplainedIn } from '../rules/jargon';
import { concreteTimescales, openTimescales, VAGUE_FREQUENCY } from '../timescale';
import { findAll, sentences, shortHash } from '../text';
import type { CellContext } from '../rule';
import type { Finding, GuidanceRef, IssueCode, Role } from '../types';
import { factsOf, possessive, upperFirst, type RowFacts } from './facts';
import { findGaps } from './gaps';
import { pronounsOf, rowTopic, topicById, type GapWriter, type Topic } from '../topics';
import type { CellRewrite, RowRewrite } from './types';

/** More gaps than this and a rewrite is a form to fill in, not a plan: later ones give way to plain words. */
export const MAX_GAPS = 3;

export interface RowToRewrite {
  table: number;
  row: number;
  cells: CellContext[];
  /** The row's findings, as checkPlan or checkRow reported them. */
  findings: Finding[];
  planDate?: string;
  /** Rewritten rows already given elsewhere in the plan: no two rows get the same text. */
  taken?: Set<string>;
  /** Re-checks a draft row (cells by column): lets the rewriter say which findings it answers. */
  recheck?: (cells: CellContext[]) => Finding[];
}

class GapBudget implements GapWriter {
  used = 0;
  constructor(private readonly max: number) {}
  gap(label: string, fallback: string): string {
    if (this.used >= this.max) return fallback;
    this.used++;
    return `[${label}]`;
  }
  /** Who does it is never guessed: an owner gap is given even past the budget. */
  must(label: string): string {
    this.used++;
    return `[${label}]`;
  }
  /** "every [2] weeks " while the budget lasts; nothing rather than a made-up frequency after. */
  every(): string {
    return this.used < this.max ? `every ${this.gap('2', '')} weeks ` : '';
  }
}

const ACTION_CELL_ROLES: Role[] = ['action', 'action_owner_when', 'owner_when'];
const RECURRING =
  /\b(?:attend\w*|see|seen|visit\w*|meet\w*|go(?:es)? to|take part|work with|play|groups?|sessions?|classes|course|counsell\w*|support\w*|stay|phone)\b/i;
const ONE_OFF =
  /\b(?:refer\w*|arrange\w*|book\w*|register\w*|apply|applies|complete\w*|make|made|write|assess\w*|contact\w*|buy|set up|organise|request\w*|check what|appointments?|take \w+ to the (?:dentist|doctor|GP))\b/i;
/** Something done each time an event happens: it needs "on the day", not a date. */
const CONTINGENT = /\b(?:if|whenever|any (?:further )?(?:incidents?|concerns?|missed))\b/i;
const PASSIVE =
  /^(.*?)\b(?:to be|will be|is to be|are to be|should be)\s+(referred|provided|offered|arranged|completed|made|assessed|booked|seen|given|sent|set up|organised|undertaken)\b(.*)$/i;
const ACTIVE_OF: Record<string, string> = {
  referred: 'refer',
  provided: 'provide',
  offered: 'offer',
  arranged: 'arrange',
  completed: 'complete',
  made: 'make',
  assessed: 'assess',
  booked: 'book',
  seen: 'see',
  given: 'give',
  sent: 'send',
  'set up': 'set up',
  organised: 'organise',
  undertaken: 'undertake',
};
const ONGOING_CLAUSE =
  /\s*(?:[-–—,;]\s*)?(?:(?:this|which|that|it)\s+(?:will\s+be|is)\s+)?(?:on-?going|ongoing|continuous|as and when(?: required)?|as soon as possible|asap)\b\s*/i;
/** Tasks that say nothing concrete: they are replaced by the change for the child, never moved. */
const VAGUE_TASK =
  /^\s*(?:to\s+)?(?:ensure|make sure|support|monitor|improve|engage|address|work on|continue)\b|\bto engage\b/i;
const DATE_GAP = 'dd/mm/yyyy';
const TASK_VERB =
  /^(?:complete|attend|fill in|go to|take part in|access|keep|make|do|write|use|register|book|arrange|refer)\b/i;
/** Going to school "regularly" means every school day, never a number of weeks. */
const SCHOOL =
  /\b(?:attend|go to|goes to|going to|get to|gets to|be in|takes? \w+ to)\s+(?:(?:his|her|their|the)\s+)?(?:school|nursery|college)\b/i;

interface Draft {
  cells: CellContext[];
  text: Map<number, string>;
  facts: RowFacts;
  topic: Topic;
  gaps: GapBudget;
  codes: Map<number, Set<IssueCode>>;
  rowCodes: Set<IssueCode>;
  notes: Set<string>;
  /** Actions the need or outcome held, on their way to the actions column. */
  moved: string[];
  /** Columns already rewritten as a whole (a realistic commitment): later steps leave them be. */
  settled: Set<number>;
}

export function rewriteRow(input: RowToRewrite): RowRewrite | null {
  const warnings = input.findings.filter((f) => f.severity !== 'info' && f.row === input.row);
  if (warnings.length === 0) return null;
  const rowText = input.cells.map((c) => c.text).join('\n');
  const draft: Draft = {
    cells: input.cells,
    text: new Map(input.cells.map((c) => [c.column, c.text])),
    facts: factsOf(rowText),
    topic: rowTopic(input.cells),
    gaps: new GapBudget(MAX_GAPS),
    codes: new Map(),
    rowCodes: new Set(warnings.map((f) => f.code)),
    notes: new Set(),
    moved: [],
    settled: new Set(),
  };
  for (const f of warnings) {
    if (!draft.codes.has(f.column)) draft.codes.set(f.column, new Set());
    draft.codes.get(f.column)?.add(isStateAim(f) ? 'no-measure' : f.code);
  }

  // Order matters for the gap budget: who and when first, they are what a supervisor asks for first.
  collectMoved(draft);
  rewriteActions(draft);
  rewriteOwnerAndWhen(draft);
  rewriteOutcomes(draft);
  rewriteMeasure(draft);
  rewriteNeeds(draft);
  spellOutAcronyms(draft, rowText);

  let cells = changedCells(draft);
  if (cells.length === 0) return null;
  const key = (list: CellRewrite[]) => list.map((c) => `${c.role}:${c.after}`).join('\n');
  if (input.taken?.has(key(cells))) {
    for (const variant of VARIANTS) {
      for (const [column, text] of draft.text) draft.text.set(column, text.replace(variant[0], variant[1]));
      cells = changedCells(draft);
      if (!input.taken.has(key(cells))) break;
    }
  }
  input.taken?.add(key(cells));

  const after = input.cells.map((c) => ({ ...c, text: draft.text.get(c.column) ?? c.text }));
  const left = input.recheck ? input.recheck(after) : undefined;
  const resolves = warnings
    .filter((f) =>
      left
        ? !left.some((l) => l.code === f.code && l.column === f.column && l.severity !== 'info')
        : cells.some((c) => c.column === f.column) || ['no-measure', 'no-owner', 'no-timescale'].includes(f.code),
    )
    .map((f) => f.id);
  return {
    id: shortHash(`rewrite|${input.table}|${input.row}|${rowText}`),
    table: input.table,
    row: input.row,
    cells,
    resolves,
    summary: summaryOf(draft),
    modelledOn: modelOf(draft.rowCodes),
  };
}

/** Equivalent wordings tried in turn when two rows would otherwise read the same. */
const VARIANTS: Array<[RegExp, string]> = [
  [/\b[Bb]y \[dd\/mm\/yyyy\]/, 'No later than [dd/mm/yyyy]'],
  [/\[dd\/mm\/yyyy\]/, '[date agreed]'],
  [/\bevery \[2\] weeks\b/, 'every [3] weeks'],
];

function changedCells(draft: Draft): CellRewrite[] {
  return draft.cells
    .filter((c) => (draft.text.get(c.column) ?? c.text) !== c.text)
    .map((c) => ({ column: c.column, role: c.role, before: c.text, after: tidy(draft.text.get(c.column) ?? c.text) }))
    .filter((c) => c.after !== c.before && !onlyPunctuation(c.before, c.after));
}

/** A full stop added is not a rewrite. */
function onlyPunctuation(before: string, after: string): boolean {
  const bare = (t: string) => t.replace(/[\s.,;:!?]+/g, ' ').trim();
  return bare(before) === bare(after);
}

function tidy(text: string): string {
  return text
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\s+([.,;])/g, '$1')
    .replace(/\.{2,}/g, '.')
    .replace(/,\./g, '.')
    .replace(/(^|[.!?]\s+)([a-z])/g, (_m, lead: string, letter: string) => lead + letter.toUpperCase())
    .trim();
}

function has(draft: Draft, column: number, ...codes: IssueCode[]): boolean {
  const found = draft.codes.get(column);
  return Boolean(found && codes.some((c) => found.has(c)));
}

function cellsOf(draft: Draft, roles: Role[]): CellContext[] {
  return draft.cells.filter((c) => roles.includes(c.role));
}

const hasActionColumn = (draft: Draft) => cellsOf(draft, ACTION_CELL_ROLES).length > 0;

// ---- What moves to the actions: a service in the need, a task in the outcome.

function collectMoved(draft: Draft): void {
  if (!hasActionColumn(draft)) return;
  const actionText = cellsOf(draft, ACTION_CELL_ROLES)
    .map((c) => c.text)
    .join(' ')
    .toLowerCase();
  const already = (moved: string) => {
    const last = /([a-z]+)\W*$/i.exec(moved)?.[1]?.toLowerCase();
    return Boolean(last && actionText.includes(last));
  };
  for (const cell of cellsOf(draft, ['need'])) {
    if (!has(draft, cell.column, 'action-as-need')) continue;
    for (const s of sentences(cell.text)) {
      const service = findAll(SERVICE_NEED, s.text)[0];
      if (!service) continue;
      const moved = serviceAsAction(s.text.slice(service.start), draft.facts);
      if (!already(moved)) draft.moved.push(moved);
    }
  }
  for (const cell of cellsOf(draft, ['outcome'])) {
    if (!has(draft, cell.column, 'action-as-outcome') || has(draft, cell.column, 'unrealistic')) continue;
    const task = sentences(cell.text)[0];
    if (task && !VAGUE_TASK.test(task.text) && !already(task.text)) {
      // "Complete a cleaning rota": a task moved without a subject says who will do it.
      const bare = task.text.replace(/^\s*to\s+/i, '');
      draft.moved.push(
        TASK_VERB.test(bare)
          ? `${draft.facts.parent ? upperFirst(draft.facts.parent) : draft.gaps.must('named worker')} to ${bare[0].toLowerCase()}${bare.slice(1)}`
          : task.text,
      );
    }
  }
}

// ---- Needs: a service written as a need moves to the actions; a general aim says what is happening.

function rewriteNeeds(draft: Draft): void {
  const { facts, gaps } = draft;
  for (const cell of cellsOf(draft, ['need'])) {
    let text = draft.text.get(cell.column) ?? '';
    if (!text.trim()) continue;
    const topic = rowTopic(draft.cells, text);
    if (has(draft, cell.column, 'action-as-need')) {
      const kept: string[] = [];
      const services: string[] = [];
      for (const s of sentences(text)) {
        const service = findAll(SERVICE_NEED, s.text)[0];
        if (service) services.push(serviceAsAction(s.text.slice(service.start), facts));
        else kept.push(s.text);
      }
      const worry =
        topic.id === 'attendance'
          ? `what is making learning hard for ${facts.child}`
          : topic.id === 'emotional' || topic.id === 'behaviour'
            ? `what is troubling ${facts.child}`
            : `what is making things hard for ${facts.child}`;
      const specific = !['general', 'emotional', 'behaviour', 'attendance', 'safety', 'engagement'].includes(topic.id);
      text =
        kept.length > 0
          ? kept.join(' ')
          : specific
            ? topic.rewrite.need(facts, gaps)
            : `We need to understand ${gaps.gap(worry, worry)} and help ${facts.child} with it.`;
      if (!hasActionColumn(draft)) {
        const steps = services.map((m) => lowerFirst(m.replace(/\.$/, '')));
        text += ` The first step agreed is for ${steps.join(', and for ')}.`;
      }
      draft.notes.add('moves the service to the actions and says what is happening for the child');
    } else if (has(draft, cell.column, 'vague', 'subjective', 'no-measure')) {
      const all = sentences(text);
      const kept = all.filter((s) => !VAGUE_SENTENCE.test(s.text) && !SUBJECTIVE_SENTENCE.test(s.text));
      if (topic.id !== 'general') {
        const replaced = topic.rewrite.need(facts, gaps);
        text =
          kept.length > 0 && kept.length < all.length ? `${kept.map((s) => s.text).join(' ')} ${replaced}` : replaced;
        draft.notes.add('says what the need is for the child');
      }
    }
    draft.text.set(cell.column, text);
  }
}

const VAGUE_SENTENCE =
  /\b(?:be healthy|feel safe|be safe|potential|be happy|happier|be stimulated|needs help|need help|confident|wellbeing|well-being|needs are met|needs will be met|settled|thrive)\b/i;
const SUBJECTIVE_SENTENCE = /\b(?:clean and tidy|appropriate\w*|acceptable|suitabl\w+|age[- ]appropriate|skills)\b/i;

/** "needs to be referred to CAMHS" -> "Stuart to be referred to CAMHS"; "needs anger management" -> "...to have anger management sessions". */
function serviceAsAction(from: string, facts: RowFacts): string {
  let rest = from
    .replace(/^needs?\s+/i, '')
    .replace(/[.!]+$/, '')
    .trim();
  if (/^to\s+/i.test(rest)) rest = rest.replace(/^to\s+/i, '');
  else if (
    /^(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:management|counselling|therapy|support|mentoring)$/i.test(rest)
  )
    rest = `have ${rest.replace(/^(?:an?|the)\s+/i, '')} sessions`;
  else rest = `have ${rest}`;
  return `${upperFirst(facts.child)} to ${rest}.`;
}

function lowerFirst(text: string): string {
  return /^(?:The|A|An)\b/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

// ---- Outcomes: what will be different for the child.

function rewriteOutcomes(draft: Draft): void {
  const { facts, gaps } = draft;
  for (const cell of cellsOf(draft, ['outcome'])) {
    const original = draft.text.get(cell.column) ?? '';
    if (!original.trim()) continue;
    const topic = rowTopic(draft.cells, original);
    let text = original;
    const lone = !hasActionColumn(draft);
    let settled = false;
    if (has(draft, cell.column, 'unrealistic')) {
      const next = realistic(text, draft, lone);
      settled = next !== text;
      text = next;
    }
    let reframed = false;
    if (has(draft, cell.column, 'negative-framing') && findAll(STOP_BEHAVIOUR, text).length > 0) {
      text = positive(text, facts);
      reframed = true;
      draft.notes.add('names the behaviour to reach instead of the one to stop');
    }
    const howMissing = MEASURE_HOW_MISSING.exec(text);
    if (settled) {
      // The realistic commitment already is the outcome.
    } else if (howMissing && has(draft, cell.column, 'no-measure')) {
      const tool = topic.id === 'emotional' ? 'a feelings scale' : 'a written record of what is seen';
      text =
        text.slice(0, howMissing.index) +
        ` ${howMissing[1]} ${howMissing[2]} by ${gaps.must('named worker')} ${gaps.every()}using ${tool}, and ${facts.child} will be asked at each review how things are going.`;
      draft.notes.add('says who will measure it, with what and how often');
    } else if (has(draft, cell.column, 'action-as-outcome')) {
      const task = sentences(text)[0];
      const taskText = task ? task.text : text;
      const rest = task ? text.slice(task.end).trim() : '';
      const vagueTask = VAGUE_TASK.test(taskText);
      if (lone && !vagueTask) text = `${taskAsCommitment(taskText, draft)} ${rest}`;
      else text = `${topicOutcome(topic, taskText, draft)} ${rest}`;
      draft.notes.add(
        lone && !vagueTask
          ? 'turns the task into a commitment that says who, how often and until when'
          : 'moves the task to the actions and writes the change for the child as the outcome',
      );
    } else if (has(draft, cell.column, 'vague', 'subjective', 'no-owner') && !reframed) {
      text = outcomeFor(text, draft, topic);
      draft.notes.add('says what will be different for the child');
    }
    if (!settled && has(draft, cell.column, 'vague') && findAll(VAGUE_FREQUENCY, text).length > 0 && !lone) {
      // "Paul will be seen regularly by his health visitor": the visits are the action; say how often there.
      text = text.replace(VAGUE_FREQUENCY, 'at each planned visit');
    }
    if (
      !settled &&
      !howMissing &&
      has(draft, cell.column, 'no-measure', 'self-report-only') &&
      !concreteTimescales(text).length
    ) {
      const counted = topic.rewrite.measure(actorFacts(topic, original, draft));
      const measureCell = cellsOf(draft, ['measure'])[0];
      // A row with its own measure column keeps outcome and measure apart: the outcome stays short.
      if (!measureCell) text = `${text.trim().replace(/([^.!?])$/, '$1.')} We will know it is working from ${counted}.`;
      else if (!(draft.text.get(measureCell.column) ?? '').trim())
        draft.text.set(measureCell.column, `${upperFirst(counted)}.`);
      draft.notes.add(`adds what will be counted for this topic`);
    }
    draft.text.set(cell.column, text);
  }
}

const MEASURE_HOW_MISSING =
  /\s*\b(to be|will be)\s+(measured|monitored|assessed|reviewed|evaluated|tracked)\s*[.!]?\s*$/i;

/** An outcome made specific for its topic, keeping the row's own sentences that already say something concrete. */
function outcomeFor(text: string, draft: Draft, topic: Topic): string {
  // The subjective word alone can often simply go: "all appropriate benefits" -> "every benefit ... entitled to".
  const simpler = text
    .replace(/\ball appropriate benefits\b/i, 'every benefit the family is entitled to')
    .replace(
      /\b(?:appropriately|suitably|adequately|properly)\s+supervised\b/i,
      'supervised by an adult named in this plan',
    );
  if (simpler !== text && !SUBJECTIVE_SENTENCE.test(simpler) && !VAGUE_SENTENCE.test(simpler)) return simpler;
  return topicOutcome(topic, text, draft);
}

/** "Leah to engage with services": the one asked to take part is the one the outcome is about. */
function topicOutcome(topic: Topic, text: string, draft: Draft): string {
  if (topic.id === 'general') return generalOutcome(text, draft);
  return topic.rewrite.outcome(actorFacts(topic, text, draft), draft.gaps);
}

/**
 * With no topic to lean on, the row's own outcome stays and gains who will see it and how often
 * (Torbay, "Measurable"): a wrong topic would teach more harm than the author's own words.
 */
function generalOutcome(text: string, draft: Draft): string {
  const { facts, gaps } = draft;
  const first =
    sentences(text)[0]
      ?.text.trim()
      .replace(/[.!?]+$/, '') ?? '';
  const parent = facts.parent ? upperFirst(facts.parent) : `The adults caring for ${facts.child}`;
  const watch = `${parent} and ${gaps.gap('named worker', 'the allocated worker')} will note what they see each week and go through it together at each review.`;
  const ownWords = /\bwill\b/i.test(first) && !/^(?:things|everything|it|this)\b/i.test(first);
  if (ownWords) return `${upperFirst(first)}. ${watch}`;
  return `${upperFirst(facts.child)} will show ${gaps.gap(`the change agreed for ${facts.child}`, `the change agreed for ${facts.child}`)} by the next review. ${watch}`;
}

function actorFacts(topic: Topic, text: string, draft: Draft): RowFacts {
  const subject = topic.id === 'engagement' || topic.id === 'parenting' ? subjectOf(text) : undefined;
  return subject ? { ...draft.facts, parent: subject } : draft.facts;
}

/** "Mother will stop drinking" -> a commitment she can keep, and what happens for the child if she cannot. */
function realistic(text: string, draft: Draft, lone: boolean): string {
  const { facts, topic, gaps } = draft;
  if (findAll(ABSOLUTE_SUBSTANCE, text).length > 0) {
    draft.notes.add(
      'turns the all-or-nothing demand into a commitment the parent can keep, with a plan for the child if not',
    );
    const parent = subjectOf(text) ?? facts.parent;
    const f = { ...facts, parent: parent ?? facts.parent };
    const drugs = /\b(?:cannabis|drugs?|using|substances?)\b/i.test(text);
    const substanceTopic = drugs ? topicById('drugs') : topicById('alcohol');
    const cannabis = /\bcannabis\b/i.exec(text);
    let out = substanceTopic.rewrite.outcome(f, gaps);
    if (cannabis)
      out = out
        .replace(/drug use/g, 'cannabis use')
        .replace(/use drugs/g, 'use cannabis')
        .replace(/drug support/g, 'cannabis support');
    return lone ? `${out} We will know it is working from ${substanceTopic.rewrite.measure(f)}.` : out;
  }
  const none = findAll(ABSOLUTE_NONE, text)[0];
  if (!none) return text;
  if (/100/.test(none.text)) {
    draft.notes.add('sets a first step from where things are now instead of going straight to 100%');
    return `${upperFirst(possessive(facts.child))} attendance will rise from ${gaps.gap('50%', 'the current figure')} to ${gaps.gap('70%', 'the next step agreed')} by ${gaps.gap(DATE_GAP, 'the next review')}, with 100% as the aim after that.`;
  }
  draft.notes.add('turns "no more incidents" into what people will do, and what happens if it does happen');
  if (/\b(?:arguments?|fights?|rows?|argue|fight)\b/i.test(none.text)) {
    return (
      text.slice(0, none.start) +
      'disagreements talked through calmly, not' +
      text.slice(none.end).replace(/^\s*(?:in front of)/i, ' in front of')
    );
  }
  if (/\bat all times\b/i.test(none.text)) {
    return text.slice(0, none.start) + `whenever ${facts.child} is in their care` + text.slice(none.end);
  }
  if (topic.id === 'missing' || /missing/i.test(none.text)) return topicById('missing').rewrite.outcome(facts, gaps);
  // The parent who reports is the one being harmed: mother when the row names her, otherwise the author says.
  const mother = /\b(?:[A-Z][a-z]+['’]s\s+)?(?:mother|mum)\b/i.exec(draft.cells.map((c) => c.text).join(' '))?.[0];
  const parent = mother
    ? /['’]s\s/.test(mother)
      ? mother
      : mother.toLowerCase()
    : gaps.gap("parent's name", 'the parent');
  const p = pronounsOf(parent);
  const child = facts.child;
  const abuse = /violence/i.test(text) ? 'domestic violence' : 'domestic abuse';
  return `${upperFirst(parent)} will report any incident of ${abuse} to the police on the day of the incident, calling 999 if ${p.they} or ${child} ${p.they === 'they' ? 'are' : 'is'} in danger, and will make a safety plan with the social worker by ${gaps.gap(DATE_GAP, 'the next review')}. ${upperFirst(child)} will be able to tell the social worker at each visit how things have been at home.`;
}

function subjectOf(text: string): string | undefined {
  const match =
    /^\s*((?:[A-Z][a-z]+['’]s\s+)?(?:mother|mum|father|dad|parents|carers|[A-Z][a-z]+))\s+(?:to|will|agrees|must|should|is to)\b/i.exec(
      text,
    );
  if (!match) return undefined;
  const who = match[1];
  return /^(?:mother|mum|father|dad|parents|carers)$/i.test(who) ? who.toLowerCase() : who;
}

/** "stop hitting Patricia as a punishment" -> "manage Patricia's behaviour without hitting her". */
function positive(text: string, facts: RowFacts): string {
  const subject = subjectOf(text);
  const childActs = Boolean(subject && facts.childNamed && subject === facts.child);
  return text
    .replace(
      /\b(?:to\s+)?(?:stop|stops|cease|ceases|quit)\s+([a-z]+ing)\b([^.;]*)/gi,
      (_m, verb: string, rest: string) => {
        const lower = verb.toLowerCase();
        if (childActs) {
          // The child is the one to change: a way to handle anger, not a parent's discipline.
          const who = rest
            .replace(/\b(?:and\s+)?behave\s+\w+ly\b/i, '')
            .replace(/^\s*(?:at\s+)?/, '')
            .trim();
          return `will use the calming steps agreed with the worker when cross${who ? ' with ' + who : ''}, instead of ${lower}`;
        }
        const named = /\b([A-Z][a-z]+)\b/.exec(rest)?.[1];
        const object = /\bthe children\b/i.test(rest) ? 'the children' : (named ?? facts.child);
        const tail = rest
          .replace(/^\s*(?:at\s+)?(?:the\s+children|[A-Z][a-z]+|him|her|them)\b/, '')
          .replace(/\bas a punishment for bad behaviour\b/i, '')
          .replace(/\b(?:and\s+)?behave\s+\w+ly\b/i, '')
          .trim();
        if (/^(?:hitting|smacking|slapping|hurting)$/.test(lower))
          return `will manage ${possessive(object)} behaviour with calm words and agreed consequences, without ${lower} ${object}${tail ? ' ' + tail : ''}`;
        if (/^(?:shouting|swearing|yelling)$/.test(lower))
          return `will speak calmly to ${object}, even when cross, and step away for a few minutes to calm down if needed, instead of ${lower}`;
        if (/^(?:arguing|fighting|rowing)$/.test(lower))
          return `will talk through disagreements calmly and away from ${object}, instead of ${lower} in front of ${object}`;
        return `will use the calm approach agreed with the worker instead of ${lower}${tail ? ' ' + tail : ''}`;
      },
    )
    .replace(/\b(to|will)\s+will\b/g, 'will');
}

/** A lone outcome that is a task: the task becomes a commitment with who and how often. */
function taskAsCommitment(task: string, draft: Draft): string {
  const { gaps, facts } = draft;
  const bare = task.replace(/[.!]+$/, '').trim();
  const imperative = /^(?:complete|attend|fill in|go to|take part in|access)\b/i.exec(bare);
  if (imperative) {
    const verb = imperative[0].toLowerCase();
    const object = bare.slice(imperative[0].length).trim();
    if (verb === 'complete' || verb === 'fill in')
      return `${upperFirst(object.replace(/^(?:the\s+)?/i, 'the '))} will be completed with ${facts.child} ${gaps.every()}until ${gaps.gap(DATE_GAP, 'the next review')}, and the answers kept so that changes can be seen over time.`;
    const who = facts.parent ?? gaps.must('parent or carer');
    return `${upperFirst(who)} will ${verb} ${object} ${gaps.every()}until ${gaps.gap(DATE_GAP, 'the next review')}.`;
  }
  return `${bare}, ${gaps.every()}until ${gaps.gap(DATE_GAP, 'the next review')}.`;
}

// ---- Actions: who does what, how often, until when.

function rewriteActions(draft: Draft): void {
  const { gaps, facts } = draft;
  const actionCells = cellsOf(draft, ['action', 'action_owner_when']);
  const target = actionCells[0] ?? cellsOf(draft, ['owner_when'])[0];
  if (!target) return;
  if (draft.moved.length > 0) {
    const current = draft.text.get(target.column) ?? '';
    const joined = current.trim() ? `${current.trim().replace(/([^.!?])$/, '$1.')} ` : '';
    draft.text.set(target.column, `${joined}${draft.moved.join(' ')}`.trim());
    draft.notes.add('moves the task to the actions');
  }
  // A row with its own "when" column says when there, not in the action.
  const whenColumn = draft.cells.some((c) => c.role === 'when' || c.role === 'owner_when');
  const ownerCell = draft.cells.find((c) => c.role === 'owner');
  const rowTimed = () =>
    draft.cells.some(
      (c) => c.role !== 'need' && concreteTimescales(draft.text.get(c.column) ?? '').some((t) => t.kind !== 'time'),
    );
  for (const cell of actionCells.length ? actionCells : [target]) {
    const text = draft.text.get(cell.column) ?? '';
    if (!text.trim()) continue;
    const flagged =
      has(
        draft,
        cell.column,
        'vague',
        'open-timescale',
        'no-timescale',
        'no-owner',
        'negative-framing',
        'unrealistic',
      ) ||
      draft.moved.length > 0 ||
      draft.rowCodes.has('no-timescale') ||
      draft.rowCodes.has('open-timescale');
    if (!flagged) continue;
    const out: string[] = [];
    let datedOne = rowTimed() && !draft.rowCodes.has('no-timescale');
    for (const s of sentences(text)) {
      let sentence = s.text.replace(/[.!;]+$/, '');
      if (has(draft, cell.column, 'unrealistic') && findAll(ABSOLUTE_SUBSTANCE, sentence).length > 0) {
        out.push(realistic(sentence, draft, false));
        continue;
      }
      if (has(draft, cell.column, 'negative-framing') && findAll(STOP_BEHAVIOUR, sentence).length > 0) {
        sentence = positive(sentence, facts);
        draft.notes.add('names the behaviour to reach instead of the one to stop');
      }
      sentence = nounAction(sentence, facts);
      const specific = concreteFor(sentence, draft);
      if (specific !== sentence) {
        sentence = specific;
        draft.notes.add('says what will actually be done');
      }
      const passive = PASSIVE.exec(sentence);
      if (passive && !/\bby\s+(?:the\s+|his\s+|her\s+|their\s+)?[A-Za-z]/.test(passive[3]) && !ownerCell) {
        const subject = passive[1].trim();
        const active = ACTIVE_OF[passive[2].toLowerCase()] ?? passive[2];
        sentence = `${gaps.must('named worker')} to ${active} ${lowerSubject(subject)}${passive[3]}`.trim();
        draft.notes.add('names who will do it');
      } else if (!ownerCell && ownerSpans(sentence).length === 0 && has(draft, cell.column, 'no-owner')) {
        sentence = `${gaps.must('named worker')} to ${sentence.replace(/^(?:Make|Refer|Visit|Attend|Complete|Arrange|Book|Provide|Offer)\b/, (w) => w.toLowerCase())}`;
        draft.notes.add('names who will do it');
      }
      sentence = sentence.replace(/\bmake sure (\w+) goes to school\b/i, 'take $1 to school');
      const contingent = CONTINGENT.test(sentence) || /\b(?:report|inform|informed|tell)\b/i.test(sentence);
      // The owner's title ("Health Visitor") says nothing of how often the work happens.
      const work = ownerSpans(sentence).reduce((t, span) => t.replace(span.text, ' '), sentence);
      const recurring = (RECURRING.test(work) || SCHOOL.test(sentence)) && !ONE_OFF.test(work);
      const asap = /\b(?:asap|a\.s\.a\.p|as soon as possible|as soon as practicable)\b/i.test(sentence);
      const hadOpen = ONGOING_CLAUSE.test(sentence) || openTimescales(sentence).length > 0;
      if (hadOpen) {
        sentence = sentence.replace(ONGOING_CLAUSE, ' ').trim();
        for (const span of [...openTimescales(sentence)].reverse()) {
          const agreedAt =
            /^to be (?:arranged|agreed|confirmed)$/i.test(span.text) &&
            /^\s+(?:at|by|on)\b/.test(sentence.slice(span.end));
          sentence = sentence.slice(0, span.start) + (agreedAt ? 'agreed' : '') + sentence.slice(span.end);
        }
        sentence = sentence.replace(/\s*[-–,]\s*$/, '').trim();
        draft.notes.add('gives a timescale instead of "ongoing" or "ASAP"');
      }
      const vagueFrequency = findAll(VAGUE_FREQUENCY, sentence)[0];
      let needsEnd = false;
      if (vagueFrequency) {
        const every = SCHOOL.test(sentence) ? 'every school day' : gaps.every().trim();
        sentence = sentence.slice(0, vagueFrequency.start) + every + sentence.slice(vagueFrequency.end);
        needsEnd = true;
        draft.notes.add('says how often');
      }
      const timed = concreteTimescales(sentence).some((t) => t.kind !== 'time' && !/^\[?2\]?|every/.test(t.text));
      if (whenColumn) {
        // The when column carries the date; the action keeps what is done.
      } else if (contingent && !timed && (hadOpen || !datedOne)) {
        sentence = /^\s*if\b/i.test(sentence)
          ? `${sentence}, until the review on ${gaps.gap(DATE_GAP, 'the next review')}`
          : /\bif\b/i.test(sentence)
            ? sentence.replace(/\s+\bif\b/i, ' immediately if')
            : `${sentence} on the day of the incident`;
        draft.notes.add('says when: on the day it happens');
      } else if (!timed && (hadOpen || needsEnd || !datedOne)) {
        if (asap) sentence += ` by ${gaps.gap(DATE_GAP, 'the next review')}`;
        else if (recurring && SCHOOL.test(sentence) && !vagueFrequency)
          sentence += ` every school day until ${gaps.gap(DATE_GAP, 'the next review')}`;
        else if (recurring && !vagueFrequency)
          sentence += ` ${gaps.every()}until ${gaps.gap(DATE_GAP, 'the next review')}`;
        else if (recurring || needsEnd) sentence += ` until ${gaps.gap(DATE_GAP, 'the next review')}`;
        else sentence += ` by ${gaps.gap(DATE_GAP, 'the next review')}`;
        datedOne = true;
        draft.notes.add('says how often and until when');
      } else if (timed) datedOne = true;
      out.push(sentence.replace(/\s+$/, '') + '.');
    }
    draft.text.set(cell.column, out.join(' '));
  }
}

/** What each kind of vague doing word becomes: something anyone could see done (DCS: "how the support will be provided"). */
const CONCRETE_FOR: Record<
  Exclude<VagueActionKind, 'address'>,
  (object: string, gap: (label: string, fallback: string) => string) => string
> = {
  engage: (object) => `go to every session offered by ${object}`,
  'work-with': (object) => `meet ${object} at home`,
  support: (object, gap) => `meet ${object} to go through ${gap('the steps agreed', 'the steps in this plan')}`,
  monitor: (object) => `visit and check ${object}, recording what is seen against this plan`,
  liaise: (object) => `phone ${object} to share what has changed`,
  review: (_object, gap) => `be checked by ${gap('named worker', 'the allocated worker')} at each visit`,
  involved: (object) => `go to each meeting about ${object}`,
  think: (object, gap) => `talk with ${gap('named worker', 'the allocated worker')} about ${object}`,
};
/** Objects too general to keep ("services", "professionals"): the service is a gap only the author can fill. */
const GENERAL_OBJECT =
  /^(?:all\s+|the\s+|relevant\s+)?(?:services?|professionals?|agencies|support|the plan|this plan)$/i;

/** A sentence whose action is a vague doing word, made concrete with the sentence's own people. */
function concreteFor(sentence: string, draft: Draft): string {
  const [found] = vagueActions(sentence);
  if (!found) return sentence;
  if (found.kind === 'address') {
    // "make changes to the home": what is to change stays, as the purpose of the task only the author knows.
    const task = `carry out ${draft.gaps.gap('the task agreed', 'the steps in this plan')} to `;
    const before = sentence.slice(0, found.start);
    const rest = sentence.slice(found.start);
    return before + (before.trim() ? task : upperFirst(task)) + rest[0].toLowerCase() + rest.slice(1);
  }
  const after = sentence.slice(found.end);
  // The object runs to the next clause: "with routines", "until", "every", "by", a comma.
  const lead = /^\s*(?:with|alongside)\s+/i.exec(after)?.[0] ?? '';
  const objectMatch =
    /^\s*((?:the\s+|his\s+|her\s+|their\s+)?[A-Za-z'’ ]*?)(?=\s+(?:with|to|in|on|about|until|every|by|at|weekly|daily|each)\b|[,.;]|$)/i.exec(
      after.slice(lead.length),
    );
  let object = objectMatch?.[1].trim() ?? '';
  let rest = after.slice(lead.length + (objectMatch?.[0].length ?? 0));
  if (!object || GENERAL_OBJECT.test(object)) {
    object =
      found.kind === 'engage' || GENERAL_OBJECT.test(object)
        ? draft.gaps.gap('named service', 'the service agreed')
        : draft.facts.child;
  }
  const gap = (label: string, fallback: string) => draft.gaps.gap(label, fallback);
  // "support Mum with bedtimes": the row already says what the help is about, so no gap is needed.
  const about = /^\s+(?:with|about)\s+(.+?)(?=\s+(?:every|until|by|weekly|daily|each|on|at)\b|\s*[-–,.;]|$)/i.exec(
    rest,
  );
  if (found.kind === 'support' && about) {
    rest = rest.slice(about[0].length);
    return `${sentence.slice(0, found.start)}meet ${object} to plan and practise ${about[1]} together${rest}`;
  }
  rest = rest.replace(/^\s+with\s+/i, ' about ');
  const before = sentence.slice(0, found.start);
  return `${before}${CONCRETE_FOR[found.kind](object, gap)}${rest}`;
}

function lowerSubject(subject: string): string {
  return /^(?:Parenting|Support|Help|A|An|The)\b/.test(subject) ? subject[0].toLowerCase() + subject.slice(1) : subject;
}

/** "CAMHS referral" -> "Refer Leo to CAMHS"; "Monitor" -> a visit that says what is checked. */
function nounAction(sentence: string, facts: RowFacts): string {
  const referral = /^\s*([A-Z][A-Za-z' ]{1,40}?)\s+referral\s*$/i.exec(sentence);
  if (referral) return `Refer ${facts.child} to ${referral[1]}`;
  if (/^\s*(?:monitor|support|monitoring|support as needed)\s*$/i.test(sentence))
    return `Visit ${facts.child} at home and record what is seen against this plan`;
  const referralToBeMade = /^\s*referral\s+to\s+be\s+made\b(.*)$/i.exec(sentence);
  if (referralToBeMade) return `Make the referral for ${facts.child}${referralToBeMade[1]}`;
  return sentence;
}

// ---- Owner and when columns.

function rewriteOwnerAndWhen(draft: Draft): void {
  const { gaps } = draft;
  for (const cell of cellsOf(draft, ['owner'])) {
    if (!has(draft, cell.column, 'no-owner')) continue;
    draft.text.set(cell.column, gaps.must('named lead professional'));
    draft.notes.add('names who will do it');
  }
  const contingent = cellsOf(draft, ['action', 'action_owner_when']).some((c) => CONTINGENT.test(c.text));
  for (const cell of cellsOf(draft, ['when', 'owner_when'])) {
    if (!has(draft, cell.column, 'open-timescale', 'no-timescale')) continue;
    const text = draft.text.get(cell.column) ?? '';
    const open = openTimescales(text)[0];
    const continuing = /\b(?:on-?going|continuous\w*|throughout|indefinitely)\b/i.test(text);
    const replacement =
      continuing && contingent
        ? `each time, on the day it happens, until ${gaps.gap(DATE_GAP, 'the next review')}`
        : continuing && cellsOf(draft, ['action', 'action_owner_when']).some((c) => SCHOOL.test(c.text))
          ? `every school day until ${gaps.gap(DATE_GAP, 'the next review')}`
          : continuing
            ? `${gaps.every()}until ${gaps.gap(DATE_GAP, 'the next review')}`
            : `by ${gaps.gap(DATE_GAP, 'the next review')}`;
    let next: string;
    if (!text.trim()) next = upperFirst(replacement);
    else if (open) {
      next = (text.slice(0, open.start) + replacement + text.slice(open.end)).trim();
      if (open.start === 0 || /^\W*$/.test(text.slice(0, open.start))) next = upperFirst(next.replace(/^\W+/, ''));
    } else next = `${text.trim()}, ${replacement}`;
    draft.text.set(cell.column, next);
    draft.notes.add(continuing ? 'gives a timescale instead of "ongoing" or "ASAP"' : 'gives a date');
  }
}

// ---- Measure column: what will be counted, for this topic.

function rewriteMeasure(draft: Draft): void {
  const { facts, topic } = draft;
  for (const cell of cellsOf(draft, ['measure'])) {
    const text = (draft.text.get(cell.column) ?? '').trim();
    if (has(draft, cell.column, 'self-report-only')) {
      draft.text.set(
        cell.column,
        `${text.replace(/([^.!?])$/, '$1.')} This will be checked against ${topic.rewrite.evidence(facts)}.`,
      );
      draft.notes.add("checks a parent's word against another source");
      continue;
    }
    if (has(draft, cell.column, 'unrealistic') && findAll(ABSOLUTE_NONE, text).length > 0) {
      draft.text.set(
        cell.column,
        `${upperFirst(topic.rewrite.measure(facts))}, compared with the number before the plan started.`,
      );
      draft.notes.add('adds what will be counted for this topic');
      continue;
    }
    if (!has(draft, cell.column, 'no-measure', 'vague', 'open-timescale')) continue;
    const measure = upperFirst(topic.rewrite.measure(facts));
    const vagueOnly = VAGUE_SENTENCE.test(text) && factsKept(text, measure);
    const next =
      !text || vagueOnly
        ? `${measure}.`
        : /^(?:through|at|in|via|by)\b/i.test(text)
          ? `${measure}, shared ${text[0].toLowerCase()}${text.slice(1).replace(/([^.!?])$/, '$1.')}`
          : `${measure}. ${text.replace(/([^.!?])$/, '$1.')}`;
    draft.text.set(cell.column, next);
    draft.notes.add('adds what will be counted for this topic');
  }
}

/** Every capitalised name of `text` appears in `into`. */
function factsKept(text: string, into: string): boolean {
  return (text.match(/\b[A-Z][a-z]+\b/g) ?? []).every((name) => into.includes(name) || /^(?:The|This)$/.test(name));
}

// ---- Acronyms: spelled out once in a cell the rewrite changes anyway.

function spellOutAcronyms(draft: Draft, rowText: string): void {
  const explained = acronymsExplainedIn(rowText);
  const done = new Set<string>();
  for (const cell of draft.cells) {
    const text = draft.text.get(cell.column) ?? '';
    if (text === cell.text) continue;
    draft.text.set(
      cell.column,
      text.replace(/\b([A-Z]{2,6})\b(?!\s*\()/g, (acronym, _a, offset: number, whole: string) => {
        const expansion = KNOWN_EXPANSIONS[acronym];
        if (!expansion || explained.has(acronym) || done.has(acronym)) return acronym;
        if (whole.slice(Math.max(0, offset - expansion.length - 2), offset).includes(expansion)) return acronym;
        if (acronym === 'AA' || acronym === 'DV' || acronym === 'DA' || acronym === 'SW' || acronym === 'HV') {
          done.add(acronym);
          return expansion;
        }
        done.add(acronym);
        return `${expansion} (${acronym})`;
      }),
    );
  }
}

// ---- The card's sentence and the guidance example it follows.

/** The card's sentence: the kinds of change, most telling first, each said once. */
const SUMMARY: Array<[RegExp, string]> = [
  [
    /all-or-nothing|no more incidents|100%/,
    'asks for a step the family can take, with a plan for the child if it goes wrong',
  ],
  [/behaviour to reach/, 'names the behaviour to reach instead of the one to stop'],
  [/moves the (?:task|service)|task into a commitment/, 'keeps tasks in the actions'],
  [
    /different for the child|need is for the child|happening for the child/,
    'says what will be different for the child',
  ],
  [/names who/, 'names who will do it'],
  [/timescale|how often|date|on the day/, 'says how often and by when'],
  [/counted|measure it|another source/, 'says what will be counted to show it is working'],
];

function summaryOf(draft: Draft): string {
  const notes = [...draft.notes].join(' | ');
  const parts = SUMMARY.filter(([pattern]) => pattern.test(notes)).map(([, words]) => words);
  if (parts.length === 0) return 'This rewrite says who will do what, how often and by when.';
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `This rewrite ${list}.`;
}

function modelOf(codes: Set<IssueCode>): GuidanceRef {
  if (codes.has('unrealistic')) return GUIDANCE.realistic;
  if (codes.has('negative-framing')) return GUIDANCE.positive;
  if (codes.has('action-as-outcome')) return GUIDANCE.actionNotOutcome;
  if (codes.has('action-as-need')) return GUIDANCE.serviceAsNeed;
  if (codes.has('vague') || codes.has('subjective')) return GUIDANCE.specificUniversal;
  if (codes.has('no-measure') || codes.has('self-report-only')) return GUIDANCE.measurableQuestion;
  return GUIDANCE.timely;
}

/** How many `[gaps]` a rewrite leaves for the author. */
export function gapsIn(rewrite: RowRewrite): number {
  return rewrite.cells.reduce((n, c) => n + findGaps(c.after).length, 0);
}
