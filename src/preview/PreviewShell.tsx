// The browser preview's page: the plan on the left, the task pane on the right (as Word shows it), and
// a toolbar to open a .docx, download the reviewed copy and switch theme. It knows documents only as
// PlanDocument plus open/save, so it runs on the .docx document without depending on how it is built.
import * as React from 'react';
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  ToggleButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { PlanDocument } from '../document/PlanDocument';
import { App, THEMES, type ThemeName } from '../taskpane/App';
import type { EngineApi } from '../taskpane/engineAdapter';
import type { SettingsStore } from '../taskpane/settings';

export interface PreviewDocument<D extends PlanDocument = PlanDocument> {
  /** The document as the document view needs it. */
  document: D;
  /** File name shown in the toolbar and used for the download. */
  name: string;
}

export interface PreviewShellProps<D extends PlanDocument> {
  initial: () => Promise<PreviewDocument<D>>;
  open: (bytes: Uint8Array, name: string) => Promise<PreviewDocument<D>>;
  save: (document: D) => Promise<Uint8Array | ArrayBuffer | Blob>;
  /** Draws the document; `revision` goes up after every change the pane makes to it. */
  renderDocument: (document: D, revision: number) => React.ReactNode;
  settingsStore: SettingsStore;
  initialTheme?: ThemeName;
  autoCheck?: boolean;
  /** The engine; a test harness may pass its own. */
  engine?: EngineApi;
}

// Inline, not a class: Fluent copies the provider's classes onto its portals (tooltips), which would then fill the page.
const FILL: React.CSSProperties = { height: '100%' };

