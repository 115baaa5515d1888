// The row rewriter: one coherent rewrite of a whole row, composed from what the rules found, in the way
// the guidance rewrites its own before-rows (Practitioner's Guide, Paul's care plan; Torbay, Common
// Errors; Smart Planning Guidance, Rosie's plan). It keeps the row's own people, services, dates and
// numbers, and leaves a `[gap]` only for what the author alone knows.
import { GUIDANCE } from '../guidance';
import { SERVICE_NEED, STOP_BEHAVIOUR, ABSOLUTE_NONE, ABSOLUTE_SUBSTANCE, ownerSpans } from '../language';
import { KNOWN_EXPANSIONS, acronymsExplainedIn } from '../rules/jargon';
import { concreteTimescales, openTimescales, VAGUE_FREQUENCY } from '../timescale';
import { findAll, sentences, shortHash } from '../text';
import type { CellContext } from '../rule';
import type { Finding, GuidanceRef, IssueCode, Role } from '../types';
import { factsOf, possessive, upperFirst, type RowFacts } from './facts';
import { findGaps } from './gaps';
import { pronounsOf, topicOf, type GapWriter, type Topic } from './topics';
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
}

const ACTION_CELL_ROLES: Role[] = ['action', 'action_owner_when', 'owner_when'];
const RECURRING =
  /\b(?:attend\w*|see|seen|visit\w*|meet\w*|go(?:es)? to|take part|work with|play|groups?|sessions?|classes|course|counsell\w*|support\w*|stay|check\w*|phone|call)\b/i;
const ONE_OFF =
  /\b(?:refer\w*|arrange\w*|book\w*|register\w*|apply|applies|complete\w*|make|made|write|assess\w*|contact\w*|buy|set up|organise|request\w*|check what)\b/i;
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
const DATE_GAP = 'dd/mm/yyyy';

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
}

export function rewriteRow(input: RowToRewrite): RowRewrite | null {
  const warnings = input.findings.filter((f) => f.severity !== 'info' && f.row === input.row);
  if (warnings.length === 0) return null;
  const rowText = input.cells.map((c) => c.text).join('\n');
  const draft: Draft = {
    cells: input.cells,
    text: new Map(input.cells.map((c) => [c.column, c.text])),
    facts: factsOf(rowText),
    topic: topicOf(rowText),
    gaps: new GapBudget(MAX_GAPS),
    codes: new Map(),
    rowCodes: new Set(warnings.map((f) => f.code)),
    notes: new Set(),
    moved: [],
  };
  for (const f of warnings) {
    if (!draft.codes.has(f.column)) draft.codes.set(f.column, new Set());
    draft.codes.get(f.column)?.add(f.code);
  }

  // Order matters for the gap budget: dates and owners first, they are what a supervisor asks for first.
  rewriteNeeds(draft);
  rewriteOutcomes(draft);
  rewriteActions(draft);
  rewriteOwnerAndWhen(draft);
  rewriteMeasure(draft, input.planDate);
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
  [/\[dd\/mm\/yyyy\]/, '[date agreed with the family]'],
  [/\bevery \[2\] weeks\b/, 'every [3] weeks'],
];

function changedCells(draft: Draft): CellRewrite[] {
  return draft.cells
    .filter((c) => (draft.text.get(c.column) ?? c.text) !== c.text)
    .map((c) => ({ column: c.column, role: c.role, before: c.text, after: tidy(draft.text.get(c.column) ?? c.text) }))
    .filter((c) => c.after !== c.before);
}

function tidy(text: string): string {
  return text
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\s+([.,;])/g, '$1')
    .replace(/\.{2,}/g, '.')
    .replace(/,\./g, '.')
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

// ---- Needs: a service written as a need moves to the actions; a general aim says what is happening.

