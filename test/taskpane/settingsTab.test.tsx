/** @jest-environment jsdom */
// Settings a user changes once and expects to find again next time.
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import {
  DEFAULT_SETTINGS,
  LocalStorageSettingsStore,
  MemorySettingsStore,
  SETTINGS_KEY,
} from '../../src/taskpane/settings';
import { FakePlanDocument, fakeEngine, samplePlan } from './fakeDocument';

async function openSettings(store = new MemorySettingsStore(), doc = new FakePlanDocument(samplePlan())) {
  const user = userEvent.setup();
  render(<App document={doc} settingsStore={store} engine={fakeEngine} />);
  await act(async () => {});
  await user.click(screen.getByRole('tab', { name: 'Settings' }));
  // The tab's code loads on first use: on a busy machine that takes longer than findBy's usual second.
  await screen.findByRole('heading', { name: 'Rules' }, { timeout: 15000 });
  return { user, store, doc };
}

describe('Settings tab', () => {
  it('saves the plan date, and checks use it', async () => {
    const { store } = await openSettings();
    fireEvent.change(screen.getByLabelText('Plan date'), { target: { value: '2025-03-01' } });
    await waitFor(async () => expect((await store.load()).planDate).toBe('2025-03-01'));
  });

  it('switches rules off and on, and the check no longer reports a switched-off rule', async () => {
    const { user, store } = await openSettings();
    const rule = screen.getByRole('switch', { name: 'Nothing to measure' });
    expect((rule as HTMLInputElement).checked).toBe(true);
    await user.click(rule);
    expect((await store.load()).disabledRules).toEqual(['no-measure']);
    expect(screen.getByText('1 rule is switched off.')).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: 'Check' }));
    await user.click(screen.getByRole('button', { name: 'Check plan' }));
    await screen.findByTestId('check-summary');
    expect(screen.queryByText('“regularly”')).toBeNull();
    expect(screen.getByText('“ongoing”')).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    await user.click(screen.getByRole('switch', { name: 'Nothing to measure' }));
    expect((await store.load()).disabledRules).toEqual([]);
  });

  it('shows house style errors in plain words, and accepts a good one', async () => {
    const { store } = await openSettings();
    const box = screen.getByRole('textbox', { name: 'House style (JSON)' });
    fireEvent.change(box, { target: { value: '{ "acronyms": ' } });
    expect(await screen.findByText(/This is not valid JSON, so it cannot be used yet/)).toBeTruthy();
    fireEvent.change(box, { target: { value: '{ "rules": "all" }' } });
    expect(await screen.findByText(/"rules" must list rule ids/)).toBeTruthy();
    fireEvent.change(box, { target: { value: '{ "acronyms": { "TAF": "Team Around the Family" } }' } });
    expect(await screen.findByText('The house style is in use.')).toBeTruthy();
    expect((await store.load()).houseStyleJson).toContain('TAF');
  });

  it('loads a house style from a file', async () => {
    const { user } = await openSettings();
    const file = new File(['{ "acronyms": { "CIN": "Child in Need" } }'], 'style.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('House style file'), file);
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'House style (JSON)' }) as HTMLTextAreaElement).value).toContain(
        'CIN',
      ),
    );
  });

  it('keeps reviewer mode and the author name', async () => {
    const { user, store } = await openSettings(new MemorySettingsStore({ ...DEFAULT_SETTINGS }));
    await user.click(screen.getByRole('switch', { name: /Reviewer mode: rewrites are tracked changes/ }));
    await user.type(screen.getByRole('textbox', { name: 'Your name for comments' }), 'A. Supervisor');
    const saved = await store.load();
    expect(saved.reviewerMode).toBe(true);
    expect(saved.authorName).toBe('A. Supervisor');
  });
});

describe('LocalStorageSettingsStore', () => {
  it('survives a reload, and ignores a damaged saved copy', async () => {
    const first = new LocalStorageSettingsStore(window.localStorage);
    await first.save({ ...DEFAULT_SETTINGS, planDate: '2025-01-31', disabledRules: ['jargon'] });
    expect(await new LocalStorageSettingsStore(window.localStorage).load()).toMatchObject({
      planDate: '2025-01-31',
      disabledRules: ['jargon'],
    });
    window.localStorage.setItem(SETTINGS_KEY, '{ not json');
    expect(await new LocalStorageSettingsStore(window.localStorage).load()).toEqual(DEFAULT_SETTINGS);
    window.localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ planDate: 'soon', reviewerMode: 'yes', disabledRules: [1, 'vague'] }),
    );
    expect(await new LocalStorageSettingsStore(window.localStorage).load()).toEqual({
      ...DEFAULT_SETTINGS,
      disabledRules: ['vague'],
    });
  });
});
