// Plain language (advisory): acronyms and service terms a family may not know. Explained once in the
// plan ("Special Educational Needs Co-ordinator (SENCO)"), an acronym is explained everywhere after.
import { GUIDANCE } from '../guidance';
import { findAll, phraseMatcher, wordCount, type Span } from '../text';
import { cellsWith, type Rule, type RuleHit } from '../rule';

/** A cell this short is mostly the acronym: say what it means. */
const SHORT_CELL_WORDS = 10;

export const KNOWN_EXPANSIONS: Record<string, string> = {
  CAMHS: 'Child and Adolescent Mental Health Services',
  SENCO: 'Special Educational Needs Co-ordinator',
  SENCo: 'Special Educational Needs Co-ordinator',
  TAF: 'Team Around the Family',
  CIN: 'Child in Need',
  CP: 'Child Protection',
  LAC: 'Looked After Child',
  CLA: 'Child Looked After',
  EHA: 'Early Help Assessment',
  MASH: 'Multi-Agency Safeguarding Hub',
  DV: 'domestic violence',
  DA: 'domestic abuse',
  SW: 'social worker',
  HV: 'health visitor',
  FSW: 'family support worker',
  IFSW: 'intensive family support worker',
  EWO: 'Education Welfare Officer',
  SEN: 'special educational needs',
  SEND: 'special educational needs and disabilities',
  EHCP: 'Education, Health and Care Plan',
  PEP: 'Personal Education Plan',
  CAB: 'Citizens Advice',
  AA: 'Alcoholics Anonymous',
  LSPB: 'Local Safeguarding Partnership Board',
  MARAC: 'Multi-Agency Risk Assessment Conference',
  IDVA: 'Independent Domestic Violence Advocate',
  YOT: 'Youth Offending Team',
  ASD: 'autism spectrum disorder',
  ADHD: 'attention deficit hyperactivity disorder',
  CSE: 'child sexual exploitation',
};

const PLAIN = new Set([
  'OK',
  'TV',
  'UK',
  'GP',
  'AM',
  'PM',
  'NHS',
  'ID',
  'PE',
  'IT',
  'ICT',
  'DIY',
  'I',
  'A',
  'MMR',
  'PCV',
  'ASAP',
  'TBC',
  'TBA',
  'SMART',
  'II',
  'III',
  'IV',
  'RE',
]);
const ACRONYM = /(?<![\p{L}\p{N}])[A-Z][A-Za-z]?[A-Z]{1,5}s?(?![\p{L}\p{N}])/gu;
const SERVICE_TERMS = phraseMatcher([
  'strategy meeting',
  'core group',
  'section 47',
  's47',
  'disguised compliance',
  'step down',
  'threshold',
  'CIN review',
  'ICPC',
  'RCPC',
]);

/** Acronyms the plan explains itself: "Words Words (ABC)", "ABC (Words Words)" or "(Words Words, ABC)". */
const TWO_WORDS_BEFORE = /\S\s+\S/;

export function acronymsExplainedIn(text: string): Set<string> {
  const explained = new Set<string>();
  // Found from each "(" rather than by one pattern with a leading \s*, which retried every character of
  // a long run of spaces (quadratic); the brackets are bounded, so this stays linear in the text.
  const bracketed = /\(([^()]{0,160})\)/y;
  let searchedFrom = 0;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', Math.max(open + 1, searchedFrom))) {
    bracketed.lastIndex = open;
    const match = bracketed.exec(text);
    if (!match) continue;
    const inside = match[1].trim();
    const insideWords = inside ? inside.split(/\s+/).length : 0;
    // "CAMHS (Child and Adolescent Mental Health Services)": the word before is explained.
    if (insideWords >= 2) {
      const word = wordBefore(text, open, searchedFrom);
      if (word) explained.add(word);
    }
    searchedFrom = open + match[0].length;
    // "Child and Adolescent Mental Health Services (CAMHS)": the acronym inside is, after two words or more.
    const lone = /^([A-Z][A-Za-z]?[A-Z]{1,5})$/.exec(inside);
    if (lone && !explained.has(lone[1]) && TWO_WORDS_BEFORE.test(text.slice(Math.max(0, open - 60), open)))
      explained.add(lone[1]);
    if (insideWords >= 3) for (const a of inside.match(/\b[A-Z][A-Za-z]?[A-Z]{1,5}\b/g) ?? []) explained.add(a);
  }
  return explained;
}

/** The 2-6 letters starting with a capital just before a bracket (spaces between allowed), not before `from`. */
function wordBefore(text: string, open: number, from: number): string | undefined {
  let end = open;
  while (end > from && /\s/.test(text[end - 1])) end--;
  let start = end;
  while (start > Math.max(from, end - 6) && /[A-Za-z]/.test(text[start - 1])) start--;
  // The longest run that starts with a capital, as the first match of [A-Z][A-Za-z]{1,5} from the left.
  for (let s = start; s <= end - 2; s++) if (/[A-Z]/.test(text[s])) return text.slice(s, end);
  return undefined;
}

export const jargon: Rule = {
  id: 'jargon',
  code: 'jargon',
  letters: [],
  severity: 'info',
  title: 'Acronyms and service terms',
  guidance: GUIDANCE.plainLanguage,
  check(row) {
    const hits: RuleHit[] = [];
    const { remove } = row.words('jargon');
    for (const cell of cellsWith(row, [
      'need',
      'outcome',
      'action',
      'owner',
      'when',
      'owner_when',
      'action_owner_when',
      'measure',
    ])) {
      const seen = new Set<string>();
      const acronyms: Span[] = [];
      for (const span of findAll(ACRONYM, cell.text)) {
        const acronym = span.text.replace(/s$/, '');
        const key = KNOWN_EXPANSIONS[span.text] ? span.text : acronym;
        if (PLAIN.has(key) || seen.has(key) || row.explainedAcronyms.has(key) || remove.includes(key)) continue;
        if (!/[A-Z].*[A-Z]/.test(span.text)) continue;
        seen.add(key);
        acronyms.push(span);
        const expansion = KNOWN_EXPANSIONS[key];
        hits.push({
          cell,
          span,
          message: `The family may not know what "${span.text}" means. Spell it out the first time it is used.`,
          suggestion: {
            kind: 'replace-span',
            text: expansion ? `${expansion} (${span.text})` : `[what ${span.text} stands for] (${span.text})`,
            modelledOn: GUIDANCE.plainLanguage,
          },
        });
      }
      const term = findAll(SERVICE_TERMS, cell.text)[0];
      // "ICPC" or the "CIN" of "CIN review" already pointed out as an acronym is one finding, not two (two
      // would also count as overuse and flag a lone acronym in a full sentence).
      const asAcronym = term && acronyms.some((a) => a.start < term.end && term.start < a.end);
      if (term && !asAcronym && !remove.includes(term.text.toLowerCase())) {
        hits.push({
          cell,
          span: term,
          message: `"${term.text}" is a professional term. Say in everyday words what it is and what will happen there.`,
        });
      }
    }
    // Torbay names the "overuse of acronyms" as the error: one service name inside an otherwise full,
    // concrete sentence is left alone; several in a row, or one standing almost alone, is pointed out.
    const overused = hits.length >= 2;
    return hits.filter((hit) => overused || wordCount(hit.cell.text) < SHORT_CELL_WORDS);
  },
};
