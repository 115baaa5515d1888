// A, R: more actions than a family can take on at once. Counted per row here; the whole plan is
// counted in check.ts.
import { GUIDANCE } from '../guidance';
import { LIFE_CHANGE, LIFE_CHANGES_AT_ONCE } from '../language';
import { findAll, rememberedByText, sentences } from '../text';
import { cellsWith, wholeCell, type Rule } from '../rule';

export const ACTIONS_PER_ROW_LIMIT = 7;
/** The fewest tasks that are too many when most of them are big changes (LIFE_CHANGE). */
const BIG_LIST = 4;

/**
 * Verbs a listed task starts with: "..., make breakfast, walk them to school, see the GP, ...", and the same
 * tasks as targets reached, in an outcome written ahead ("will have passed ..., got ..., moved ...").
 */
const TASK_VERB =
  /^(?:and\s+|then\s+)?(?:not\s+)?(?:get|make|walk|clear|clean|tidy|do|go|see|meet|register|empty|open|apply|attend|bid|sort|buy|book|take|ring|call|phone|text|email|keep|wash|cook|fill|complete|pay|bring|collect|put|set|write|start|join|check|visit|arrange|contact|speak|talk|tell|show|find|move|save|learn|practise|use|finish|end|give|be|stay|send|sign|fix|decorate|redecorate|sit|line|share|eat|change|pass|manage|enrol|hold|wear|follow|listen|wait|ask|read|help|feed|brush|dress|play|travel|shop|lock|tidy|sleep|engage|bath|have|got|moved|started|passed|saved|found|finished|completed|cleared|paid|opened|registered|applied|joined|enrolled|secured|learnt|learned)\b/i;

/** Numbered items written inline: "Targets: 1) improve handwriting 2) learn times tables 3) ...". */
const NUMBERED_ITEM = /(?:^|[\s:;,])\(?\d{1,2}\)(?=\s)/g;

/**
 * The actions in one sentence: the sentence, and each further task in a comma list, as one person's
 * to-do list is written ("Mum to get the kids up, make breakfast, walk them to school, ..."): each is
 * something more the family must take on.
 */
function actionsInSentence(sentence: string): number {
  if (sentence.split(/\s+/).length < 3) return 0;
  // What to do if something happens ("If he has a seizure, give ..., note the time and ring 999") is one
  // response to one event, the fallback the guidance asks for, not more for the family to take on.
  // Not a list of conditions set for something to happen: "If the children are to come home, Mum must: ...".
  if (CONTINGENCY.test(sentence) && !CONDITIONS_SET.test(sentence)) return 1;
  // One verb over a list after a colon ("Kyra to attend: CAMHS weekly, play therapy, ... and a sleep clinic"):
  // each item is that verb done once more.
  const heading = VERB_OVER_LIST.exec(sentence);
  const overList = heading ? itemsAfter(sentence.slice(heading.index + heading[0].length)) : 0;
  // The same with no colon ("Jade to attend the gym, an art course, driving lessons, ..."), up to any
  // examples: "such as a, b and c" illustrates one demand, it does not add more.
  const across = VERB_ACROSS_LIST.exec(sentence);
  const acrossText = across ? sentence.slice(across.index + across[0].length).split(EXAMPLES_START)[0] : '';
  const acrossItems = across && !ONE_WHOLE.test(acrossText) ? itemsAfter(acrossText) : 0;
  // A short one ("attend the group for 12 weeks, starting 3/4") is one demand and its details.
  const acrossList = acrossItems >= ACROSS_LIST_MIN ? acrossItems : 0;
  const items = sentence.split(/,/).slice(1);
  const listed = items.filter((item) => TASK_VERB.test(item.trim())).length;
  // The list's last task is joined by "and" ("..., do the online safety course and take both children to all
  // appointments"): one more, once the sentence is a list of tasks at all.
  const joined = listed > 0 ? items.filter((item) => AND_TASK.test(item)).length : 0;
  // A list numbered inline is as many tasks as it has numbers, whatever verbs they start with.
  const numbered = sentence.match(NUMBERED_ITEM)?.length ?? 0;
  return Math.max(1 + listed + joined, numbered >= 2 ? numbered : 0, overList, acrossList);
}

/** A sentence that opens with a condition: "If ...", "When ...", "Should ...", "In case ...". */
const CONTINGENCY = /^\s*(?:if|whenever|should|in\s+case)\b/i;

/** Demands set as the price of something: "must", "will need to", "has to", "is to happen". */
const CONDITIONS_SET = /\b(?:must|need(?:s)?\s+to|has\s+to|have\s+to|is\s+to|are\s+to|wants?\s+to)\b/i;

/** A verb that heads a list of things after a colon: "to attend:", "will go to:", "must complete:", "to arrange:". */
const VERB_OVER_LIST =
  /\b(?:attend|attends|go\s+to|goes\s+to|complete|completes|do|does|see|sees|start|starts|take\s+part\s+in|engage\s+with|receive|receives|use|uses|provide|provides|offer|offers|arrange|arranges)[ \t]{0,3}:/i;

/**
 * One verb over a list of things in a sentence of its own, no colon: "Staff to use a sand timer, movement
 * breaks, a workstation, ...". Each thing is the verb done once more, whoever it falls on (a school's
 * strategies, a college's courses as much as a parent's appointments).
 */
