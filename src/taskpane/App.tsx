// The task pane. It reaches the document only through PlanDocument, so the same pane runs in Word and
// in the browser preview. Only the Check tab is in the first download; the others load when opened.
import * as React from 'react';
import {
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  teamsHighContrastTheme,
  tokens,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { PlanDocument } from '../document/PlanDocument';
import { CheckController } from './checkController';
import { CheckTab } from './CheckTab';
import { defaultEngine, type EngineApi } from './engineAdapter';
import type { SettingsStore } from './settings';

export type ThemeName = 'light' | 'dark' | 'high-contrast';

export const THEMES: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  'high-contrast': teamsHighContrastTheme,
};

const LearnTab = React.lazy(() => import('./LearnTab'));
const SettingsTab = React.lazy(() => import('./SettingsTab'));
const TemplatesTab = React.lazy(() => import('./templates/TemplatesTab'));

type TabId = 'check' | 'learn' | 'templates' | 'settings';
const TABS: Array<{ id: TabId; label: string }> = [
  { id: 'check', label: 'Check' },
  { id: 'learn', label: 'Learn' },
  { id: 'templates', label: 'Templates' },
  { id: 'settings', label: 'Settings' },
];

// Inline, not a class: Fluent copies the provider's classes onto its portals (tooltips), which would then fill the page.
const FILL: React.CSSProperties = { height: '100%' };

const useStyles = makeStyles({
  provider: {
    height: '100%',
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalXS,
    flexShrink: 0,
  },
  title: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} 0`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  panel: { flexGrow: 1, overflowY: 'auto', padding: tokens.spacingHorizontalM, minWidth: 0 },
});

export interface AppProps {
  document: PlanDocument;
  settingsStore: SettingsStore;
  theme?: ThemeName;
  /** Start a check as soon as the pane opens (the ribbon's "Check plan" button). */
  autoCheck?: boolean;
  /** The engine; tests pass a small fake. */
  engine?: EngineApi;
}

export function App({ document, settingsStore, theme = 'light', autoCheck, engine = defaultEngine }: AppProps) {
  const styles = useStyles();
  const controller = React.useMemo(
    () => new CheckController(document, settingsStore, engine),
    [document, settingsStore, engine],
  );
  const [tab, setTab] = React.useState<TabId>('check');
  const [visited, setVisited] = React.useState<Set<TabId>>(() => new Set(['check']));
  const idPrefix = React.useId();

  React.useEffect(() => {
    let cancelled = false;
    void controller.init().then(() => {
      if (!cancelled && autoCheck) void controller.check('document');
    });
    return () => {
      cancelled = true;
    };
  }, [controller, autoCheck]);

  const select = React.useCallback((next: TabId) => {
    setTab(next);
    setVisited((seen) => (seen.has(next) ? seen : new Set([...seen, next])));
  }, []);

  return (
    <FluentProvider theme={THEMES[theme]} style={FILL} data-theme={theme}>
      <div className={styles.provider}>
        <PaneHeader tab={tab} visited={visited} idPrefix={idPrefix} onSelect={select} />
        <Panels controller={controller} document={document} tab={tab} visited={visited} idPrefix={idPrefix} />
      </div>
    </FluentProvider>
  );
}

interface PaneHeaderProps {
  tab: TabId;
  visited: Set<TabId>;
  idPrefix: string;
  onSelect(tab: TabId): void;
}

/** The title and the tabs: drawn again when the tab changes, not at every step of a check. */
const PaneHeader = React.memo(function PaneHeader({ tab, visited, idPrefix, onSelect }: PaneHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>SMART Plan Checker</h1>
      <TabList
        selectedValue={tab}
        onTabSelect={(_, data) => onSelect(data.value as TabId)}
        size="small"
        aria-label="Task pane sections"
      >
        {TABS.map(({ id, label }) => (
          <Tab
            key={id}
            value={id}
            id={`${idPrefix}-${id}-tab`}
            aria-controls={visited.has(id) ? `${idPrefix}-${id}-panel` : undefined}
          >
            {label}
          </Tab>
        ))}
      </TabList>
    </header>
  );
});

interface PanelsProps {
  controller: CheckController;
  document: PlanDocument;
  tab: TabId;
  visited: Set<TabId>;
  idPrefix: string;
}

/** The tabs' contents: the only part of the pane that follows the check's state as it changes. */
function Panels({ controller, document, tab, visited, idPrefix }: PanelsProps) {
  const styles = useStyles();
  const state = React.useSyncExternalStore(controller.subscribe, controller.getState);
  const loading = <Spinner size="small" label="Opening…" />;
  const panel = (id: TabId, content: React.ReactNode) =>
    visited.has(id) && (
      <div
        key={id}
        role="tabpanel"
        id={`${idPrefix}-${id}-panel`}
        aria-labelledby={`${idPrefix}-${id}-tab`}
        hidden={tab !== id}
        className={styles.panel}
      >
        <React.Suspense fallback={loading}>{content}</React.Suspense>
      </div>
    );
  return (
    <>
      {panel('check', <CheckTab controller={controller} state={state} document={document} />)}
      {panel('learn', <LearnTab controller={controller} document={document} state={state} />)}
      {panel('templates', <TemplatesTab document={document} />)}
      {panel('settings', <SettingsTab controller={controller} state={state} />)}
    </>
  );
}

export default App;
