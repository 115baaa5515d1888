/** @jest-environment jsdom */
// The Check tab as a practitioner uses it: check, read the summary, filter, apply, ignore, mark.
import * as React from 'react';
import { act, fireEvent, render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { FIRST_ROWS } from '../../src/taskpane/CheckTab';
import { MemorySettingsStore } from '../../src/taskpane/settings';
import type { EngineApi } from '../../src/taskpane/engineAdapter';
import { FakePlanDocument, fakeEngine, samplePlan } from './fakeDocument';
import { WALK_TO_SCHOOL, proposing } from '../support/rewrites';

async function setup(
  doc = new FakePlanDocument(samplePlan()),
  store = new MemorySettingsStore(),
  engine: EngineApi = fakeEngine,
) {
  const user = userEvent.setup();
  render(<App document={doc} settingsStore={store} engine={engine} />);
  await act(async () => {}); // settings and capabilities load
  return { user, doc, store };
}

async function checkPlan(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Check plan' }));
  return screen.findByTestId('check-summary');
}

/** One point inside its row's card. */
function cardFor(quote: string): HTMLElement {
  const point = points().find((a) => a.textContent?.includes(`“${quote}”`));
  if (!point) throw new Error(`No point quoting ${quote}`);
  return point;
}

function points(): HTMLElement[] {
  return screen.queryAllByRole('article').flatMap((card) => within(card).queryAllByRole('listitem'));
}

describe('Check tab', () => {
  it('says what to do before the first check', async () => {
    await setup();
    expect(screen.getByText(/Choose/).textContent).toMatch(/^Choose Check plan to see which parts are not yet SMART/);
  });

  it('shows the summary first, then a card per finding grouped by row', async () => {
    const { user } = await setup();
    const summary = await checkPlan(user);
    expect(within(summary).getByText('70')).toBeTruthy();
    expect(within(summary).getByText('1 to put right')).toBeTruthy();
    expect(within(summary).getByTestId('summary-count').textContent).toBe(
      '4 points: 3 in 2 rows and 1 about the plan as a whole.',
    );
    expect(screen.getByTestId('list-count').textContent).toBe('3 points in 2 rows.');
    expect(within(summary).getByText('The plan does not say when it will be reviewed.')).toBeTruthy();
    expect(within(summary).getByLabelText('Timely: 80 out of 100')).toBeTruthy();

    const rows = screen.getAllByRole('article').map((r) => within(r).getByRole('heading').textContent);
    expect(rows).toEqual(['Row 1Sam goes to school every day.', 'Row 3The home is appropriate for a baby.']);
    const card = cardFor('ongoing');
    expect(within(card).getByText('There is no end date, so nobody can tell when this is late.')).toBeTruthy();
    expect(within(card).getByText('In “When?”')).toBeTruthy();
    expect(within(cardFor('regularly')).getByText('In “What needs to happen?”')).toBeTruthy();
  });

  it('opens the guidance behind a finding on request', async () => {
    const { user } = await setup();
    await checkPlan(user);
    const card = cardFor('ongoing');
    expect(card.querySelector('details')?.open).toBe(false);
    await user.click(within(card).getByText('Why this matters'));
    expect(within(card).getByText('Say who does what, and by when.')).toBeTruthy();
    expect(card.querySelector('details')?.open).toBe(true);
    expect(within(card).getByText(/Torbay: Creating a SMART Plan: “Checklist”/)).toBeTruthy();
  });

  it('applies the rewrite as edited, and the finding leaves the list', async () => {
    const { user, doc } = await setup();
    await checkPlan(user);
    const card = cardFor('ongoing');
    const editor = within(card).getByRole('textbox', { name: /Quick fix/ });
    expect((editor as HTMLTextAreaElement).value).toBe('every week until [end date]');
    expect(within(card).getByText('1 gap to fill:')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Apply' })).toHaveProperty('disabled', true);
    expect(within(card).getByText(/^Fill in the gap first/)).toBeTruthy();
    await user.clear(editor);
    await user.type(editor, 'every week until 30 June');
    expect(within(card).getByText('Ready to apply.')).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(doc.tables[0][1][2]).toBe('every week until 30 June'));
    await waitFor(() => expect(screen.queryByText('“ongoing”')).toBeNull());
    expect(screen.getByText('Rewrite applied.')).toBeTruthy();
  });

  it('selects the next [gap] when the user presses Tab in the rewrite', async () => {
    const { user } = await setup();
    await checkPlan(user);
    const editor = within(cardFor('regularly')).getByRole('textbox', {
      name: /Quick fix/,
    }) as HTMLTextAreaElement;
    editor.focus();
    editor.setSelectionRange(0, 0);
    // Straight to the editor's handler: jsdom has no real focus order for Tab to fall back on.
    expect(fireEvent.keyDown(editor, { key: 'Tab' })).toBe(false);
    expect(editor.value.slice(editor.selectionStart, editor.selectionEnd)).toBe('[how many]');
    // Past the last gap, Tab is left alone so focus moves on: no keyboard trap.
    expect(fireEvent.keyDown(editor, { key: 'Tab' })).toBe(true);
    await user.click(within(cardFor('regularly')).getByRole('button', { name: 'Fill in [how many]' }));
    expect(editor.value.slice(editor.selectionStart, editor.selectionEnd)).toBe('[how many]');
  });

  it('filters by SMART letter and by severity, and says when nothing matches', async () => {
    const { user } = await setup();
    await checkPlan(user);
    await user.click(screen.getByRole('button', { name: 'Only Timely' }));
    expect(points()).toHaveLength(1);
    expect(screen.getByText('Showing 1 of 3 points in the rows.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tip' }));
    expect(points()).toHaveLength(0);
    expect(screen.getByText(/Nothing matches these filters/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show all points' }));
    expect(points()).toHaveLength(3);
  });

  it('ignores one finding in the document, and can bring it back', async () => {
    const { user, doc } = await setup();
    await checkPlan(user);
    await user.click(within(cardFor('appropriate')).getByRole('button', { name: 'Ignore' }));
    await waitFor(() => expect(screen.queryByText('“appropriate”')).toBeNull());
    expect(doc.state.ignored).toHaveLength(1);
    expect(screen.getByText('1 point is ignored in this document.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show ignored again' }));
    expect(await screen.findByText('“appropriate”')).toBeTruthy();
  });

  it('switches a rule off from its card, saved in the settings', async () => {
    const { user, store } = await setup();
    await checkPlan(user);
    await user.click(within(cardFor('regularly')).getByRole('button', { name: 'Ignore rule' }));
    await waitFor(() => expect(screen.queryByText('“regularly”')).toBeNull());
    expect((await store.load()).disabledRules).toEqual(['no-measure']);
    expect(screen.getByText(/turn it back on in Settings/)).toBeTruthy();
  });

  it('marks all findings in the document and clears them again', async () => {
    const { user, doc } = await setup();
    await checkPlan(user);
    await user.click(screen.getByRole('button', { name: 'Mark all in document' }));
    // Three points in cells and the plan-level one, which the document puts on the plan's first cell.
    expect(await screen.findByText('Marked 4 places in the document with 4 comments.')).toBeTruthy();
    expect(doc.marks).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'Clear marks' }));
    expect(await screen.findByText(/Removed 4 marks/)).toBeTruthy();
    expect(doc.marks).toHaveLength(0);
  });

  it('shows what the host cannot do, and says that the rest works', async () => {
    const doc = new FakePlanDocument(samplePlan());
    doc.caps = { ...doc.caps, comments: false, limitations: ['This version of Word cannot add comments.'] };
    const { user } = await setup(doc);
    expect(await screen.findByText(/cannot add comments\. Everything else works as usual\./)).toBeTruthy();
    await checkPlan(user);
    await user.click(screen.getByRole('button', { name: 'Mark all in document' }));
    expect(await screen.findByText(/only highlights were added/)).toBeTruthy();
  });

  it('tells the user what to do when the document has no table', async () => {
    const { user } = await setup(new FakePlanDocument([]));
    await user.click(screen.getByRole('button', { name: 'Check plan' }));
    expect(await screen.findByText(/Insert a plan table from the Templates tab/)).toBeTruthy();
  });

  it('offers the supervisor a summary to insert in reviewer mode', async () => {
    const { user, doc } = await setup();
    await checkPlan(user);
    expect(screen.queryByText('Summary for supervision')).toBeNull();
    await user.click(screen.getByRole('switch', { name: 'Reviewer mode' }));
    expect(screen.getByText('Summary for supervision')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Insert at top of plan' }));
    await waitFor(() => expect(doc.summaries).toHaveLength(1));
    expect(doc.summaries[0]).toMatch(/overall 70 out of 100/);
  });

  it('shows the row rewrite cell by cell under the column names, and applies it only once the gaps are filled', async () => {
    const { user, doc } = await setup(undefined, undefined, proposing(fakeEngine));
    await checkPlan(user);
    const row = screen.getAllByRole('article')[0];
    const rewrite = within(row).getByRole('region', { name: 'Rewrite of the whole row' });
    expect(within(rewrite).getByText(WALK_TO_SCHOOL.summary)).toBeTruthy();
    const action = within(rewrite).getByRole('textbox', { name: 'What needs to happen?' }) as HTMLTextAreaElement;
    expect(within(rewrite).getByRole('textbox', { name: 'When?' })).toBeTruthy();
    const apply = within(rewrite).getByRole('button', { name: 'Apply rewrite' });
    expect(apply).toHaveProperty('disabled', true);
    expect(within(rewrite).getByText(/^Fill in the gap first: only you know what goes there/)).toBeTruthy();
    // Quick fixes stay beside the rewrite.
    expect(within(row).getAllByRole('textbox', { name: /Quick fix/ })).toHaveLength(2);

    action.focus();
    action.setSelectionRange(0, 0);
    expect(fireEvent.keyDown(action, { key: 'Tab' })).toBe(false);
    expect(action.value.slice(action.selectionStart, action.selectionEnd)).toBe('[time]');
    await user.clear(action);
    await user.type(action, 'Mum to walk Sam to school every weekday at 8.30am.');
    expect(action.value).toBe('Mum to walk Sam to school every weekday at 8.30am.');
    expect(apply).toHaveProperty('disabled', false);
    await user.click(apply);
    await waitFor(() => expect(doc.tables[0][1][2]).toBe('Every weekday until the review on 30 June'));
    expect(doc.tables[0][1][1]).toBe('Mum to walk Sam to school every weekday at 8.30am.');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Rewrite of the whole row' })).toBeNull());
    // The other row's point is still there.
    expect(cardFor('appropriate')).toBeTruthy();
  });

  describe('a long plan', () => {
    // jsdom has no IntersectionObserver; this one is told by the test when a row comes near view.
    let watched: Set<Element>;
    let comeIntoView: (element: Element) => void;
    const realObserver = (window as { IntersectionObserver?: unknown }).IntersectionObserver;

    beforeEach(() => {
      watched = new Set();
      class FakeIntersectionObserver {
        constructor(private readonly callback: IntersectionObserverCallback) {
          comeIntoView = (element) => {
            if (!watched.has(element)) throw new Error('That row is not being watched.');
            const entry = { target: element, isIntersecting: true } as unknown as IntersectionObserverEntry;
            this.callback([entry], this as unknown as IntersectionObserver);
          };
        }
        observe(element: Element) {
          watched.add(element);
        }
        unobserve(element: Element) {
          watched.delete(element);
        }
        disconnect() {
          watched.clear();
        }
      }
      (window as { IntersectionObserver?: unknown }).IntersectionObserver = FakeIntersectionObserver;
    });

    afterEach(() => {
      (window as { IntersectionObserver?: unknown }).IntersectionObserver = realObserver;
    });

    // Plain DOM queries here: role queries over a list this long are slow in jsdom.
    const rows = () => Array.from(document.querySelectorAll<HTMLElement>('[role="article"]'));
    /** Rows drawn as their cards (with their points), not as placeholders. */
    const drawnRows = () => rows().filter((a) => a.getAttribute('aria-busy') !== 'true');

    it('draws the first rows at once and each other row as it comes near view, every row named', async () => {
      const long = samplePlan();
      for (let i = 0; i < 30; i++) long[0].push([`Row ${i}`, 'Visit regularly.', 'by 1 June']);
      const { user } = await setup(new FakePlanDocument(long));
      await checkPlan(user);
      expect(screen.getByTestId('list-count').textContent).toBe('33 points in 32 rows.');
      // Every row has its place in the list, named as its card is, with its number of points.
      await waitFor(() => expect(rows()).toHaveLength(32));
      const headings = rows().map((a) => a.querySelector('h3')?.textContent);
      expect(headings[0]).toBe('Row 1Sam goes to school every day.');
      expect(headings[31]).toBe('Row 33Row 29');
      expect(drawnRows()).toHaveLength(FIRST_ROWS);
      const last = rows()[31];
      expect(last.getAttribute('aria-busy')).toBe('true');
      expect(within(last).getByText('1 point in this row')).toBeTruthy();
      expect(last.querySelectorAll('li')).toHaveLength(0);

      // Scrolled to the end: the last row becomes its card, with its point and its buttons.
      act(() => comeIntoView(last));
      const lastCard = rows()[31];
      expect(lastCard.getAttribute('aria-busy')).toBeNull();
      expect(lastCard.querySelector('h3')?.textContent).toBe('Row 33Row 29');
      expect(lastCard.querySelectorAll('li')).toHaveLength(1);
      expect(within(lastCard).getByRole('button', { name: 'Go to' })).toBeTruthy();
      expect(drawnRows()).toHaveLength(FIRST_ROWS + 1);
      expect(watched.has(last)).toBe(false);
    });
  });
});
