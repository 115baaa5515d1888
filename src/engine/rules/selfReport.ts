// M: a parent's own word as the only proof of progress is not safe on its own.
import { GUIDANCE } from '../guidance';
import { OTHER_EVIDENCE, RATING_INSTRUMENT, SELF_RATING, SELF_REPORT } from '../language';
import { findAll, hasMatch, type Span } from '../text';
import { cellsWith, type Rule } from '../rule';

/**
 * In a progress column, a parent or a relative passing on their own account ("Mum will tell the health visitor",
 * "Leah and her nan will let the SW know") is still only their word: Torbay's "parents or non-professionals".
 */
const PARENT_TELLS_WORKER =
  /\b(?:[A-Z][a-z]+\s+and\s+(?:his|her|their)\s+)?(?:mum|mother|dad|father|parents?|carers?|nan|nana|gran|granny|grandma|grandad|grandparents?|aunt|auntie|aunty|uncle|step-?(?:mum|dad|mother|father))\s+(?:will\s+|to\s+)?(?:tell|tells|update|updates|inform|informs|let|text|texts|ring|rings|phone|phones|message|messages|email|emails)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:social worker|sw|hv|health visitor|family support worker|fsw|support worker|key worker|worker|professionals?|team|class teacher|teacher|school|nurse|pa|staff|tutor|senco|key adult|mentor|therapist|head of year|year head|head|headteacher|dsl|ewo|attendance officer|lead)\b/gi;

/**
 * When the parent tells ("at each visit", "at the next review", "at each supervising social worker visit"),
 * wherever it stands after their words: the occasion of their account, not a second source of evidence.
 */
const OCCASION_AFTER =
  /(?:^|\s)(?:at|during|in|before|after)\s+(?:the\s+(?:start|end|beginning)\s+of\s+)?(?:each|every|the|their|her|his|our|all|any)?\s*(?:next\s+|monthly\s+|weekly\s+|fortnightly\s+)?(?:[\w-]+\s+){0,3}?(?:visits?|meetings?|reviews?|sessions?|appointments?|core groups?)\b/gi;

/**
 * In a progress column, the one doing the action telling someone how it went ("Kayden tells Mo at each visit
 * how many jobs he has applied for"), confirming it ("Warren to confirm at each visit that he's taking it")
 * or reporting back ("Kirsty reports back at core group"), or just telling ("Mo will tell us he feels settled"):
 * their own account, as a parent's is (Torbay:
 * "self-reporting by parents or non-professionals").
 */
const DOER_TELLS =
  /\b([A-Z][a-z]+)\s+(?:will\s+|to\s+)?(?:tells?|confirms?|updates?|reports?(?:\s+(?:back|to))?|let(?:s)?\s+(?:\S+\s+){1,2}?know)\b(?:\s+(?:[\w()]+\s+){0,6}?(?:how|whether|if|what|that)\b|\s+(?:us|me|staff|adults|(?:her|his|their|the)\s+[\w-]+)\s+(?:she|he|they|it|things|I)\b|(?=\s*(?:at|in|on|during|each|every)\b|\s*[.;]?\s*$))/g;

/**
 * The doer's own word in a progress column, in other frames: they say so ("Mason says the rent is paid"),
 * tell a named worker ("Jordan tells his PA he is going"), or keep or tick their own record ("I'll keep a
 * drink diary", "Mum ticks the chart"). Torbay: "self-reporting by parents or non-professionals".
 */
