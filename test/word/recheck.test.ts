// Re-checking in Word keeps our comments on faults that are still there, so a supervisor's replies survive.
import type { Finding } from '../../src/engine/types';
import { WordPlanDocument } from '../../src/word/WordPlanDocument';
import { FakeWordDocument } from '../fakes/wordFake';

const HEADER = ['Need', 'Outcome', 'Action, who and when'];
const ROW = ['Jo finds mornings hard.', 'Jo will be calmer.', 'Gran to walk Jo to school from next month.'];

function finding(id: string, column: number, quote: string, message: string): Finding {
  const start = ROW[column].indexOf(quote);
  return {
    id,
    rule: 'hand-made',
    code: 'subjective',
    letters: ['M'],
    severity: 'warning',
    table: 0,
    row: 1,
    column,
    role: 'outcome',
    start,
    end: start + quote.length,
    quote,
    message,
    guidance: { document: 'torbay', section: 'Outcomes', point: 'An outcome can be seen and counted.' },
  };
}

describe('re-checking a marked plan in Word', () => {
  it("keeps our comment and the supervisor's reply under it when the fault is still there", async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const word = new WordPlanDocument(fake.host());
    await word.readTables('document');
    const calmer = finding('f-calmer', 1, 'calmer', 'Say what calmer looks like.');
    await word.mark([calmer], { comments: true });
    fake.comments[0].replies.push('Agreed: please add how we will know.');

    const result = await word.mark([calmer], { comments: true });
    expect(result).toMatchObject({ commented: 1, resolved: 0 });
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0].replies).toEqual(['Agreed: please add how we will know.']);
  });

  it('rewords our comment in place when the message changes, and removes only the fixed one', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    fake.addComment(0, 1, 0, 0, 2, 'Jo told me this herself', 'Key worker');
    const word = new WordPlanDocument(fake.host());
    await word.readTables('document');
    const calmer = finding('f-calmer', 1, 'calmer', 'Say what calmer looks like.');
    const later = finding('f-later', 2, 'next month', 'Give a date.');
    await word.mark([calmer, later], { comments: true });
    const kept = fake.comments.find((c) => c.content.startsWith('Say what calmer'))!;

    const reworded = { ...calmer, message: 'Say what Jo will do when she is calmer.' };
    const result = await word.mark([reworded], { comments: true });
    expect(result.resolved).toBe(1);
    expect(fake.comments.map((c) => c.id)).toEqual([1, kept.id]);
    expect(kept.content.split('\n')[0]).toBe('Say what Jo will do when she is calmer.');
    expect(fake.comments[0]).toMatchObject({ content: 'Jo told me this herself', author: 'Key worker' });
    expect(fake.tables[0].rows[1].map((c) => c.text)).toEqual(ROW);
  });
});

describe('several rewrites in one cell in Word', () => {
  const CELL = 'Gran to call soon and visit soon.';

  function soon(id: string, start: number): Finding {
    return { ...finding(id, 2, 'soon', 'Give a date.'), start, end: start + 4, quote: 'soon', column: 2 };
  }

  it.each([
    ['left to right', [0, 1]],
    ['right to left', [1, 0]],
  ])('each finds its own words when applied %s', async (_order, order) => {
    const fake = new FakeWordDocument([[HEADER, [ROW[0], ROW[1], CELL]]]);
    const word = new WordPlanDocument(fake.host());
    await word.readTables('document');
    const first = soon('f-call', CELL.indexOf('soon'));
    const second = soon('f-visit', CELL.lastIndexOf('soon'));
    const rewrites: Array<[Finding, string]> = [
      [first, 'by Friday'],
      [second, 'every Sunday'],
    ];
    for (const index of order) await word.applySuggestion(rewrites[index][0], rewrites[index][1], { tracked: true });
    expect(fake.tables[0].rows[1][2].text).toBe('Gran to call by Friday and visit every Sunday.');
    expect(fake.tables[0].rows[1].slice(0, 2).map((c) => c.text)).toEqual(ROW.slice(0, 2));
    expect(fake.trackedEdits).toHaveLength(2);
    expect(fake.changeTrackingMode).toBe('Off');
  });
});
