// Word gateway behaviour with findings built by hand, so these tests do not depend on the engine's rules.
import type { Finding, Severity } from '../../src/engine/types';
import { HIGHLIGHT, WordPlanDocument } from '../../src/word/WordPlanDocument';
import { FakeWordDocument } from '../fakes/wordFake';

const HEADER = ['Need', 'Outcome', 'Action, who and when'];
const ROW = ['Sam is often late for school.', 'Sam will be on time more.', 'Mum to help soon and check soon.'];

function finding(
  id: string,
  at: { row: number; column: number; quote: string; start?: number },
  severity: Severity = 'warning',
  extra: Partial<Finding> = {},
): Finding {
  const cell = at.row === 1 ? ROW[at.column] : '';
  const start = at.start ?? cell.indexOf(at.quote);
  return {
    id,
    rule: 'hand-made',
    code: 'open-timescale',
    letters: ['T'],
    severity,
    table: 0,
    row: at.row,
    column: at.column,
    role: 'action',
    start,
    end: start + at.quote.length,
    quote: at.quote,
    message: 'Say when this will happen, as a date.',
    guidance: { document: 'torbay', section: 'Timescales', point: 'Each action has a date.' },
    ...extra,
  };
}

async function ready(fake: FakeWordDocument, sets?: string[]) {
  const word = new WordPlanDocument(fake.host(sets));
  await word.readTables('document');
  return word;
}

describe('reading Word tables', () => {
  it('reads a merged-cell table row by row, ragged, and notes a nested table', async () => {
    const fake = new FakeWordDocument([
      [HEADER, ['Sam is often late for school.', 'Mum to walk Sam to school from Monday.'], ROW],
    ]);
    fake.tables[0].nestingLevel = 2;
    const word = new WordPlanDocument(fake.host());
    const read = await word.readTables('document');
    expect(read.tables[0].rows).toEqual([
      HEADER,
      ['Sam is often late for school.', 'Mum to walk Sam to school from Monday.'],
      ROW,
    ]);
    expect(read.tables[0].nestingLevel).toBe(1);
    expect(read.notes.join(' ')).toMatch(/inside another table/);
  });

  it('reads the current text where there are tracked changes, never the deleted words', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    fake.tables[0].rows[1][2].deleted = ' by Friday';
    const word = new WordPlanDocument(fake.host());
    const read = await word.readTables('document');
    expect(read.tables[0].rows[1][2]).toBe(ROW[2]);
  });

  it('with only WordApi 1.3 the tables are still read, and the pane is told what is missing', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const word = new WordPlanDocument(fake.host(['1.1', '1.2', '1.3']));
    expect((await word.readTables('document')).tables[0].rows[1]).toEqual(ROW);
    const caps = await word.capabilities();
    expect(caps).toMatchObject({ comments: false, trackedChanges: false, critiques: false, insertTables: true });
    expect(caps.limitations.join(' ')).toMatch(/still lists every point and highlights/);
  });
});

