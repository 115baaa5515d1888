// What the Settings tab and the command line list: every rule, row-level and plan-level.
import { GUIDANCE } from './guidance';
import { ROW_RULES } from './rules';
import type { GuidanceRef, IssueCode, Severity, SmartLetter } from './types';

export interface RuleInfo {
  id: string;
  code: IssueCode;
  letters: SmartLetter[];
  severity: Severity;
  title: string;
  guidance: GuidanceRef;
}

export const RULES: readonly RuleInfo[] = [
  ...ROW_RULES.map(({ id, code, letters, severity, title, guidance }) => ({
    id,
    code,
    letters,
    severity,
    title,
    guidance,
  })),
  {
    id: 'no-review-date',
    code: 'no-review-date',
    letters: ['T'],
    severity: 'warning',
    title: 'No review date',
    guidance: GUIDANCE.review,
  },
  {
    id: 'no-child-voice',
    code: 'no-child-voice',
    letters: ['A'],
    severity: 'warning',
    title: "The child's wishes and feelings",
    guidance: GUIDANCE.childVoice,
  },
  {
    id: 'not-agreed',
    code: 'not-agreed',
    letters: ['A'],
    severity: 'info',
    title: 'Not signed by parents and child',
    guidance: GUIDANCE.agreed,
  },
];
