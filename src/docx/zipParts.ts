// Reading parts out of the .docx zip without trusting it: each part's uncompressed size is read from the
// zip's directory before anything is inflated, and inflation stops as soon as a part grows past its
// limit (a zip can lie about sizes), so a small file that would inflate to gigabytes costs nothing.
import type JSZip from 'jszip';
import { DocxError } from './xml';

const MB = 1024 * 1024;

/** The Word text of an ordinary plan is well under 2 MB; 200 rows of long cells are about 5 MB. */
export const DEFAULT_DOCUMENT_LIMIT = 16 * MB;
/** Any other part we read (comments, relationships, properties). */
export const DEFAULT_PART_LIMIT = 16 * MB;

/** A plan too big to check: says how big, so the command can say so plainly. */
export class DocxTooLargeError extends DocxError {
  constructor(
    readonly part: string,
    readonly bytes: number,
    readonly limit: number,
    /** Unpacking was stopped at the limit (the zip understated the size): the part is bigger still. */
    stopped = false,
  ) {
    const size = stopped ? `more than ${megabytes(limit)}` : megabytes(bytes);
    super(
      part === 'word/document.xml'
        ? `this plan is ${size} of Word text; plans over ${megabytes(limit)} are not checked (ordinary plans are well under 2 MB). Split it into smaller documents, or remove pasted material, and try again.`
        : `part of this file (${part}) would take ${size} once unpacked, more than a plan needs, so it was not opened.`,
    );
  }
}

/** "17 MB", "1.1 MB": under 10 MB rounded up to a tenth, so just over a limit never reads as the limit. */
export function megabytes(bytes: number): string {
  const value = bytes / MB;
  return `${value >= 10 ? Math.round(value) : Math.ceil(value * 10) / 10} MB`;
}

/** The size the zip's directory gives for a part once inflated (JSZip keeps it on a private field). */
export function declaredSize(file: JSZip.JSZipObject): number | undefined {
  const data = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === 'number' ? data.uncompressedSize : undefined;
}

interface InternalStream {
  on(event: 'data', listener: (chunk: string) => void): InternalStream;
  on(event: 'end', listener: () => void): InternalStream;
  on(event: 'error', listener: (error: Error) => void): InternalStream;
  resume(): InternalStream;
  pause(): InternalStream;
}

/**
 * A part's text (UTF-8, a byte-order mark dropped), refusing before inflating when the zip says it is
 * over `limit` bytes, and while inflating once it grows past `limit` characters.
 */
export async function readPartText(file: JSZip.JSZipObject, part: string, limit: number): Promise<string> {
  const declared = declaredSize(file);
  if (declared !== undefined && declared > limit) throw new DocxTooLargeError(part, declared, limit);
  const text = await new Promise<string>((resolve, reject) => {
    const chunks: string[] = [];
    let total = 0;
    let stopped = false;
    const stream = (file as unknown as { internalStream(type: 'string'): InternalStream }).internalStream('string');
    stream
      .on('data', (chunk) => {
        if (stopped) return;
        total += chunk.length;
        if (total > limit) {
          stopped = true;
          stream.pause();
          reject(new DocxTooLargeError(part, total, limit, true));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (error) => {
        if (!stopped) reject(error);
        stopped = true;
      })
      .on('end', () => {
        if (!stopped) resolve(chunks.join(''));
      })
      .resume();
  }).catch((error: unknown) => {
    if (error instanceof DocxError) throw error;
    throw new DocxError(`part of this file (${part}) is damaged and could not be unpacked. Save it again from Word.`);
  });
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