describe('marking with hand-made findings', () => {
  it('marks the second "soon" when the finding points at it, with a comment that reads as a reviewer wrote it', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const word = await ready(fake);
    const second = ROW[2].lastIndexOf('soon');
    const result = await word.mark(
      [finding('f-soon-2', { row: 1, column: 2, quote: 'soon', start: second }, 'error')],
      {
        comments: true,
      },
    );
    expect(result).toMatchObject({ highlighted: 1, commented: 1, notFound: [] });
    expect(fake.highlightAt(0, 1, 2, second, second + 4)).toBe(HIGHLIGHT.error);
    expect(fake.highlightAt(0, 1, 2, ROW[2].indexOf('soon'), ROW[2].indexOf('soon') + 4)).toBeNull();
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]).toMatchObject({ start: second, end: second + 4 });
    expect(fake.comments[0].content).toMatch(/Say when this will happen/);
    expect(fake.comments[0].content).not.toMatch(/SMART Plan Checker|f-soon-2/);
  });

  it('marks a quote longer than Word can search for in one go', async () => {
    const long = `Sam ${'will go to the breakfast club with his friend Ali and '.repeat(6)}then walk in.`;
    const fake = new FakeWordDocument([[HEADER, [ROW[0], long, ROW[2]]]]);
    const word = await ready(fake);
    expect(long.length).toBeGreaterThan(255);
    const result = await word.mark([finding('f-long', { row: 1, column: 1, quote: long.slice(4), start: 4 })], {
      comments: true,
    });
    expect(result.notFound).toEqual([]);
    expect(fake.highlightAt(0, 1, 1, 4, long.length)).toBe(HIGHLIGHT.warning);
    expect(fake.highlightAt(0, 1, 1, 0, 3)).toBeNull();
    expect(fake.comments[0]).toMatchObject({ start: 4, end: long.length });
  });

  it('re-checking replaces our comments, removes the one whose fault was fixed, and keeps the user’s', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    fake.addComment(0, 1, 0, 0, 3, 'Ask Sam what helps', 'Social worker');
    const word = await ready(fake);
    const more = finding('f-more', { row: 1, column: 1, quote: 'more' });
    const soon = finding('f-soon', { row: 1, column: 2, quote: 'soon' });
    await word.mark([more, soon], { comments: true });
    await word.mark([more, soon], { comments: true });
    expect(fake.comments).toHaveLength(3);
    const again = await word.mark([soon], { comments: true });
    expect(again.resolved).toBe(1);
    expect(fake.comments.map((c) => c.content.split('\n')[0])).toEqual([
      'Ask Sam what helps',
      'Say when this will happen, as a date.',
    ]);
    expect(fake.highlightAt(0, 1, 1, ROW[1].indexOf('more'), ROW[1].indexOf('more') + 4)).toBeNull();
  });

  it("clearing restores the user's own highlight under our mark and leaves their comment", async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const at = ROW[1].indexOf('more');
    fake.tables[0].rows[1][1].highlights.push({ start: at, end: at + 4, colour: 'Turquoise' });
    fake.addComment(0, 1, 1, at, at + 4, 'I agree this is vague', 'Supervisor');
    const word = await ready(fake);
    await word.mark([finding('f-more', { row: 1, column: 1, quote: 'more' }, 'error')], { comments: true });
    expect(fake.highlightAt(0, 1, 1, at, at + 4)).toBe(HIGHLIGHT.error);
    const removed = await word.clearMarks();
    expect(removed).toBe(2);
    expect(fake.highlightAt(0, 1, 1, at, at + 4)).toBe('Turquoise');
    expect(fake.comments.map((c) => c.content)).toEqual(['I agree this is vague']);
  });

  it('a whole check costs the same round trips for 5 rows and 200 rows, at most 3', async () => {
    const counts: number[] = [];
    for (const size of [5, 200]) {
      const fake = new FakeWordDocument([[HEADER, ...Array.from({ length: size }, () => ROW)]]);
      const word = await ready(fake);
      const findings = Array.from({ length: size }, (_, r) => [
        finding(`m${r}`, { row: 1, column: 1, quote: 'more' }, 'warning', { row: r + 1 }),
        finding(`s${r}`, { row: 1, column: 2, quote: 'soon' }, 'info', { row: r + 1 }),
      ]).flat();
      const result = await word.mark(findings, { comments: true });
      expect(result.commented).toBe(size * 2);
      counts.push(fake.syncs);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  it('a protected document: a plain message, and no half-written marks', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const word = await ready(fake);
    fake.failNextSync = 'AccessDenied';
    await expect(
      word.mark([finding('f-more', { row: 1, column: 1, quote: 'more' })], { comments: true }),
    ).rejects.toThrow(
      'Word did not let the add-in change this document: it may be protected or opened read-only. Nothing was changed.',
    );
    expect(fake.comments).toEqual([]);
    expect(fake.tables[0].rows[1].every((c) => c.highlights.length === 0)).toBe(true);
  });
});

describe('applying a rewrite with a hand-made finding', () => {
  it('replaces only the chosen span as a tracked change, restores tracking and replies to our comment', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    fake.changeTrackingMode = 'TrackMineOnly';
    const word = await ready(fake);
    const second = ROW[2].lastIndexOf('soon');
    const target = finding('f-soon-2', { row: 1, column: 2, quote: 'soon', start: second });
    await word.mark([target], { comments: true });
    await word.applySuggestion(target, 'every Friday', { tracked: true });
    expect(fake.tables[0].rows[1][2].text).toBe('Mum to help soon and check every Friday.');
    expect(fake.tables[0].rows[1].slice(0, 2).map((c) => c.text)).toEqual(ROW.slice(0, 2));
    expect(fake.trackedEdits).toHaveLength(1);
    expect(fake.changeTrackingMode).toBe('TrackMineOnly');
    expect(fake.comments[0].replies).toEqual(['Changed to: every Friday']);
  });

  it('appends to the cell when the suggestion says so', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const word = await ready(fake);
    const whole = finding('f-owner', { row: 1, column: 1, quote: ROW[1], start: 0 }, 'warning', {
      suggestion: { kind: 'append', text: 'Mum will note the time each morning.' },
    });
    await word.applySuggestion(whole, 'Mum will note the time each morning.', { tracked: false });
    expect(fake.tables[0].rows[1][1].text).toBe(`${ROW[1]} Mum will note the time each morning.`);
    expect(fake.trackedEdits).toEqual([]);
  });
});

