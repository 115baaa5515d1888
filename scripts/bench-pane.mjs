// Task pane figures: initial JavaScript of each page (gzipped), and in headless Chromium the time to
// the pane's first render and to the end of a check of a 200-row plan in the browser preview.
// Uses dist/ (run `npm run build` first; it is built here if missing).
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const DIST = path.resolve('dist');
if (!existsSync(path.join(DIST, 'index.html'))) {
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
    stdio: 'inherit',
  });
}

function initialScripts(page) {
  const html = readFileSync(path.join(DIST, page), 'utf8');
  // The built HTML is minified: attribute quotes may be gone.
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
}

for (const page of ['taskpane.html', 'index.html']) {
  const files = initialScripts(page);
  const gzipped = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(DIST, file.replace(/^\//, '')))).length,
    0,
  );
  console.log(
    `${page}: initial JavaScript ${(gzipped / 1024).toFixed(1)} KB gzipped in ${files.length} file(s) (target <= 300 KB)`,
  );
}

const server = createServer((request, response) => {
  const pathname = new URL(request.url, 'http://x').pathname;
  const file = path.join(DIST, pathname === '/' ? 'index.html' : pathname);
  if (!file.startsWith(DIST) || !existsSync(file)) return response.writeHead(404).end();
  const type = file.endsWith('.html')
    ? 'text/html'
    : file.endsWith('.js')
      ? 'text/javascript'
      : 'application/octet-stream';
  response.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

const { chromium } = require('playwright-core');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const started = Date.now();
  await page.goto(base);
  const checkButton = page.getByRole('button', { name: /^check plan$/i }).first();
  await checkButton.waitFor({ timeout: 30000 });
  console.log(`preview: first render of the task pane ${Date.now() - started} ms (target <= 1000 ms)`);

  // A 200-row plan, written by the .docx code itself, opened through the preview's own file input.
  const bundle = path.join(process.env.TMPDIR || '/tmp', `bench-pane-${process.pid}.cjs`);
  const { build } = await import('esbuild');
  await build({
    stdin: {
      contents: `
        import { DocxPlanDocument } from './src/docx';
        import { buildTemplate } from './src/engine/templates';
        export async function bigPlan(rows) {
          const spec = buildTemplate('childs-care-plan', { rows: 1 });
          spec.rows = Array.from({ length: rows }, (_, i) => [
            { text: 'Child needs to be healthy (' + i + ').' },
            { text: 'Child will be seen regularly by the health visitor.' },
            { text: 'Health visitor to visit - on-going.' },
            { text: '' },
          ]);
          return (await DocxPlanDocument.create(spec)).save();
        }`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    logLevel: 'error',
  });
  const bytes = await require(bundle).bigPlan(200);
  const planFile = path.join(process.env.TMPDIR || '/tmp', `bench-200-rows-${process.pid}.docx`);
  writeFileSync(planFile, bytes);
  await page.locator('input[type=file]').first().setInputFiles(planFile);
  await page.waitForTimeout(300);
  // Wait until the file is open (its name in the toolbar), so the time below is the check alone.
  await page.getByText(path.basename(planFile)).waitFor({ timeout: 30000 });
  const checkStarted = Date.now();
  await checkButton.click();
  await page.getByRole('article').first().waitFor({ timeout: 60000 });
  const toCards = Date.now() - checkStarted;
  const rows = await page.getByTestId('list-count').textContent();
  console.log(`preview: check of a 200-row plan, click to cards ${toCards} ms (target <= 500 ms; ${rows})`);
} finally {
  await browser.close();
  server.close();
}
