// Plain language (advisory): acronyms and service terms a family may not know. Explained once in the
// plan ("Special Educational Needs Co-ordinator (SENCO)"), an acronym is explained everywhere after.
import { GUIDANCE } from '../guidance';
import { findAll, phraseMatcher, wordCount } from '../text';
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
export function acronymsExplainedIn(text: string): Set<string> {
  const explained = new Set<string>();
  // Bounded brackets keep this linear on a pasted 100,000-character cell.
  for (const match of text.matchAll(/([A-Z][A-Za-z]{1,5})?\s*\(([^()]{0,160})\)/g)) {
    const inside = match[2].trim();
    const insideWords = inside.split(/\s+/).filter(Boolean);
    if (match[1] && insideWords.length >= 2) explained.add(match[1]);
    const lone = /^([A-Z][A-Za-z]?[A-Z]{1,5})$/.exec(inside);
    const before = text
      .slice(Math.max(0, (match.index ?? 0) - 60), match.index)
      .trim()
      .split(/\s+/);
    if (lone && before.length >= 2) explained.add(lone[1]);
    if (insideWords.length >= 3) for (const a of inside.match(/\b[A-Z][A-Za-z]?[A-Z]{1,5}\b/g) ?? []) explained.add(a);
  }
  return explained;
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
      for (const span of findAll(ACRONYM, cell.text)) {
        const acronym = span.text.replace(/s$/, '');
        const key = KNOWN_EXPANSIONS[span.text] ? span.text : acronym;
        if (PLAIN.has(key) || seen.has(key) || row.explainedAcronyms.has(key) || remove.includes(key)) continue;
        if (!/[A-Z].*[A-Z]/.test(span.text)) continue;
        seen.add(key);
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
      if (term && !remove.includes(term.text.toLowerCase())) {
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
