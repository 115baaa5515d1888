// The browser preview (index.html): the task pane beside a .docx plan, for machines without Word.
// The default document is the sample plan; the user can open any .docx and download the reviewed copy.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { openedToCheck } from '../commands/ribbon';
import { DocxPlanDocument } from '../docx';
import { SAMPLE_PLAN } from '../engine/practice';
import { LocalStorageSettingsStore } from '../taskpane/settings';
import { DocumentView } from './DocumentView';
import { PreviewShell, type PreviewDocument } from './PreviewShell';

const settingsStore = new LocalStorageSettingsStore();

async function sample(): Promise<PreviewDocument<DocxPlanDocument>> {
  return { document: await DocxPlanDocument.create(SAMPLE_PLAN.spec), name: `${SAMPLE_PLAN.title}.docx` };
}

async function open(bytes: Uint8Array, name: string): Promise<PreviewDocument<DocxPlanDocument>> {
  return { document: await DocxPlanDocument.open(bytes), name };
}

const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches;
const forcedColours = window.matchMedia?.('(forced-colors: active)').matches;

createRoot(document.getElementById('root') as HTMLElement).render(
  <PreviewShell<DocxPlanDocument>
    initial={sample}
    open={open}
    save={(doc) => doc.save()}
    renderDocument={(doc, revision) => <DocumentView document={doc} revision={revision} />}
    settingsStore={settingsStore}
    initialTheme={forcedColours ? 'high-contrast' : prefersDark ? 'dark' : 'light'}
    autoCheck={openedToCheck(window.location.search)}
  />,
);
