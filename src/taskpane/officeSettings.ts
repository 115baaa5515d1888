// The task pane's only use of Office.js outside src/word/: roaming settings, the Office theme and the
// readiness of Office itself. Kept to this one file so the rest of the pane runs in any browser.
import { normaliseSettings, SETTINGS_KEY, type PaneSettings, type SettingsStore } from './settings';

export type ThemeName = 'light' | 'dark' | 'high-contrast';

/** Settings that follow the user from one computer to the next (Office.context.roamingSettings). */
export class RoamingSettingsStore implements SettingsStore {
  async load(): Promise<PaneSettings> {
    return normaliseSettings(Office.context.roamingSettings?.get(SETTINGS_KEY));
  }

  save(settings: PaneSettings): Promise<void> {
    const roaming = Office.context.roamingSettings;
    if (!roaming) return Promise.resolve();
    roaming.set(SETTINGS_KEY, settings);
    return new Promise((resolve, reject) =>
      roaming.saveAsync((result) =>
        result.status === Office.AsyncResultStatus.Succeeded
          ? resolve()
          : reject(new Error(result.error?.message ?? 'Word could not save the settings.')),
      ),
    );
  }
}

/** Resolves true inside an Office host, false when the page was opened in an ordinary browser. */
export function whenOfficeReady(): Promise<boolean> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve(false);
  return Office.onReady().then((info) => Boolean(info?.host));
}

function isDark(colour: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? '');
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/** The theme Office is showing (high contrast from the system's forced colours). */
export function officeThemeName(): ThemeName {
  if (typeof window !== 'undefined' && window.matchMedia?.('(forced-colors: active)').matches) return 'high-contrast';
  const theme = typeof Office !== 'undefined' ? Office.context?.officeTheme : undefined;
  return isDark(theme?.bodyBackgroundColor) ? 'dark' : 'light';
}
