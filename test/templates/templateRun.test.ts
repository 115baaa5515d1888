// `smart-plan template`, run in-process: the document it writes opens again as the same plan, and
// every mistake on the command line gets a plain message and a non-zero exit.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../src/cli/template';
import { DocxPlanDocument } from '../../src/docx';
import { checkPlan, detectLayout, LAYOUTS } from '../../src/engine';

let dir: string;
let stdout: string;
let stderr: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'template-run-'));
  stdout = '';
  stderr = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('smart-plan template <layout> --out', () => {
  it('writes a Wakefield safety plan that opens as that layout, empty, with its details and review date', async () => {
    const out = join(dir, 'safety plan.docx');
    const code = await run([
      'wakefield',
      '--out',
      out,
      '--plan-date',
      '2025-09-15',
      '--children',
      'Tyler, 3 and Skye, 11',
      '--rows',
      '4',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('review date 27/10/2025');

    const document = await DocxPlanDocument.open(readFileSync(out));
    const read = await document.readTables('document');
    expect(read.tables).toHaveLength(1);
    const rows = read.tables[0].rows;
    expect(rows[0]).toEqual(LAYOUTS.find((l) => l.id === 'wakefield')!.columns.map((c) => c.header));
    expect(rows.slice(1)).toEqual(Array.from({ length: 4 }, () => Array(6).fill('')));
    expect(detectLayout(rows)?.layoutId).toBe('wakefield');
    expect(read.surroundingText).toContain('Tyler, 3 and Skye, 11');
    expect(read.surroundingText).toContain('15/09/2025');
    expect(read.surroundingText).toContain('27/10/2025');

    const report = checkPlan(read.tables, { surroundingText: read.surroundingText });
    expect(report.tables[0].findings.every((f) => f.code === 'to-complete' && f.severity === 'info')).toBe(true);
  });

  it.each(LAYOUTS.map((l) => [l.id] as const))('%s: the written document reads back as its own layout', async (id) => {
    const out = join(dir, `${id}.docx`);
    expect(await run([id, '--out', out, '--plan-date', '2025-01-06'])).toBe(0);
    const read = await (await DocxPlanDocument.open(readFileSync(out))).readTables('document');
    expect(detectLayout(read.tables[0].rows)?.layoutId).toBe(id);
  });

  it('lists the five layouts, one line each, with when to use them', async () => {
    expect(await run(['--list'])).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(LAYOUTS.length);
    for (const [i, layout] of LAYOUTS.entries()) {
      expect(lines[i].startsWith(layout.id)).toBe(true);
      expect(lines[i]).toContain(layout.useWhen);
    }
  });
});

describe('mistakes on the command line', () => {
  it('an unknown layout names the valid ones and exits 2', async () => {
    expect(await run(['care-plan', '--out', join(dir, 'x.docx')])).toBe(2);
    expect(stderr).toContain('there is no layout called "care-plan"');
    for (const layout of LAYOUTS) expect(stderr).toContain(layout.id);
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });

  it('no --out says where the plan should go', async () => {
    expect(await run(['torbay'])).toBe(2);
    expect(stderr).toContain('--out plan.docx');
  });

  it.each([['2025-13-01'], ['2025-02-30'], ['31/03/2025']])('a plan date of %s is refused', async (date) => {
    expect(await run(['torbay', '--out', join(dir, 'x.docx'), '--plan-date', date])).toBe(2);
    expect(stderr).toContain('--plan-date must be a date like 2025-03-31');
  });

  it('a number of rows that is not a whole number is refused', async () => {
    expect(await run(['torbay', '--out', join(dir, 'x.docx'), '--rows', 'lots'])).toBe(2);
    expect(stderr).toContain('--rows must be a whole number');
  });

  it('an existing file is kept unless --force is given', async () => {
    const out = join(dir, 'plan.docx');
    writeFileSync(out, 'my own notes');
    expect(await run(['torbay', '--out', out])).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('my own notes');
    expect(await run(['torbay', '--out', out, '--force'])).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});
