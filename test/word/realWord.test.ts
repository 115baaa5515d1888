// The faults of issue #15 (and the Word side of #14), each shown against a fake Word as hard as Word:
// batches that stop part-way, errors in the user's language, per-character highlight, rows that move,
// replies, tracked deletions, merged cells. Findings are built by hand so the tests do not depend on the rules.
import type { RowRewrite } from '../../src/engine/rewrite/types';
import type { Finding, Severity } from '../../src/engine/types';
import { GapLeftError } from '../../src/document/applyRewrite';
import { HIGHLIGHT, WordPlanDocument } from '../../src/word/WordPlanDocument';
import { FakeWordDocument } from '../fakes/wordFake';

const HEADER = ['Need', 'Outcome', 'Action, who and when'];
const ROW = ['Sam is often late for school.', 'Sam will be on time more.', 'Mum to help soon and check soon.'];

function finding(
  id: string,
  at: { row?: number; column: number; quote: string; start?: number; cell?: string },
  severity: Severity = 'warning',
  extra: Partial<Finding> = {},
): Finding {
  const cell = at.cell ?? ROW[at.column];
  const start = at.start ?? cell.indexOf(at.quote);
  return {
    id,
    rule: 'hand-made',
    code: 'open-timescale',
    letters: ['T'],
    severity,
    table: 0,
    row: at.row ?? 1,
    column: at.column,
    role: 'action',
    start,
    end: start + at.quote.length,
    quote: at.quote,
    message: `Point ${id}: say when this will happen, as a date.`,
    guidance: { document: 'torbay', section: 'Timescales', point: 'Each action has a date.' },
    ...extra,
  };
}

async function ready(fake: FakeWordDocument, sets?: string[]) {
  const word = new WordPlanDocument(fake.host(sets));
  await word.readTables('document');
  return word;
}

const ourColours = new Set(Object.values(HIGHLIGHT));
function noHighlightOfOurs(fake: FakeWordDocument): boolean {
  return fake.tables.every((t) =>
    t.rows.every((r) => r.every((c) => c.highlights.every((h) => !ourColours.has(h.colour)))),
  );
}

describe('batches are not atomic (#15.2)', () => {
  it('when Word stops part-way through marking, the user is told what was added and Clear removes all of it', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW, ROW]]);
    fake.tables[0].rows[2][1].highlights.push({ start: 0, end: 3, colour: 'Green' });
    const word = await ready(fake);
    const findings = [1, 2].flatMap((row) => [
      finding(`more-${row}`, { row, column: 1, quote: 'more' }),
      finding(`soon-${row}`, { row, column: 2, quote: 'soon' }),
    ]);
    fake.failSync('GeneralException', 5, 2); // the write batch: five operations reach the document, then it fails
    const error = await word.mark(findings, { comments: true }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/stopped part-way: \d of 4 highlights and \d of 4 comments were added/);
    expect((error as Error).message).not.toMatch(/Nothing was changed/);
    // Something was written before the failure ...
    expect(noHighlightOfOurs(fake) && fake.comments.length === 0).toBe(false);
    // ... and Clear finds it all, and only it.
    await word.clearMarks();
    expect(noHighlightOfOurs(fake)).toBe(true);
    expect(fake.comments).toEqual([]);
    expect(fake.bookmarks.size).toBe(0);
    expect(fake.highlightRuns(0, 2, 1)[0]).toEqual({ text: 'Sam', colour: 'Green' });
  });

  it('Clear finds our marks by their bookmarks even when their record could not be saved', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const word = await ready(fake);
    fake.settingsSaveFails = true;
    await word.mark([finding('more', { column: 1, quote: 'more' })], { comments: false });
    // The document is closed and opened again: only what was saved survives.
    fake.settings = new Map(fake.savedSettings);
    const reopened = await ready(fake);
    expect(await reopened.clearMarks()).toBe(1);
    expect(noHighlightOfOurs(fake)).toBe(true);
  });

  it('puts change tracking back as the user had it when a tracked rewrite fails part-way, and says the cell may have changed', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    fake.changeTrackingMode = 'TrackMineOnly';
    const word = await ready(fake);
    const soon = finding('soon', { column: 2, quote: 'soon' });
    fake.failSync('GeneralException', 1, 2); // tracking switched on, then Word fails
    const error = (await word.applySuggestion(soon, 'by Friday', { tracked: true }).catch((e) => e)) as Error;
    expect(fake.changeTrackingMode).toBe('TrackMineOnly');
    expect(error.message).toMatch(/may have been changed/);
    expect(error.message).not.toMatch(/Nothing was changed/);
  });
});

