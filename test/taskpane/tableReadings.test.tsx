/** @jest-environment jsdom */
// The pane says how it read each table and lets the user correct it; the correction is kept in the
// document and the plan is checked again the user's way. Runs the real engine.
import * as React from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { MemorySettingsStore } from '../../src/taskpane/settings';
import { FakePlanDocument } from './fakeDocument';

const PLAN = [
  ['What needs to change?', 'Ella will be in school by 8:50am on at least 9 of 10 school days each fortnight.'],
  [
    'What will happen?',
    'Mum to walk Ella to school each morning, and Mr Jones (head of year) to meet her at the gate.',
  ],
  ['Who will do this?', 'Mum and Mr Jones'],
  ['Finish', 'ASAP'],
];
const CONTACTS = [
  ['Name', 'Role', 'Phone'],
  ['Mr Jones', 'Head of year', '01234 567890'],
];

async function checked(doc: FakePlanDocument) {
  const user = userEvent.setup();
  render(<App document={doc} settingsStore={new MemorySettingsStore()} />);
  await act(async () => {});
  await user.click(screen.getByRole('button', { name: 'Check plan' }));
  await screen.findByTestId('check-summary');
  return user;
}

describe('how each table was read', () => {
  it('says it in plain words, and a correction is used, shown and remembered in the document', async () => {
    const doc = new FakePlanDocument([PLAN, CONTACTS]);
    const user = await checked(doc);
    expect(screen.getByText('Table 1: read as outcome blocks: 1 outcome')).toBeTruthy();
    expect(screen.getByText('Table 2 is not a plan: a contacts list')).toBeTruthy();
    // "Finish" is not a label the checker knows, so "ASAP" is not judged yet.
    expect(screen.queryByText(/“ASAP”/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Change how this table is read: table 1' }));
    const form = screen.getByRole('group', { name: 'How table 1 is read' });
    expect((within(form).getByLabelText('This table has') as HTMLSelectElement).value).toBe('label-column');
    await user.selectOptions(within(form).getByLabelText('“Finish” is'), 'When');
    await user.click(within(form).getByRole('button', { name: 'Read it this way' }));

    expect(await screen.findByText('Table 1: read as outcome blocks: 1 outcome (as you set it)')).toBeTruthy();
    expect(doc.state.tableOverrides).toEqual([
      {
        table: 0,
        shape: 'label-column',
        roles: [
          { index: 0, role: 'outcome' },
          { index: 1, role: 'action' },
          { index: 2, role: 'owner' },
          { index: 3, role: 'when' },
        ],
      },
    ]);
    expect(screen.getAllByRole('article').some((card) => card.textContent?.includes('“ASAP”'))).toBe(true);
  });

  it('reads a table the way the document remembers, and can go back to letting the checker decide', async () => {
    const doc = new FakePlanDocument([PLAN, CONTACTS]);
    doc.state = { ignored: [], tableOverrides: [{ table: 0, shape: 'not-a-plan' }] };
    const user = await checked(doc);
    expect(screen.getByText('Table 1 is not a plan: you chose not to check it (as you set it)')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Change how this table is read: table 1' }));
    const form = screen.getByRole('group', { name: 'How table 1 is read' });
    await user.selectOptions(within(form).getByLabelText('This table has'), 'Let the checker decide');
    await user.click(within(form).getByRole('button', { name: 'Read it this way' }));
    expect(await screen.findByText('Table 1: read as outcome blocks: 1 outcome')).toBeTruthy();
    expect(doc.state.tableOverrides).toEqual([]);
  });
});
