/** @jest-environment jsdom */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import TemplatesTab from '../../src/taskpane/templates/TemplatesTab';
import { FakePlanDocument } from './fakeDocument';

// jsdom has no ResizeObserver; Fluent's message bar only uses it to reflow long text.
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

function renderTab(document: FakePlanDocument) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesTab document={document} />
    </FluentProvider>,
  );
}

describe('Templates tab', () => {
  it('shows the five layouts and inserts the chosen one with its review date 6 weeks on', async () => {
    const document = new FakePlanDocument([]);
    renderTab(document);
    for (const name of [
      'Torbay SMART plan',
      "Child's Care Plan",
      'Smart Planning Guidance',
      'DCS family action plan',
      'Wakefield safety plan',
    ]) {
      expect(screen.getByRole('button', { name: `Insert ${name}` })).toBeTruthy();
    }
    const date = screen.getByLabelText('Plan date');
    await userEvent.clear(date);
    await userEvent.type(date, '2025-03-03');
    await userEvent.type(screen.getByLabelText('Child or children'), 'Sami, 7');
    await userEvent.click(screen.getByRole('button', { name: 'Insert Torbay SMART plan' }));
    await waitFor(() => expect(document.inserted).toHaveLength(1));
    const spec = document.inserted[0];
    expect(spec.layoutId).toBe('torbay');
    expect(spec.details).toEqual(
      expect.arrayContaining([
        { label: 'Review date', value: '14/04/2025' },
        { label: 'Child or children', value: 'Sami, 7' },
      ]),
    );
    expect(await screen.findByText(/The Torbay SMART plan table is in the document/)).toBeTruthy();
  });

  it('previews a layout before inserting', async () => {
    renderTab(new FakePlanDocument([]));
    const card = screen.getByRole('group', { name: 'Wakefield safety plan' });
    expect(card).toBeTruthy();
    const buttons = screen.getAllByRole('button', { name: 'Preview' });
    await userEvent.click(buttons[4]);
    expect(screen.getByRole('table', { name: 'Preview of the Wakefield safety plan table' })).toBeTruthy();
  });

  it('says plainly when this Word cannot insert tables', async () => {
    const document = new FakePlanDocument([]);
    document.caps = { ...document.caps, insertTables: false };
    renderTab(document);
    expect(await screen.findByText(/cannot insert tables/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Insert Torbay SMART plan' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
