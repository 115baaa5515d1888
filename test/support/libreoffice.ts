// LibreOffice for the tests that open our files in another word processor, or take plans it wrote
// (installed by .ci/run, or `apt-get install libreoffice-writer-nogui poppler-utils`).
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

/** Where a command is on PATH, if it is. */
export function which(command: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export const soffice = which('soffice') ?? which('libreoffice');

export interface LibreOffice {
  /** A folder for one test file's conversions (and LibreOffice's own profile), removed after its tests. */
  work: string;
  /** Converts a file into `work` (`to` as soffice takes it: "pdf", "docx:MS Word 2007 XML"); the new file's path. */
  convertTo(file: string, to: string): string;
}

/** LibreOffice for one test file, converting into a folder of its own. */
export function libreOffice(prefix: string): LibreOffice {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
  return {
    work,
    convertTo(file, to) {
      if (!soffice) throw new Error('LibreOffice is needed for this test: apt-get install libreoffice-writer-nogui');
      execFileSync(
        soffice,
        [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', to, '--outdir', work, file],
        { stdio: 'ignore', timeout: 150000 },
      );
      const out = path.join(work, `${path.basename(file).replace(/\.[^.]+$/, '')}.${to.split(':')[0]}`);
      if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert ${file}`);
      return out;
    },
  };
}
