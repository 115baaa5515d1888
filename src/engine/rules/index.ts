// The rule registry: one module per rule. To add a rule, write it beside these and list it here;
// to switch one off, use house style ("rules": { "jargon": "off" }) or the pane's Settings.
import type { Rule } from '../rule';
import { vague } from './vague';
import { subjective } from './subjective';
import { actionAsOutcome } from './actionAsOutcome';
import { actionAsNeed } from './actionAsNeed';
import { noMeasure } from './noMeasure';
import { selfReportOnly } from './selfReport';
import { noOwner } from './noOwner';
import { noTimescale } from './noTimescale';
import { openTimescale } from './openTimescale';
import { unrealistic } from './unrealistic';
import { negativeFraming } from './negativeFraming';
import { tooManyActions } from './tooManyActions';
import { jargon } from './jargon';
import { pastDeadline } from './pastDeadline';
import { deadlineDue } from './deadlineDue';
import { placeholder } from './placeholder';

export const ROW_RULES: readonly Rule[] = [
  vague,
  subjective,
  actionAsOutcome,
  actionAsNeed,
  noMeasure,
  selfReportOnly,
  noOwner,
  noTimescale,
  openTimescale,
  pastDeadline,
  deadlineDue,
  unrealistic,
  negativeFraming,
  tooManyActions,
  jargon,
  placeholder,
];
