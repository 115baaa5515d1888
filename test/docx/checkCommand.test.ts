import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { DocxPlanDocument } from '../../src/docx';
import { SAMPLE_PLAN } from '../../src/engine/practice';
import { makeDocx, p, r } from './makeDocx';

const bin = path.resolve(__dirname, '../../bin/smart-plan.cjs');
const smartPlan = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('smart-plan check and template', () => {
  let dir: string;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smart-plan-cli-'));
    fs.writeFileSync(path.join(dir, 'maya.docx'), await (await DocxPlanDocument.create(SAMPLE_PLAN.spec)).save());
    fs.writeFileSync(path.join(dir, 'notes.docx'), 'not really a Word file');
  });

  it('reviews every plan in a folder, reports the bad file, and still finishes the others', async () => {
    const original = fs.readFileSync(path.join(dir, 'maya.docx'));
    const result = smartPlan(
      'check',
      dir,
      '--author',
      'A Supervisor',
      '--tracked',
      '--report',
      path.join(dir, 'audit.html'),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/notes\.docx: This is not a \.docx file/);
    expect(result.stdout).toMatch(/maya\.docx: \d+\/100 \(0 to put right, \d+ to improve/);
    expect(fs.readFileSync(path.join(dir, 'maya.docx')).equals(original)).toBe(true);
    const reviewed = await DocxPlanDocument.open(fs.readFileSync(path.join(dir, 'maya.reviewed.docx')));
    expect(reviewed.commentList().some((c) => c.ours && c.author === 'A Supervisor')).toBe(true);
    const html = fs.readFileSync(path.join(dir, 'audit.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).toMatch(/Most frequent faults/);
  });

  it('gives each kind of bad file its own clear line and still reviews the good one', async () => {
    fs.rmSync(path.join(dir, 'notes.docx'));
    const good = fs.readFileSync(path.join(dir, 'maya.docx'));
    // An encrypted Word file is an OLE compound file, not a zip.
    fs.writeFileSync(
      path.join(dir, 'locked-with-password.docx'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    );
    fs.writeFileSync(path.join(dir, 'cut-short.docx'), good.subarray(0, 300));
    fs.writeFileSync(path.join(dir, 'letter.docx'), await makeDocx(p(r('Dear Mrs Khan, thank you for meeting us.'))));
    fs.writeFileSync(path.join(dir, 'minutes.txt'), 'not a plan');
    // The reviewed copy's name is taken by a folder, as when the output cannot be written.
    fs.writeFileSync(path.join(dir, 'busy.docx'), good);
    fs.mkdirSync(path.join(dir, 'busy.reviewed.docx'));

    const result = smartPlan('check', dir, path.join(dir, 'minutes.txt'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/locked-with-password\.docx: This file is password-protected/);
    expect(result.stderr).toMatch(/cut-short\.docx: This is not a \.docx file/);
    expect(result.stderr).toMatch(/letter\.docx: this document has no tables/);
    expect(result.stderr).toMatch(/minutes\.txt: not a \.docx file/);
    expect(result.stderr).toMatch(/busy\.docx: the reviewed copy could not be written/);
    expect(result.stderr).toMatch(/5 file\(s\) could not be reviewed; the others were\./);
    expect(result.stdout).toMatch(/maya\.docx: \d+\/100/);
    expect(fs.existsSync(path.join(dir, 'maya.reviewed.docx'))).toBe(true);
  });

  it('writes the audit as CSV and JSON', () => {
    fs.rmSync(path.join(dir, 'notes.docx'));
    expect(smartPlan('check', dir, '--out', dir, '--report', path.join(dir, 'audit.csv')).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'audit.csv'), 'utf8').split('\n')[0]).toBe(
      'plan,score,actions,with_owner_pct,with_timescale_pct,with_measure_pct,warnings',
    );
    // The first run wrote maya.reviewed.docx: a second run replaces it only when asked to.
    expect(
      smartPlan('check', path.join(dir, 'maya.docx'), '--force', '--report', path.join(dir, 'audit.json')).status,
    ).toBe(0);
    const audit = JSON.parse(fs.readFileSync(path.join(dir, 'audit.json'), 'utf8'));
    expect(audit.overall.plans).toBe(1);
    expect(audit.faults.length).toBeGreaterThan(0);
  });

  it('names the house-style key at fault', () => {
    fs.writeFileSync(path.join(dir, 'style.json'), JSON.stringify({ rules: { vagu: 'off' } }));
    const result = smartPlan('check', dir, '--house-style', path.join(dir, 'style.json'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/"rules.vagu": there is no rule/);
  });

  it('writes a new plan from a template, and lists the layouts', async () => {
    const out = path.join(dir, 'new.docx');
    const result = smartPlan('template', 'dcs', '--out', out, '--plan-date', '2025-03-03', '--children', 'Ali, 8');
    expect(result.status).toBe(0);
    const doc = await DocxPlanDocument.open(fs.readFileSync(out));
    const read = await doc.readTables('document');
    expect(read.tables[0].rows[0][0]).toBe('What we are worried about');
    expect(read.surroundingText).toMatch(/Review date: 14\/04\/2025/);
    expect(smartPlan('template', '--list').stdout).toMatch(/wakefield/);
    const unknown = smartPlan('template', 'leeds', '--out', out);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Choose one of: torbay/);
  });
});
