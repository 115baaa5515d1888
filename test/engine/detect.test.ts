import { LAYOUTS, analyseTable, detectLayout } from '../../src/engine';

describe('layout detection', () => {
  it.each(LAYOUTS.map((l) => [l.id, l] as const))('recognises the %s layout from its own header row', (id, layout) => {
    const match = detectLayout([layout.columns.map((c) => c.header), layout.columns.map(() => '')]);
    expect(match?.layoutId).toBe(id);
    expect(match?.columns.map((c) => c.role)).toEqual(layout.columns.map((c) => c.role));
  });

  it('forgives case, punctuation, line breaks and a title row above the header', () => {
    const match = detectLayout([
      ["CHILD'S CARE PLAN", '', '', ''],
      ['ASSESSED NEED', 'outcome:', 'Actions to be undertaken,\nby whom & by when', 'Achieved'],
      ['Noah needs glasses.', 'Noah will wear his glasses in class.', 'Mum to book an eye test by 01/05/25.', ''],
    ]);
    expect(match).toMatchObject({ layoutId: 'childs-care-plan', headerRows: 2 });
  });

  it('gives roles column by column to plan-like headers in another order and wording', () => {
    const match = detectLayout([
      ['Target date', 'Who is responsible', 'Agreed action', 'Goal for the child'],
      ['01/05/25', 'Mum', 'Book eye test', 'Noah can see the board'],
    ]);
    expect(match?.columns.map((c) => c.role)).toEqual(['when', 'owner', 'action', 'outcome']);
  });

  it('leaves a table that is not a plan alone and says why', () => {
    const analysis = analyseTable(
      {
        rows: [
          ['Name', 'Phone'],
          ['Dr Khan', '01234 567890'],
        ],
      },
      0,
    );
    expect(analysis.layout).toBeNull();
    expect(analysis.reason).toMatch(/contacts list, not a plan/);
    expect(analysis.findings).toEqual([]);
  });

  it('says an empty table is empty', () => {
    expect(analyseTable({ rows: [] }, 0).reason).toMatch(/empty/);
  });
});
