// S: a universal aim ("be healthy", "feel safe", "reach her potential") says nothing about this child.
import { GUIDANCE } from '../guidance';
import { CHANGE_NAMED_ONLY, SERVICE_LABEL, SERVICE_OUTCOME, SUBJECTIVE_WORDS, VAGUE_AIMS } from '../language';
import { VAGUE_FREQUENCY, concreteTimescales } from '../timescale';
import { findAll, hasMatch, phraseMatcher, type Span } from '../text';
import { isConcrete, isCountable } from '../concrete';
import { COMPARISON, INNER_STATE } from './noMeasure';
import { vagueActions, type VagueActionKind } from '../actions';
import { NEEDS_MET, ownerSpans } from '../language';
import { rowTopic } from '../topics';
import { ACTION_ROLES, cellsWith, roleOfColumn, type Rule, type RuleHit } from '../rule';
import type { Suggestion } from '../types';

/** What a vague action leaves out, by the kind of words it uses; `who` is the person named in it. */
function vagueActionAdvice(kind: VagueActionKind, who: string | undefined): { ask: string; suggestion: string } {
  switch (kind) {
    case 'engage':
      return {
        ask: `Say which service, what ${who ?? 'they'} will do there, and how often.`,
        suggestion: 'attend [which service] every [day of the week] to [what they will do there]',
      };
    case 'monitor':
      return {
        ask: 'Say what will be looked at or counted, by whom, how often, and who they will tell if it is not happening.',
        suggestion: 'check [what will be counted] every [how often] and tell [whom] if [what]',
      };
    case 'liaise':
      return {
        ask: 'Say who will contact whom, about what, and by when.',
        suggestion: 'phone [whom] about [what] by [dd/mm/yyyy]',
      };
    case 'think':
      return {
        ask: `Say what ${who ?? 'they'} will do, not only think about: the task, by when, and who will see it done.`,
        suggestion: '[what they will do] by [dd/mm/yyyy]',
      };
    case 'address':
      return {
        ask: 'Say what will be done about it: the task, who will do it and how often.',
        suggestion: '[what they will do] every [how often]',
      };
    case 'review':
      return {
        ask: 'Say who will check progress, what they will look at, and when.',
        suggestion: '[who] will look at [what] on [dd/mm/yyyy]',
      };
    default:
      return {
        ask: who
          ? `Say what ${who} will actually do, where, and how often.`
          : 'Say what will actually be done, where, and how often.',
        suggestion: '[what they will do together] every [day of the week]',
      };
  }
}

/** Words for doing, not for a result: "engage with", "support", "monitor", "ensure". */
const DOING_WORDS =
  /^(?:engage(?:\s+with)?|engagement|support(?:ed)?|be\s+supported|work\s+(?:on|with)|monitor(?:ed)?|address|ensure|make\s+sure|cared\s+for|looked\s+after)$/i;
/** Words that promise a change without saying what it is: "improve", "better". */
const CHANGE_WORDS = /^(?:improve(?:d|ment)?|better|positive|to\s+develop|develop\s+well)$/i;
const CHANGE_NAMED = new Set(CHANGE_NAMED_ONLY);

/** The right reason for a vague word in a need or outcome: a universal aim, a doing word, or a change with no content. */
function aimMessage(word: string, row: Parameters<Rule['check']>[0], cell: { text: string }): string {
  const plain = word.replace(/[\s-]+/g, ' ');
  if (DOING_WORDS.test(plain)) {
    return `"${word}" says how people will work, not what will be done or what will change for the child. Say which service or task, who will do it and how often, and what will be different.`;
  }
  if (CHANGE_WORDS.test(plain) || CHANGE_NAMED.has(plain.toLowerCase())) {
    const { measure } = rowTopic(row.cells, cell.text);
    const example = measure ? ` Here that could be ${measure}.` : '';
    return `"${word}" says things will change but not how. Say what will be different and how everyone will see it.${example}`;
  }
  return `"${word}" is something we want for every child, so it does not say what will be different for this one. Say what you will see happen, who will do it and how often.`;
}

