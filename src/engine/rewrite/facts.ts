// What a row already says about who is involved: the child, the parent or carer who acts, the worker, the
// services. A rewrite reuses these words and never makes up a name, a date or a number of its own.

export interface RowFacts {
  /** The child the row is about, as the row names them ("Paul", "Leo"), or a plain stand-in ("the child"). */
  child: string;
  /** True when the child's name comes from the row itself. */
  childNamed: boolean;
  /** The parent or carer the row asks something of ("Mother", "Sarah's mother", "Dad", "Carers"). */
  parent?: string;
  /** A professional named in the row ("Social Worker", "Health Visitor", "Ms Smith"). */
  worker?: string;
}

const PARENT_WORDS =
  /\b(?:(?:[A-Z][a-z]+['’]s\s+)?(?:mother|mum|father|dad|step-?father|step-?mother|parents|carers|foster carers|grandmother|gran|nan)|Mr and Mrs [A-Z][a-z]+)\b/i;

const WORKER_WORDS =
  /\b(?:(?:Mrs?|Ms|Miss|Dr)\.?\s+[A-Z][a-z]+(?:\s*\([^)]{2,40}\))?|(?:[A-Z][a-z]+['’]s\s+)?(?:social worker|health visitor|family support worker|support worker|key worker|youth worker|school nurse|class teacher|head of year|teacher|senco|attendance officer|practitioner|counsellor|midwife|gp))\b/i;

/** Capitalised words that are never a child's name. */
const NOT_NAMES = new Set(
  (
    'The This That These There It If When All Any Each Every For To By In On At Ensure Make Complete Attend ' +
    'Support Monitor Improve Continue Progress Referral Refer Parenting Attendance Action Actions Outcome Need ' +
    'Weekly Daily No Regular Appropriate Services Professionals Agencies Plan Review Ongoing Work Mother Mum ' +
    'Father Dad Parents Parent Carers Carer Social Worker Health Visitor Family School Police Children Child ' +
    'Nursery Health We Our Their His Her He She They Gran Nan Grandmother Grandfather Stepfather Step ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
    'August September October November December Mr Mrs Ms Miss Dr Local Citizen Citizens Advice Bureau ' +
    'Centre Black Country Women Aid Improve Ensure Make Keep Stop Paul’s'
  ).split(' '),
);

/** A name the row treats as the child: the one who needs, will, is, has, or whose things are named. */
const CHILD_CUE =
  /(?<![\p{L}])([A-Z][a-z]{1,15})(?:['’]s\s+(?:(?:current\s+)?(?:school|attendance|health|emotions|house|home|needs|mood|behaviour|teeth|bedroom|development|parents|mother|mum|father|dad|carers|social worker|sleep|education|wellbeing|emotional|life|safety|weight)|[a-z]+)|\s+(?:needs|will|is|has|to|feels|attends|misses|finds|becomes))\b/gu;

export function childOf(text: string): string | undefined {
  for (const match of text.matchAll(CHILD_CUE)) {
    const name = match[1];
    if (!NOT_NAMES.has(name)) return name;
  }
  return undefined;
}

export function factsOf(rowText: string): RowFacts {
  const named = childOf(rowText);
  const parentMatch = PARENT_WORDS.exec(rowText)?.[0];
  const workerMatch = WORKER_WORDS.exec(rowText)?.[0];
  const children = /\bthe children\b|\bchildren['’]s\b/i.test(rowText) ? 'the children' : 'the child';
  return {
    child: named ?? children,
    childNamed: Boolean(named),
    parent: parentMatch ? tidyPerson(parentMatch) : undefined,
    worker: workerMatch ? tidyPerson(workerMatch) : undefined,
  };
}

function tidyPerson(words: string): string {
  const trimmed = words.trim();
  // "Sarah's mother" keeps its case; a bare role is written as the row writes it in the middle of a sentence.
  return /^(?:Mrs?|Ms|Miss|Dr)\b/.test(trimmed) || /['’]s\s/.test(trimmed) ? trimmed : trimmed.toLowerCase();
}

/** Capitalise the first letter, for a person or phrase that starts a sentence. */
export function upperFirst(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

/** "Paul" -> "Paul's"; "the children" -> "the children's"; "James" -> "James's". */
export function possessive(name: string): string {
  return /s$/.test(name) && !/^the /.test(name) ? `${name}'s` : `${name}'s`;
}