const VERB_ACROSS_LIST =
  /\b(?:to|will|must|should|shall)\s+(?:attend|use|complete|do|start|join|see|take\s+part\s+in|engage\s+with|go\s+to|receive|learn|practise|provide|offer)\s/i;

/**
 * A list that spells out one whole or names whom it is with, not things to do: "attend all his lessons, maths,
 * English, ...", "see Amy, Ben, Cara and Dan alone" (one visit to the children).
 */
const ONE_WHOLE = /^\s*(?:all|every|each)\b|^\s*[A-Z][a-z]+\s*,\s*[A-Z][a-z]+\s*(?:,|and\b)/;

/** The fewest things after one verb, with no colon, that are read as a list of demands. */
const ACROSS_LIST_MIN = 4;

/** Where a list turns into examples of one thing: "such as", "e.g.", "including", "for example", "like". */
const EXAMPLES_START = /\b(?:such\s+as|e\.?g\.?|including|for\s+example|for\s+instance|like)\b/i;

/** The items of a list: one per comma, and one more for a last item joined by "and" (brackets read as one). */
function itemsAfter(list: string): number {
  const flat = list.replace(/\([^()]*\)/g, ' ');
  const items = flat.split(',').filter((item) => item.trim());
  if (items.length < 2) return 0;
  return items.length + (/\s(?:and|&)\s/.test(items[items.length - 1]) ? 1 : 0);
}

/** A further task joined by "and" inside a list item: "... course and take both children ...". */
const AND_TASK =
  /\band\s+(?:not\s+)?(?:get|make|walk|clear|clean|do|go|see|meet|register|apply|attend|sort|buy|book|take|ring|call|phone|keep|cook|complete|pay|bring|collect|write|start|join|check|visit|arrange|contact|find|move|finish|end|give|be|stay|send|sign|fix|decorate|redecorate|change|enrol|eat|share|pass|manage|engage|bath|have|got|moved|started|passed|saved|found|finished|completed|cleared|opened|joined|enrolled)\b/i;

export const countActions: (text: string) => number = rememberedByText((text) =>
  sentences(text).reduce((sum, s) => sum + actionsInSentence(s.text), 0),
);

/**
 * A sentence that asks the family nothing: a worker's or a service's own task ("IDVA to meet Mum every
 * Thursday", "School will ring Mum if anyone else tries to collect"), which does not weigh on the family (a
 * worker's own long list still counts: one verb over many strategies is many demands, whoever does them), or
 * a statement of worry (Signs of Safety's danger statement: "we are worried that ..."), which asks nothing of
 * anyone. The whole plan's count in check.ts still takes every action in.
 */
const WORKER_FIRST =
  /^[\s\-•*\d.)]*(?:the\s+)?(?:SW|FSW|HV|IRO|DSL|EWO|IDVA|ISVA|OT|SENCo|SENCO|ELSA|GP|CAMHS|YOS|YOT|police|housing|school|nursery|college|staff|(?:class\s+)?teachers?|social\s+worker|health\s+visitor|(?:family\s+)?support\s+worker|key\s?worker|school\s+nurse|midwife|practitioner|youth\s+worker|personal\s+advis[eo]r|provider|council|local\s+authority)\b(?:\s+\([^()]{0,40}\))?\s+(?:will|to|is\s+to|are\s+to|must|should|shall|agrees?\s+to)\b/i;
const WORRY_STATEMENT = /^[^.;:]{0,40}?:?\s*(?:we\s+are|we['’]re|i\s+am|i['’]m)\s+(?:worried|concerned)\b/i;

/** The actions a cell asks of the family: every sentence but a worker's task or a statement of worry. */
function familyActions(text: string): number {
  return (
    sentences(text)
      .filter((s) => !WORRY_STATEMENT.test(s.text))
      .map((s) => ({ worker: WORKER_FIRST.test(s.text), count: actionsInSentence(s.text) }))
      // A worker's own list of many things ("Staff to use a timetable, a timer, ...") is still too many.
      .reduce((sum, s) => sum + (s.worker && s.count < ACROSS_LIST_MIN ? 0 : s.count), 0)
  );
}

export const tooManyActions: Rule = {
  id: 'too-many-actions',
  code: 'too-many-actions',
  letters: ['A', 'R'],
  severity: 'warning',
  title: 'Too many actions at once',
  guidance: GUIDANCE.tooManyActions,
  check(row) {
    // An outcome can list as many targets as an action lists tasks ("Ruby will: sit ..., line up ..., share ...").
    return cellsWith(row, ['outcome', 'action', 'action_owner_when']).flatMap((cell) => {
      const count = familyActions(cell.text);
      // A shorter list is still too much when several of its items are each a plan of their own (a new home, a
      // job, exams, debts cleared): "By September Kai will have passed his resits, moved into a flat, ...".
      const bigList =
        count >= BIG_LIST &&
        count < ACTIONS_PER_ROW_LIMIT &&
        findAll(LIFE_CHANGE, cell.text).length >= LIFE_CHANGES_AT_ONCE;
      if (count < ACTIONS_PER_ROW_LIMIT && !bigList) return [];
      return [
        {
          cell,
          span: wholeCell(cell),
          message: bigList
            ? `This cell asks for ${count} things at once, several of them big changes on their own, which can overwhelm a family. Keep the one or two that matter most now; the rest can follow at review.`
            : `This cell asks for ${count} things at once, which can overwhelm a family. Keep the few that matter most now; the rest can follow at review.`,
        },
      ];
    });
  },
};