/** Family names for people, written with a capital as plans do: "Mum", "Nan". */
const FAMILY_NAMES = /^(?:mum|mummy|dad|daddy|nan|nana|gran|grandma|grandad|auntie|aunty)$/i;

/** How a message names the person in an action: "Mum", "Ms Cole", "the parents", "the social worker". */
export function personIn(owner: string): string {
  const who = owner.replace(/\s+(?:agrees?|will|to|has|have|must|should|is\s+to|and\s+[A-Z]).*$/s, '').trim();
  if (FAMILY_NAMES.test(who)) return who[0].toUpperCase() + who.slice(1).toLowerCase();
  if (/^(?:we|i)$/i.test(who)) return who.toLowerCase() === 'i' ? 'I' : 'we';
  // A role ("parents", "social worker") rather than a name: "the parents".
  if (who === who.toLowerCase() || (/^[A-Z][a-z]+(?:\s+[a-z]+)*$/.test(who) && ROLE_LIKE.test(who))) {
    return `the ${who.toLowerCase()}`;
  }
  return who;
}
const ROLE_LIKE =
  /^(?:parents?|carers?|family|mother|father|social worker|health visitor|school|nursery|teacher|keyworker|key worker|worker|practitioner|family support worker|support worker|foster carers?)$/i;

/**
 * Provision in an unnamed amount: "offer some sessions", "a few visits", "several taster days". How many, and
 * how often? Only where the work gives no frequency: "some sessions, weekly for 6 weeks" says it. How often
 * the child will do something (the outcome's "9 of every 10 days") is the change sought, not the dose.
 */
const UNNAMED_AMOUNT =
  /\b(?:some|a\s+few|several|a\s+couple\s+of)\s+(?:[a-z-]+\s+)?(?:sessions|visits|appointments|meetings|days|lessons|classes|work)\b/gi;

function unnamedAmount(row: Parameters<Rule['check']>[0], cell: { text: string }): Span | undefined {
  // ACTION_ROLES: the cells that hold the work, who does it and when, where its own frequency stands.
  const roles = row.timescales.filter((t) => t.kind === 'frequency').map((t) => roleOfColumn(row, t.column));
  if (roles.some((role) => role && ACTION_ROLES.has(role))) return undefined;
  return findAll(UNNAMED_AMOUNT, cell.text)[0];
}

/**
 * Trying is not doing: "I'll try and go to school", "Mum will try her best to get up". Whether someone tried
 * is theirs to say, so no one else can tell whether it has happened.
 */
const ATTEMPT =
  /\b(?:try|tries|trying)\s+(?:to\b|and\b|(?:my|his|her|their|our|your)\s+(?:best|hardest)\b)|\bdo\s+(?:my|his|her|their|our|your)\s+best\b/gi;

function attemptHits(row: Parameters<Rule['check']>[0], taken: readonly RuleHit[]): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const cell of cellsWith(row, ['outcome', 'action', 'action_owner_when', 'owner_when'])) {
    if (taken.some((h) => h.cell === cell)) continue;
    const span = findAll(ATTEMPT, cell.text)[0];
    if (!span) continue;
    hits.push({
      cell,
      span,
      message: `"${span.text}" asks for an attempt, not something done, so no one can tell whether it has happened. Say what will be done, how often and by when.`,
    });
  }
  return hits;
}

