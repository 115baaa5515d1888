/** @jest-environment jsdom */
// "Compare with the previous plan" as a practitioner uses it: pick last term's plan (a .docx read here), or an
// earlier table of the same document, read the drift, and add the points to the plan as comments.
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { CompareCard } from '../../src/taskpane/CompareCard';
import { App } from '../../src/taskpane/App';
import { MemorySettingsStore } from '../../src/taskpane/settings';
import type { Finding } from '../../src/engine/types';
import { FakePlanDocument, fakeEngine } from './fakeDocument';
import { HEADER, makeDocx, p, r, row, tbl } from '../docx/makeDocx';
import { CHILDS_HEADER } from '../support/plans';

const READING = [
  'Amir (6) cannot yet read simple words and his reading book often stays in his bag.',
  'Amir will read a short book aloud with an adult at home five evenings a week.',
  'Mr Shah, class teacher, will send home a new reading book every Monday; Dad will read with Amir for 10 minutes after tea and sign the record until 14/03/2025.',
];
const DENTIST = [
  'Amir has toothache and has never seen a dentist.',
  'Amir will be registered with a dentist and have his teeth checked.',
  'Mum will register Amir at the Bridge Street surgery and take him to a check-up by 28/02/2025.',
];
const SWIMMING = [
  'Amir is nervous of water and cannot swim.',
  'Amir will swim 10 metres by the end of the summer term.',
  'Dad will take Amir to the Saturday lessons at the leisure centre from 5 April 2025 until 19/07/2025.',
];

