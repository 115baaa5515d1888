// Task pane figures: initial JavaScript of each page (gzipped), and in headless Chromium the time to
// the pane's first render and from a click on Check plan to the first row cards of a 200-row plan,
// measured inside the page and painted. Each figure is the median of BENCH_RUNS runs (3 unless set).
// Beside each time: the page's main-thread CPU time over the same span (from a Chromium trace), which
// other work on a busy machine changes far less than the time itself.
// Uses dist/ (run `npm run build` first; it is built here if missing), or BENCH_DIST.
import { readFileSync, readdirSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const DIST = path.resolve(process.env.BENCH_DIST || 'dist');
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

// dist/ is what users host: no source maps in it, as files or as links at the end of a script.
const maps = readdirSync(DIST, { recursive: true }).filter(
  (file) =>
    String(file).endsWith('.map') ||
    (String(file).endsWith('.js') && /sourceMappingURL=/.test(readFileSync(path.join(DIST, String(file)), 'utf8'))),
);
console.log(`dist/: ${maps.length === 0 ? 'no source maps' : `source maps in ${maps.join(', ')}`}`);

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

// A 200-row plan, written by the .docx code itself, opened through the preview's own file input.
async function bigPlanFile(rows) {
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
  const planFile = path.join(process.env.TMPDIR || '/tmp', `bench-${rows}-rows-${process.pid}.docx`);
  writeFileSync(planFile, await require(bundle).bigPlan(rows));
  rmSync(bundle, { force: true });
  return planFile;
}

/* global window, document, requestAnimationFrame, requestIdleCallback, setTimeout, MutationObserver, Element */
// (The functions below that say so run inside the page, where these are defined.)

/**
 * Runs in the page from its first byte: notes (performance.now(), from the start of navigation) when the
 * pane's Check button and, after a click on it, the pane's first row card have been painted. "Painted" is
 * the first task after the frame that draws the element: an animation-frame callback runs just before
 * the frame's style, layout and paint, and a task posted from it at the highest priority runs right after
 * them (ahead of any timer the page set for later work).
 */
function pageProbe() {
  const marks = (window.__bench = { clickAt: null, checkButton: null, cards: null, summary: null });
  const pane = () => document.querySelector('aside[aria-label="SMART Plan Checker task pane"]');
  const note = (name) => {
    if (marks[name] !== null) return;
    marks[name] = performance.now();
    performance.mark(`bench:${name}`);
  };
  const afterPaint = (name) =>
    requestAnimationFrame(() =>
      window.scheduler?.postTask
        ? window.scheduler.postTask(() => note(name), { priority: 'user-blocking' })
        : setTimeout(() => note(name), 0),
    );
  const seen = new Set();
  const look = () => {
    const root = pane();
    if (!root) return;
    if (!seen.has('checkButton') && [...root.querySelectorAll('button')].some((b) => b.textContent === 'Check plan')) {
      seen.add('checkButton');
      afterPaint('checkButton');
    }
    if (marks.clickAt === null) return;
    // Only cards drawn after the click count (a new file starts the pane afresh, with none).
    if (!seen.has('cards') && root.querySelector('[role="article"][data-row]')) {
      seen.add('cards');
      afterPaint('cards');
    }
    if (!seen.has('summary') && root.querySelector('[data-testid="check-summary"]')) {
      seen.add('summary');
      afterPaint('summary');
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true });
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (marks.clickAt === null && button?.textContent === 'Check plan') {
        // The time the click happened, not the time a busy page got round to it.
        marks.clickAt = event.timeStamp;
        performance.mark('bench:click');
        look();
      }
    },
    true,
  );
}

/**
 * Main-thread CPU time of the page's renderer between two of its marks (navigation start when `from` is
 * null): the thread time of every task that ran in that span, whole.
 */
function mainThreadCpu(traceBuffer, from, to) {
  const events = JSON.parse(traceBuffer.toString()).traceEvents;
  const mark = (name) => events.find((e) => e.name === name && e.cat?.includes('blink.user_timing'));
  const end = mark(to);
  if (!end) return NaN;
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === end.pid,
  );
  const start = from
    ? mark(from)?.ts
    : events.find((e) => e.name === 'navigationStart' && e.pid === end.pid && e.args?.data?.isLoadingMainFrame)?.ts;
  if (!main || start === undefined) return NaN;
  let cpu = 0;
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask')
      continue;
    if (e.ts + e.dur > start && e.ts < end.ts) cpu += e.tdur ?? 0;
  }
  return cpu / 1000;
}
const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing', 'devtools.timeline', 'loading'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 3);
const ROWS = 200;
const planFile = await bigPlanFile(ROWS);

const { chromium } = require('playwright-core');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const firstRenders = [];
const toCards = [];
const firstRenderCpu = [];
const toCardsCpu = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    // A fresh context each run: nothing cached from the run before.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(pageProbe);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(base);
    await page.waitForFunction(() => window.__bench.checkButton !== null, null, { timeout: 30000 });
    const firstRender = await page.evaluate(() => window.__bench.checkButton);

    await page.locator('input[type=file]').first().setInputFiles(planFile);
    // The file is open (its name in the toolbar, all its rows drawn) and the page is idle before the
    // click, so the time below is the check alone.
    await page.getByText(path.basename(planFile)).waitFor({ timeout: 30000 });
    await page.waitForFunction((rows) => document.querySelectorAll('main table tr').length > rows, ROWS, {
      timeout: 30000,
    });
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));

    const pane = page.getByRole('complementary', { name: 'SMART Plan Checker task pane' });
    await pane.getByRole('button', { name: /^check plan$/i }).click();
    await page.waitForFunction(() => window.__bench.cards !== null && window.__bench.summary !== null, null, {
      timeout: 60000,
    });
    const marks = await page.evaluate(() => window.__bench);
    const trace = await browser.stopTracing();
    const rows = await pane.getByTestId('list-count').textContent();
    const drawn = await pane.locator('[role="article"][data-row]').count();
    const last = marks.cards >= marks.summary ? 'bench:cards' : 'bench:summary';
    const clickToCards = Math.max(marks.cards, marks.summary) - marks.clickAt;
    firstRenders.push(firstRender);
    toCards.push(clickToCards);
    firstRenderCpu.push(mainThreadCpu(trace, null, 'bench:checkButton'));
    toCardsCpu.push(mainThreadCpu(trace, 'bench:click', last));
    console.log(
      `run ${run}: first render ${Math.round(firstRender)} ms (CPU ${Math.round(firstRenderCpu.at(-1))} ms); ` +
        `click to cards ${Math.round(clickToCards)} ms (CPU ${Math.round(toCardsCpu.at(-1))} ms); ` +
        `${rows} ${drawn} row cards drawn so far`,
    );
    await context.close();
  }
  const all = (values) => values.map((v) => Math.round(v)).join(', ');
  console.log(
    `preview: first render of the task pane ${Math.round(median(firstRenders))} ms median of ${RUNS} ` +
      `(${all(firstRenders)}; target <= 1000 ms); main-thread CPU ${Math.round(median(firstRenderCpu))} ms`,
  );
  console.log(
    `preview: check of a ${ROWS}-row plan, click to cards ${Math.round(median(toCards))} ms median of ${RUNS} ` +
      `(${all(toCards)}; target <= 500 ms); main-thread CPU ${Math.round(median(toCardsCpu))} ms`,
  );
} finally {
  await browser.close();
  server.close();
  rmSync(planFile, { force: true });
}