describe('edge cases in Word', () => {
  it('with tracked changes, a whole check still costs the same round trips for 5 rows and 200', async () => {
    const counts: number[] = [];
    for (const size of [5, 200]) {
      const fake = new FakeWordDocument([[HEADER, ...Array.from({ length: size }, () => ROW)]]);
      fake.tables[0].rows[1][0].deleted = ' sometimes';
      const word = await ready(fake);
      expect(fake.syncs).toBe(1); // the tables and the tracked deletions' texts together
      await word.mark([finding('f-more', { row: 1, column: 1, quote: 'more' })], { comments: true });
      counts.push(fake.syncs);
    }
    expect(counts).toEqual([3, 3]);
  });

  it('says plainly when the document has no tables', async () => {
    const word = new WordPlanDocument(new FakeWordDocument([], ['Plan for Sam']).host());
    const read = await word.readTables('document');
    expect(read.tables).toEqual([]);
    expect(read.notes.join(' ')).toMatch(/no tables yet/);
  });

  it("keeps the user's yellow highlight even though it is our warning colour, across re-checks", async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const at = ROW[1].indexOf('more');
    fake.tables[0].rows[1][1].highlights.push({ start: at, end: at + 4, colour: '#FFFF00' });
    const word = await ready(fake);
    const more = finding('f-more', { row: 1, column: 1, quote: 'more' }, 'error');
    await word.mark([more], { comments: false });
    await word.mark([more], { comments: false });
    expect(fake.highlightAt(0, 1, 1, at, at + 4)).toBe(HIGHLIGHT.error);
    await word.clearMarks();
    expect(fake.highlightAt(0, 1, 1, at, at + 4)).toBe('#FFFF00');
  });
});

describe('findings without a fresh read, and plan-level findings', () => {
  it('marks only the quoted words when the plan was read in an earlier session', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const word = new WordPlanDocument(fake.host());
    await word.mark([finding('f-sam', { row: 1, column: 1, quote: 'Sam', start: 0 })], { comments: false });
    expect(fake.highlightAt(0, 1, 1, 0, 3)).toBe(HIGHLIGHT.warning);
    expect(fake.highlightAt(0, 1, 1, 4, ROW[1].length)).toBeNull();
  });

  it('does not try to rewrite a point about the whole plan, and says why', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const word = await ready(fake);
    const plan = finding('p-review', { row: -1, column: -1, quote: '' }, 'warning', { table: -1, start: -1, end: -1 });
    await expect(word.applySuggestion(plan, 'Review date: [date]', { tracked: false })).rejects.toThrow(/whole/);
    await expect(word.select(plan)).resolves.toBeUndefined();
    expect(fake.tables[0].rows[1].map((c) => c.text)).toEqual(ROW);
  });
});

describe('when the plan changes after a check', () => {
  it('re-checking and clearing still work after the user deletes marked rows', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW, ROW]]);
    const word = await ready(fake);
    const inLastRow = finding('f-last', { row: 1, column: 1, quote: 'more' }, 'warning', { row: 2 });
    const inFirstRow = finding('f-first', { row: 1, column: 1, quote: 'more' });
    await word.mark([inFirstRow, inLastRow], { comments: true });
    fake.deleteRows(0, 2); // Word deletes a comment and a bookmark with their words
    await expect(word.clearMarks()).resolves.toBe(2);
    expect(fake.comments).toEqual([]);
    expect(fake.tables[0].rows[1][1].highlights).toEqual([]);
  });

  it('a rewrite for a row that is gone gives a plain message and changes nothing', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const word = await ready(fake);
    const gone = finding('f-gone', { row: 1, column: 2, quote: 'soon' }, 'warning', { row: 5 });
    await expect(word.applySuggestion(gone, 'by Friday', { tracked: true })).rejects.toThrow(
      /changed since it was checked.*Nothing was changed/,
    );
    expect(fake.tables[0].rows[1][2].text).toBe(ROW[2]);
    expect(fake.changeTrackingMode).toBe('Off');
  });
});