describe('errors by code, never by their localised message (#15.3)', () => {
  it.each([
    ['AccessDenied', /protected or opened read-only/],
    ['NotAllowed', /does not allow this change/],
    ['ItemNotFound', /changed since it was checked/],
    ['InvalidArgument', /did not accept the change/],
    ['GeneralException', /Word could not finish/],
    ['RichApiRequestLimit', /too large for Word/],
  ])('%s gives plain English, not Word’s German', async (code, plain) => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const word = await ready(fake);
    fake.failSync(code);
    const error = (await word
      .mark([finding('more', { column: 1, quote: 'more' })], { comments: true })
      .catch((e) => e)) as Error & { code: string };
    expect(error.message).toMatch(plain);
    expect(error.message).toMatch(/Nothing was changed\.$/);
    expect(error.message).not.toMatch(/[äöüß]|Vorgang|Element|Fehler/);
    expect(error.code).toBe(code);
  });
});

describe('marks survive editing (#15.4)', () => {
  it('finds its marks again after the user inserts rows above them: Clear leaves nothing of ours', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW, ROW]]);
    const word = await ready(fake);
    await word.mark([finding('more-2', { row: 2, column: 1, quote: 'more' })], { comments: true });
    fake.insertRows(0, 1, [['New need', 'New outcome', 'New action']]);
    expect(await word.clearMarks()).toBe(2);
    expect(noHighlightOfOurs(fake)).toBe(true);
    expect(fake.comments).toEqual([]);
  });

  it('re-marking after rows moved keeps the comment (and its reply) on the words, not on the old row number', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW, ROW]]);
    const word = await ready(fake);
    const more = finding('more-2', { row: 2, column: 1, quote: 'more' });
    await word.mark([more], { comments: true });
    fake.comments[0].replies.push('Supervisor: agreed');
    fake.insertRows(0, 1, [['New need', 'New outcome will be more', 'New action']]);
    await word.readTables('document');
    const result = await word.mark([{ ...more, row: 3 }], { comments: true });
    expect(result).toMatchObject({ highlighted: 1, resolved: 0 });
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]).toMatchObject({ row: 3, replies: ['Supervisor: agreed'] });
    expect(fake.highlightAt(0, 1, 1, 20, 24)).toBeNull(); // the new row's "more" was never ours
  });
});

describe("the user's highlight is per character (#15.5)", () => {
  it('restores the user’s highlight run by run where our words only partly overlap theirs', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const cell = ROW[1];
    const time = cell.indexOf('time');
    // The user highlighted "time mo" in green: our "more" covers "mo" of theirs and "re" of nobody's.
    fake.tables[0].rows[1][1].highlights.push({ start: time, end: time + 7, colour: 'Green' });
    const before = fake.highlightRuns(0, 1, 1);
    const word = await ready(fake);
    await word.mark([finding('more', { column: 1, quote: 'more' }, 'error')], { comments: false });
    expect(fake.highlightAt(0, 1, 1, cell.indexOf('more'), cell.indexOf('more') + 4)).toBe(HIGHLIGHT.error);
    await word.clearMarks();
    expect(fake.highlightRuns(0, 1, 1)).toEqual(before);
  });
});

