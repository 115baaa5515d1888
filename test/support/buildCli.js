// Before the unit suites: bundle the command line afresh, so CLI tests run what src/cli says now; and,
// on a fresh Debian or Ubuntu machine run as root, install LibreOffice and poppler-utils for the .docx
// round-trip tests (elsewhere those tests say how to install them).
'use strict';
const path = require('path');
const { execFileSync, execSync } = require('child_process');

function has(command) {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function installDocumentTools() {
  const missing = [];
  if (!has('soffice')) missing.push('libreoffice-writer-nogui');
  if (!has('pdftotext')) missing.push('poppler-utils');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (missing.length === 0 || !isRoot || !has('apt-get')) return;
  console.log(`\nInstalling ${missing.join(' and ')} with apt-get for the .docx round-trip tests (once)...`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, {
    stdio: 'inherit',
  });
}

module.exports = async function unitSetup() {
  execFileSync(process.execPath, [path.join(__dirname, '../../scripts/build-cli.mjs')], {
    cwd: path.join(__dirname, '../..'),
    stdio: 'inherit',
  });
  installDocumentTools();
};
