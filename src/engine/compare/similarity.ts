// How alike two rows read: weighted word and word-pair vectors (names and topic words count double,
// words common to every row count little), compared by cosine. Plain arithmetic, no model: plans are short.

const STOP = new Set(
  (
    'a an the and or but if of to in on at by for from with without into onto over under about as is are was ' +
    'were be been being am will would shall should can could may might must do does did done doing have has had ' +
    'having he she it they them their theirs his her hers its we us our you your i me my this that these those ' +
    'there here who whom whose which what when where why how all any each every some such no not nor so than ' +
    'then too very also just only own same other more most less least up down out off again once per via ' +
    'agree agrees agreed ensure ensures continue continues need needs needed'
  ).split(' '),
);

/** Words of one topic share a topic token, so "drinking" and "alcohol" count as the same subject. */
const TOPICS: Record<string, string[]> = {
  // "school" alone is where much of a plan happens, not what a row is about: it is left to count as a word.
  attendance: [
    'attend',
    'attendance',
    'absence',
    'absent',
    'register',
    'late',
    'lateness',
    'punctual',
    'truancy',
    'education',
  ],
  learning: [
    'reading',
    'read',
    'homework',
    'lesson',
    'lessons',
    'learning',
    'sen',
    'senco',
    'ehcp',
    'tutor',
    'spelling',
    'maths',
  ],
  alcohol: [
    'alcohol',
    'drink',
    'drinking',
    'drunk',
    'sober',
    'aa',
    'drug',
    'drugs',
    'substance',
    'cannabis',
    'alcoholic',
  ],
  money: [
    'money',
    'finance',
    'financial',
    'finances',
    'benefit',
    'benefits',
    'debt',
    'debts',
    'bill',
    'bills',
    'rent',
    'arrears',
    'budget',
    'overdraft',
  ],
  housing: [
    'housing',
    'tenancy',
    'landlord',
    'damp',
    'mould',
    'heater',
    'heating',
    'repair',
    'repairs',
    'evict',
    'eviction',
  ],
  immunisation: [
    'immunisation',
    'immunisations',
    'immunise',
    'jab',
    'jabs',
    'vaccination',
    'vaccinations',
    'vaccine',
    'vaccines',
    'injection',
    'injections',
  ],
  teeth: ['dentist', 'dental', 'teeth', 'tooth', 'toothache', 'toothbrush'],
  health: [
    'health',
    'gp',
    'doctor',
    'eczema',
    'cream',
    'weight',
    'medication',
    'medicine',
    'hospital',
    'asthma',
    'inhaler',
    'paediatrician',
  ],
  sleep: ['sleep', 'sleeping', 'bedtime', 'bed', 'nightmare', 'nightmares', 'tired'],
  food: [
    'food',
    'meal',
    'meals',
    'breakfast',
    'lunch',
    'dinner',
    'eat',
    'eating',
    'diet',
    'cook',
    'cooking',
    'hungry',
    'hunger',
  ],
  hygiene: [
    'hygiene',
    'bath',
    'wash',
    'washing',
    'clean',
    'clothes',
    'clothing',
    'nappy',
    'nappies',
    'laundry',
    'uniform',
    'lice',
  ],
  violence: [
    'violence',
    'violent',
    'domestic',
    'abuse',
    'abusive',
    'hit',
    'hitting',
    'argue',
    'arguing',
    'argument',
    'arguments',
    'fight',
    'fighting',
    'police',
    'incident',
    'incidents',
    'assault',
  ],
  mood: [
    'mood',
    'low',
    'depressed',
    'depression',
    'therapy',
    'counselling',
    'counsellor',
    'mental',
    'anxious',
    'anxiety',
    'overwhelmed',
    'worry',
    'worried',
    'worries',
    'upset',
    'withdrawn',
    'camhs',
    'wellbeing',
    'self-harm',
    'harm',
    'feelings',
    'emotions',
    'emotional',
  ],
  behaviour: [
    'behaviour',
    'behave',
    'boundaries',
    'consequences',
    'praise',
    'tantrum',
    'tantrums',
    'parenting',
    'anger',
    'angry',
    'temper',
  ],
  speech: ['speech', 'language', 'talk', 'talking', 'words', 'communication', 'salt'],
  contact: ['contact', 'visits', 'family time', 'relationship'],
  supervision: [
    'supervise',
    'supervised',
    'supervision',
    'alone',
    'babysit',
    'babysitter',
    'childcare',
    'overnight',
    'unsupervised',
  ],
  friends: [
    'friend',
    'friends',
    'friendship',
    'friendships',
    'club',
    'clubs',
    'activity',
    'activities',
    'swim',
    'swimming',
  ],
};
const TOPIC_OF = new Map<string, string>();
for (const [topic, words] of Object.entries(TOPICS)) for (const w of words) TOPIC_OF.set(stem(w), `#${topic}`);