describe('comments belong to the conversation (#15.6)', () => {
  it('resolves our comment that has replies when its point goes away, and deletes one that has none', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const word = await ready(fake);
    const more = finding('more', { column: 1, quote: 'more' });
    const soon = finding('soon', { column: 2, quote: 'soon' });
    await word.mark([more, soon], { comments: true });
    fake.comments.find((c) => c.content.startsWith(more.message))!.replies.push('Key worker: I will add a count.');
    const result = await word.mark([], { comments: true });
    expect(result.resolved).toBe(2);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]).toMatchObject({ resolved: true, replies: ['Key worker: I will add a count.'] });
  });

  it('replies only once the tracked replacement is in the document', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const word = await ready(fake);
    const soon = finding('soon', { column: 2, quote: 'soon' });
    await word.mark([soon], { comments: true });
    fake.failSync('AccessDenied', 0, 2); // the write is refused
    await expect(word.applySuggestion(soon, 'by Friday', { tracked: true })).rejects.toThrow(/protected/);
    expect(fake.comments[0].replies).toEqual([]);
    await word.applySuggestion(soon, 'by Friday', { tracked: true });
    expect(fake.comments[0]).toMatchObject({ replies: ['Changed to: by Friday'], resolved: true });
  });

  it('applying one point leaves every other mark in the row where it was', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const word = await ready(fake);
    const more = finding('more', { column: 1, quote: 'more' });
    const soon = finding('soon', { column: 2, quote: 'soon' });
    await word.mark([more, soon], { comments: true });
    await word.applySuggestion(soon, 'by Friday', { tracked: true });
    expect(fake.comments).toHaveLength(2);
    expect(fake.comments.find((c) => c.content.startsWith(more.message))).toMatchObject({ resolved: false });
    expect(fake.highlightAt(0, 1, 1, ROW[1].indexOf('more'), ROW[1].indexOf('more') + 4)).toBe(HIGHLIGHT.warning);
    // The replaced words do not inherit our colour.
    expect(fake.highlightAt(0, 1, 2, 12, 21)).toBeNull();
  });
});

describe('reading (#15.7)', () => {
  it('reads tracked text without asking Word for reviewed text twice (it scrolls the document on Mac)', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    fake.tables[0].rows[1][2].deleted = ' by Friday';
    const word = new WordPlanDocument(fake.host());
    const read = await word.readTables('document');
    expect(read.tables[0].rows[1][2]).toBe(ROW[2]);
    expect(fake.reviewedTextCalls).toBeLessThanOrEqual(1);
    expect(fake.syncs).toBe(1);
  });

  it('asks only the cells it cannot tell apart, once each, when a deleted word appears in two places', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW, ROW]]);
    fake.tables[0].rows[1][2].deleted = ' soon';
    const word = new WordPlanDocument(fake.host());
    const read = await word.readTables('document');
    expect(read.tables[0].rows[1][2]).toBe(ROW[2]);
    expect(read.tables[0].rows[2][2]).toBe(ROW[2]);
    expect(fake.reviewedTextCalls).toBe(2);
  });

  it('finds words that a tracked deletion splits (office-js #5874)', async () => {
    const cell = 'Mum to ring weekly.';
    const fake = new FakeWordDocument([[HEADER, [ROW[0], ROW[1], cell]]]);
    fake.tables[0].rows[1][2].deletions = [{ at: cell.indexOf('weekly'), text: 'not ' }];
    const word = await ready(fake);
    const result = await word.mark([finding('ring', { column: 2, quote: 'ring weekly', cell })], { comments: true });
    expect(result.notFound).toEqual([]);
    expect(fake.highlightAt(0, 1, 2, cell.indexOf('ring'), cell.indexOf('.'))).toBe(HIGHLIGHT.warning);
  });

  it('marks the right words after a tracked deletion whether or not Word’s search shows deleted text', async () => {
    const cell = 'Mum to ring weekly and visit soon.';
    for (const shows of [true, false]) {
      const fake = new FakeWordDocument([[HEADER, [ROW[0], ROW[1], cell]]]);
      fake.tables[0].rows[1][2].deletions = [{ at: cell.indexOf('weekly'), text: 'not ' }];
      fake.searchShowsDeletions = shows;
      const word = await ready(fake);
      await word.mark([finding('soon', { column: 2, quote: 'soon', cell })], { comments: false });
      expect(fake.highlightRuns(0, 1, 2).filter((r) => r.colour)).toEqual([
        { text: 'soon', colour: HIGHLIGHT.warning },
      ]);
    }
  });

  it('keeps columns in place under a vertically merged cell', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW, ['', 'Sam will read daily.', 'Dad to read with Sam at 7pm.']]]);
    fake.tables[0].rows[2][0].merged = 'continue';
    const word = new WordPlanDocument(fake.host());
    const read = await word.readTables('document');
    expect(read.tables[0].rows[2]).toEqual(['', 'Sam will read daily.', 'Dad to read with Sam at 7pm.']);
  });

  it('still keeps the columns when Word refuses cellIndex on merged cells (office-js #3200)', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW, ['', 'Sam will read daily.', 'Dad to read with Sam at 7pm.']]]);
    fake.tables[0].rows[2][0].merged = 'continue';
    fake.cellIndexFailsOnMergedCells = true;
    const read = await new WordPlanDocument(fake.host()).readTables('document');
    expect(read.tables[0].rows[2]).toEqual(['', 'Sam will read daily.', 'Dad to read with Sam at 7pm.']);
  });
});

