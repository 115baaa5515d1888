/** @jest-environment jsdom */
// The preview's page: what a trainer sees of a .docx in the browser, and editing a cell in place.
// Runs on the browser's own DOMParser (jsdom), the path the preview takes.
import * as React from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DocxPlanDocument } from '../../src/docx';
import type { Finding } from '../../src/engine';
import { DocumentView } from '../../src/preview/DocumentView';
import { HEADER, makeDocx, p, r, tbl, tc, tr } from './makeDocx';

const ACTION = 'Nursery to support Kai ASAP.';

function finding(quote: string, extra: Partial<Finding> = {}): Finding {
  const start = ACTION.indexOf(quote);
  return {
    id: `f-${quote}`,
    rule: 'test-rule',
    code: 'open-timescale',
    letters: ['T'],
    severity: 'error',
    table: 0,
    row: 1,
    column: 2,
    role: 'action_owner_when',
    start,
    end: start + quote.length,
    quote,
    message: `"${quote}" is not a date anyone can check.`,
    guidance: { document: 'torbay', section: 'Timescales', point: 'Give a date.' },
    suggestion: { kind: 'replace-span', text: 'by 30/06/2025' },
    ...extra,
  };
}

async function openPlan() {
  const bytes = await makeDocx(
    p(r('Kai, 3. Review date: 30/06/2025.')) +
      tbl(HEADER, tr(tc(p(r('Kai needs to be healthy.'))), tc(p(r('Kai will be well.'))), tc(p(r(ACTION))), tc(p()))),
  );
  return DocxPlanDocument.open(bytes, { author: 'Sam Reviewer' });
}

describe('DocumentView', () => {
  it('shows the page, our highlight and comment in the margin, and a tracked rewrite', async () => {
    const doc = await openPlan();
    render(<DocumentView document={doc} />);
    expect(screen.getByRole('article', { name: 'Document' }).textContent).toContain('Review date: 30/06/2025.');
    expect(screen.getByRole('table', { name: 'Table 1' }).textContent).toContain(ACTION);

    await act(() => doc.mark([finding('ASAP')], { comments: true }).then(() => undefined));
    const margin = screen.getByRole('complementary', { name: 'Comments' });
    const comment = within(margin).getByTestId('doc-comment');
    expect(comment.textContent).toContain('Sam Reviewer');
    expect(comment.textContent).toContain('"ASAP" is not a date anyone can check.');
    expect(comment.textContent).not.toContain('[SMART Plan Checker');
    const marked = screen.getByText('ASAP');
    expect(marked.style.background).not.toBe('');

    await act(() => doc.applySuggestion(finding('ASAP'), 'by 30/06/2025', { tracked: true }));
    const table = screen.getByRole('table', { name: 'Table 1' });
    expect(table.querySelector('del')?.textContent).toContain('ASAP');
    expect(table.querySelector('ins')?.textContent).toContain('by 30/06/2025');
  });

  it('edits a cell in place and the document holds the new words', async () => {
    const doc = await openPlan();
    const user = userEvent.setup();
    render(<DocumentView document={doc} />);
    await user.click(screen.getByText('Kai will be well.'));
    const editor = screen.getByRole('textbox', { name: 'Edit row 2, column 2' });
    await user.clear(editor);
    await user.type(editor, 'Kai will sleep through 5 nights a week by 30/06/2025.');
    await user.tab();
    const read = await doc.readTables('document');
    expect(read.tables[0].rows[1][1]).toBe('Kai will sleep through 5 nights a week by 30/06/2025.');
    expect(screen.getByRole('table', { name: 'Table 1' }).textContent).toContain('Kai will sleep through 5 nights');
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
