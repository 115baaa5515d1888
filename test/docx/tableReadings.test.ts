// The user's corrections of how a table is read travel with the document: in a .docx (custom property)
// and in Word (document settings), read back exactly, with older documents and damaged values read safely.
import { DocxPlanDocument } from '../../src/docx';
import { readTableOverrides } from '../../src/document/tableOverrides';
import { WordPlanDocument } from '../../src/word/WordPlanDocument';
import type { TableOverride } from '../../src/engine';
import { FakeWordDocument } from '../fakes/wordFake';
import { HEADER, makeDocx, row, tbl } from './makeDocx';

const CORRECTIONS: TableOverride[] = [
  { table: 0, shape: 'label-column', roles: [{ index: 3, role: 'when' }] },
  { table: 2, shape: 'not-a-plan' },
];

describe('corrections of how tables are read', () => {
  it('are kept inside a .docx beside the ignored findings, and survive saving', async () => {
    const doc = await DocxPlanDocument.open(await makeDocx(tbl(HEADER, row('Need', 'Outcome', 'Action', ''))));
    await doc.setState({ ignored: ['abc123'], tableOverrides: CORRECTIONS });
    const reopened = await DocxPlanDocument.open(await doc.save());
    expect(await reopened.getState()).toEqual({ ignored: ['abc123'], tableOverrides: CORRECTIONS });
    // Taking them away again leaves the ignored list as it was.
    await reopened.setState({ ignored: ['abc123'] });
    expect(await (await DocxPlanDocument.open(await reopened.save())).getState()).toEqual({ ignored: ['abc123'] });
  });

  it('are kept in Word\u2019s document settings', async () => {
    const host = new FakeWordDocument([]).host();
    await new WordPlanDocument(host).setState({ ignored: [], tableOverrides: CORRECTIONS });
    expect(await new WordPlanDocument(host).getState()).toEqual({ ignored: [], tableOverrides: CORRECTIONS });
  });

  it('read a document saved before corrections existed, or a damaged value, as no corrections', () => {
    expect(readTableOverrides(undefined)).toEqual([]);
    expect(readTableOverrides('header-row')).toEqual([]);
    expect(
      readTableOverrides([
        { table: -1, shape: 'header-row' },
        { table: 1, shape: 'sideways' },
        {
          table: 2,
          roles: [
            { index: 0, role: 'boss' },
            { index: 1, role: null },
            { index: 'x', role: 'owner' },
          ],
        },
        null,
      ]),
    ).toEqual([{ table: 2, roles: [{ index: 1, role: null }] }]);
  });
});