describe('fewer costs (#15.8)', () => {
  it('searches each cell once, however many points it has', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const word = await ready(fake);
    const second = ROW[2].lastIndexOf('soon');
    const before = fake.searches;
    await word.mark(
      [
        finding('help', { column: 2, quote: 'help' }),
        finding('soon-1', { column: 2, quote: 'soon' }),
        finding('soon-2', { column: 2, quote: 'soon', start: second }),
      ],
      { comments: true },
    );
    expect(fake.searches - before).toBe(1);
    expect(fake.highlightAt(0, 1, 2, second, second + 4)).toBe(HIGHLIGHT.warning);
  });

  it('puts a new plan after the outer table when the cursor is in a nested table, never inside it', async () => {
    const { buildTemplate } = await import('../../src/engine/templates');
    const fake = new FakeWordDocument([[['Family', 'Contacts']], [['Name', 'Phone']], [['After', 'table']]]);
    fake.tables[1].nestingLevel = 2;
    fake.tables[1].parent = 0;
    fake.selectedTable = 1;
    await new WordPlanDocument(fake.host()).insertPlanTable(buildTemplate('torbay', { rows: 1 }));
    expect(fake.tables).toHaveLength(4);
    expect(fake.tables[2]).toMatchObject({ nestingLevel: 1, headerRowCount: 1 });
    expect(fake.tables[2].parent).toBeUndefined();
  });

  it('keeps no words of the plan in the document’s settings: ids and hashes only', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const word = await ready(fake);
    await word.mark([finding('f1', { column: 1, quote: 'more' }), finding('f2', { column: 2, quote: 'soon' })], {
      comments: true,
    });
    await word.setState({ ignored: ['x1'] });
    const stored = JSON.stringify([...fake.settings.values()]);
    for (const words of ['more', 'soon', 'Sam', 'Mum', 'say when']) expect(stored).not.toContain(words);
  });
});

describe('comments as a reviewer writes them (#14)', () => {
  it('carry no visible tag; old tagged comments of ours are still cleared, the user’s are kept', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    fake.addComment(0, 1, 0, 0, 3, 'Old point\n[SMART Plan Checker abc123]', 'Signed-in user');
    fake.addComment(0, 1, 0, 4, 6, 'Ask Sam what helps', 'Social worker');
    const word = await ready(fake);
    await word.mark([finding('more', { column: 1, quote: 'more' })], { comments: true });
    expect(fake.comments.map((c) => c.content).join('\n')).not.toMatch(/\[SMART Plan Checker more|\bmore\]/);
    await word.clearMarks();
    expect(fake.comments.map((c) => c.content)).toEqual(['Ask Sam what helps']);
  });

  it('puts a point about the whole plan as a comment on the first cell of the plan table', async () => {
    const fake = new FakeWordDocument([
      [['Name'], ['Sam']],
      [HEADER, ROW],
    ]);
    const word = await ready(fake);
    const review = finding('review', { column: 0, quote: '' }, 'warning', {
      table: -1,
      row: -1,
      column: -1,
      start: -1,
      end: -1,
      message: 'Add a date when the plan will be reviewed.',
    });
    const result = await word.mark([review, { ...finding('more', { column: 1, quote: 'more' }), table: 1 }], {
      comments: true,
    });
    expect(result.commented).toBe(2);
    const plan = fake.comments.find((c) => c.content.startsWith('Add a date'))!;
    expect(plan).toMatchObject({ table: 1, row: 0, column: 0 });
    await word.clearMarks();
    expect(fake.comments).toEqual([]);
  });

  it("writes the reviewer's summary as a tracked insertion when asked, and puts tracking back", async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]], ['Plan for Sam']);
    const word = new WordPlanDocument(fake.host());
    await word.insertSummary('Reviewed: two points to look at.', { tracked: true });
    expect(fake.paragraphs[0]).toBe('Reviewed: two points to look at.');
    expect(fake.trackedEdits).toEqual([expect.objectContaining({ inserted: 'Reviewed: two points to look at.' })]);
    expect(fake.changeTrackingMode).toBe('Off');
  });
});