function actionHits(row: Parameters<Rule['check']>[0]): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const cell of cellsWith(row, ['action', 'action_owner_when', 'owner_when'])) {
    const span = vagueActions(cell.text)[0];
    const some = span ? undefined : unnamedAmount(row, cell);
    if (some) {
      hits.push({
        cell,
        span: some,
        message: `"${some.text}" does not say how many or how often, so no one can tell whether it has happened. Give the number and how often, such as 6 weekly sessions.`,
      });
      continue;
    }
    if (!span) continue;
    const named = ownerSpans(cell.text).find((o) => o.end <= span.start && span.start - o.end < 40);
    const who = named ? personIn(named.text) : undefined;
    const { ask, suggestion } = vagueActionAdvice(span.kind, who);
    const modelledOn = GUIDANCE.specificAction;
    hits.push({
      cell,
      span,
      message: `"${span.text}" does not say what will be done, so no one can tell whether it has happened. ${ask}`,
      suggestion: { kind: 'replace-span', text: suggestion, modelledOn } satisfies Suggestion,
      guidance: modelledOn,
    });
  }
  return hits;
}

const DEFAULT_AIMS = phraseMatcher(VAGUE_AIMS);
const NOT_AN_AIM_AFTER = /^[\s-]+(?:network|networks)\b/i;

/**
 * "Supported lodgings", "supported living", "a supported internship", "secure accommodation": the name of a
 * kind of placement or programme, a place anyone can see the young person live or work in, not help to give.
 */
const PLACEMENT_AFTER = /^[\s-]+(?:lodgings|living|accommodation|housing|internships?|tenancy|tenancies|unit)\b/i;
const PLACEMENT_WORD = /^(?:supported|secure)$/i;
const SUBJECTIVE = phraseMatcher(SUBJECTIVE_WORDS);

/**
 * An outcome that says how someone will be, feel or get on, with nothing anyone could see them do ("Jay will
 * flourish", "Mum will have good mental health", "will be ready for school", "will make good progress"):
 * a vague aim in words no list can hold (the guidance: "a universal or vague aim with no concrete
 * behaviour"). Only read where the outcome is not concrete and the actions do not carry it. Something done
 * to someone ("be offered a place", "be kept clean", "be no more shouting") is left to the rules for a
 * service written as an outcome, judging words and negative framing; being somewhere ("be at school on
 * time", "be in bed by 8pm") is something anyone can see.
 */
const STATE_PREDICATE =
  /\b(?:will|shall|to|should|must)\s+(?:(?:continue|start|begin|learn)\s+to\s+)?(?:be\s+able\s+to\s+)?((?:be(?!\s+(?:\w+ed|given|seen|made|kept|left|taken|shown|known|done|told|no|in\s+receipt|at|on|home|back|up|out|in\s+(?:school|education|bed|college|nursery|work|class|lessons))\b)|feel|become|remain|stay|have|experience|know|achieve|reach|make\s+(?:[\w-]+\s+){0,2}?(?:progress|choices|decisions|friends|improvements)|develop|function|cope|thrive|flourish|parent|demonstrate|prioritise|put|get\s+on|communicate|live|enjoy|grow|maintain|understand|manage|regulate|express|recognise|accept|trust|settle|adjust|adapt|improve|progress|succeed|benefit|go\s+(?:up|down)|increase|decrease|reduce|rise|fall|drop|lessen|get\s+better)\b[^.;:\n]{0,60}?)(?=\s*(?:[.;:\n]|$)|\s+(?:and|by|so|because|when)\b)/i;

export function statePredicate(text: string, removed: readonly string[]): Span | undefined {
  const match = STATE_PREDICATE.exec(text);
  // "will be clean and tidy": a word that depends on who judges is the fault to name (the subjective rule).
  if (!match || hasMatch(SUBJECTIVE, text)) return undefined;
  // "will have a mentor", "will have a CAMHS assessment": a service where the change belongs (action-as-outcome).
  if (hasMatch(SERVICE_OUTCOME, text)) return undefined;
  // A house style that lets a word off ("happy") lets it off here too.
  if (removed.length > 0 && hasMatch(phraseMatcher(removed), match[1])) return undefined;
  const start = match.index + match[0].length - match[1].length;
  return { start, end: start + match[1].length, text: match[1] };
}

const STATE_AIM = 'says how things will be, not what anyone will see happen.';

