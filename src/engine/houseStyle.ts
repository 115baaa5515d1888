// A council's house style, as JSON: extra or fewer words per rule, known acronyms, rules switched off
// or given another severity (in the way Vale and ESLint configurations work). Errors name the key at fault.
import type { HouseStyle, Severity } from './types';
import { RULES } from './ruleInfo';

const SEVERITIES: Array<Severity | 'off'> = ['error', 'warning', 'info', 'off'];
const KEYS = ['addWords', 'removeWords', 'acronyms', 'rules'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function validateHouseStyle(json: unknown): { style?: HouseStyle; errors: string[] } {
  const errors: string[] = [];
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
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
      }
    }
  }
  if (value.acronyms !== undefined) {
    if (!isObject(value.acronyms))
      errors.push(
        '"acronyms" must map each acronym to what it stands for, such as { "TAF": "Team Around the Family" }.',
      );
    else
      for (const [acronym, expansion] of Object.entries(value.acronyms)) {
        if (typeof expansion !== 'string' || !expansion.trim())
          errors.push(`"acronyms.${acronym}" must say what ${acronym} stands for.`);
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
  return errors.length ? { errors } : { style: value as HouseStyle, errors };
}
