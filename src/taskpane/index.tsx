// The task pane inside Word. Opened in an ordinary browser (no Office host), it sends the user to the
// browser preview instead, which runs the same pane on a .docx document.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { openedToCheck } from '../commands/ribbon';
import { WordPlanDocument } from '../word/WordPlanDocument';
import { App } from './App';
import { officeThemeName, OfficeSettingsStore, subscribeToThemeChanges, whenOfficeReady } from './officeSettings';
import type { ThemeName } from './App';

/** The pane follows Office's theme as the user changes it, not only the one it opened with. */
function WordPane({ autoCheck }: { autoCheck: boolean }) {
  const [theme, setTheme] = React.useState<ThemeName>(officeThemeName());
  const [document] = React.useState(() => new WordPlanDocument());
  const [settingsStore] = React.useState(() => new OfficeSettingsStore());
  React.useEffect(() => subscribeToThemeChanges(setTheme), []);
  return <App document={document} settingsStore={settingsStore} theme={theme} autoCheck={autoCheck} />;
}

async function main(): Promise<void> {
  const inOffice = await whenOfficeReady();
  if (!inOffice) {
    window.location.replace(`index.html${window.location.search}`);
    return;
  }
  const root = createRoot(document.getElementById('root') as HTMLElement);
  root.render(
    <React.StrictMode>
      <WordPane autoCheck={openedToCheck(window.location.search)} />
    </React.StrictMode>,
  );
}

void main();
