// The pane's view of the engine: an interface, so component tests can give the pane a small fake engine.
import * as engine from '../engine';
import type { RuleInfo as EngineRuleInfo } from '../engine';
import type { CheckOptions, GuidanceRef, HouseStyle, PlanReport, TableInput } from '../engine/types';

/** A rule as the Settings tab lists it (a test engine may leave out the guidance). */
export type RuleInfo = Omit<EngineRuleInfo, 'guidance'> & { guidance?: GuidanceRef };

export interface HouseStyleResult {
  style?: HouseStyle;
  errors: string[];
}

export interface EngineApi {
  checkPlan(tables: TableInput[], options: CheckOptions): PlanReport | Promise<PlanReport>;
  validateHouseStyle(json: unknown): HouseStyleResult;
  rules: readonly RuleInfo[];
  summariseForReviewer?: (report: PlanReport) => string;
}

export const defaultEngine: EngineApi = {
  checkPlan: (tables, options) => engine.checkPlan(tables, options),
  validateHouseStyle: (json) => engine.validateHouseStyle(json),
  rules: engine.RULES,
  summariseForReviewer: engine.summariseForReviewer,
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
