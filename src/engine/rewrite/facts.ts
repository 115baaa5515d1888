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
  /** How the row speaks of the child: "he", "she", or "they" when it does not say. */
  they: string;
  their: string;
  /** "the children": verbs agree with more than one. */
  plural: boolean;
}

const PARENT_WORDS =
  /\b(?:(?:[A-Z][a-z]+['’]s\s+)?(?:mother|mum|father|dad|step-?father|step-?mother|parents|carers|foster carers|grandmother|grandfather|grandad|grandma|gran|nan)|Mr and Mrs [A-Z][a-z]+)\b/i;

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
    'Centre Black Country Women Aid Improve Ensure Make Keep Stop Grandad Grandma Granny Grandpa Uncle Aunt Auntie Nana Through Visit Refer Mum'
  ).split(' '),
);

/** A name the row treats as the child: the one who needs, will, is, has, or whose things are named. */
const CHILD_CUE =
  /(?<![\p{L}])([A-Z][a-z]{1,15})(?:['’]s\s+(?:(?:current\s+)?(?:school|attendance|health|emotions|house|home|needs|mood|behaviour|teeth|bedroom|development|parents|mother|mum|father|dad|carers|social worker|sleep|education|wellbeing|emotional|life|safety|weight)|[a-z]+)|\s+(?:needs|will|is|has|to|feels|attends|misses|finds|becomes))\b/gu;

/** A name after "care of", "with", "for", "hitting": the child the adults act for. */
const CHILD_AFTER =
  /\b(?:care of|with|for|after|hitting|smacking|shouting at|about|if|take|takes|taking|of)\s+([A-Z][a-z]{1,15})\b(?!\s+(?:and|to|will|agrees)\b)/g;

/**
 * Every word starts with a capital at the start of a sentence, so there a capital says nothing: "Things will
 * improve for Leo" is about Leo. A word there is a name only if it is not one the row, or plain English, uses
 * as a common word: an indefinite pronoun ("Everyone", "Nothing"), a general noun ("Things", "Life"), or a
 * word the row also writes in lower case.
 */
function commonAtStart(word: string, text: string, index: number): boolean {
  if (!/(?:^|[.!?;:\n])\s*["'‘“(]?$/.test(text.slice(0, index))) return false;
  if (GENERAL_WORDS.test(word)) return true;
  return new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, 'u').test(text);
}

/** Words that start a sentence as its subject without naming anyone. */
const GENERAL_WORDS =
  /^(?:(?:every|any|no|some)(?:thing|one|body)|things?|life|people|matters|circumstances|relationships|routines?|it|this|that|there)$/i;

export function childOf(text: string): string | undefined {
  const candidates = [...text.matchAll(CHILD_CUE)].map((m) => ({
    name: m[1],
    possessive: /^[A-Z][a-z]+['’]s/.test(m[0]),
    common: commonAtStart(m[1], text, m.index),
  }));
  // "Harry's social worker", "Sarah's mother": a possessive names the child more surely than "Gina to attend".
  const ordered = [...candidates.filter((c) => c.possessive), ...candidates.filter((c) => !c.possessive)];
  for (const { name, common } of ordered)
    if (!common && !NOT_NAMES.has(name) && !/^(?:Mr|Mrs|Ms)$/.test(name)) return name;
  for (const match of text.matchAll(CHILD_AFTER)) if (!NOT_NAMES.has(match[1])) return match[1];
  // Last, a lone capitalised word inside a sentence ("Make sure Theo reaches..."), not part of a service's name.
  for (const match of text.matchAll(/(?<=\b[a-z]+,? )([A-Z][a-z]{1,15})\b(?!\s+[A-Z]|['’]s\s+[A-Z])/g))
    if (!NOT_NAMES.has(match[1])) return match[1];
  return undefined;
}

export function factsOf(rowText: string): RowFacts {
  const named = childOf(rowText);
  const parentMatch = PARENT_WORDS.exec(rowText)?.[0];
  const workerMatch = WORKER_WORDS.exec(rowText)?.[0];
  const children = /\bthe children\b|\bchildren['’]s\b/i.test(rowText) ? 'the children' : 'the child';
  const his = /\b(?:he|his|him)\b/i.test(rowText);
  const hers = /\b(?:she|her)\b/i.test(rowText.replace(/\b(?:mother|mum|gran\w*|nan)\b[^.]*/gi, ''));
  const pronoun = named && his && !hers ? ['he', 'his'] : named && hers && !his ? ['she', 'her'] : ['they', 'their'];
  return {
    child: named ?? children,
    childNamed: Boolean(named),
    they: pronoun[0],
    their: pronoun[1],
    plural: !named && children === 'the children',
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
  return /(?:parents|carers|workers)$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** The verb that agrees with the child: "Paul says", "the children say". */
export function agree(f: RowFacts, singular: string, plural: string): string {
  return f.plural ? plural : singular;
}
