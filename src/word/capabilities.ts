// What the user's Word can do. The manifest asks only for WordApi 1.3 (tables); comments and tracked
// changes need 1.4, Word's own critique annotations 1.8. We ask at run time and say plainly what is missing.
import type { DocumentCapabilities } from '../document/PlanDocument';

export type IsSetSupported = (name: string, version: string) => boolean;

export function wordCapabilities(isSetSupported: IsSetSupported): DocumentCapabilities {
  const tables = isSetSupported('WordApi', '1.3');
  const comments = isSetSupported('WordApi', '1.4');
  const critiques = isSetSupported('WordApi', '1.8');
  const limitations: string[] = [];
  if (!tables)
    limitations.push(
      'This version of Word cannot read tables from an add-in, so plans cannot be checked here. Please update Word.',
    );
  if (tables && !comments) {
    limitations.push(
      'This version of Word cannot add comments or tracked changes from an add-in. The pane still lists every point and highlights the words in the document; rewrites are applied as ordinary edits.',
    );
  }
  return { host: 'word', comments, trackedChanges: comments, critiques, insertTables: tables, limitations };
}
