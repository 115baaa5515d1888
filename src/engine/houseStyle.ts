// A council's house style, as JSON: extra or fewer words per rule, known acronyms, rules switched off
// or given another severity (in the way Vale and ESLint configurations work). Errors name the key at fault.
import type { HouseStyle, Severity } from './types';
import { RULES } from './ruleInfo';

const SEVERITIES: Array<Severity | 'off'> = ['error', 'warning', 'info', 'off'];
const KEYS = ['addWords', 'removeWords', 'acronyms', 'rules'];

/** Bounds that keep a house style a list of words, not a document (every row is matched against it). */
export const HOUSE_STYLE_LIMITS = {
  /** Characters in the whole house style. */
  size: 200_000,
  /** Words or phrases in one rule's list, and acronyms in all. */
  phrases: 1000,
  /** Words in one phrase. */
  wordsPerPhrase: 12,
  /** Characters in one phrase or one acronym's meaning. */
  phraseLength: 200,
};
const n = (count: number) => count.toLocaleString('en-GB');

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function validateHouseStyle(json: unknown): { style?: HouseStyle; errors: string[] } {
  const errors: string[] = [];
  let value = json;
  if (typeof json === 'string') {
    // Notepad and Excel save UTF-8 with a byte order mark, which JSON.parse refuses.
    const text = json.replace(/^\uFEFF/, '');
    if (text.length > HOUSE_STYLE_LIMITS.size)
      return {
        errors: [
          `The house style is ${n(text.length)} characters long; it may be at most ${n(HOUSE_STYLE_LIMITS.size)}. Keep it to the words your service adds or removes.`,
        ],
      };
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { errors: [`The house style is not valid JSON: ${(error as Error).message}`] };
    }
  }
  if (!isObject(value))
    return { errors: ['The house style must be a JSON object, such as { "rules": { "jargon": "off" } }.'] };
  const ruleIds = new Set(RULES.map((r) => r.id));
  for (const key of Object.keys(value)) {
    if (!KEYS.includes(key))
      errors.push(`"${key}" is not a house style setting. Use ${KEYS.map((k) => `"${k}"`).join(', ')}.`);
  }
  for (const key of ['addWords', 'removeWords'] as const) {
    const lists = value[key];
    if (lists === undefined) continue;
    if (!isObject(lists)) {
      errors.push(`"${key}" must map rule ids to lists of words, such as { "vague": ["flourish"] }.`);
      continue;
    }
    for (const [rule, words] of Object.entries(lists)) {
      if (!ruleIds.has(rule)) errors.push(`"${key}.${rule}": there is no rule called "${rule}".`);
      if (!Array.isArray(words) || words.some((w) => typeof w !== 'string' || !w.trim())) {
        errors.push(`"${key}.${rule}" must be a list of words or phrases.`);
        continue;
      }
      if (words.length > HOUSE_STYLE_LIMITS.phrases)
        errors.push(
          `"${key}.${rule}" has ${n(words.length)} words or phrases; a rule may have at most ${n(HOUSE_STYLE_LIMITS.phrases)}.`,
        );
      const tooLong = (words as string[]).findIndex(
        (w) =>
          w.length > HOUSE_STYLE_LIMITS.phraseLength ||
          w.trim().split(/\s+/).length > HOUSE_STYLE_LIMITS.wordsPerPhrase,
      );
      if (tooLong >= 0)
        errors.push(
          `"${key}.${rule}" item ${tooLong + 1} is too long: a phrase may have at most ${HOUSE_STYLE_LIMITS.wordsPerPhrase} words and ${HOUSE_STYLE_LIMITS.phraseLength} characters.`,
        );
    }
  }
  if (value.acronyms !== undefined) {
    if (!isObject(value.acronyms))
      errors.push(
        '"acronyms" must map each acronym to what it stands for, such as { "TAF": "Team Around the Family" }.',
      );
    else {
      const entries = Object.entries(value.acronyms);
      if (entries.length > HOUSE_STYLE_LIMITS.phrases)
        errors.push(
          `"acronyms" has ${n(entries.length)} acronyms; it may have at most ${n(HOUSE_STYLE_LIMITS.phrases)}.`,
        );
      for (const [acronym, expansion] of entries) {
        if (typeof expansion !== 'string' || !expansion.trim())
          errors.push(`"acronyms.${acronym}" must say what ${acronym} stands for.`);
        else if (expansion.length > HOUSE_STYLE_LIMITS.phraseLength || acronym.length > HOUSE_STYLE_LIMITS.phraseLength)
          errors.push(
            `"acronyms.${acronym.slice(0, 40)}" is too long: at most ${HOUSE_STYLE_LIMITS.phraseLength} characters.`,
          );
      }
    }
  }
  if (value.rules !== undefined) {
    if (!isObject(value.rules)) errors.push('"rules" must map rule ids to "off", "info", "warning" or "error".');
    else
      for (const [rule, setting] of Object.entries(value.rules)) {
        if (!ruleIds.has(rule)) errors.push(`"rules.${rule}": there is no rule called "${rule}".`);
        if (!SEVERITIES.includes(setting as Severity))
          errors.push(`"rules.${rule}" must be "off", "info", "warning" or "error".`);
      }
  }
  // A few errors to act on, not thousands: a style that far out is best rewritten from the example.
  return errors.length ? { errors: errors.slice(0, 20) } : { style: value as HouseStyle, errors };
}
