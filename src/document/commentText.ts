// What our comments say, the same in Word and in .docx: the message, the suggested rewrite, the guidance
// passage, and a last line that tags the comment as ours so that re-checking and clearing find exactly ours.
import { GUIDANCE_TITLES } from '../engine/guidance';
import type { Finding } from '../engine/types';

export const COMMENT_TAG = '[SMART Plan Checker';

export function commentTag(findingId: string): string {
  return `${COMMENT_TAG} ${findingId}]`;
}

export function commentLines(finding: Finding): string[] {
  const lines = [finding.message];
  if (finding.suggestion) {
    const how = finding.suggestion.kind === 'append' ? 'You could add' : 'You could write';
    lines.push(`${how}: ${finding.suggestion.text.trim()}`);
  }
  lines.push(`Guidance: ${GUIDANCE_TITLES[finding.guidance.document]}, "${finding.guidance.section}".`);
  lines.push(commentTag(finding.id));
  return lines;
}