const DOER_SAYS =
  /\b([A-Z][a-z]*)(?:['’]ll)?\s+(?:will\s+|to\s+)?(?:says?|tells?\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?(?:[\w-]+\s+)?(?:PA|carers?|worker|teacher|nurse|staff|SW|social\s+worker|key\s?worker|mentor|adviser)|keeps?\s+(?:a|an|my|his|her|their)\s+(?:[\w-]+\s+)?(?:diary|log|chart|record|tick\s+sheet)|ticks?\s+(?:the|a|my|his|her|their)\s+(?:[\w-]+\s+)?(?:chart|sheet|box)|(?:rates?|scores?)\s+(?:her|his|their|my|the)\b)\b/g;

/** Whom the doer shows, tells or hands their own record ("passed to the school nurse"): the audience, not a second source. */
const TOLD_TO =
  /\b(?:and\s+)?(?:shows?|tells?|gives?|sends?|given|passed|handed|sent|shared)\s+(?:it\s+|them\s+)?(?:to\s+|with\s+)?(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?(?:social\s+worker|sw|nurse|teacher|worker|pa|carer|staff|senco|tutor|key\s+adult|mentor|therapist)\b/gi;

/**
 * The worker the doer gives their account to, straight after their words and the occasion ("to confirm at
 * each meeting with the social worker"): the audience, as TOLD_TO's is, not a second source. Further on, a
 * worker is someone else ("..., and the health visitor weighs him").
 */
const TOLD_WITH =
  /^\s*(?:back\s+)?(?:with|to)\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?(?:social\s+worker|sw|health\s+visitor|hv|nurse|teacher|worker|pa|carer|staff|tutor|senco|key\s+adult|mentor|therapist)\b/i;

/** A first-person plan's doer: "I will ...", "I'll ...", "Me (Lily)". */
const FIRST_PERSON = /^\s*(?:I\b|Me\b|My\b)/;

/** What the doer says, as the object of someone else's record: "writes down what", "records how". */
const REPORTED_BY_ANOTHER = /\b(?:what|how|whether|if)\s$/i;

/** A house-style heading at the start of a cell ("Target:", "Section E:", "What matters to me:"): not a name. */
const HEADING = /^\s*[A-Z][^:\n]{0,30}:\s*/;

/** The name a cell opens with, past a title ("Ms Rowe has left ..." is Rowe's own act). */
const LEADING_NAME = /^\s*(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)?([A-Z][a-z]+)\b/;

/** A service or a setting at the head of a cell ("School report that ...", "Police confirm ..."): not the family. */
const SERVICE_NAME =
  /^(?:School|Nursery|College|Police|Health|Hospital|Surgery|Practice|Staff|Teachers?|Housing|Council|Probation|Services?|Team|Professionals?)$/;

/**
 * Whose change the row is about, by the names its cells open with: the doer of an action or an outcome ("Kai
 * to ...", "Target: Zac will ...") and the one whose act the need describes ("Ms Rowe has left the baby alone").
 * Their telling a worker that all is well is their own word.
 */
function doersOf(row: Parameters<Rule['check']>[0]): string[] {
  let names = doersKnown.get(row.cells);
  if (names === undefined) doersKnown.set(row.cells, (names = doersUncached(row)));
  return names;
}

/** A row's cells are not changed once read (an edited row is a new array): its doers are asked several times. */
const doersKnown = new WeakMap<object, string[]>();

function doersUncached(row: Parameters<Rule['check']>[0]): string[] {
  const names: string[] = [];
  for (const cell of row.cells) {
    if (!['action', 'action_owner_when', 'outcome', 'need'].includes(cell.role)) continue;
    // The cell as written and past a heading: "Mum: to ..." opens with Mum, "Target: Zac will" with Zac.
    for (const text of [cell.text, cell.text.replace(HEADING, '')]) {
      const name = FIRST_PERSON.test(text) ? 'I' : LEADING_NAME.exec(text)?.[1];
      if (name && !SERVICE_NAME.test(name)) names.push(name);
    }
    // The outcome is the child's or the family's change wherever their name stands in it ("Mornings will be
    // calm and Noah will get to school", "By the summer term Leah (15) stays in the lesson").
    if (cell.role === 'outcome') {
      for (const span of findAll(OUTCOME_SUBJECT, cell.text)) {
        const name = span.text.split(/\s+/)[0];
        // "Mrs Patel will ..." is a worker, not the one whose change it is.
        const titled = TITLE_BEFORE.test(cell.text.slice(Math.max(0, span.start - 5), span.start));
        if (!SERVICE_NAME.test(name) && !titled) names.push(name);
      }
    }
  }
  return names;
}

const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s$/;

/** A name doing something in an outcome: "Noah will get", "Leah (15) stays", "Kai to attend". */
const OUTCOME_SUBJECT = /\b[A-Z][a-z]+(?:\s+\(\d{1,2}\))?\s+(?:will|to|can|is|has|[a-z]{2,}s)\b/g;

function doerTells(row: Parameters<Rule['check']>[0], text: string): Span | undefined {
  const doers = doersOf(row);
  const doer = (span: Span) => span.text.split(/[\s'’]+/)[0];
  // "records what Tyler tells her": someone else's record of what the doer says, not their own account.
  return [...findAll(DOER_TELLS, text), ...findAll(DOER_SAYS, text)].find(
    (span) => doers.includes(doer(span)) && !REPORTED_BY_ANOTHER.test(text.slice(0, span.start)),
  );
}

/**
 * The score or view of the one whose change it is, in their own name: "Harry's own rating on the feelings
 * scale", "Jade's own score". A child's view matters (Torbay), but on its own it is self-report.
 */
const OWN_RATING =
  /\b([A-Z][a-z]+)['’]s\s+own\s+(?:[\w-]+\s+)?(?:ratings?|scores?|scoring|scaling|scales?|views?|account|words|report)\b/g;

/** The doer's account without "own": "Sam's feedback to his PA", "Kyle's assurance", "Ryan's answer when asked". */
const DOER_ACCOUNT =
  /\b([A-Z][a-z]+)['’]s\s+(?:feedback|account|word|say-so|assurances?|confirmation|views?|answers?|repl(?:y|ies))\b/g;

function ownRating(row: Parameters<Rule['check']>[0], text: string): Span | undefined {
  const doers = doersOf(row);
  return [...findAll(OWN_RATING, text), ...findAll(DOER_ACCOUNT, text)].find((span) =>
    doers.includes(span.text.split(/['’]/)[0]),
  );
}

/**
 * The account named as a thing and then whose it is: "Confirmation from Mum at each visit", "verbal update
 * from Dad", "feedback from Kyle", "as reported by Mum", "discussion with Dad at each visit", "according to
 * Mum". The same
 * say-so as "Mum confirms", with the noun first.
 */
const ACCOUNT_FROM =
  /\b(?:(?:confirmation|updates?|feedback|reports?|assurances?|account|word)\s+(?:from|by)|(?:reported|confirmed|said|stated)\s+by|(?:discussions?|conversations?|talks?)\s+with|according\s+to)\s+(?:the\s+|her\s+|his\s+|their\s+)?([\p{L}'’-]+)/giu;

const ACCOUNT_FIRST = new RegExp(`^(?:${ACCOUNT_FROM.source})`, 'iu');

/** The family in an account's "from": a parent or carer, or a grandparent. */
const FAMILY_WORD = /^(?:mum|mother|dad|father|parents?|carers?|nan|nana|gran|grandparents?|grandma|grandad)$/i;

function accountFrom(row: Parameters<Rule['check']>[0], text: string): Span | undefined {
  const doers = doersOf(row);
  return findAll(ACCOUNT_FROM, text).find((span) => {
    const who = span.text.split(/\s+/).pop() ?? '';
    return FAMILY_WORD.test(who) || doers.includes(who);
  });
}

const PARENT_WORD = /^(?:mum|mother|dad|father|parents?|carers?|family|she|he|they)\b/i;

/**
 * The children's word as the only measure: "Children will say it's calmer", "the kids tell us bedtimes are
 * better". Beside a parent's word it is a second source (OTHER_EVIDENCE); alone it is still no one's sight or
 * count (Torbay: "self-reporting by parents or non-professionals").
 */
const CHILDREN_SAY =
  /\b(?:the\s+)?(?:children|child|kids|boys|girls|young\s+people)\s+(?:will\s+|to\s+|can\s+)?(?:say|says|tell|tells|report|reports)\b/gi;
const CHILDREN_FIRST = /^(?:the\s+)?(?:children|child|kids|boys|girls|young\s+people)\b/i;

/**
 * Whose word it is, as the message says it: a parent's, a named young person's, the children's, or the
 * reader's own.
 */
function whoseWord(quote: string): string {
  if (CHILDREN_FIRST.test(quote.trim())) return 'What the children tell us';
  // "Confirmation from Mum": whose it is comes last.
  const words = quote.trim().split(/[\s'’]+/);
  const first = ACCOUNT_FIRST.test(quote) ? words[words.length - 1] : words[0];
  if (!first || PARENT_WORD.test(first) || !/^[A-Z]/.test(first)) return 'What a parent tells us';
  return first === 'I' ? 'What you tell us yourself' : `What ${first} tells us`;
}

/**
 * With no outcome or measure column, the action is where the plan says how progress will be known: the parent
 * who agrees to the work "and to tell the SW at each visit how much he has used" gives only their own word, and
 * a plan "finished when they all say 8 or more" ends on the family's own scaling.
 */
const TELLS_WORKER_HOW =
  /\b(?:to|will)\s+(?:tell|update|inform|ring|phone|call|text|message|email|confirm\s+to|report\s+to)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:social\s+worker|sw|worker|teacher|tutor|nurse|health\s+visitor|hv|key\s?worker|staff)\b/gi;
const HOW_IT_WENT =
  /\b(?:how\s+(?:much|many|often|it\s+(?:went|has\s+gone|is\s+going))|(?:whether|that)\s+(?:(?:the|his|her|their)\s+)?\w+\s+(?:has|have|is|are|was|were|did|had))\b/i;
const ENDS_ON_THEIR_WORD =
  /\b(?:finished|closed|ended|ends|complete|achieved)\s+(?:when|once)\s+(?:they|the\s+family|mum|dad|parents|carers)\s+(?:all\s+|both\s+)?(?:say|says|rate|rates|score|scores)\b/gi;

function actionMeasure(row: Parameters<Rule['check']>[0], cell: Parameters<Rule['check']>[0]['cells'][number]) {
  const ending = findAll(ENDS_ON_THEIR_WORD, cell.text)[0];
  if (ending) return ending;
  const lead = LEADING_NAME.exec(cell.text)?.[1] ?? '';
  if (!FAMILY_WORD.test(lead) && !doersOf(row).includes(lead)) return undefined;
  return (
    findAll(TELLS_WORKER_HOW, cell.text).find((span) => HOW_IT_WENT.test(cell.text.slice(span.end, span.end + 80))) ??
    findAll(CHOSEN_EVIDENCE, cell.text)[0]
  );
}

/**
 * Evidence the one whose change it is picks for themselves: "shows his worker any messages he chooses", "hands
 * in the texts she wants to share". What they choose to show is still their own account (Torbay:
 * "self-reporting by parents or non-professionals as the only proof of progress").
 */
const CHOSEN_EVIDENCE =
  /\b(?:shows?|hands?\s+in|gives?|sends?|shares?|forwards?)\s+(?:[\w()-]+\s+){0,5}?(?:any|the|whichever|which)\s+(?:[\w-]+\s+){0,2}?(?:he|she|they|I)\s+(?:chooses|choose|picks|pick|selects|select|wants|want|decides|decide)\b/gi;

/**
 * A record the one whose change it is keeps, named by their name ("goes through Leanne's drink diary with her",
 * "checks Kai's sleep log"): a worker reading it is still reading their own account.
 */
const DOER_RECORD = /\b([A-Z][a-z]+)['’]s\s+(?:own\s+)?(?:[\w-]+\s+)?(?:diary|diaries|logs?|tick\s+sheets?|charts?)\b/g;

/**
 * A worker writing down what they were told or shown ("and Fay will record it", "record her totals") keeps the
 * account, not a second source of evidence.
 */
const ACCOUNT_WRITTEN =
  /\b(?:(?:record|note|log|write\s+down|keep)s?|recorded|noted|logged)\s+(?:it|this|them|that|(?:her|his|their|the)\s+(?:totals?|answers?|scores?|ratings?|numbers?|replies|reply|account))\b/gi;

/**
 * A rating on the person's own scale ("on her own 0-10 worry thermometer", "his own scale"): a scale the person
 * marks for themselves is still their word (Torbay: "self-reporting ... as the only proof of progress").
 */
const ON_OWN_SCALE =
  /\b(?:on|using|in|by)\s+(?:her|his|their|my)\s+own\s+(?:[\w-]+\s+){0,3}?(?:scales?|thermometers?|ratings?|scor(?:e|es|ing)|charts?|diary|diaries|logs?|stars?)\b/gi;

/**
 * A word every account in an action needs (an ending on their word, telling, showing, or their own record):
 * without one, the action's longer readings are not asked. Most actions have none.
 */
const ACCOUNT_HINT =
  /\b(?:finished|closed|ended|ends|complete|achieved|tell|update|inform|ring|phone|call|text|message|email|confirm|report|show|hand|give|send|share|forward|diar|log|tick|chart)/i;

/**
 * Where the row has an outcome but no progress column, the action says how progress will be known: the
 * family's own account there ("Mum to ring the SW each Friday and say how many nights ...") is the only measure
 * unless the action or the outcome names another source.
 */
function actionEvidence(row: Parameters<Rule['check']>[0], cell: Parameters<Rule['check']>[0]['cells'][number]) {
  if (!ACCOUNT_HINT.test(cell.text)) return undefined;
  const told = actionMeasure(row, cell);
  if (told) return { span: told, record: false };
  const doers = doersOf(row);
  const record = findAll(DOER_RECORD, cell.text).find((span) => doers.includes(span.text.split(/['’]/)[0]));
  return record ? { span: record, record: true } : undefined;
}

/** The words of a record or a rating the family keep themselves: the diary or the scale is still their word. */
const OWN_RECORD = /\b(?:logged|recorded|noted|scored|rated|rates?|scores?|keeps?|diary|log|chart|scales?|say)\b/i;

/**
 * What the account is about ("tell his teacher how he feels about school", "say whether he has been to the
 * house") is its content, not a second source: read past it to the clause's end (a comma, a semicolon, a full
 * stop or "and"), where another source would start.
 */
const ENDS_ON_REPORTED = /\b(?:how|whether|if|what)\s*$/i;
const REPORTED_NEXT = /^[^,;.]{0,40}?\b(?:how|whether|if|what)\b/i;
const CLAUSE_END = /[,;.]|\b(?:and|plus|alongside)\b/;

function withoutReported(after: string, spoken: string): string {
  const next = ENDS_ON_REPORTED.test(spoken) ? undefined : REPORTED_NEXT.exec(after);
  if (!ENDS_ON_REPORTED.test(spoken) && !next) return after;
  const from = next ? next[0].length : 0;
  const end = CLAUSE_END.exec(after.slice(from));
  return end ? after.slice(from + end.index) : '';
}

/**
 * A first-person plan's own record as the measure: "My drink diary", "my own sleep chart". The one who keeps it
 * is the one whose change it is (Torbay: "self-reporting ... as the only proof of progress").
 */
const MY_RECORD =
  /\b[Mm]y\s+(?:own\s+)?(?!(?:gp|school|teacher|social|worker|nurse|doctor|key|pa)\b)(?:[\w-]+\s+)?(?:diary|diaries|log|chart|tick\s+sheet|record|notes)\b/g;

/**
 * An outcome that names its own evidence as the word of someone in the family ("..., which Leah confirms by
 * texting Mum", "..., which his aunt will report at each visit"): a bare first name or a family word, not a
 * worker named by role or title. Only the only evidence when the progress column, if any, names none other.
 */
const VOUCHED =
  /\b(?:which|as)\s+(?:his\s+|her\s+|their\s+)?(?:(?:[Uu]ncle|[Aa]unt(?:ie|y)?|[Nn]an|[Gg]ran|[Gg]randma|[Gg]randad|[Cc]ousin|[Ss]ister|[Bb]rother)\s+)?(?:(?<![A-Z][a-z]{1,3}\.?\s)[A-Z][a-z]+|mum|mother|dad|father|parents?|nan|gran|grandma|grandad|aunt|auntie|uncle)\s+(?:will\s+|can\s+|is\s+to\s+|to\s+)?(?:confirms?|reports?|tells?|says?|texts?|messages?|vouch(?:es)?\s+for)\b/g;

/** A time named by school ("on school nights", "before school"): when, not the school's evidence. */
const SCHOOL_TIME = /\bschool\s+(?:nights?|mornings?|evenings?|holidays?)\b|\b(?:before|after)\s+school\b/gi;

function vouched(row: Parameters<Rule['check']>[0], text: string): Span | undefined {
  return findAll(VOUCHED, text).find((span) => {
    const who = span.text.split(/\s+/)[1] ?? '';
    return !SERVICE_NAME.test(who) && !/^(?:His|Her|Their)$/.test(who);
  });
}

const RELATION = /^(?:uncle|aunt|auntie|aunty|nan|gran|grandma|grandad|cousin|sister|brother)$/i;

/** Whose word a vouching clause gives: "What Leah tells us", "What a parent tells us". */
function vouchedBy(clause: string): string {
  const words = clause.split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && !/^(?:his|her|their)$/i.test(w));
  const who = words[at] ?? '';
  // "Uncle Ray": the relation and the name together.
  const named = words[at + 1] ?? '';
  if (RELATION.test(who) && /^[A-Z][a-z]+$/.test(named)) return `What ${who} ${named} tells us`;
  return /^[A-Z]/.test(who) && !PARENT_WORD.test(who) ? `What ${who} tells us` : 'What the family tell us';
}

/** The occasion of an account and whom it is given to: not a second source, wherever they stand after it. */
function withoutAudience(text: string): string {
  return text.replace(OCCASION_AFTER, ' ').replace(TOLD_TO, ' ').replace(TOLD_WITH, ' ');
}

const MESSAGE_TAIL =
  "matters, but on its own it cannot show the plan is working. Add something others can see too, such as school records or a worker's visits.";

function hitFor(cell: Parameters<Rule['check']>[0]['cells'][number], span: Span, whose: string) {
  return {
    cell,
    span,
    message: `${whose} ${MESSAGE_TAIL}`,
    suggestion: {
      kind: 'append' as const,
      text: ' This will be checked against [a record kept by someone other than the parent].',
      modelledOn: GUIDANCE.selfReport,
    },
  };
}

/**
 * Someone's word about their own state as the outcome: "Mrs Patel says she is managing", "Kai tells us he
 * feels settled" (the pronoun is the speaker). Only what they say, however well meant (Torbay:
 * "self-reporting by parents or non-professionals as the only proof of progress").
 */
const SAYS_OF_SELF =
  /\b(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)?([A-Z][a-z]+)\s+(?:will\s+)?(?:says?|tells?\s+(?:us|staff|the\s+\w+)|reports?)\s+(?:that\s+)?(?:she|he|they|I)\s+(?:is|are|am|feels?|has|have|can|was|were)\b/g;

function saysOfSelfHit(row: Parameters<Rule['check']>[0]) {
  const measures = cellsWith(row, ['measure'])
    .map((c) => c.text)
    .join(' ');
  for (const cell of cellsWith(row, ['outcome'])) {
    const span = findAll(SAYS_OF_SELF, cell.text).find((s) => {
      const name = SAYS_OF_SELF_NAME.exec(s.text)?.[1] ?? '';
      return !SERVICE_NAME.test(name);
    });
    if (!span) continue;
    const rest = `${cell.text.slice(0, span.start)} ${cell.text.slice(span.end)} ${measures}`.replace(SCHOOL_TIME, ' ');
    if (hasMatch(OTHER_EVIDENCE, rest)) continue;
    return hitFor(cell, span, whoseWord(span.text.replace(/^(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+/, '')));
  }
  return undefined;
}

const SAYS_OF_SELF_NAME = /^(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)?([A-Z][a-z]+)/;

/**
 * The outcome or progress column's target as a rating on the person's own scale. What the outcome says before
 * the rating is what is rated ("worry about school"), not a source; another source is one named after it or in
 * the progress column.
 */
function ownScaleHit(row: Parameters<Rule['check']>[0]) {
  const cells = cellsWith(row, ['outcome', 'measure']);
  const measures = cellsWith(row, ['measure'])
    .map((c) => c.text)
    .join(' ');
  for (const cell of cells) {
    if (!/\bown\b/i.test(cell.text)) continue;
    const span = findAll(ON_OWN_SCALE, cell.text)[0];
    if (!span) continue;
    const rest = (cell.role === 'measure' ? cell.text.slice(0, span.start) + ' ' : '') + cell.text.slice(span.end);
    const others = cell.role === 'measure' ? rest : `${rest} ${measures}`;
    if (hasMatch(OTHER_EVIDENCE, others.replace(RATING_INSTRUMENT, ' ').replace(SCHOOL_TIME, ' '))) continue;
    return hitFor(cell, span, 'A score someone gives themselves');
  }
  return undefined;
}

function actionAccountHit(row: Parameters<Rule['check']>[0]) {
  const outcomes = () =>
    cellsWith(row, ['outcome'])
      .map((c) => c.text)
      .join(' ')
      .replace(SCHOOL_TIME, ' ');
  for (const cell of cellsWith(row, ['action', 'action_owner_when'])) {
    const found = actionEvidence(row, cell);
    if (!found) continue;
    const { span } = found;
    const after = withoutAudience(withoutReported(cell.text.slice(span.end), span.text).replace(ACCOUNT_WRITTEN, ' '));
    const rest = `${cell.text.slice(0, span.start)} ${after} ${outcomes()}`.replace(SCHOOL_TIME, ' ');
    if (hasMatch(OTHER_EVIDENCE, found.record ? rest.replace(RATING_INSTRUMENT, ' ') : rest)) continue;
    return hitFor(cell, span, found.record ? 'A record the family keep themselves' : whoseWord(span.text));
  }
  return undefined;
}

export const selfReportOnly: Rule = {
  id: 'self-report-only',
  code: 'self-report-only',
  letters: ['M'],
  severity: 'warning',
  title: "Progress only on a parent's word",
  guidance: GUIDANCE.selfReport,
  check(row) {
    const progressCells = cellsWith(row, ['measure', 'outcome', 'achieved']);
    const actionCarries = progressCells.length === 0;
    const ownScale = ownScaleHit(row) ?? saysOfSelfHit(row);
    if (ownScale) return [ownScale];
    if (cellsWith(row, ['measure', 'achieved']).length === 0) {
      const fromAction = actionAccountHit(row);
      if (fromAction) return [fromAction];
    }
    const cells = actionCarries ? cellsWith(row, ['action', 'action_owner_when']) : progressCells;
    return cells.flatMap((cell) => {
      const rating =
        findAll(SELF_RATING, cell.text)[0] ?? (cell.role === 'outcome' ? undefined : ownRating(row, cell.text));
      const span = actionCarries
        ? actionMeasure(row, cell)
        : (findAll(SELF_REPORT, cell.text)[0] ??
          rating ??
          (cell.role === 'outcome' ? undefined : findAll(PARENT_TELLS_WORKER, cell.text)[0]) ??
          (cell.role === 'measure'
            ? (doerTells(row, cell.text) ??
              accountFrom(row, cell.text) ??
              findAll(CHILDREN_SAY, cell.text)[0] ??
              (doersOf(row).includes('I') ? findAll(MY_RECORD, cell.text)[0] : undefined))
            : undefined));
      const vouch = !span && cell.role === 'outcome' ? vouched(row, cell.text) : undefined;
      if (vouch) {
        // The outcome's own evidence, weighed with the progress column's: another source there is a second one.
        const others = cellsWith(row, ['measure']).map((c) => c.text);
        const rest = withoutAudience(
          [cell.text.slice(0, vouch.start), cell.text.slice(vouch.end), ...others].join(' '),
        ).replace(SCHOOL_TIME, ' ');
        if (hasMatch(OTHER_EVIDENCE, rest)) return [];
        return [hitFor(cell, vouch, vouchedBy(vouch.text))];
      }
      // The worker a parent tells is not a second source, so look for other evidence outside those words.
      if (!span) return [];
      const after = withoutReported(cell.text.slice(span.end), span.text);
      const rest = cell.text.slice(0, span.start) + ' ' + withoutAudience(after);
      // A score someone gives themselves is not made a second source by the scale it is given on.
      const ownRecord = span === rating || OWN_RECORD.test(span.text);
      if (hasMatch(OTHER_EVIDENCE, ownRecord ? rest.replace(RATING_INSTRUMENT, ' ') : rest)) {
        return [];
      }
      return [hitFor(cell, span, whoseWord(span.text))];
    });
  },
};
