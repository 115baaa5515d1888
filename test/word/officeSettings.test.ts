// The pane's settings inside Word (#15.1): Word has no roamingSettings (Outlook only), so they live in the
// add-in's partitioned local storage; a failed save is told to the user. And the pane follows theme changes.
import { CheckController } from '../../src/taskpane/checkController';
import {
  OfficeSettingsStore,
  partitionedKey,
  RoamingSettingsStore,
  subscribeToThemeChanges,
} from '../../src/taskpane/officeSettings';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../src/taskpane/settings';
import { WordPlanDocument } from '../../src/word/WordPlanDocument';
import { FakeWordDocument } from '../fakes/wordFake';

class MemoryStorage {
  items = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const asStorage = (memory: MemoryStorage) => memory as unknown as Storage;

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('settings in Word', () => {
  it('are kept for next time, in storage partitioned by Office’s partition key', async () => {
    // What Word gives an add-in: no roamingSettings, a partition key on the web.
    (globalThis as { Office?: unknown }).Office = { context: { partitionKey: 'p1', roamingSettings: undefined } };
    const storage = new MemoryStorage();
    const settings = { ...DEFAULT_SETTINGS, reviewerMode: true, authorName: 'A. Reviewer' };
    await new RoamingSettingsStore(asStorage(storage)).save(settings);
    expect([...storage.items.keys()]).toEqual([partitionedKey('p1')]);
    expect(partitionedKey('p1')).toBe(`p1${SETTINGS_KEY}`);
    // Next time the pane opens:
    expect(await new OfficeSettingsStore(asStorage(storage)).load()).toEqual(settings);
    // Another partition does not see them.
    expect(await new OfficeSettingsStore(asStorage(storage), 'p2').load()).toEqual(DEFAULT_SETTINGS);
  });

  it('say so in the pane when they cannot be saved, and still apply for now', async () => {
    const storage = new MemoryStorage();
    storage.full = true;
    const store = new OfficeSettingsStore(asStorage(storage), undefined);
    const controller = new CheckController(new WordPlanDocument(new FakeWordDocument([]).host()), store);
    await controller.init();
    await controller.updateSettings({ reviewerMode: true });
    expect(controller.getState().settings.reviewerMode).toBe(true);
    expect(controller.getState().notice?.text).toMatch(/could not be saved for next time: .*full or blocked/);
    expect(store.lastSaveError?.message).toMatch(/full or blocked/);
    expect(await store.load()).toMatchObject({ reviewerMode: true });
  });

  it('the document’s own settings: a failed save rejects with plain words', async () => {
    const fake = new FakeWordDocument([]);
    fake.settingsSaveFails = true;
    const word = new WordPlanDocument(fake.host());
    await expect(word.setState({ ignored: ['f1'] })).rejects.toThrow(
      /could not save the add-in’s notes in this document/,
    );
  });
});

describe('the Office theme', () => {
  it('tells the pane when the theme changes, and stops when asked', async () => {
    let handler: (() => void) | undefined;
    const office = {
      EventType: { OfficeThemeChanged: 'officeThemeChanged' },
      context: {
        officeTheme: { bodyBackgroundColor: '#FFFFFF' },
        document: {
          addHandlerAsync: (_type: string, h: () => void, done: (r: { status: string }) => void) => {
            handler = h;
            done({ status: 'succeeded' });
          },
          removeHandlerAsync: jest.fn(),
        },
      },
    };
    (globalThis as { Office?: unknown }).Office = office;
    const seen: string[] = [];
    const stop = subscribeToThemeChanges((theme) => seen.push(theme));
    office.context.officeTheme.bodyBackgroundColor = '#1F1F1F';
    handler?.();
    expect(seen).toEqual(['dark']);
    stop();
    expect(office.context.document.removeHandlerAsync).toHaveBeenCalled();
  });

  it('looks again every few seconds where Word raises no theme event', () => {
    jest.useFakeTimers();
    const office = { context: { officeTheme: { bodyBackgroundColor: '#FFFFFF' } } };
    (globalThis as { Office?: unknown }).Office = office;
    const seen: string[] = [];
    const stop = subscribeToThemeChanges((theme) => seen.push(theme), 1000);
    office.context.officeTheme.bodyBackgroundColor = '#000000';
    jest.advanceTimersByTime(1000);
    expect(seen).toEqual(['dark']);
    stop();
    office.context.officeTheme.bodyBackgroundColor = '#FFFFFF';
    jest.advanceTimersByTime(5000);
    expect(seen).toEqual(['dark']);
    jest.useRealTimers();
  });
});
