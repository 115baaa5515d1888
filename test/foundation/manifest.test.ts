import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawnSync } from 'child_process';
import { openedToCheck } from '../../src/commands/ribbon';

const root = path.resolve(__dirname, '../..');
const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');

/** Runs `npm run validate`'s script on a manifest, as a user would, and returns its problem lines. */
function checkManifest(file: string): string[] {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/validate-manifest.mjs'), file], {
    encoding: 'utf8',
  });
  const problems = result.stderr
    .split('\n')
    .filter((line) => line.startsWith('  - '))
    .map((line) => line.slice(4));
  expect(result.status).toBe(problems.length ? 1 : 0);
  return problems;
}

/** Writes a changed copy of the manifest beside a copy of the icons and returns what the checker says. */
function problemsOf(edit: (xml: string) => string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
  fs.cpSync(path.join(root, 'assets'), path.join(dir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'manifest.xml'), edit(manifest));
  return checkManifest(path.join(dir, 'manifest.xml'));
}

describe('manifest.xml', () => {
  it('passes the offline checks as committed', () => {
    expect(checkManifest(path.join(root, 'manifest.xml'))).toEqual([]);
  });

  it('asks for WordApi 1.3 only and ReadWriteDocument, with an en-GB name', () => {
    expect(manifest).toMatch(/<Set Name="WordApi" MinVersion="1.3"\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).toMatch(/<DefaultLocale>en-GB<\/DefaultLocale>/);
    expect(manifest).not.toMatch(/<AppDomain>/);
  });

  it('reports a button pointing at a resource that does not exist', () => {
    const problems = problemsOf((xml) => xml.replace('resid="CheckButton.Label"', 'resid="Missing.Label"'));
    expect(problems.join('\n')).toMatch(/Missing\.Label/);
  });

  it('reports an http address', () => {
    const problems = problemsOf((xml) =>
      xml.replace('https://localhost:3000/commands.html', 'http://localhost:3000/commands.html'),
    );
    expect(problems.join('\n')).toMatch(/not https/);
  });

  it('reports elements out of schema order', () => {
    const problems = problemsOf((xml) =>
      xml
        .replace(/(<Permissions>ReadWriteDocument<\/Permissions>)/, '')
        .replace('<Hosts>', '<Permissions>ReadWriteDocument</Permissions>\n  <Hosts>'),
    );
    expect(problems.join('\n')).toMatch(/out of order/);
  });

  it('reports an icon file missing or at the wrong size', () => {
    const missing = problemsOf((xml) => xml.replace(/icon-80\.png/g, 'icon-81.png'));
    expect(missing.join('\n')).toMatch(/icon-81\.png has no file/);
    const wrongSize = problemsOf((xml) => xml.replace('assets/icon-64.png', 'assets/icon-48.png'));
    expect(wrongSize.join('\n')).toMatch(/should be a 64x64 PNG/);
  });

  it('opens the pane checking from "Check plan" and plainly from "SMART pane"', () => {
    const checkUrl = /id="Taskpane.CheckUrl" DefaultValue="([^"]+)"/.exec(manifest)![1];
    const paneUrl = /id="Taskpane.Url" DefaultValue="([^"]+)"/.exec(manifest)![1];
    expect(openedToCheck(new URL(checkUrl).search)).toBe(true);
    expect(openedToCheck(new URL(paneUrl).search)).toBe(false);
  });
});