/** A change named only by its direction: "scores to go up", "drinking will reduce". */
const DIRECTION_ONLY = /^(?:go\s+(?:up|down)|increase|decrease|reduce|rise|fall|drop|lessen|get\s+better|improve)\b/i;
const DIRECTION_AIM = 'says which way things should move, but not from where or how far.';

function stateMessage(words: string, row: Parameters<Rule['check']>[0], cell: { text: string }): string {
  const { measure } = rowTopic(row.cells, cell.text);
  const example = measure ? ` Here that could be ${measure}.` : '';
  if (DIRECTION_ONLY.test(words)) {
    return `"${words}" ${DIRECTION_AIM} Say where things are now and where they should be, in a number anyone can check.${example}`;
  }
  return `"${words}" ${STATE_AIM} Say what will be different that everyone could see, and how often.${example}`;
}

/**
 * Any verb at all: an outcome with none names a topic ("Safe", "Less shouting at home"), not a change. A
 * word ending -s or -ed before "to", "at", "in"... is read as a verb ("walks to"); one ending -ing is not
 * ("shouting at home" is a noun).
 */
const ANY_VERB =
  /\b(?:will|shall|to|be|is|are|was|were|can|could|has|have|had|does|do|did|should|must|may|gets?|goes|feels?|knows?|attends?|says?|tells?|eats?|sleeps?|wants?|needs?)\b|\b\w+(?:s|ed)\s+(?:to|at|in|on|with|up|out|off)\b/i;

/**
 * An outcome of a few words and no verb, with nothing to count: "Safe", "Less shouting at home". It says
 * which subject the row is about, not what will be different (a service's name is left to the rule for a
 * service written as an outcome).
 */
export function topicOnly(text: string): Span | undefined {
  const words = text.trim().split(/\s+/);
  if (words.length > 6 || ANY_VERB.test(text) || hasMatch(SERVICE_OUTCOME, text) || SERVICE_LABEL.test(text))
    return undefined;
  const start = text.length - text.trimStart().length;
  const body = text.trim().replace(/[.!]+$/, '');
  return body ? { start, end: start + body.length, text: body } : undefined;
}

/**
 * A vague-aim finding read from how the outcome is worded, not from a listed aim: the outcome's own words
 * name no aim to replace, so the row rewrite keeps them and adds what will be seen (as for no-measure).
 */
export function isStateAim(finding: { rule: string; message: string }): boolean {
  return finding.rule === 'vague' && (finding.message.includes(STATE_AIM) || finding.message.includes(DIRECTION_AIM));
}

const SCHOOL_BEFORE =
  /\b(?:attend|attends|attending|go to|goes to|going to|get to|be at|be in)\s+(?:(?:his|her|their|the)\s+)?(?:school|nursery|college|lessons)\s*$/i;

/**
 * "Often" describing something rather than timing the work: "the situations that most often lead to ...",
 * "record how often he leaves class". The row's frequency is how often the work happens, not these.
 */
const DESCRIBING_BEFORE = /\b(?:most|how|that|which)\s+$/i;

/** "More often", "less often": a comparison of how often, not a frequency left vague. */
const COMPARED_BEFORE = /\b(?:more|less)\s+$/i;

/** The progress column names something counted ("reading test each term", "the attendance register"). */
function countNamed(row: Parameters<Rule['check']>[0]): boolean {
  return cellsWith(row, ['measure']).some((c) => isCountable(c.text, row.planDate));
}

