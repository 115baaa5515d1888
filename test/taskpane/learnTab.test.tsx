/** @jest-environment jsdom */
// A trainer's demonstration, driven from the keyboard in front of a room.
import * as React from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CheckController } from '../../src/taskpane/checkController';
import LearnTab, { type PracticePlan } from '../../src/taskpane/LearnTab';
import { MemorySettingsStore } from '../../src/taskpane/settings';
import { FakePlanDocument, fakeEngine } from './fakeDocument';

const PLAN: PracticePlan = {
  id: 'demo',
  title: 'Practice: Jo\u2019s plan',
  layoutId: 'torbay',
  spec: {
    layoutId: 'torbay',
    title: 'Practice',
    details: [],
    header: ['Desired outcome', 'What needs to happen?', 'When?'],
    rows: [[{ text: 'Jo settles at nursery.' }, { text: 'Keyworker to check in regularly.' }, { text: 'ongoing' }]],
    tag: 'smart-plan:practice',
  },
  worked: [
    {
      row: 0,
      column: 2,
      before: 'ongoing',
      after: 'Each Monday from 2 June until the review on 14 July',
      guidance: { document: 'torbay', section: 'Example of SMART Planning', point: 'Give a start and an end.' },
    },
  ],
};

function Harness({ controller, doc }: { controller: CheckController; doc: FakePlanDocument }) {
  const state = React.useSyncExternalStore(controller.subscribe, controller.getState);
  return <LearnTab controller={controller} document={doc} state={state} plans={[PLAN]} />;
}

it('inserts the practice plan, steps with N and P, and applies the worked version with W', async () => {
  const doc = new FakePlanDocument([]);
  const controller = new CheckController(doc, new MemorySettingsStore(), fakeEngine);
  const user = userEvent.setup();
  render(<Harness controller={controller} doc={doc} />);
  await act(async () => controller.init());
  expect(screen.getByText(/apply the suggestion/)).toBeTruthy();

  await user.click(screen.getByRole('button', { name: 'Insert practice plan' }));
  expect(await screen.findByText(/^Point 1 of 2/)).toBeTruthy();
  expect(doc.inserted).toEqual([PLAN.spec]);
  expect(screen.getByText('“regularly”')).toBeTruthy();

  await user.keyboard('n');
  expect(screen.getByText(/^Point 2 of 2/)).toBeTruthy();
  expect(screen.getByText('Each Monday from 2 June until the review on 14 July')).toBeTruthy();
  expect(screen.getByText(/Follows Torbay: Creating a SMART Plan, “Example of SMART Planning”/)).toBeTruthy();

  await user.keyboard('p');
  expect(screen.getByText(/^Point 1 of 2/)).toBeTruthy();
  await user.keyboard('{ArrowRight}');
  await user.keyboard('w');
  await waitFor(() => expect(doc.tables[0][1][2]).toBe('Each Monday from 2 June until the review on 14 July'));
  expect(await screen.findByText(/1 correction made/)).toBeTruthy();
});

it('practises on the plan already in the document instead of inserting a second copy', async () => {
  const doc = new FakePlanDocument([[PLAN.spec.header, ...PLAN.spec.rows.map((r) => r.map((c) => c.text ?? ''))]]);
  const controller = new CheckController(doc, new MemorySettingsStore(), fakeEngine);
  const user = userEvent.setup();
  render(<Harness controller={controller} doc={doc} />);
  await act(async () => controller.init());
  await user.click(screen.getByRole('button', { name: 'Insert practice plan' }));
  // Rows as the user counts them: the first row under the header is row 1.
  expect(await screen.findByText('Point 1 of 2 · row 1')).toBeTruthy();
  expect(doc.inserted).toEqual([]);
  expect(doc.tables).toHaveLength(1);
});

it('shows worked versions that are finished rows, with no [gap] left in them', async () => {
  const { PRACTICE_PLANS } = await import('../../src/engine/practice');
  const { findGaps } = await import('../../src/engine/rewrite/gaps');
  const worked = PRACTICE_PLANS.flatMap((plan) => plan.worked);
  expect(worked.length).toBeGreaterThan(10);
  expect(worked.filter((w) => findGaps(w.after).length > 0).map((w) => w.after)).toEqual([]);
});
