// The words the pane builds from numbers: rows named as the user counts them, never a list of 200.
import { rowList } from '../../src/taskpane/wording';

describe('rowList', () => {
  it.each([
    [[], ''],
    [[3], 'row 3'],
    [[2, 1], 'rows 1 and 2'],
    [[1, 2, 5], 'rows 1, 2 and 5'],
    [[1, 2, 3], 'rows 1 to 3'],
    [[7, 1, 2, 3, 5, 3], 'rows 1 to 3, 5 and 7'],
    [Array.from({ length: 200 }, (_, i) => i + 1), 'rows 1 to 200'],
    [[...Array.from({ length: 40 }, (_, i) => i + 1), 42, 44, 45, 46], 'rows 1 to 40, 42 and 44 to 46'],
  ])('%j reads "%s"', (numbers, expected) => {
    expect(rowList(numbers)).toBe(expected);
  });
});
