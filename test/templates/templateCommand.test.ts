// The template command writes a plan document that the check command then reads as an empty plan.
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { PRACTICE_PLANS } from '../../src/engine/practice';

const BIN = join(__dirname, '../../bin/smart-plan.cjs');

describe('smart-plan template', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'template-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a Torbay plan with its review date 6 weeks on, which checks with tips only', () => {
    const out = join(dir, 'plan.docx');
    const written = execFileSync('node', [BIN, 'template', 'torbay', '--out', out, '--plan-date', '2025-03-03'], {
      encoding: 'utf8',
    });
    expect(written).toContain('review date 14/04/2025');
    const checked = spawnSync('node', [BIN, 'check', out], { encoding: 'utf8' });
    expect(checked.stdout).toContain('0 to put right, 0 to improve');
  });

  it('names the valid layouts when the one asked for does not exist', () => {
    const result = spawnSync('node', [BIN, 'template', 'torquay', '--out', join(dir, 'x.docx')], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('torbay, childs-care-plan');
  });
});

describe('practice plans', () => {
  it.each(PRACTICE_PLANS.map((p) => [p.id, p] as const))(
    '%s: each worked example points at its own cell',
    (_, plan) => {
      expect(plan.worked.length).toBeGreaterThan(0);
      for (const w of plan.worked) {
        expect(plan.spec.rows[w.row][w.column].text).toBe(w.before);
        expect(w.after).not.toBe(w.before);
        expect(w.guidance.document).toBeTruthy();
      }
    },
  );
});
