import path from 'path';
import { spawnSync } from 'child_process';

const bin = path.resolve(__dirname, '../../bin/smart-plan.cjs');

function smartPlan(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
}

describe('smart-plan command line', () => {
  it('explains its commands with --help', () => {
    const result = smartPlan('--help');
    expect(result.status).toBe(0);
    for (const command of ['eval', 'findings', 'check', 'template'])
      expect(result.stdout).toContain(`smart-plan ${command}`);
  });

  it('names an unknown command and exits 2', () => {
    const result = smartPlan('chekc');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command "chekc"');
  });
});
