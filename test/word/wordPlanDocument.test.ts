import { checkPlan, type Finding } from '../../src/engine';
import { buildTemplate } from '../../src/engine/templates';
import { WordPlanDocument, HIGHLIGHT } from '../../src/word/WordPlanDocument';
import { FakeWordDocument } from '../fakes/wordFake';
import { CHILDS_HEADER } from '../support/plans';

const FAULTY = ['Kai needs to be healthy.', 'Kai will be seen regularly.', 'Health visitor to visit - ongoing.', ''];
const GOOD = [
  'Kai misses breakfast.',
  'Kai will eat breakfast on 4 of 5 school days.',
  'Dad to buy cereal each Sunday from 06/01/25.',
  '',
];

function plan(rows: string[][] = [FAULTY]) {
  return [CHILDS_HEADER, ...rows];
}

async function check(word: WordPlanDocument): Promise<Finding[]> {
  const read = await word.readTables('document');
  return checkPlan(read.tables, { surroundingText: read.surroundingText }).tables.flatMap((t) => t.findings);
}

describe('reading tables in Word', () => {
  it('reads every table in one round trip, ragged rows as they are', async () => {
    const fake = new FakeWordDocument([plan(), [['Name', 'Phone'], ['Dr Khan']]], ['Review date: 01/06/25']);
    const word = new WordPlanDocument(fake.host());
    const { tables, surroundingText } = await word.readTables('document');
    expect(fake.syncs).toBe(1);
    expect(tables[0].rows[1]).toEqual(FAULTY);
    expect(tables[1].rows).toEqual([['Name', 'Phone'], ['Dr Khan']]);
    expect(surroundingText).toBe('Review date: 01/06/25');
  });

  it('reads only the table the cursor is in when asked, and says so when there is none', async () => {
    const fake = new FakeWordDocument([[['A', 'B']], plan()]);
    const word = new WordPlanDocument(fake.host());
    fake.selectedTable = 1;
    expect((await word.readTables('selection')).tables.map((t) => t.index)).toEqual([1]);
    fake.selectedTable = null;
    const none = await word.readTables('selection');
    expect(none.tables).toEqual([]);
    expect(none.notes.join(' ')).toMatch(/cursor is not in a table/);
  });
});

