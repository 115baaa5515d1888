// What the user chooses in the Settings tab, and where it is kept: Office roaming settings inside Word
// (officeSettings.ts), the browser's local storage in the preview, memory in tests.

export interface PaneSettings {
  /** The plan's date, yyyy-mm-dd; empty means today. Relative timescales and past deadlines use it. */
  planDate: string;
  /** House style as the user wrote or loaded it (JSON text); empty for none. */
  houseStyleJson: string;
  /** Rule ids switched off. */
  disabledRules: string[];
  /** Every Apply a tracked change, every finding a comment under the reviewer's name. */
  reviewerMode: boolean;
  /** In reviewer mode, Check also marks the document (highlights and comments), without a second click. */
  markOnCheck: boolean;
  /** Name comments are written under, where the host lets us choose (the preview and the .docx files). */
  authorName: string;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  planDate: '',
  houseStyleJson: '',
  disabledRules: [],
  reviewerMode: false,
  markOnCheck: true,
  authorName: '',
};

export interface SettingsStore {
  load(): Promise<PaneSettings>;
  save(settings: PaneSettings): Promise<void>;
}

/** Keeps only known fields of the right type, so a damaged or older saved copy never breaks the pane. */
export function normaliseSettings(raw: unknown): PaneSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const text = (key: keyof PaneSettings): string => (typeof value[key] === 'string' ? (value[key] as string) : '');
  return {
    planDate: /^\d{4}-\d{2}-\d{2}$/.test(text('planDate')) ? text('planDate') : '',
    houseStyleJson: text('houseStyleJson'),
    disabledRules: Array.isArray(value.disabledRules)
      ? value.disabledRules.filter((rule): rule is string => typeof rule === 'string')
      : [],
    reviewerMode: value.reviewerMode === true,
    markOnCheck: value.markOnCheck !== false,
    authorName: text('authorName'),
  };
}

export const SETTINGS_KEY = 'smart-plan-checker.settings';

/** The browser preview's store. Falls back to memory when storage is blocked (private windows, policies). */
export class LocalStorageSettingsStore implements SettingsStore {
  private memory: PaneSettings = DEFAULT_SETTINGS;

  constructor(private readonly storage: Storage | undefined = globalThis.localStorage) {}

  async load(): Promise<PaneSettings> {
    try {
      const saved = this.storage?.getItem(SETTINGS_KEY);
      if (saved) this.memory = normaliseSettings(JSON.parse(saved));
    } catch {
      // Unreadable storage: keep the defaults rather than fail to open the pane.
    }
    return this.memory;
  }

  async save(settings: PaneSettings): Promise<void> {
    this.memory = settings;
    try {
      this.storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
    } catch {
      // Storage full or blocked: the settings still hold for this session.
    }
  }
}

export class MemorySettingsStore implements SettingsStore {
  constructor(private settings: PaneSettings = DEFAULT_SETTINGS) {}
  async load(): Promise<PaneSettings> {
    return this.settings;
  }
  async save(settings: PaneSettings): Promise<void> {
    this.settings = settings;
  }
}