async function earlierPlanFile(): Promise<File> {
  const bytes = await makeDocx(
    p(r('Plan date: 13 January 2025')) + tbl(HEADER, row(...READING, ''), row(...DENTIST, '')),
  );
  return new File([new Uint8Array(bytes)], 'amir-january.docx', {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}

function currentPlan(): FakePlanDocument {
  const doc = new FakePlanDocument([[CHILDS_HEADER, [...READING, ''], [...SWIMMING, '']]]);
  doc.surroundingText = 'Plan date: 31 March 2025';
  return doc;
}

async function renderCard(doc: FakePlanDocument, keepMarks?: () => Finding[]) {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <CompareCard document={doc} keepMarks={keepMarks} />
    </FluentProvider>,
  );
  const toggle = screen.getByRole('button', { name: 'Compare with an earlier plan' });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  await user.click(toggle);
  return user;
}

describe('Compare with the previous plan', () => {
  it('reads the earlier .docx here, shows the drift, and adds the points as comments beside our other marks', async () => {
    const doc = currentPlan();
    const checkMark = { id: 'kept-from-check', table: 0, row: 1, column: 2 } as Finding;
    const user = await renderCard(doc, () => [checkMark]);
    const before = JSON.stringify(doc.tables);
    await user.upload(screen.getByLabelText('Earlier plan file'), await earlierPlanFile());

    const drift = await screen.findByRole('region', { name: 'Drift since the last plan' });
    expect(within(drift).getByRole('heading', { name: 'Since the last plan (amir-january.docx)' })).toBeTruthy();
    const figures = within(drift).getByRole('list', { name: 'Drift in figures' });
    expect(figures.textContent).toMatch(/Actions carried over unchanged: 1/);
    expect(figures.textContent).toMatch(/Deadlines passed with nothing to say they were done: 1/);
    expect(figures.textContent).toMatch(/Outcomes dropped: 1/);
    const reading = within(drift).getByRole('heading', {
      name: 'Row 1 (row 1 in the last plan): carried over unchanged',
    });
    expect(reading.parentElement!.textContent).toMatch(
      /14 March 2025 for this, which has passed, and nothing says it was done/,
    );
    expect(within(drift).getByRole('heading', { name: 'Row 2: new' })).toBeTruthy();
    const dentist = within(drift).getByRole('heading', { name: 'Row 2 of the last plan: dropped' });
    expect(dentist.parentElement!.textContent).toMatch(/the plan does not say why/);
    // Comparing reads the plan and changes nothing in it.
    expect(JSON.stringify(doc.tables)).toBe(before);
    expect(doc.marks).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Add these points to the plan as comments' }));
    await waitFor(() => expect(doc.marks.length).toBeGreaterThan(1));
    expect(doc.marks[0].findingId).toBe('kept-from-check');
    const added = doc.marks.slice(1);
    expect(added.every((m) => m.comment)).toBe(true);
    // On the reading row (deadline passed, carried over) and on the header cell for the dropped dentist row.
    expect(added.map((m) => [m.table, m.row, m.column])).toEqual([
      [0, 1, 2],
      [0, 1, 1],
      [0, 0, 0],
    ]);
    expect(screen.getByRole('status').textContent).toMatch(/Added 3 points in the plan as comments/);
  });

  it('says plainly when the chosen file is not a Word plan, and shows no comparison', async () => {
    const user = await renderCard(currentPlan());
    await user.upload(
      screen.getByLabelText('Earlier plan file'),
      new File(['minutes of the meeting'], 'minutes.docx', { type: 'application/octet-stream' }),
    );
    expect((await screen.findByText(/minutes\.docx could not be read: This is not a \.docx file/)).textContent).toMatch(
      /Save it from Word as a \.docx and try again/,
    );
    expect(screen.queryByRole('region', { name: 'Drift since the last plan' })).toBeNull();
  });

  it('compares two plan tables of the same document, with the earlier date the user gives', async () => {
    const doc = new FakePlanDocument([
      [CHILDS_HEADER, [...READING, ''], [...DENTIST, '']],
      [
        ['Name', 'Role'],
        ['Mr Shah', 'Class teacher'],
      ],
      [
        CHILDS_HEADER,
        [...DENTIST.slice(0, 2), DENTIST[2].replace('28/02/2025', '30/05/2025'), ''],
        [...READING, 'Yes'],
      ],
    ]);
    doc.surroundingText = 'Plan date: 31 March 2025';
    const user = await renderCard(doc);
    await user.click(screen.getByRole('radio', { name: 'The earlier plan is a table in this document' }));
    const earlier = (await screen.findByRole('combobox', { name: 'Earlier plan' })) as HTMLSelectElement;
    const newer = screen.getByRole('combobox', { name: 'Newer plan' }) as HTMLSelectElement;
    expect([...earlier.options].map((o) => o.text)).toEqual(['Table 1', 'Table 3']);
    expect([earlier.value, newer.value]).toEqual(['0', '2']);
    fireEvent.change(screen.getByLabelText('Date of the earlier plan (if it does not say)'), {
      target: { value: '2025-01-13' },
    });
    await user.click(screen.getByRole('button', { name: 'Compare' }));

    const drift = await screen.findByRole('region', { name: 'Drift since the last plan' });
    const dentist = within(drift).getByRole('heading', { name: 'Row 1 (row 2 in the last plan): changed' });
    expect(dentist.parentElement!.textContent).toMatch(/moved from 28 February 2025 to 30 May 2025/);
    // Marked "Yes" in the newer table: done, so its passed deadline is not a point.
    const reading = within(drift).getByRole('heading', {
      name: 'Row 2 (row 1 in the last plan): carried over unchanged',
    });
    expect(reading.parentElement!.querySelector('ul')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Add these points to the plan as comments' }));
    await waitFor(() => expect(doc.marks.length).toBeGreaterThan(0));
    expect(new Set(doc.marks.map((m) => m.table))).toEqual(new Set([2]));
  });

  it('says when the document has only one plan table to compare', async () => {
    const user = await renderCard(currentPlan());
    await user.click(screen.getByRole('radio', { name: 'The earlier plan is a table in this document' }));
    expect(await screen.findByText(/This document has only one plan table/)).toBeTruthy();
  });

  it('sits on the Check tab', async () => {
    render(<App document={currentPlan()} settingsStore={new MemorySettingsStore()} engine={fakeEngine} />);
    await act(async () => {});
    expect(await screen.findByRole('heading', { name: 'Compare with the previous plan' })).toBeTruthy();
  });
});
