// The task pane's only use of Office.js outside src/word/: where the pane's settings are kept, the Office
// theme and the readiness of Office itself. Kept to this one file so the rest of the pane runs in any browser.
//
// Settings: `Office.context.roamingSettings` exists only in Outlook, so in Word the pane keeps its settings in
// the browser storage Office gives the add-in, partitioned by `Office.context.partitionKey` where Office
// partitions storage (Word on the web). What belongs to one document (ignored points, our marks) is kept in
// that document's own settings by the Word gateway, not here.
import { normaliseSettings, SETTINGS_KEY, type PaneSettings, type SettingsStore } from './settings';

export type ThemeName = 'light' | 'dark' | 'high-contrast';

/** Why the last save failed, in words the pane can show as they are. */
export class SettingsSaveError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SettingsSaveError';
  }
}

/** The storage key, prefixed with Office's partition key when there is one. */
export function partitionedKey(partitionKey: string | undefined): string {
  return partitionKey ? `${partitionKey}${SETTINGS_KEY}` : SETTINGS_KEY;
}

function officePartitionKey(): string | undefined {
  if (typeof Office === 'undefined') return undefined;
  const key = (Office.context as { partitionKey?: string } | undefined)?.partitionKey;
  return typeof key === 'string' && key ? key : undefined;
}

/**
 * The pane's settings inside Word: partitioned local storage. A save that fails rejects with a
 * SettingsSaveError the pane shows; the settings still hold in memory until the pane is closed.
 */
export class OfficeSettingsStore implements SettingsStore {
  private memory: PaneSettings | undefined;
  /** The last save's failure, or undefined when it worked: for a pane that shows it later. */
  lastSaveError: SettingsSaveError | undefined;

  constructor(
    private readonly storage: Storage | undefined = typeof localStorage === 'undefined' ? undefined : localStorage,
    private readonly partitionKey: string | undefined = officePartitionKey(),
  ) {}

  private get key(): string {
    return partitionedKey(this.partitionKey);
  }

  async load(): Promise<PaneSettings> {
    if (this.memory) return this.memory;
    try {
      const saved = this.storage?.getItem(this.key);
      this.memory = normaliseSettings(saved ? JSON.parse(saved) : undefined);
    } catch {
      // Unreadable or damaged: the defaults, rather than a pane that does not open.
      this.memory = normaliseSettings(undefined);
    }
    return this.memory;
  }

  async save(settings: PaneSettings): Promise<void> {
    this.memory = settings;
    if (!this.storage) {
      this.lastSaveError = new SettingsSaveError(
        'this copy of Word does not let add-ins keep settings, so they last until Word is closed.',
      );
      throw this.lastSaveError;
    }
    try {
      this.storage.setItem(this.key, JSON.stringify(settings));
      this.lastSaveError = undefined;
    } catch (error) {
      this.lastSaveError = new SettingsSaveError(
        'Word’s storage for add-ins is full or blocked, so they last until Word is closed.',
        { cause: error },
      );
      throw this.lastSaveError;
    }
  }
}

/** @deprecated Named for Outlook's roaming settings, which Word does not have; kept so older imports still work. */
export const RoamingSettingsStore = OfficeSettingsStore;

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

/**
 * Calls `listener` with the new theme whenever the Office theme or the system's forced colours change, and
 * returns a function that stops listening. Office's theme-changed event is used where the host raises it;
 * elsewhere the theme is looked at again every few seconds (it is a local property: nothing leaves the machine).
 */
export function subscribeToThemeChanges(listener: (theme: ThemeName) => void, pollMs = 3000): () => void {
  let last = officeThemeName();
  const check = () => {
    const now = officeThemeName();
    if (now !== last) {
      last = now;
      listener(now);
    }
  };
  const stops: Array<() => void> = [];
  const media = typeof window !== 'undefined' ? window.matchMedia?.('(forced-colors: active)') : undefined;
  if (media?.addEventListener) {
    media.addEventListener('change', check);
    stops.push(() => media.removeEventListener('change', check));
  }
  const themeEvent =
    typeof Office !== 'undefined'
      ? (Office.EventType as unknown as Record<string, string> | undefined)?.OfficeThemeChanged
      : undefined;
  const document = typeof Office !== 'undefined' ? Office.context?.document : undefined;
  let polling: ReturnType<typeof setInterval> | undefined = setInterval(check, pollMs);
  stops.push(() => polling !== undefined && clearInterval(polling));
  if (themeEvent && document?.addHandlerAsync) {
    document.addHandlerAsync(themeEvent as unknown as Office.EventType, check, (result) => {
      if ((result?.status as unknown) !== 'succeeded') return;
      // The host tells us: no need to look every few seconds.
      if (polling !== undefined) clearInterval(polling);
      polling = undefined;
      stops.push(() => document.removeHandlerAsync?.(themeEvent as unknown as Office.EventType, { handler: check }));
    });
  }
  return () => stops.forEach((stop) => stop());
}
