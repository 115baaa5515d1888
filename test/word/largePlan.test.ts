import type { Finding } from '../../src/engine/types';
import { HIGHLIGHT, WordPlanDocument } from '../../src/word/WordPlanDocument';
import { FakeWordDocument } from '../fakes/wordFake';

const HEADER = ['Need', 'Outcome', 'Action, who and when'];
const ROW = ['Ali misses school.', 'Ali will go to school.', 'Dad to phone the school soon.'];

function soon(row: number): Finding {
  const start = ROW[2].indexOf('soon');
  return {
    id: `soon-${row}`,
    rule: 'hand-made',
    code: 'open-timescale',
    letters: ['T'],
    severity: 'warning',
    table: 0,
    row,
    column: 2,
    role: 'action',
    start,
    end: start + 4,
    quote: 'soon',
    message: 'Give a date.',
    guidance: { document: 'torbay', section: 'Timescales', point: 'Each action has a date.' },
  };
}

describe('a 500-row plan in Word', () => {
  it('is read in one round trip and marked in two, every row, with no text changed', async () => {
    const fake = new FakeWordDocument([[HEADER, ...Array.from({ length: 500 }, () => ROW)]]);
    const word = new WordPlanDocument(fake.host());
    const read = await word.readTables('document');
    expect(fake.syncs).toBe(1);
    expect(read.tables[0].rows).toHaveLength(501);
    const findings = Array.from({ length: 500 }, (_, i) => soon(i + 1));
    const result = await word.mark(findings, { comments: true });
    expect(fake.syncs).toBe(3);
    expect(result).toMatchObject({ highlighted: 500, commented: 500, notFound: [] });
    const at = ROW[2].indexOf('soon');
    expect(fake.highlightAt(0, 500, 2, at, at + 4)).toBe(HIGHLIGHT.warning);
    expect(fake.tables[0].rows.slice(1).every((row) => row.every((cell, c) => cell.text === ROW[c]))).toBe(true);
  });
});
