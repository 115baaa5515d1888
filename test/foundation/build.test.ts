// The build writes the council's address into the manifest it ships, and refuses an address Office cannot load.
import fs from 'fs';
import path from 'path';

const root = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js');

interface CopyPattern {
  to: string;
  transform?: (content: Buffer) => string;
}

function builtManifest(addinUrl: string | undefined): string {
  const previous = process.env.ADDIN_URL;
  if (addinUrl === undefined) delete process.env.ADDIN_URL;
  else process.env.ADDIN_URL = addinUrl;
  try {
    const config = makeConfig({}, { mode: 'production' });
    const copy = config.plugins.find((p: { patterns?: CopyPattern[] }) => p.patterns);
    const pattern = copy.patterns.find((p: CopyPattern) => p.to === 'manifest.xml');
    return pattern.transform(fs.readFileSync(path.join(root, 'manifest.xml')));
  } finally {
    if (previous === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = previous;
  }
}

describe('production build', () => {
  it('writes ADDIN_URL into every address of the built manifest', () => {
    const manifest = builtManifest('https://addins.example.gov.uk/smart-plan/');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain('https://addins.example.gov.uk/smart-plan/taskpane.html?action=check');
    expect(manifest).toContain('https://addins.example.gov.uk/smart-plan/assets/icon-80.png');
  });

  it('keeps the development address when no ADDIN_URL is given', () => {
    expect(builtManifest(undefined)).toContain('https://localhost:3000/taskpane.html');
  });

  it('refuses an address that is not https', () => {
    expect(() => builtManifest('http://intranet/smart-plan')).toThrow(/must be an https/);
  });

  it('loads office.js from the CDN in the Word pane only, never in the preview', () => {
    const pane = fs.readFileSync(path.join(root, 'src/taskpane/taskpane.html'), 'utf8');
    const preview = fs.readFileSync(path.join(root, 'src/preview/preview.html'), 'utf8');
    expect(pane).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(preview).not.toMatch(/<script[^>]+src=/);
  });
});
