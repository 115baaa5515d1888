/** @jest-environment jsdom */
// The Templates tab as a practitioner uses it: read the cards, preview, fill in the plan details and
// insert, with the mouse or the keyboard alone.
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import TemplatesTab from '../../src/taskpane/templates/TemplatesTab';
import type { DocumentCapabilities, PlanDocument } from '../../src/document/PlanDocument';
import { LAYOUTS, type PlanTableSpec } from '../../src/engine';

// jsdom has no ResizeObserver; Fluent's message bar only uses it to reflow long text.
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

/** Only what the Templates tab touches; anything else it calls is a mistake the test should show. */
function fakeDocument(options: { insertTables?: boolean; failWith?: string } = {}) {
  const inserted: PlanTableSpec[] = [];
  const caps: DocumentCapabilities = {
    host: 'docx',
    comments: true,
    trackedChanges: true,
    critiques: false,
    insertTables: options.insertTables ?? true,
    limitations: [],
  };
  const document = {
    capabilities: async () => caps,
    insertPlanTable: async (spec: PlanTableSpec) => {
      if (options.failWith) throw new Error(options.failWith);
      inserted.push(spec);
    },
  } as unknown as PlanDocument;
  return { document, inserted };
}

function renderTab(document: PlanDocument) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesTab document={document} />
    </FluentProvider>,
  );
}

describe('Templates tab', () => {
  it('shows each layout as a card with its columns, when to use it, and its guidance', () => {
    renderTab(fakeDocument().document);
    for (const layout of LAYOUTS) {
      const card = screen.getByRole('group', { name: layout.name });
      expect(within(card).getByText(layout.useWhen)).toBeTruthy();
      const columns = within(within(card).getByRole('list', { name: 'Columns' })).getAllByRole('listitem');
      expect(columns.map((c) => c.textContent)).toEqual(layout.columns.map((c) => c.header));
    }
    expect(
      within(screen.getByRole('group', { name: 'Torbay SMART plan' })).getByText(
        /Torbay Council: Creating a SMART plan/,
      ),
    ).toBeTruthy();
  });

  it('previews the header and a row of prompts, and hides the preview again', async () => {
    renderTab(fakeDocument().document);
    const card = screen.getByRole('group', { name: "Child's Care Plan" });
    await userEvent.click(within(card).getByRole('button', { name: 'Preview' }));
    const table = within(card).getByRole('table', { name: "Preview of the Child's Care Plan table" });
    const [header, prompts] = within(table).getAllByRole('row');
    expect(
      within(header)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Assessed need', 'Outcome', 'Actions to be undertaken, by whom and by when', 'Achieved?']);
    expect(within(prompts).getAllByRole('cell')[1].textContent).toBe(
      'What will look different for the child when this need is met?',
    );
    // Wide layouts scroll sideways at 320 px: the preview can take focus so the keyboard can scroll it.
    expect(within(card).getByRole('region', { name: "Child's Care Plan preview" }).tabIndex).toBe(0);
    await userEvent.click(within(card).getByRole('button', { name: 'Hide preview' }));
    expect(within(card).queryByRole('table')).toBeNull();
  });

  // jsdom has no layout, so Fluent's focus manager cannot follow Tab here; the browser tests press Tab for
  // real. This checks what decides the Tab order (document order, no positive tabindex) and that Enter
  // and Space work the buttons.
  it('can be used with the keyboard alone: fields first, then Preview and Insert on each card in turn', async () => {
    const { document, inserted } = fakeDocument();
    const { container } = renderTab(document);
    const focusable = Array.from(container.querySelectorAll<HTMLElement>('input, button, [tabindex]'));
    expect(focusable.filter((e) => e.tabIndex > 0)).toEqual([]);
    expect(focusable.map((e) => (e instanceof HTMLInputElement ? e.labels?.[0]?.textContent : e.textContent))).toEqual([
      'Plan date',
      'Child or children',
      ...LAYOUTS.flatMap((l) => ['Preview', `Insert ${l.name}`]),
    ]);

    await userEvent.clear(screen.getByLabelText('Plan date'));
    await userEvent.type(screen.getByLabelText('Plan date'), '2025-11-03');
    await userEvent.type(screen.getByLabelText('Child or children'), 'Amira, 14');
    focusable[2].focus();
    await userEvent.keyboard(' ');
    expect(screen.getByRole('table', { name: 'Preview of the Torbay SMART plan table' })).toBeTruthy();
    screen.getByRole('button', { name: 'Insert Torbay SMART plan' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(inserted).toHaveLength(1));
    expect(inserted[0].layoutId).toBe('torbay');
    expect(inserted[0].details).toEqual(
      expect.arrayContaining([
        { label: 'Child or children', value: 'Amira, 14' },
        { label: 'Plan date', value: '03/11/2025' },
        { label: 'Review date', value: '15/12/2025' },
      ]),
    );
    expect(inserted[0].tag).toBe('smart-plan:template:torbay');
    expect(inserted[0].signatures).toEqual(expect.arrayContaining(['Parent or carer', 'Child or young person']));
  });

  it('leaves the children for the template to prompt when none are named', async () => {
    const { document, inserted } = fakeDocument();
    renderTab(document);
    await userEvent.click(screen.getByRole('button', { name: 'Insert DCS family action plan' }));
    await waitFor(() => expect(inserted).toHaveLength(1));
    expect(inserted[0].details.find((d) => d.label === 'Child or children')).toEqual({
      label: 'Child or children',
      prompt: expect.any(String),
    });
  });

  it('says what happened, and that nothing changed, when the document refuses the table', async () => {
    renderTab(fakeDocument({ failWith: 'the document is read-only' }).document);
    await userEvent.click(screen.getByRole('button', { name: 'Insert Wakefield safety plan' }));
    expect(await screen.findByText(/could not be inserted: the document is read-only/)).toBeTruthy();
    expect(screen.getByText(/Nothing in the document was changed/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Insert Wakefield safety plan' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it('will not insert with a plan date it cannot read, and says how to write one', async () => {
    renderTab(fakeDocument().document);
    await userEvent.clear(screen.getByLabelText('Plan date'));
    expect(screen.getByText('Use the date picker or yyyy-mm-dd.')).toBeTruthy();
    for (const layout of LAYOUTS) {
      expect((screen.getByRole('button', { name: `Insert ${layout.name}` }) as HTMLButtonElement).disabled).toBe(true);
    }
  });

  it('explains when this Word cannot insert tables, and still lets the user preview', async () => {
    renderTab(fakeDocument({ insertTables: false }).document);
    expect(await screen.findByText(/cannot insert tables from an add-in/)).toBeTruthy();
    expect(screen.getByText(/You can still check plans/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Insert Torbay SMART plan' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getAllByRole('button', { name: 'Preview' })[0] as HTMLButtonElement).disabled).toBe(false);
  });

  it('has no serious or critical accessibility faults, preview open', async () => {
    const { container } = renderTab(fakeDocument().document);
    await userEvent.click(screen.getAllByRole('button', { name: 'Preview' })[3]);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
  });
});
