// smart-plan check's options as people type them: a plan date written the British way, and a house
// style saved by Notepad with a byte order mark.
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { DocxPlanDocument } from '../../src/docx';
import { SAMPLE_PLAN } from '../../src/engine/practice';
import { isoPlanDate } from '../../src/cli/check';

const bin = path.resolve(__dirname, '../../bin/smart-plan.cjs');
const smartPlan = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('--plan-date', () => {
  it.each([
    ['31/03/2025', '2025-03-31'],
    ['5/1/2027', '2027-01-05'],
    ['05.01.2027', '2027-01-05'],
    ['2025-03-31', '2025-03-31'],
    [' 29/02/2024 ', '2024-02-29'],
  ])('reads %j as %s', (text, iso) => expect(isoPlanDate(text)).toBe(iso));

  it.each(['31/02/2025', '29/02/2025', '2025-13-01', '03/31/2025', 'next Monday', '31/03/25', ''])(
    'refuses %j',
    (text) => expect(isoPlanDate(text)).toBeUndefined(),
  );
});

describe('smart-plan check options', () => {
  let dir: string;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smart-plan-options-'));
    fs.writeFileSync(path.join(dir, 'maya.docx'), await (await DocxPlanDocument.create(SAMPLE_PLAN.spec)).save());
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes a plan date as dd/mm/yyyy, and says how to write one it cannot read', () => {
    expect(smartPlan('check', dir, '--plan-date', '05/01/2027').status).toBe(0);
    const wrong = smartPlan('check', dir, '--plan-date', '31/02/2027');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toBe('smart-plan check: --plan-date must be a date like 31/03/2025 or 2025-03-31.\n');
  });

  it('reads a house style that starts with a byte order mark', () => {
    fs.writeFileSync(path.join(dir, 'style.json'), '\uFEFF{ "rules": { "jargon": "off" } }', 'utf8');
    const result = smartPlan('check', path.join(dir, 'maya.docx'), '--house-style', path.join(dir, 'style.json'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(fs.existsSync(path.join(dir, 'maya.reviewed.docx'))).toBe(true);
  });

  it('names the key of a house style list that is too long', () => {
    const words = Array.from({ length: 1001 }, (_, i) => `word${i}`);
    fs.writeFileSync(path.join(dir, 'style.json'), JSON.stringify({ addWords: { vague: words } }));
    const result = smartPlan('check', dir, '--house-style', path.join(dir, 'style.json'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/"addWords\.vague" has 1,001 words or phrases; a rule may have at most 1,000\./);
  });
});
