// A pair of plans written by another word processor: LibreOffice turns two HTML plans (the first in the
// Wakefield layout, its review in the Torbay layout, reordered, with dates written out in words) into .docx
// files, and the comparison must still pair the rows by meaning and find the drift between them.
import fs from 'fs';
import path from 'path';
import { DocxPlanDocument } from '../../src/docx';
import { comparePlans, type PlanVersion } from '../../src/engine';
import { libreOffice } from '../support/libreoffice';

jest.setTimeout(240000);

const { work, convertTo } = libreOffice('smart-plan-compare-lo-');

const cells = (tag: string, texts: string[]) => `<tr>${texts.map((t) => `<${tag}>${t}</${tag}>`).join('')}</tr>`;

const FIRST = `<html><body><h1>Child in Need plan</h1><p>Child: Freya Clarke (11)</p><p>Plan date: 3rd February 2025</p>
<table border="1">
${cells('th', ['Concern and its impact on the child', 'What needs to change?', 'Who is going to do what and by when?', 'How will the family keep the change going?'])}
${cells('td', [
  'Freya has been left alone at home overnight twice since Christmas while mum worked nights.',
  'Freya will always have an adult she knows staying with her when mum works a night shift.',
  'Mum (Lisa Clarke) will give the school and social worker the names of two adults who can stay over by 14th February 2025. Social worker Ben Ortiz will meet both adults by 28th February 2025.',
  'Lisa will keep a rota on the fridge showing who stays each night shift.',
])}
${cells('td', [
  'Freya is anxious, is not sleeping and has cut her arm once.',
  'Freya will be able to tell an adult when she feels overwhelmed and will have no further self-harm.',
  'School nurse Amy Jones will see Freya every Tuesday for 6 weeks from 11/02/2025 and refer her to CAMHS by 25/02/2025.',
  'Freya will use her worry diary each evening and share it with the school nurse weekly.',
])}
${cells('td', [
  'Freya\u2019s attendance fell to 81% this term.',
  'Freya will attend school every day, reaching 95% by Easter.',
  'Head of Year Mr Grant will phone mum on the first morning of any absence until 4 April 2025.',
  'The school register is checked at each review.',
])}
</table></body></html>`;

const REVIEW = `<html><body><h1>Child in Need plan: review</h1><p>Child: Freya Clarke (11)</p><p>Plan date: 17th March 2025</p>
<p>What has changed: Freya\u2019s attendance is now 96% and school have closed their part of the plan, as the attendance goal was met.</p>
<table border="1">
${cells('th', ['Desired outcome', 'What needs to happen?', 'Who will be responsible?', 'When does it need to be done?', 'How will we know we have made progress?'])}
${cells('td', [
  'Freya will be able to tell an adult when she feels overwhelmed and will have no further self-harm.',
  'See Freya weekly in school and follow up the CAMHS referral.',
  'Sara Khan, school nurse',
  'Every Tuesday until 30th April 2025',
  'Freya will use her worry diary each evening and share it with the school nurse weekly.',
])}
${cells('td', [
  'Freya will always have an adult she knows staying with her when mum works a night shift.',
  'Give the names of two adults who can stay over; meet both adults.',
  'Lisa Clarke (mum); Ben Ortiz, social worker',
  'Names by 14th February 2025; meetings by 28th February 2025',
  'Lisa will keep a rota on the fridge showing who stays each night shift.',
])}
${cells('td', [
  'Freya will go to drama club on Thursdays to see friends outside school.',
  'Mum to pay the club fee from the family grant.',
  'Lisa Clarke',
  'From 20th March 2025',
  'The club\u2019s register shows Freya there each Thursday.',
])}
</table></body></html>`;

async function writtenByLibreOffice(name: string, html: string): Promise<PlanVersion> {
  const source = path.join(work, `${name}.html`);
  fs.writeFileSync(source, html);
  const document = await DocxPlanDocument.open(fs.readFileSync(convertTo(source, 'docx:MS Word 2007 XML')));
  const read = await document.readTables('document');
  return { tables: read.tables, surroundingText: read.surroundingText };
}

it('pairs the rows of two LibreOffice plans by meaning and finds the drift between them', async () => {
  const result = comparePlans(await writtenByLibreOffice('first', FIRST), await writtenByLibreOffice('review', REVIEW));
  expect([result.oldPlanDate, result.newPlanDate]).toEqual(['2025-02-03', '2025-03-17']);
  expect(
    result.rows.map((r) => [r.old?.number ?? null, r.new?.number ?? null, r.status, r.points.map((p) => p.code)]),
  ).toEqual([
    // The same measure, and the only new number is a date ("until 30th April 2025"): no progress recorded.
    [2, 1, 'changed', ['deadline-passed', 'date-moved', 'owner-changed', 'measure-unchanged']],
    [1, 2, 'changed', ['deadline-passed', 'measure-unchanged']],
    [null, 3, 'new', []],
    [3, null, 'dropped', ['reason-given']],
  ]);
  expect(result.rows[0].points[2].message).toMatch(/named Amy Jones, this one names Sara Khan/);
  expect(result.summary).toMatchObject({ deadlinesPassed: 2, outcomesDropped: 1, droppedWithoutReason: 0 });
});
