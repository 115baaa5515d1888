// The ribbon's two buttons both open the task pane (ShowTaskpane in manifest.xml). "Check plan" opens it
// at taskpane.html?action=check, and the pane starts a check as soon as it loads; "SMART pane" opens it
// as it is. Keeping the parameter here lets the manifest test and the pane agree on it.
export const CHECK_ACTION_PARAM = 'action';
export const CHECK_ACTION_VALUE = 'check';

/** True when the pane was opened by the "Check plan" button. */
export function openedToCheck(search: string): boolean {
  return new URLSearchParams(search).get(CHECK_ACTION_PARAM) === CHECK_ACTION_VALUE;
}
