// `smart-plan check` on hostile batches (issue #16): a huge plan never stops the others, reviewed copies
// never overwrite anything or go through a link, the CSV is safe to open in a spreadsheet, and every
// mistake gets a plain line. Also the tracked rule of issue #13: nothing with a [gap] goes into the plan.
import { spawnSync } from 'child_process';
import fs from 'fs';
import JSZip from 'jszip';
import os from 'os';
import path from 'path';
import { applyTracked } from '../../src/cli/check';
import { DocxPlanDocument } from '../../src/docx';
import { checkPlan, type PlanReport } from '../../src/engine';
import type { RowRewrite } from '../../src/engine/rewrite/types';
import { HEADER, makeDocx, p, partText, r, row, tbl } from './makeDocx';

const bin = path.resolve(__dirname, '../../bin/smart-plan.cjs');
const smartPlan = (args: string[], cwd?: string) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd });

const planBody = (need: string) =>
  p(r('Kai says he likes nursery. Review date: 01/06/25.')) +
  tbl(HEADER, row(need, 'Kai will be seen regularly.', 'Health visitor to visit - ongoing. Mum to call ASAP.', ''));

let dir: string;
const at = (...parts: string[]) => path.join(dir, ...parts);
async function writePlan(file: string, need = 'Kai needs to be healthy.'): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await makeDocx(planBody(need)));
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smart-plan-batch-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('one big plan never stops the batch', () => {
  it('refuses the huge plan plainly, reviews the plans either side of it and writes the report', async () => {
    await writePlan(at('in', 'a.docx'));
    // 17 MB of Word text (it packs to a few KB): over the 16 MB a plan may have.
    const zip = await JSZip.loadAsync(await makeDocx(tbl(HEADER)));
    zip.file(
      'word/document.xml',
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${tbl(HEADER, row('x'.repeat(17 * 1024 * 1024), '', '', ''))}</w:body></w:document>`,
    );
    fs.writeFileSync(at('in', 'b.docx'), await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    await writePlan(at('in', 'c.docx'));
    const result = smartPlan(['check', at('in'), '--out', at('out'), '--report', at('out', 'audit.json')]);
    expect(result.stderr).toMatch(/b\.docx: this plan is 17 MB of Word text; plans over 16 MB are not checked/);
    expect(result.stdout).toMatch(/a\.docx: \d+\/100/);
    expect(result.stdout).toMatch(/c\.docx: \d+\/100/);
    expect(fs.existsSync(at('out', 'a.reviewed.docx'))).toBe(true);
    expect(fs.existsSync(at('out', 'c.reviewed.docx'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(at('out', 'audit.json'), 'utf8')).overall.plans).toBe(2);
    expect(result.status).toBe(1);
  });

  it('checks a plan with over 1 MB of table text without marking it', async () => {
    const rows = Array.from({ length: 2200 }, (_, i) =>
      row(
        `Need ${i}: Kai needs help with sleep.`,
        'Kai will sleep through the night.',
        'Mum to follow the bedtime routine every night from 01/05/25 and keep a sleep diary for the health visitor. '.repeat(
          4,
        ),
        '',
      ),
    );
    fs.writeFileSync(at('long.docx'), await makeDocx(tbl(HEADER, ...rows)));
    const result = smartPlan(['check', at('long.docx'), '--report', at('audit.csv')]);
    expect(result.stdout).toMatch(
      /long\.docx: \d+\/100 .*not marked: this plan has 1\.\d MB of text in its tables; plans over 1 MB are checked without marks/,
    );
    expect(fs.existsSync(at('long.reviewed.docx'))).toBe(false);
    expect(fs.readFileSync(at('audit.csv'), 'utf8')).toMatch(/"long\.docx"/);
    expect(result.status).toBe(0);
  });
});

describe('reviewed copies never overwrite anything', () => {
  it('gives same-named plans from two folders their own copies in one --out, and says so', async () => {
    await writePlan(at('east', 'plan.docx'), 'Kai needs to be healthy.');
    await writePlan(at('west', 'plan.docx'), 'Ali needs to be healthy.');
    const result = smartPlan(['check', at('east'), at('west'), '--out', at('out')]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /west\/plan\.docx: another plan in this check has the same name, so its reviewed copy is .*plan-2\.reviewed\.docx/,
    );
    const first = await DocxPlanDocument.open(fs.readFileSync(at('out', 'plan.reviewed.docx')));
    const second = await DocxPlanDocument.open(fs.readFileSync(at('out', 'plan-2.reviewed.docx')));
    expect((await first.readTables('document')).tables[0].rows[1][0]).toBe('Kai needs to be healthy.');
    expect((await second.readTables('document')).tables[0].rows[1][0]).toBe('Ali needs to be healthy.');
  });

  it('leaves an existing reviewed copy alone unless --force is given', async () => {
    await writePlan(at('plan.docx'));
    fs.writeFileSync(at('plan.reviewed.docx'), 'the supervisor’s own edits');
    const refused = smartPlan(['check', at('plan.docx')]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/plan\.reviewed\.docx already exists \(add --force to replace it\)/);
    expect(fs.readFileSync(at('plan.reviewed.docx'), 'utf8')).toBe('the supervisor’s own edits');
    const forced = smartPlan(['check', at('plan.docx'), '--force']);
    expect(forced.status).toBe(0);
    expect(fs.readFileSync(at('plan.reviewed.docx')).subarray(0, 2).toString()).toBe('PK');
    // Nothing temporary is left behind.
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('never writes through a link planted in --out, even with --force', async () => {
    await writePlan(at('plan.docx'));
    fs.mkdirSync(at('out'));
    fs.writeFileSync(at('precious.txt'), 'keep me');
    fs.symlinkSync(at('precious.txt'), at('out', 'plan.reviewed.docx'));
    for (const extra of [[], ['--force']]) {
      const result = smartPlan(['check', at('plan.docx'), '--out', at('out'), ...extra]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/plan\.reviewed\.docx is a link; nothing is written through a link/);
      expect(fs.readFileSync(at('precious.txt'), 'utf8')).toBe('keep me');
      expect(fs.lstatSync(at('out', 'plan.reviewed.docx')).isSymbolicLink()).toBe(true);
    }
  });

  it('makes the --out folder when it does not exist', async () => {
    await writePlan(at('plan.docx'));
    const result = smartPlan(['check', at('plan.docx'), '--out', at('new', 'reviews')]);
    expect(result.status).toBe(0);
    expect(fs.existsSync(at('new', 'reviews', 'plan.reviewed.docx'))).toBe(true);
  });
});

describe('the audit and the command line', () => {
  it('writes spreadsheet-safe CSV: a plan named like a formula is text', async () => {
    for (const name of ['=HYPERLINK(1+2).docx', '@SUM(1).docx', '+cmd.docx', '-2+3.docx'])
      await writePlan(at('in', name));
    const result = smartPlan(['check', at('in'), '--out', at('out'), '--report', at('audit.csv')]);
    expect(result.status).toBe(0);
    const cells = fs
      .readFileSync(at('audit.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(cells.sort()).toEqual([`"'+cmd.docx"`, `"'-2+3.docx"`, `"'=HYPERLINK(1+2).docx"`, `"'@SUM(1).docx"`]);
  });

  it('says so when a folder holds only macro-enabled documents, and exits with a fault', () => {
    fs.mkdirSync(at('macros'));
    fs.writeFileSync(at('macros', 'plan.docm'), 'x');
    const result = smartPlan(['check', at('macros')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /no \.docx plans in this folder; 1 macro-enabled document\(s\) \(\.docm\) are not checked/,
    );
  });

  it('reads every word after -- as a file, even one named like an option', async () => {
    await writePlan(at('--tracked.docx'));
    const result = smartPlan(['check', '--', '--tracked.docx'], dir);
    expect(result.status).toBe(0);
    expect(fs.existsSync(at('--tracked.reviewed.docx'))).toBe(true);
  });

  it('puts no parser noise on stderr for a damaged plan', async () => {
    const zip = await JSZip.loadAsync(await makeDocx(tbl(HEADER)));
    zip.file('word/document.xml', '<w:document><w:body><w:p></w:body>');
    fs.writeFileSync(at('damaged.docx'), await zip.generateAsync({ type: 'uint8array' }));
    await writePlan(at('good.docx'));
    const result = smartPlan(['check', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/damaged\.docx: Part of this file \(word\/document\.xml\) is damaged/);
    expect(result.stderr).not.toMatch(/xmldom|NamespaceError|prefix is non-null|at .*\.js:\d+/);
    expect(result.stdout).toMatch(/good\.docx: \d+\/100/);
  });
});

describe('check --tracked never puts a [gap] into the plan', () => {
  it('applies quick fixes without gaps and leaves ones with gaps in the comments', async () => {
    await writePlan(at('plan.docx'));
    const result = smartPlan(['check', at('plan.docx'), '--tracked', '--author', 'Priya Shah']);
    expect(result.status).toBe(0);
    const saved = fs.readFileSync(at('plan.reviewed.docx'));
    const xml = await partText(saved, 'word/document.xml');
    for (const insertion of xml.match(/<w:ins [\s\S]*?<\/w:ins>/g) ?? []) expect(insertion).not.toMatch(/\[[^\]]*\]/);
    // The suggestion with a gap is still offered, in the comment.
    expect(await partText(saved, 'word/comments.xml')).toMatch(/You could write: by \[dd\/mm\/yyyy\]|\[dd\/mm\/yyyy\]/);
  });

  it('applies a row rewrite only when it has no gap; the rest stay as comments', async () => {
    const doc = await DocxPlanDocument.open(await makeDocx(planBody('Kai needs to be healthy.')), {
      author: 'Priya Shah',
    });
    const read = await doc.readTables('document');
    const report = checkPlan(read.tables, { surroundingText: read.surroundingText });
    const base = {
      table: 0,
      row: 1,
      resolves: [],
      summary: 'Says who does what and when.',
      modelledOn: report.tables[0].findings[0].guidance,
    };
    const complete: RowRewrite = {
      ...base,
      id: 'complete',
      cells: [
        {
          column: 2,
          role: 'action',
          before: read.tables[0].rows[1][2],
          after: 'Health visitor to visit Kai every Monday until 30/06/25.',
        },
      ],
    };
    const withGap: RowRewrite = {
      ...base,
      id: 'gap',
      cells: [
        {
          column: 1,
          role: 'outcome',
          before: read.tables[0].rows[1][1],
          after: 'Kai will be weighed every [2] weeks.',
        },
      ],
    };
    const withRewrites: PlanReport = { ...report, rewrites: [withGap, complete] };
    expect(await applyTracked(doc, withRewrites, report.tables[0].findings)).toBe(1);
    const rows = (await doc.readTables('document')).tables[0].rows[1];
    expect(rows[2]).toBe('Health visitor to visit Kai every Monday until 30/06/25.');
    expect(rows[1]).toBe('Kai will be seen regularly.');
    const xml = await partText(await doc.save(), 'word/document.xml');
    expect(xml).toMatch(/<w:ins [^>]*w:author="Priya Shah"/);
    expect(xml).not.toContain('[2]');
    // The rewrite with a gap is offered in a comment instead.
    expect(
      doc.commentList().some((c) => c.text.includes('You could write: Kai will be weighed every [2] weeks.')),
    ).toBe(true);
  });
});