const useStyles = makeStyles({
  page: { height: '100%', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground3 },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { flexGrow: 1, minWidth: '120px', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  themes: { display: 'flex', gap: tokens.spacingHorizontalXXS, alignItems: 'center' },
  body: {
    flexGrow: 1,
    display: 'flex',
    minHeight: 0,
    // On a phone-sized window the pane comes first at full width, the document below it. Not
    // column-reverse: a reversed column starts scrolled to its end and cuts off the pane's top.
    '@media (max-width: 720px)': { flexDirection: 'column', overflowY: 'auto' },
  },
  document: {
    flexGrow: 1,
    overflow: 'auto',
    minWidth: 0,
    padding: tokens.spacingHorizontalL,
    '@media (max-width: 720px)': { order: 2, flexGrow: 0, overflow: 'visible', padding: tokens.spacingHorizontalXS },
  },
  pane: {
    width: '340px',
    flexShrink: 0,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    '@media (max-width: 720px)': { order: 1, width: '100%', borderLeft: 'none', height: '85vh', flexShrink: 0 },
  },
  hidden: { display: 'none' },
});

/**
 * The document as the pane uses it: each call waits until the document is open (so the pane is drawn
 * while the sample plan is still being made), and the page redraws the document after each change the
 * pane makes through PlanDocument.
 */
function observed(opening: Promise<PlanDocument>, changed: () => void): PlanDocument {
  const call =
    <A extends unknown[], R>(method: (document: PlanDocument, ...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> =>
      method(await opening, ...args);
  const after =
    <A extends unknown[], R>(method: (document: PlanDocument, ...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await method(await opening, ...args);
      } finally {
        changed();
      }
    };
  return {
    capabilities: call((d) => d.capabilities()),
    readTables: call((d, scope) => d.readTables(scope)),
    getState: call((d) => d.getState()),
    select: after((d, finding) => d.select(finding)),
    mark: after((d, findings, options) => d.mark(findings, options)),
    clearMarks: after((d) => d.clearMarks()),
    applySuggestion: after((d, finding, text, options) => d.applySuggestion(finding, text, options)),
    applyRewrite: after((d, rewrite, options) => d.applyRewrite(rewrite, options)),
    insertPlanTable: after((d, spec) => d.insertPlanTable(spec)),
    insertSummary: after((d, text) => d.insertSummary(text)),
    setState: after((d, state) => d.setState(state)),
  };
}

const THEME_LABELS: Record<ThemeName, string> = { light: 'Light', dark: 'Dark', 'high-contrast': 'High contrast' };

export function PreviewShell<D extends PlanDocument>(props: PreviewShellProps<D>) {
  const { initial, open, save, renderDocument, settingsStore, initialTheme = 'light', autoCheck, engine } = props;
  const styles = useStyles();
  const [current, setCurrent] = React.useState<PreviewDocument<D>>();
  const [revision, setRevision] = React.useState(0);
  const [theme, setTheme] = React.useState<ThemeName>(initialTheme);
  const [problem, setProblem] = React.useState<string>();
  const fileInput = React.useRef<HTMLInputElement>(null);
  // The sample plan is made once, as the page opens; the pane does not wait for it to be drawn.
  const [opening] = React.useState(initial);
  const [paneSource, setPaneSource] = React.useState<Promise<PlanDocument>>(() => {
    const document = opening.then((opened) => opened.document);
    document.catch(() => undefined); // told to the user below; the pane's own calls report it too
    return document;
  });

  React.useEffect(() => {
    opening
      // A file the user opened while the sample was still being made stays: the sample never replaces it.
      .then((sample) => setCurrent((now) => now ?? sample))
      .catch((error) =>
        setProblem(
          `The sample plan could not be opened: ${String(error?.message ?? error)}. You can still open a .docx of your own.`,
        ),
      );
  }, [opening]);

  // A new wrapper per document, so the pane starts afresh when another file is opened.
  const paneDocument = React.useMemo(() => observed(paneSource, () => setRevision((r) => r + 1)), [paneSource]);

  const onFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const bytes = new Uint8Array(await new Response(file).arrayBuffer());
      const opened = await open(bytes, file.name);
      setCurrent(opened);
      setPaneSource(Promise.resolve(opened.document));
      setProblem(undefined);
    } catch (error) {
      setProblem(
        `“${file.name}” could not be opened: ${error instanceof Error ? error.message : String(error)}. It may not be a Word document, or it may be protected with a password. The plan you had open is still here.`,
      );
    }
  };

  const download = async () => {
    if (!current) return;
    try {
      const data = await save(current.document);
      const blob =
        data instanceof Blob
          ? data
          : new Blob([data as BlobPart], {
              type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            });
      const link = window.document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = current.name.replace(/(\.reviewed)?\.docx$/i, '') + '.reviewed.docx';
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (error) {
      setProblem(`The reviewed copy could not be made: ${error instanceof Error ? error.message : String(error)}.`);
    }
  };

  return (
    <FluentProvider theme={THEMES[theme]} style={FILL}>
      <div className={styles.page}>
        <div className={styles.toolbar} role="toolbar" aria-label="Preview">
          <Button onClick={() => fileInput.current?.click()}>Open .docx…</Button>
          <input
            ref={fileInput}
            className={styles.hidden}
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-label="Open a Word document"
            tabIndex={-1}
            onChange={onFile}
          />
          <Button onClick={download} disabled={!current}>
            Download reviewed .docx
          </Button>
          <Caption1 className={styles.name}>{current ? current.name : 'Opening the sample plan…'}</Caption1>
          <div className={styles.themes} role="group" aria-label="Theme">
            <Caption1>Theme:</Caption1>
            {(Object.keys(THEME_LABELS) as ThemeName[]).map((name) => (
              <ToggleButton key={name} size="small" checked={theme === name} onClick={() => setTheme(name)}>
                {THEME_LABELS[name]}
              </ToggleButton>
            ))}
          </div>
        </div>
        {problem && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.body}>
          <main className={styles.document} aria-label="Document">
            {current && renderDocument(current.document, revision)}
          </main>
          <aside className={styles.pane} aria-label="SMART Plan Checker task pane">
            <App
              document={paneDocument}
              settingsStore={settingsStore}
              theme={theme}
              autoCheck={autoCheck}
              engine={engine}
            />
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
