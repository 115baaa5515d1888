// Public face of the engine. Pure TypeScript: no Office or React import, so it runs in Node and the browser.
export * from './types';
export { LAYOUTS, layoutById } from './layouts';
export type { Layout, LayoutColumn } from './layouts';
export { checkPlan, checkRow, rewriteRowByRole, analyseTable, PLAN_ACTIONS_LIMIT } from './check';
export { detectLayout, detectLabelColumn, labelRole, roleFromKeywords } from './detect';
export { readTable, readingLine, isReading } from './shapes';
export type { PlanRecord, TableReading } from './shapes';
export { RULES } from './ruleInfo';
export type { RuleInfo } from './ruleInfo';
export { validateHouseStyle } from './houseStyle';
export { summariseForReviewer } from './summary';
export { findTimescales } from './timescale';
export { GUIDANCE, GUIDANCE_TITLES } from './guidance';
export { findGaps, hasGaps } from './rewrite';
export type { CellRewrite, RowRewrite, Gap } from './rewrite';
export { comparePlans, describeDrift, driftFindings, readPlanRows, detectPlanTable, rowPreview } from './compare';
export type {
  HeaderCell,
  CompareOptions,
  DriftPoint,
  DriftPointCode,
  DriftStatus,
  DriftSummary,
  PlanComparison,
  PlanRow,
  PlanVersion,
  RowDrift,
} from './compare';
