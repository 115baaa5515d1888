// Word's errors in plain en-GB, chosen by OfficeExtension.Error.code: the message Word gives is in the user's
// own language and changes between versions, so it is never read or shown.

/** An error the pane can show as it is: plain words, and exactly what was and was not done. */
export class WordActionError extends Error {
  constructor(
    message: string,
    /** Word's error code ('' when the error did not come from Word). */
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'WordActionError';
  }
}

const BY_CODE: Record<string, string> = {
  AccessDenied: 'Word did not let the add-in change this document: it may be protected or opened read-only.',
  NotAllowed: 'Word does not allow this change here (the document or this part of it may be protected).',
  ItemNotFound:
    'The plan has changed since it was checked, so those words could not be found. Please check the plan again.',
  InvalidArgument:
    'Word did not accept the change, perhaps because the plan was edited since it was checked. Please check the plan again.',
  GeneralException: 'Word could not finish. Please try again; if it happens again, save the document and reopen it.',
  RichApiRequestLimit:
    'The plan is too large for Word to change in one go. Click in one table and check the selection instead.',
  RequestPayloadSizeLimitExceeded:
    'The plan is too large for Word to change in one go. Click in one table and check the selection instead.',
  ResponsePayloadSizeLimitExceeded:
    'The plan is too large for Word to read in one go. Click in one table and check the selection instead.',
  ActivityLimitReached: 'Word is busy. Please wait a moment and try again.',
  ApiNotFound: 'This version of Word cannot do that from an add-in. Please update Word.',
  Unauthenticated: 'Word needs you to sign in again before the add-in can change this document.',
  EditModeRequired: 'Word is not in editing mode. Choose Editing (not Viewing) and try again.',
};

/** The error's code when Office.js raised it. */
export function wordErrorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** Plain words for what went wrong, by code only. */
export function plainWordError(error: unknown): string {
  if (error instanceof WordActionError) return error.message;
  return BY_CODE[wordErrorCode(error)] ?? 'Word could not finish.';
}

/** Our own errors pass through; Word's become plain words followed by what was done. */
export function toActionError(error: unknown, done: string): WordActionError {
  if (error instanceof WordActionError) return error;
  return new WordActionError(`${plainWordError(error)} ${done}`.trim(), wordErrorCode(error), { cause: error });
}
