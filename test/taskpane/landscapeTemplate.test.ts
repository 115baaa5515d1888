// The DCS plan's seven columns go in a landscape section, so its words do not break; narrower plans
// stay upright, and the text around an inserted plan keeps its own page setup.
import JSZip from 'jszip';
import { DocxPlanDocument } from '../../src/docx';
import { buildTemplate } from '../../src/engine/templates';

async function documentXml(document: DocxPlanDocument): Promise<string> {
  const zip = await JSZip.loadAsync(await document.save());
  return zip.file('word/document.xml')!.async('string');
}

const pageSizes = (xml: string) => [...xml.matchAll(/<w:pgSz [^>]*>/g)].map((m) => m[0]);

it('asks for landscape for the seven-column DCS plan only', () => {
  expect(buildTemplate('dcs').orientation).toBe('landscape');
  expect(buildTemplate('torbay').orientation).toBeUndefined();
  expect(buildTemplate('childs-care-plan').orientation).toBeUndefined();
});

it('turns a new document holding the DCS plan sideways, with the table as wide as the page allows', async () => {
  const xml = await documentXml(await DocxPlanDocument.create(buildTemplate('dcs', { planDate: '2025-03-03' })));
  expect(pageSizes(xml)).toEqual(['<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>']);
  const widths = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
  expect(widths).toHaveLength(7);
  expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(14000);
});

it('inserts the DCS plan after a portrait plan in its own landscape section, leaving the first page upright', async () => {
  const document = await DocxPlanDocument.create(buildTemplate('torbay', { planDate: '2025-03-03' }));
  await document.insertPlanTable(buildTemplate('dcs', { planDate: '2025-03-03' }));
  const sizes = pageSizes(await documentXml(document));
  // Section ending before the DCS plan (upright), the DCS plan's own (sideways), the document's last (upright).
  expect(sizes).toEqual([
    '<w:pgSz w:w="11906" w:h="16838"/>',
    '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
    '<w:pgSz w:w="11906" w:h="16838"/>',
  ]);
  const tables = (await document.readTables('document')).tables;
  expect(tables.map((t) => t.rows[0].length)).toEqual([5, 7]);
});