describe('marking in Word', () => {
  it('highlights the words at fault and comments on them, changing no text', async () => {
    const fake = new FakeWordDocument([plan()]);
    const word = new WordPlanDocument(fake.host());
    const findings = await check(word);
    const result = await word.mark(findings, { comments: true });
    expect(result.notFound).toEqual([]);
    expect(fake.tables[0].rows[1].map((c) => c.text)).toEqual(FAULTY);
    expect(fake.highlightAt(0, 1, 2, 26, 33)).toBe(HIGHLIGHT.warning); // "ongoing"
    const comment = fake.comments.find((c) => c.content.includes('is not a timescale'))!;
    expect(fake.tables[0].rows[1][2].text.slice(comment.start, comment.end)).toBe('ongoing');
    expect(comment.content).toMatch(/Guidance: Smart Planning Guidance/);
  });

  it('marks the right one of two identical words', async () => {
    const fake = new FakeWordDocument([
      plan([['Need', 'Outcome', 'Ongoing support from the nursery; Mum to ring ASAP and then again ASAP.', '']]),
    ]);
    const word = new WordPlanDocument(fake.host());
    await word.readTables('document');
    const cell = fake.tables[0].rows[1][2].text;
    const second = cell.lastIndexOf('ASAP');
    const finding = (await check(word)).find((f) => f.code === 'open-timescale' && f.start === second)!;
    await word.mark([finding], { comments: false });
    expect(fake.highlightAt(0, 1, 2, second, second + 4)).toBe(HIGHLIGHT.warning);
    expect(fake.highlightAt(0, 1, 2, cell.indexOf('ASAP'), cell.indexOf('ASAP') + 4)).toBeNull();
  });

  it('re-checking updates the marks rather than adding more', async () => {
    const fake = new FakeWordDocument([plan()]);
    const word = new WordPlanDocument(fake.host());
    const findings = await check(word);
    await word.mark(findings, { comments: true });
    await word.mark(findings, { comments: true });
    expect(fake.comments).toHaveLength(findings.length);
  });

  it("clears exactly our marks: the user's comments and highlights stay", async () => {
    const fake = new FakeWordDocument([plan()]);
    fake.addComment(0, 1, 0, 0, 3, 'Mum said this in the meeting', 'Practitioner');
    fake.tables[0].rows[1][1].highlights.push({ start: 19, end: 28, colour: 'Green' }); // "regularly" highlighted by the user
    const word = new WordPlanDocument(fake.host());
    await word.mark(await check(word), { comments: true });
    await word.clearMarks();
    expect(fake.comments.map((c) => c.content)).toEqual(['Mum said this in the meeting']);
    expect(fake.tables[0].rows[1][1].highlights).toEqual([{ start: 19, end: 28, colour: 'Green' }]);
    expect(fake.tables[0].rows[1][2].highlights).toEqual([]);
  });

  it('costs the same few round trips for 5 rows and for 200', async () => {
    const counts = [];
    for (const size of [5, 200]) {
      const fake = new FakeWordDocument([plan(Array.from({ length: size }, (_, i) => (i % 2 ? GOOD : FAULTY)))]);
      const word = new WordPlanDocument(fake.host());
      await word.mark(await check(word), { comments: true });
      counts.push(fake.syncs);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  it('on a Word with only WordApi 1.3: highlights, no comments, and says so', async () => {
    const fake = new FakeWordDocument([plan()]);
    const word = new WordPlanDocument(fake.host(['1.1', '1.2', '1.3']));
    const caps = await word.capabilities();
    expect(caps.comments).toBe(false);
    expect(caps.limitations.join(' ')).toMatch(/cannot add comments/);
    const result = await word.mark(await check(word), { comments: true });
    expect(result.commented).toBe(0);
    expect(result.highlighted).toBeGreaterThan(0);
    expect(fake.comments).toEqual([]);
  });

  it('leaves a protected document as it was, with a plain message', async () => {
    const fake = new FakeWordDocument([plan()]);
    const word = new WordPlanDocument(fake.host());
    const findings = await check(word);
    fake.failNextSync = 'AccessDenied: the document is protected';
    await expect(word.mark(findings, { comments: true })).rejects.toThrow(
      /may be protected or opened read-only. Nothing was changed/,
    );
    expect(fake.comments).toEqual([]);
    expect(fake.tables[0].rows[1].every((c) => c.highlights.length === 0)).toBe(true);
  });
});

describe('applying a rewrite in Word', () => {
  it('replaces only the words at fault, as a tracked change, and restores tracking after', async () => {
    const fake = new FakeWordDocument([plan()]);
    const word = new WordPlanDocument(fake.host());
    const findings = await check(word);
    await word.mark(findings, { comments: true });
    const open = findings.find((f) => f.code === 'open-timescale')!;
    await word.applySuggestion(open, 'every 2 weeks until 30/06/25', { tracked: true });
    expect(fake.tables[0].rows[1][2].text).toBe('Health visitor to visit - every 2 weeks until 30/06/25.');
    expect(fake.tables[0].rows[1][0].text).toBe(FAULTY[0]);
    expect(fake.trackedEdits).toHaveLength(1);
    expect(fake.changeTrackingMode).toBe('Off');
    expect(fake.comments.find((c) => c.content.startsWith(open.message))?.replies).toEqual([
      'Changed to: every 2 weeks until 30/06/25',
    ]);
  });

  it('edits without tracking outside reviewer mode', async () => {
    const fake = new FakeWordDocument([plan()]);
    const word = new WordPlanDocument(fake.host());
    const open = (await check(word)).find((f) => f.code === 'open-timescale')!;
    await word.applySuggestion(open, 'by 30/06/25', { tracked: false });
    expect(fake.trackedEdits).toEqual([]);
    expect(fake.tables[0].rows[1][2].text).toBe('Health visitor to visit - by 30/06/25.');
  });
});

describe('templates and state in Word', () => {
  it('inserts a plan table with a repeating header row and a style that prints in black and white', async () => {
    const fake = new FakeWordDocument([]);
    const word = new WordPlanDocument(fake.host());
    await word.insertPlanTable(buildTemplate('smart-planning-guidance', { rows: 2 }));
    expect(fake.tables[0].rows.map((r) => r.length)).toEqual([3, 3, 3]);
    expect(fake.tables[0].headerRowCount).toBe(1);
    expect(fake.tables[0].style).toBe('TableGrid');
    const read = await word.readTables('document');
    expect(checkPlan(read.tables).tables[0].findings.every((f) => f.code === 'to-complete')).toBe(true);
  });

  it('remembers ignored findings in the document settings', async () => {
    const fake = new FakeWordDocument([]);
    const host = fake.host();
    const word = new WordPlanDocument(host);
    await word.setState({ ignored: ['x1'] });
    expect(await new WordPlanDocument(host).getState()).toEqual({ ignored: ['x1'] });
    expect(host.saves).toBe(1);
  });
});