/** A light English stemmer: enough that "attends", "attended" and "attending" meet. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['\u2019]s$/, '');
  if (w.length > 5 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

export interface Term {
  key: string;
  weight: number;
}

/** Content words (stemmed), names and topic tokens of a text, with their base weights. */
export function terms(text: string): Term[] {
  const out: Term[] = [];
  const words = text.match(/[\p{L}\p{N}'\u2019]+/gu) ?? [];
  let previous: string | undefined;
  let sentenceStart = true;
  for (const raw of words) {
    const lower = raw.toLowerCase().replace(/['\u2019]s$/, '');
    if (STOP.has(lower) || (lower.length < 2 && !/\d/.test(lower))) {
      previous = undefined;
      continue;
    }
    const key = stem(lower);
    // A capitalised word inside a sentence is most likely a name: the surest sign two rows are about the same.
    const isName = /^\p{Lu}/u.test(raw) && !sentenceStart && !/^\d/.test(raw);
    out.push({ key, weight: isName ? 2 : 1 });
    const topic = TOPIC_OF.get(key);
    if (topic) out.push({ key: topic, weight: 2 });
    if (previous) out.push({ key: `${previous} ${key}`, weight: 1 });
    previous = key;
    sentenceStart = false;
  }
  return out;
}

export type Vector = Map<string, number>;

/** Weighted vectors of several texts sharing one scale: words found in most texts weigh least. */
export class Vectoriser {
  private readonly documents: Term[][];
  private readonly idf = new Map<string, number>();

  constructor(texts: string[]) {
    this.documents = texts.map(terms);
    const df = new Map<string, number>();
    for (const doc of this.documents)
      for (const key of new Set(doc.map((t) => t.key))) df.set(key, (df.get(key) ?? 0) + 1);
    const n = Math.max(texts.length, 1);
    for (const [key, count] of df) this.idf.set(key, Math.log(1 + n / count));
  }

  vector(text: string): Vector {
    const v: Vector = new Map();
    for (const term of terms(text)) {
      const idf = this.idf.get(term.key) ?? Math.log(1 + Math.max(this.documents.length, 1));
      v.set(term.key, (v.get(term.key) ?? 0) + term.weight * idf);
    }
    return v;
  }
}

export function cosine(a: Vector, b: Vector): number {
  if (a.size === 0 || b.size === 0) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of a) {
    na += x * x;
    const y = b.get(k);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return dot / Math.sqrt(na * nb);
}

/** Words of a text as written, for "word for word" comparisons: case, punctuation and spacing aside. */
export function plainWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .match(/[\p{L}\p{N}']+/gu) ?? []
  );
}

/** Share of words two texts have in common (Dice over the word multisets), 1 for word-for-word. */
export function wordOverlap(a: string, b: string): number {
  const wa = plainWords(a);
  const wb = plainWords(b);
  if (wa.length === 0 && wb.length === 0) return 1;
  if (wa.length === 0 || wb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(w, left - 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}