export const vague: Rule = {
  id: 'vague',
  code: 'vague',
  letters: ['S'],
  severity: 'warning',
  title: 'Vague aims',
  guidance: GUIDANCE.specificUniversal,
  check(row) {
    const hits: RuleHit[] = [];
    const { add, remove } = row.words('vague');
    const aims =
      add.length || remove.length
        ? phraseMatcher([...VAGUE_AIMS.filter((w) => !remove.includes(w)), ...add])
        : DEFAULT_AIMS;
    // "A general outcome followed by actions with who, what, how often and by when is SMART".
    const carriedByActions = row.hasActionColumns && row.actionsSmart;
    for (const cell of cellsWith(row, ['need', 'outcome'])) {
      // A state of mind ("to be more aware of risks") is not carried by sessions, however well timed: no one
      // sees it happen (no-measure's reading of the same words).
      const carried = carriedByActions && !(cell.role === 'outcome' && INNER_STATE.test(cell.text));
      if (carried || isConcrete(cell.text, row.planDate)) continue;
      // "Lack of a support network": the network is a thing the family has or lacks, not help to give.
      // "Dad to show he can meet the children's needs": the universal aim in verb form.
      const aim =
        findAll(aims, cell.text).find(
          (a) =>
            !NOT_AN_AIM_AFTER.test(cell.text.slice(a.end)) &&
            !(PLACEMENT_WORD.test(a.text) && PLACEMENT_AFTER.test(cell.text.slice(a.end, a.end + 20))),
        ) ?? findAll(NEEDS_MET, cell.text)[0];
      const state =
        aim || cell.role !== 'outcome' ? undefined : (statePredicate(cell.text, remove) ?? topicOnly(cell.text));
      const span = aim ?? state;
      if (!span) continue;
      // "Reading age will go up": a countable thing moving with no amount is a measure's gap, not a vague aim
      // (the sixth and seventh sets' decision): the no-measure rule names it.
      // Only where the row names the count (a test, a register): with no count named, the aim is still vague.
      if (DIRECTION_ONLY.test(span.text) && COMPARISON.test(cell.text) && countNamed(row)) continue;
      hits.push({
        cell,
        span,
        message: state ? stateMessage(span.text, row, cell) : aimMessage(span.text, row, cell),
        // No quick fix: the row rewrite (report.rewrites) says what will be different, with the row's own facts.
      });
    }
    // "Engage with services", "support Mum", "monitor": an action that says nothing anyone could see done.
    hits.push(...actionHits(row));
    hits.push(...attemptHits(row, hits));
    // "Regularly" asks how often: only a frequency answers it. A span ("12 weeks") says for how long, and a
    // frequency in the progress column ("checked every fortnight") is how often someone looks, not how often
    // the thing itself happens.
    const measureColumns = new Set(cellsWith(row, ['measure']).map((c) => c.column));
    const frequencyGiven = row.timescales.some((t) => t.kind === 'frequency' && !measureColumns.has(t.column));
    if (!frequencyGiven) {
      for (const cell of cellsWith(row, ['outcome', 'action', 'owner_when', 'action_owner_when', 'when', 'measure'])) {
        if (concreteTimescales(cell.text, row.planDate).some((t) => t.kind === 'frequency')) continue;
        // "More often" beside a named count (a reading record, a sign-in book) compares with nothing counted:
        // the measure's gap, which no-measure names (the sixth and seventh sets' decision), not a vague frequency.
        const compared = countNamed(row);
        const span = findAll(VAGUE_FREQUENCY, cell.text).find(
          (s) =>
            !DESCRIBING_BEFORE.test(cell.text.slice(Math.max(0, s.start - 12), s.start)) &&
            !(compared && COMPARED_BEFORE.test(cell.text.slice(Math.max(0, s.start - 6), s.start))),
        );
        if (!span || hits.some((h) => h.cell === cell)) continue;
        hits.push({
          cell,
          span,
          message: `"${span.text}" does not say how often. Give a number the family can hold on to, such as every two weeks.`,
          suggestion: {
            kind: 'replace-span',
            // Going to school "regularly" means every school day, not a number of weeks.
            text: SCHOOL_BEFORE.test(cell.text.slice(0, span.start)) ? 'every school day' : 'every [2] weeks',
            modelledOn: GUIDANCE.timely,
          },
        });
      }
    }
    return hits;
  },
};
