import { checkPlan } from '../../src/engine';
import { buildTemplate } from '../../src/engine/templates';
import { WordPlanDocument } from '../../src/word/WordPlanDocument';
import { FakeWordDocument } from '../fakes/wordFake';

describe('inserting a plan template in Word', () => {
  it('wraps each prompt and the title in a content control carrying the template tag', async () => {
    const fake = new FakeWordDocument([]);
    const word = new WordPlanDocument(fake.host());
    const spec = buildTemplate('smart-planning-guidance', { rows: 2 });
    await word.insertPlanTable(spec);

    const promptCells = spec.rows.flatMap((row, r) =>
      row.flatMap((cell, c) => (cell.prompt && !cell.text ? [{ table: 0, row: r + 1, column: c }] : [])),
    );
    expect(promptCells.length).toBeGreaterThan(0);
    const inCells = fake.contentControls.filter((cc) => 'table' in cc.at);
    expect(inCells.map((cc) => cc.at)).toEqual(promptCells);
    expect(inCells.every((cc) => cc.tag === spec.tag)).toBe(true);
    expect(inCells.map((cc) => cc.title)).toEqual(promptCells.map((p) => spec.header[p.column]));
    expect(fake.contentControls).toContainEqual({ tag: spec.tag, title: 'Plan title', at: { paragraph: spec.title } });
    // The header row is not a prompt, and the prompts still read as an empty plan to fill in.
    expect(inCells.some((cc) => 'row' in cc.at && cc.at.row === 0)).toBe(false);
    const read = await word.readTables('document');
    expect(checkPlan(read.tables).tables[0].findings.every((f) => f.code === 'to-complete')).toBe(true);
  });

  it('puts the new plan after the table the cursor is in, never inside it, and keeps that table as it was', async () => {
    const fake = new FakeWordDocument([
      [
        ['Name', 'Phone'],
        ['Dr Khan', '01234 567890'],
      ],
    ]);
    fake.selectedTable = 0;
    const word = new WordPlanDocument(fake.host());
    await word.insertPlanTable(buildTemplate('torbay', { rows: 1 }));
    expect(fake.tables).toHaveLength(2);
    expect(fake.tables[0].rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Name', 'Phone'],
      ['Dr Khan', '01234 567890'],
    ]);
    expect(fake.tables[1].headerRowCount).toBe(1);
  });

  it('a refused insertion (protected document) gives a plain message', async () => {
    const fake = new FakeWordDocument([]);
    const word = new WordPlanDocument(fake.host());
    fake.failNextSync = 'AccessDenied: the document is protected';
    await expect(word.insertPlanTable(buildTemplate('dcs', { rows: 1 }))).rejects.toThrow(
      /protected or opened read-only\. Nothing was changed/,
    );
    expect(fake.tables).toEqual([]);
    expect(fake.contentControls).toEqual([]);
  });
});
