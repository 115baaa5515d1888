// What our comments say, the same in Word and in .docx: the message, the suggested rewrite and the guidance
// passage, in words a reviewer could have written. The link between a comment and its finding is kept out of
// sight by each document (Word: the document's settings; .docx: a custom XML part), never in the text.
import { GUIDANCE_TITLES } from '../engine/guidance';
import type { Finding } from '../engine/types';

/** Comments written by earlier versions ended with this visible tag: still recognised, never written. */
export const COMMENT_TAG = '[SMART Plan Checker';

export function commentTag(findingId: string): string {
  return `${COMMENT_TAG} ${findingId}]`;
}

/** The comment as people read it: no tag, no ids. */
export function commentBody(finding: Finding): string[] {
  const lines = [finding.message];
  if (finding.suggestion) {
    const how = finding.suggestion.kind === 'append' ? 'You could add' : 'You could write';
    lines.push(`${how}: ${finding.suggestion.text.trim()}`);
  }
  lines.push(`Guidance: ${GUIDANCE_TITLES[finding.guidance.document]}, "${finding.guidance.section}".`);
  return lines;
}

/** @deprecated The old tagged form, kept only until Word and .docx record the link out of sight (issue #14). */
export function commentLines(finding: Finding): string[] {
  return [...commentBody(finding), commentTag(finding.id)];
}
