// The task pane inside Word. Opened in an ordinary browser (no Office host), it sends the user to the
// browser preview instead, which runs the same pane on a .docx document.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { openedToCheck } from '../commands/ribbon';
import { WordPlanDocument } from '../word/WordPlanDocument';
import { App } from './App';
import { officeThemeName, RoamingSettingsStore, whenOfficeReady } from './officeSettings';

async function main(): Promise<void> {
  const inOffice = await whenOfficeReady();
  if (!inOffice) {
    window.location.replace(`index.html${window.location.search}`);
    return;
  }
  const root = createRoot(document.getElementById('root') as HTMLElement);
  root.render(
    <React.StrictMode>
      <App
        document={new WordPlanDocument()}
        settingsStore={new RoamingSettingsStore()}
        theme={officeThemeName()}
        autoCheck={openedToCheck(window.location.search)}
      />
    </React.StrictMode>,
  );
}

void main();