function rewriteNeeds(draft: Draft): void {
  for (const cell of cellsOf(draft, ['need'])) {
    let text = draft.text.get(cell.column) ?? '';
    if (!text.trim()) continue;
    const { facts, topic, gaps } = draft;
    if (has(draft, cell.column, 'action-as-need')) {
      const kept: string[] = [];
      for (const s of sentences(text)) {
        const service = findAll(SERVICE_NEED, s.text)[0];
        if (!service) {
          kept.push(s.text);
          continue;
        }
        draft.moved.push(serviceAsAction(s.text.slice(service.start), facts));
      }
      const serviceOnly = kept.length === 0;
      text = serviceOnly ? topic.need(facts, gaps) : kept.join(' ');
      if (!hasActionColumn(draft)) {
        const step = draft.moved.splice(0).map((m) => lowerFirst(m.replace(/\.$/, '')));
        text += ` The first step agreed is for ${step.join(', and for ')}.`;
      }
      draft.notes.add('moves the service to the actions and says what is happening for the child');
    } else if (has(draft, cell.column, 'vague', 'subjective', 'no-measure')) {
      const kept = sentences(text).filter((s) => !VAGUE_SENTENCE.test(s.text) && !SUBJECTIVE_SENTENCE.test(s.text));
      const replaced = topic.id === 'general' ? text : topic.need(facts, gaps);
      text =
        kept.length > 0 && kept.length < sentences(text).length
          ? `${kept.map((s) => s.text).join(' ')} ${replaced}`
          : replaced;
      if (text !== cell.text) draft.notes.add('says what the need is for the child');
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
  const { facts, topic, gaps } = draft;
  for (const cell of cellsOf(draft, ['outcome'])) {
    const original = draft.text.get(cell.column) ?? '';
    if (!original.trim()) continue;
    let text = original;
    const lone = !hasActionColumn(draft);
    if (has(draft, cell.column, 'unrealistic')) {
      text = realistic(text, draft, lone);
    }
    if (has(draft, cell.column, 'negative-framing') && findAll(STOP_BEHAVIOUR, text).length > 0) {
      text = positive(text, facts);
      draft.notes.add('names the behaviour to reach instead of the one to stop');
    }
    if (has(draft, cell.column, 'action-as-outcome')) {
      const task = sentences(text)[0];
      const taskText = task ? task.text : text;
      const rest = task ? text.slice(task.end).trim() : '';
      if (lone) {
        text = `${topic.outcome(facts, gaps)} ${taskAsCommitment(taskText, draft)} ${rest}`;
      } else {
        draft.moved.push(taskText);
        text = `${topic.outcome(facts, gaps)} ${rest}`;
      }
      draft.notes.add('moves the task to the actions and writes the change for the child as the outcome');
    } else if (has(draft, cell.column, 'vague', 'subjective', 'no-owner') && !draft.notes.has('realistic')) {
      text = outcomeFor(text, draft);
      draft.notes.add('says what will be different for the child');
    }
    if (has(draft, cell.column, 'vague') && findAll(VAGUE_FREQUENCY, text).length > 0 && !lone) {
      // "Paul will be seen regularly by his health visitor": the visits are the action; say how often there.
      text = text.replace(VAGUE_FREQUENCY, (m) =>
        /regular basis/i.test(m) ? 'at each planned visit' : 'at each planned visit',
      );
    }
    if (has(draft, cell.column, 'no-measure', 'self-report-only') && !concreteTimescales(text).length) {
      text = `${text.trim().replace(/([^.!?])$/, '$1.')} We will know it is working from ${topic.measure(facts)}.`;
      draft.notes.add(`adds what will be counted for this topic`);
    }
    draft.text.set(cell.column, text);
  }
}

/** An outcome made specific for its topic, keeping the row's own sentences that already say something concrete. */
function outcomeFor(text: string, draft: Draft): string {
  const { facts, topic, gaps } = draft;
  const replaced = topic.outcome(facts, gaps);
  // The subjective word alone can often simply go: "all appropriate benefits" -> "all the benefits ... entitled to".
  const simpler = text
    .replace(/\ball appropriate benefits\b/i, 'every benefit the family is entitled to')
    .replace(
      /\b(?:appropriately|suitably|adequately|properly)\s+supervised\b/i,
      'supervised by an adult named in this plan',
    );
  if (simpler !== text && !SUBJECTIVE_SENTENCE.test(simpler) && !VAGUE_SENTENCE.test(simpler)) return simpler;
  return replaced;
}

/** "Mother will stop drinking" -> a commitment she can keep, and what happens for the child if she cannot. */
function realistic(text: string, draft: Draft, lone: boolean): string {
  const { facts, topic, gaps } = draft;
  if (findAll(ABSOLUTE_SUBSTANCE, text).length > 0) {
    draft.notes.add('realistic');
    draft.notes.add(
      'turns the all-or-nothing demand into a commitment the parent can keep, with a plan for the child if not',
    );
    const parent = subjectOf(text) ?? facts.parent;
    const f = { ...facts, parent: parent ?? facts.parent };
    const substanceTopic = topic.id === 'drugs' || topic.id === 'alcohol' ? topic : topicOf('alcohol');
    const cannabis = /\bcannabis\b/i.exec(text);
    let out = substanceTopic.outcome(f, gaps);
    if (cannabis) out = out.replace(/drug use/g, 'cannabis use').replace(/use drugs/g, 'use cannabis');
    return lone ? `${out} We will know it is working from ${substanceTopic.measure(f)}.` : out;
  }
  const none = findAll(ABSOLUTE_NONE, text)[0];
  if (!none) return text;
  draft.notes.add('realistic');
  if (/100/.test(none.text)) {
    draft.notes.add('sets a first step from where things are now instead of going straight to 100%');
    const subject = facts.child;
    return `${upperFirst(possessive(subject))} attendance will rise from ${gaps.gap('50', 'the current figure')}% to ${gaps.gap('70', 'the next step agreed')}% by ${gaps.gap(DATE_GAP, 'the next review')}, with 100% as the aim after that.`;
  }
  draft.notes.add(
    'turns "no more incidents" into what people will do to keep the child safe, and what happens if it does',
  );
  if (topic.id === 'missing') {
    return `${topic.outcome(facts, gaps)}`;
  }
  const parent = facts.parent ?? 'the parent';
  const p = pronounsOf(parent);
  const child = facts.child;
  return `${upperFirst(child)} and ${parent} will be safe at home. ${upperFirst(parent)} will report any incident to the police on the day it happens, calling 999 if ${p.they} or ${child} ${p.they === 'they' ? 'feel' : 'feels'} in danger, and will make a safety plan with the social worker by ${gaps.gap(DATE_GAP, 'the next review')}.`;
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
  return text
    .replace(
      /\b(?:to\s+)?(?:stop|stops|cease|ceases|quit)\s+([a-z]+ing)\b([^.;]*)/gi,
      (_m, verb: string, rest: string) => {
        const lower = verb.toLowerCase();
        const target = /\b([A-Z][a-z]+)\b/.exec(rest)?.[1] ?? facts.child;
        const tail = rest
          .replace(/^\s*(?:at\s+)?(?:the\s+children|[A-Z][a-z]+|him|her|them)\b/, '')
          .replace(/\bas a punishment for bad behaviour\b/i, '')
          .trim();
        const object = /\bthe children\b/i.test(rest) ? 'the children' : target;
        const pronoun =
          object === 'the children' ? 'them' : facts.childNamed && object === facts.child ? 'them' : 'them';
        const verbWord = lower.replace(/ing$/, '');
        if (/^(?:hitting|smacking|slapping|hurting)$/.test(lower))
          return `will manage ${possessive(object)} behaviour with calm words and agreed consequences, without ${lower} ${pronoun}${tail ? ' ' + tail : ''}`;
        if (/^(?:shouting|swearing|yelling)$/.test(lower))
          return `will speak calmly to ${object}, even when cross, and step away for a few minutes to calm down if needed, instead of ${lower}`;
        if (/^(?:arguing|fighting|rowing)$/.test(lower))
          return `will talk through disagreements calmly and away from ${object}, instead of ${lower} in front of ${pronoun}`;
        return `will ${'[what they will do instead]'} instead of ${verbWord}ing${tail ? ' ' + tail : ''}`;
      },
    )
    .replace(/\b(to|will)\s+will\b/g, 'will');
}

/** A lone outcome that is a task: the task becomes a commitment with who and how often. */
function taskAsCommitment(task: string, draft: Draft): string {
  const { gaps, facts } = draft;
  const bare = task.replace(/[.!]+$/, '').trim();
  const imperative = /^(?:complete|attend|fill in|go to|take part in|access|engage with)\b/i.exec(bare);
  if (imperative) {
    const verb = imperative[0].toLowerCase();
    const object = bare.slice(imperative[0].length).trim();
    const who = facts.parent ?? gaps.gap('named parent or carer', 'the parent');
    if (verb === 'complete' || verb === 'fill in')
      return `${upperFirst(object.replace(/^(?:the\s+)?/i, 'the '))} will be completed with ${facts.child} every ${gaps.gap('2', 'two')} weeks, and the answers kept so that changes can be seen over time.`;
    return `${upperFirst(who)} will ${verb} ${object} every ${gaps.gap('2', 'two')} weeks until ${gaps.gap(DATE_GAP, 'the next review')}.`;
  }
  return `${bare}, every ${gaps.gap('2', 'two')} weeks until ${gaps.gap(DATE_GAP, 'the next review')}.`;
}

// ---- Actions: who does what, how often, until when.

function rewriteActions(draft: Draft): void {
  const { gaps, facts } = draft;
  const actionCells = cellsOf(draft, ['action', 'action_owner_when']);
  const target = actionCells[0] ?? cellsOf(draft, ['owner_when'])[0];
  if (!target) return;
  if (draft.moved.length > 0) {
    const current = draft.text.get(target.column) ?? '';
    draft.text.set(target.column, `${current.trim()} ${draft.moved.join(' ')}`.trim());
  }
  const rowTimed = () =>
    draft.cells.some(
      (c) => c.role !== 'need' && concreteTimescales(draft.text.get(c.column) ?? '').some((t) => t.kind !== 'time'),
    );
  const ownerCell = draft.cells.find((c) => c.role === 'owner');
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
    let datedOne = false;
    for (const s of sentences(text)) {
      let sentence = s.text.replace(/[.!;]+$/, '');
      if (has(draft, cell.column, 'unrealistic') && findAll(ABSOLUTE_SUBSTANCE, sentence).length > 0) {
        sentence = realistic(sentence, draft, false).replace(/[.]$/, '');
        out.push(sentence + '.');
        continue;
      }
      if (has(draft, cell.column, 'negative-framing') && findAll(STOP_BEHAVIOUR, sentence).length > 0) {
        sentence = positive(sentence, facts);
        draft.notes.add('names the behaviour to reach instead of the one to stop');
      }
      sentence = nounAction(sentence, facts);
      const passive = PASSIVE.exec(sentence);
      if (passive && !/\bby\s+(?:the\s+|his\s+|her\s+|their\s+)?[A-Za-z]/.test(passive[3]) && !ownerCell) {
        const subject = passive[1].trim();
        const active = ACTIVE_OF[passive[2].toLowerCase()] ?? passive[2];
        const who =
          facts.worker && !/^(?:mother|mum|father|dad|parents|carers)$/i.test(facts.worker)
            ? facts.worker
            : gaps.gap('named worker', 'the social worker');
        sentence = `${upperFirst(who)} to ${active} ${lowerSubject(subject)}${passive[3]}`.trim();
        draft.notes.add('names who will do it');
      } else if (!ownerCell && ownerSpans(sentence).length === 0 && has(draft, cell.column, 'no-owner')) {
        sentence = `${upperFirst(gaps.gap('named worker', 'The social worker'))} to ${lowerFirst(sentence)}`;
        draft.notes.add('names who will do it');
      }
      const recurring = RECURRING.test(sentence) && !ONE_OFF.test(sentence);
      const hadOpen = ONGOING_CLAUSE.test(sentence) || openTimescales(sentence).length > 0;
      if (hadOpen) {
        sentence = sentence.replace(ONGOING_CLAUSE, ' ').trim();
        for (const span of openTimescales(sentence).reverse())
          sentence = sentence.slice(0, span.start) + sentence.slice(span.end);
        sentence = sentence.replace(/\s*[-–,]\s*$/, '').trim();
        draft.notes.add('gives a timescale instead of "ongoing" or "ASAP"');
      }
      const vagueFrequency = findAll(VAGUE_FREQUENCY, sentence)[0];
      if (vagueFrequency) {
        sentence =
          sentence.slice(0, vagueFrequency.start) +
          `every ${gaps.gap('2', 'two')} weeks` +
          sentence.slice(vagueFrequency.end);
        draft.notes.add('says how often');
      }
      const timed = concreteTimescales(sentence).some((t) => t.kind !== 'time');
      if (!timed && (hadOpen || !datedOne || !rowTimed())) {
        if (recurring && !vagueFrequency) {
          sentence += ` every ${gaps.gap('2', 'two')} weeks until ${gaps.gap(DATE_GAP, 'the next review')}`;
        } else if (recurring) {
          sentence += ` until ${gaps.gap(DATE_GAP, 'the next review')}`;
        } else {
          sentence += ` by ${gaps.gap(DATE_GAP, 'the next review')}`;
        }
        datedOne = true;
        draft.notes.add('says how often and until when');
      } else if (timed) datedOne = true;
      out.push(sentence.replace(/\s+$/, '') + '.');
    }
    draft.text.set(cell.column, out.join(' '));
  }
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
    const text = draft.text.get(cell.column) ?? '';
    draft.text.set(
      cell.column,
      text.trim()
        ? `${gaps.gap('named lead professional', 'The social worker')}, for ${text.trim().toLowerCase()}`
        : gaps.gap('named worker', 'The social worker'),
    );
    draft.notes.add('names who will do it');
  }
  for (const cell of cellsOf(draft, ['when', 'owner_when'])) {
    if (!has(draft, cell.column, 'open-timescale', 'no-timescale')) continue;
    const text = draft.text.get(cell.column) ?? '';
    const open = openTimescales(text)[0];
    const continuing = /\b(?:on-?going|continuous\w*|throughout|indefinitely)\b/i.test(text);
    const replacement = continuing
      ? `every ${gaps.gap('2', 'two')} weeks until ${gaps.gap(DATE_GAP, 'the next review')}`
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

function rewriteMeasure(draft: Draft, _planDate?: string): void {
  const { facts, topic } = draft;
  for (const cell of cellsOf(draft, ['measure'])) {
    const text = (draft.text.get(cell.column) ?? '').trim();
    if (has(draft, cell.column, 'self-report-only')) {
      draft.text.set(
        cell.column,
        `${text.replace(/([^.!?])$/, '$1.')} This will be checked against ${topic.evidence(facts)}.`,
      );
      draft.notes.add("checks a parent's word against another source");
      continue;
    }
    if (has(draft, cell.column, 'unrealistic') && findAll(ABSOLUTE_NONE, text).length > 0) {
      draft.text.set(
        cell.column,
        `${upperFirst(topic.measure(facts))}, compared with the number before the plan started.`,
      );
      draft.notes.add('adds what will be counted for this topic');
      continue;
    }
    if (!has(draft, cell.column, 'no-measure', 'vague', 'open-timescale')) continue;
    const measure = `${upperFirst(topic.measure(facts))}.`;
    draft.text.set(cell.column, text ? `${measure} ${text.replace(/([^.!?])$/, '$1.')}` : measure);
    draft.notes.add('adds what will be counted for this topic');
  }
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

function summaryOf(draft: Draft): string {
  const notes = [...draft.notes].filter((n) => n !== 'realistic');
  if (notes.length === 0) return 'Rewrites the row so that it says who will do what, how often and by when.';
  const list = notes.length === 1 ? notes[0] : `${notes.slice(0, -1).join('; ')}; and ${notes[notes.length - 1]}`;
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
