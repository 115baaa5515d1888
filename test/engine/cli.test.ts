import path from 'path';
import { spawnSync } from 'child_process';

const bin = path.resolve(__dirname, '../../bin/smart-plan.cjs');
const fixture = (name: string) => path.join(__dirname, 'fixtures', name);
const smartPlan = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('smart-plan eval and findings', () => {
  it('prints the verdict scores and per-code recall', () => {
    const result = smartPlan('eval', fixture('mini-corpus.jsonl'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/balanced accuracy 1\.000/);
    expect(result.stdout).toMatch(/open-timescale\s+1\.000 \(1\/1\)/);
  });

  it('gives the figures as JSON with --json', () => {
    const result = JSON.parse(smartPlan('eval', fixture('mini-corpus.jsonl'), '--json').stdout);
    expect(result.verdict).toMatchObject({ tp: 2, tn: 1, fp: 0, fn: 0 });
  });

  it('prints one JSON line of findings per item', () => {
    const lines = smartPlan('findings', fixture('mini-corpus.jsonl'))
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(lines[2].findings).toEqual([
      expect.objectContaining({ code: 'open-timescale', severity: 'warning', role: 'when', start: 0, end: 7 }),
    ]);
    expect(lines[1].findings.filter((f: { severity: string }) => f.severity !== 'info')).toEqual([]);
  });

  it('prints each row after its rewrite, SMART rows and untouched cells as they were', () => {
    const lines = smartPlan('rewrite', fixture('mini-corpus.jsonl'))
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(lines[1].cells).toEqual({
      action_owner_when: 'Dad to take Grace to the dentist on 04/06/25 and every six months after.',
    });
    expect(lines[2].cells).toEqual({ when: 'Every [2] weeks until [dd/mm/yyyy]' });
    expect(lines[0].cells.outcome).toMatch(/^Grace will be able to put their feelings into words/);
  });

  it('names the line of a malformed item and exits 2', () => {
    const result = smartPlan('findings', fixture('broken-corpus.jsonl'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/line 2: not valid JSON/);
  });
});
