// Hostile .docx files (issue #16): huge or lying parts are refused before they cost memory, characters
// XML forbids and DOCTYPEs never reach the reviewed copy, and damaged parts get plain words.
import JSZip from 'jszip';
import { DocxPlanDocument, DocxError } from '../../src/docx';
import { DocxTooLargeError } from '../../src/docx/DocxPlanDocument';
import { parseXml } from '../../src/docx/xml';
import { checkPlan } from '../../src/engine';
import { HEADER, makeDocx, p, partText, r, row, tbl } from './makeDocx';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A .docx whose word/document.xml is exactly this text. */
async function withDocumentXml(xml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await makeDocx(tbl(HEADER)));
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Rewrites the unpacked size the zip declares for one part (local header and central directory). */
function declareSize(bytes: Uint8Array, part: string, size: number): Uint8Array {
  const out = Buffer.from(bytes);
  const name = Buffer.from(part);
  for (let i = 0; i < out.length - 4; i++) {
    const signature = out.readUInt32LE(i);
    if (signature === 0x04034b50 && out.subarray(i + 30, i + 30 + name.length).equals(name))
      out.writeUInt32LE(size, i + 22);
    if (signature === 0x02014b50 && out.subarray(i + 46, i + 46 + name.length).equals(name))
      out.writeUInt32LE(size, i + 24);
  }
  return new Uint8Array(out);
}

const bigDocument = (megabytes: number) =>
  `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${p(r('x'.repeat(megabytes * 1024 * 1024)))}</w:body></w:document>`;

describe('huge and lying parts', () => {
  it('refuses a document over the limit from the size the zip declares, before unpacking it', async () => {
    const bytes = await withDocumentXml(bigDocument(3));
    const opening = DocxPlanDocument.open(bytes, { maxDocumentBytes: 1024 * 1024 });
    await expect(opening).rejects.toBeInstanceOf(DocxTooLargeError);
    await expect(opening).rejects.toThrow(/this plan is 3.1 MB of Word text; plans over 1 MB are not checked/);
  });

  it('stops unpacking a part whose zip entry lies about its size (a zip bomb)', async () => {
    const bytes = declareSize(await withDocumentXml(bigDocument(3)), 'word/document.xml', 900);
    const error = await DocxPlanDocument.open(bytes, { maxDocumentBytes: 1024 * 1024 }).catch((e) => e);
    expect(error).toBeInstanceOf(DocxTooLargeError);
    expect((error as DocxTooLargeError).bytes).toBeLessThan(2 * 1024 * 1024);
    expect((error as Error).message).toMatch(/this plan is more than 1 MB of Word text/);
  });

  it('refuses other parts over their limit too', async () => {
    const zip = await JSZip.loadAsync(await makeDocx(tbl(HEADER), '<w:comment w:id="1"/>'));
    zip.file('word/comments.xml', `<w:comments xmlns:w="${W}">${' '.repeat(2 * 1024 * 1024)}</w:comments>`);
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    await expect(DocxPlanDocument.open(bytes, { maxPartBytes: 1024 * 1024 })).rejects.toThrow(
      /word\/comments\.xml\) would take 2.1 MB once unpacked, more than a plan needs/,
    );
  });
});

describe('what XML forbids never reaches the reviewed copy', () => {
  it('drops control characters, raw or as character references, and the copy parses again', async () => {
    const cell = (text: string) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:tc>`;
    const xml = `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body><w:tbl>${HEADER}<w:tr>${cell('Kai needs&#1; to be healthy.')}${cell('Kai will be seen regularly.')}${cell('Nurse to visit - ongoing.&#x1F;')}${cell('')}</w:tr></w:tbl><w:sectPr/></w:body></w:document>`;
    const doc = await DocxPlanDocument.open(await withDocumentXml(xml));
    const read = await doc.readTables('document');
    await doc.mark(
      checkPlan(read.tables).tables.flatMap((t) => t.findings),
      { comments: true },
    );
    const bytes = await doc.save();
    const saved = await partText(bytes, 'word/document.xml');
    // eslint-disable-next-line no-control-regex
    expect(saved).not.toMatch(/[\u0001\u001f]|&#x?0*1;|&#x1F;/i);
    expect(() => parseXml(saved, 'word/document.xml')).not.toThrow();
    const reopened = await (await DocxPlanDocument.open(bytes)).readTables('document');
    expect(reopened.tables[0].rows[1][0]).toBe('Kai needs to be healthy.');
    expect(reopened.tables[0].rows[1][2]).toBe('Nurse to visit - ongoing.');
  });

  it('never copies a DOCTYPE, in the document or in any other part', async () => {
    const doctype = '<!DOCTYPE w:document [<!ENTITY ext SYSTEM "file:///etc/passwd">]>';
    const xml = `<?xml version="1.0"?>${doctype}<w:document xmlns:w="${W}"><w:body>${tbl(HEADER, row('Need', 'Outcome', 'Mum to call ASAP.', ''))}<w:sectPr/></w:body></w:document>`;
    const zip = await JSZip.loadAsync(await withDocumentXml(xml));
    zip.file('word/styles.xml', `<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY a "b">]><w:styles xmlns:w="${W}"/>`);
    const doc = await DocxPlanDocument.open(await zip.generateAsync({ type: 'uint8array' }));
    const saved = await doc.save();
    expect(await partText(saved, 'word/document.xml')).not.toMatch(/DOCTYPE|ENTITY|passwd/);
    expect(await partText(saved, 'word/styles.xml')).not.toMatch(/DOCTYPE|ENTITY/);
  });
});

describe('damaged parts get plain words', () => {
  let written = '';
  const write = process.stderr.write.bind(process.stderr);
  const error = console.error;
  beforeEach(() => {
    written = '';
    process.stderr.write = ((chunk: string) => {
      written += chunk;
      return true;
    }) as typeof process.stderr.write;
    console.error = (...args: unknown[]) => {
      written += args.join(' ');
    };
  });
  afterEach(() => {
    process.stderr.write = write;
    console.error = error;
  });

  it.each([
    ['a part that is not XML at all', 'PK\u0003\u0004 binary rubbish'],
    ['an undeclared prefix', '<w:document><w:body/></w:document>'],
    ['an unclosed element', `<w:document xmlns:w="${W}"><w:body>`],
  ])('%s', async (_label, xml) => {
    const opening = DocxPlanDocument.open(await withDocumentXml(xml));
    await expect(opening).rejects.toBeInstanceOf(DocxError);
    const message = ((await opening.catch((e: Error) => e)) as Error).message;
    expect(message).toMatch(/word\/document\.xml\) is damaged/);
    expect(message).not.toMatch(/NamespaceError|prefix|xmldom|ParseError/);
    expect(written).not.toMatch(/xmldom/);
  });
});
