// The pane's view of the engine. The engine's optional exports (RULES, validateHouseStyle,
// summariseForReviewer) are read defensively so the pane keeps working while the engine grows.
import * as engine from '../engine';
import type {
  CheckOptions,
  GuidanceRef,
  HouseStyle,
  IssueCode,
  PlanReport,
  Severity,
  SmartLetter,
  TableInput,
} from '../engine/types';

export interface RuleInfo {
  id: string;
  code: IssueCode;
  letters: SmartLetter[];
  severity: Severity;
  title: string;
  guidance?: GuidanceRef;
}

export interface HouseStyleResult {
  style?: HouseStyle;
  errors: string[];
}

export interface EngineApi {
  checkPlan(tables: TableInput[], options: CheckOptions): PlanReport | Promise<PlanReport>;
  validateHouseStyle(json: unknown): HouseStyleResult;
  rules: RuleInfo[];
  summariseForReviewer?: (report: PlanReport) => string;
}

const exported = engine as unknown as Record<string, unknown>;

/** Used only if the engine does not export its own validator: checks the shape, not the rule ids. */
function basicHouseStyleCheck(json: unknown): HouseStyleResult {
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { errors: ['The house style must be a JSON object, starting with { and ending with }.'] };
  }
  return { style: json as HouseStyle, errors: [] };
}

export const defaultEngine: EngineApi = {
  checkPlan: (tables, options) => engine.checkPlan(tables, options),
  validateHouseStyle: (json) =>
    typeof exported.validateHouseStyle === 'function'
      ? (exported.validateHouseStyle as (json: unknown) => HouseStyleResult)(json)
      : basicHouseStyleCheck(json),
  get rules(): RuleInfo[] {
    return Array.isArray(exported.RULES) ? (exported.RULES as RuleInfo[]) : [];
  },
  summariseForReviewer:
    typeof exported.summariseForReviewer === 'function'
      ? (exported.summariseForReviewer as (report: PlanReport) => string)
      : undefined,
};

/** Parses the house style text the user typed or loaded; plain-words errors, never a throw. */
export function parseHouseStyle(api: EngineApi, text: string): HouseStyleResult {
  if (!text.trim()) return { errors: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { errors: [`This is not valid JSON, so it cannot be used yet: ${detail}`] };
  }
  return api.validateHouseStyle(json);
}
