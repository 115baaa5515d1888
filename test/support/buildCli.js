// Before the unit suites: bundle the command line afresh, so CLI tests run what src/cli says now.
'use strict';
const path = require('path');
const { execFileSync } = require('child_process');

module.exports = async function buildCli() {
  execFileSync(process.execPath, [path.join(__dirname, '../../scripts/build-cli.mjs')], {
    cwd: path.join(__dirname, '../..'),
    stdio: 'inherit',
  });
};
