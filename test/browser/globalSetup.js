// Before the browser suite: find a system Chromium, Chrome or Edge (never a downloaded browser build),
// installing Debian's chromium when none is there and apt-get can be used as root; make sure the
// production build in dist/ is current; and serve dist/ on a free loopback port.
'use strict';
const fs = require('fs');
const path = require('path');
const http = require('http');
const { execFileSync, execSync } = require('child_process');

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const STATE = path.join(__dirname, '.env.json');
const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
].filter(Boolean);

function findBrowser() {
  return CANDIDATES.find((candidate) => fs.existsSync(candidate));
}

function installChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt;
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    hasApt = true;
  } catch {
    hasApt = false;
  }
  if (!isRoot || !hasApt) return;
  console.log("\nNo browser found: installing Debian's chromium with apt-get (once)...");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function ensureBuild() {
  const index = path.join(DIST, 'index.html');
  const stale =
    !fs.existsSync(index) ||
    Math.max(newestMtime(path.join(ROOT, 'src')), fs.statSync(path.join(ROOT, 'webpack.config.js')).mtimeMs) >
      fs.statSync(index).mtimeMs;
  if (!stale) return;
  console.log('\nBuilding the preview (webpack, production) for the browser tests...');
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function serve(dir) {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = path.join(dir, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

module.exports = async function globalSetup() {
  let browser = findBrowser();
  if (!browser) {
    installChromium();
    browser = findBrowser();
  }
  if (!browser) {
    throw new Error(
      'The browser tests need Chromium, Chrome or Edge and none was found. Install one ' +
        '(Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable.',
    );
  }
  ensureBuild();
  const server = await serve(DIST);
  const url = `http://127.0.0.1:${server.address().port}/`;
  globalThis.__PREVIEW_SERVER__ = server;
  process.env.PREVIEW_URL = url;
  process.env.CHROMIUM_PATH = browser;
  fs.writeFileSync(STATE, JSON.stringify({ url, browser }));
};