describe('a row rewrite written natively (#14, common.md contract)', () => {
  const rewrite: RowRewrite = {
    id: 'rw1',
    table: 0,
    row: 1,
    cells: [
      { column: 1, role: 'outcome', before: ROW[1], after: 'Sam will be on time on 4 of 5 school days.' },
      { column: 2, role: 'action', before: ROW[2], after: 'Mum to help each morning and check every Friday.' },
    ],
    resolves: ['more', 'soon'],
    summary: 'Say how often, and by when.',
    modelledOn: { document: 'torbay', section: 'Timescales', point: 'Each action has a date.' },
  };

  it('changes every cell in one batch, only the differing words, as tracked changes', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const word = await ready(fake);
    const before = fake.syncs;
    await word.applyRewrite(rewrite, { tracked: true });
    expect(fake.tables[0].rows[1].map((c) => c.text)).toEqual([ROW[0], rewrite.cells[0].after, rewrite.cells[1].after]);
    expect(fake.trackedEdits.map((e) => [e.removed, e.inserted])).toEqual([
      ['more.', 'on 4 of 5 school days.'],
      ['soon and check soon.', 'each morning and check every Friday.'],
    ]);
    expect(fake.changeTrackingMode).toBe('Off');
    expect(fake.syncs - before).toBeLessThanOrEqual(3); // look, write, reply
  });

  it('refuses while a gap is left, writing nothing', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const word = await ready(fake);
    const syncs = fake.syncs;
    const gapped = { ...rewrite, cells: [{ ...rewrite.cells[0], after: 'Sam will be on time on [how many] days.' }] };
    await expect(word.applyRewrite(gapped, { tracked: true })).rejects.toBeInstanceOf(GapLeftError);
    expect(fake.syncs).toBe(syncs);
    expect(fake.tables[0].rows[1].map((c) => c.text)).toEqual(ROW);
  });

  it('refuses when the row has changed since the check, writing nothing', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const word = await ready(fake);
    fake.type(0, 1, 2, 0, 'Dad and ');
    await expect(word.applyRewrite(rewrite, { tracked: true })).rejects.toThrow(/changed since the check/);
    expect(fake.tables[0].rows[1][1].text).toBe(ROW[1]);
    expect(fake.trackedEdits).toEqual([]);
  });
});

describe('on Word with only WordApi 1.3 (no bookmarks, no comments)', () => {
  it('marks, re-marks and clears by place and hash, keeping the user’s highlight', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    const at = ROW[1].indexOf('more');
    fake.tables[0].rows[1][1].highlights.push({ start: at, end: at + 2, colour: 'Green' });
    const before = fake.highlightRuns(0, 1, 1);
    const word = await ready(fake, ['1.1', '1.2', '1.3']);
    const more = finding('more', { column: 1, quote: 'more' }, 'error');
    await word.mark([more], { comments: true });
    await word.mark([more], { comments: true });
    expect(fake.highlightAt(0, 1, 1, at, at + 4)).toBe(HIGHLIGHT.error);
    expect(await word.clearMarks()).toBe(1);
    expect(fake.highlightRuns(0, 1, 1)).toEqual(before);
  });
});

describe('a Word (or a stand-in for it) that does not honour wildcard searches', () => {
  it('still marks, selects, rewrites and clears, by searching for the words themselves', async () => {
    const fake = new FakeWordDocument([[HEADER, ROW]]);
    fake.wildcardsIgnored = true;
    const word = await ready(fake);
    const second = ROW[2].lastIndexOf('soon');
    const soon = finding('soon-2', { column: 2, quote: 'soon', start: second });
    const more = finding('more', { column: 1, quote: 'more' });
    const result = await word.mark([soon, more], { comments: true });
    expect(result).toMatchObject({ highlighted: 2, commented: 2, notFound: [] });
    expect(fake.highlightAt(0, 1, 2, second, second + 4)).toBe(HIGHLIGHT.warning);
    expect(fake.highlightAt(0, 1, 2, ROW[2].indexOf('soon'), ROW[2].indexOf('soon') + 4)).toBeNull();
    await word.select(more);
    expect(fake.selected).toMatchObject({ column: 1, start: ROW[1].indexOf('more') });
    await word.applySuggestion(soon, 'every Friday', { tracked: true });
    expect(fake.tables[0].rows[1][2].text).toBe('Mum to help soon and check every Friday.');
    await word.clearMarks();
    expect(noHighlightOfOurs(fake)).toBe(true);
    expect(fake.comments).toEqual([]);
  });
});
