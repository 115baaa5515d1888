#!/usr/bin/env node
// Launcher for the command line. `npm install` / `npm ci` bundles src/cli into lib/ (the prepare script),
// so the command starts in a fraction of a second with no separate build step.
'use strict';
const path = require('path');
const fs = require('fs');
const bundle = path.join(__dirname, '..', 'lib', 'smart-plan.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('smart-plan: the command is not built yet. Run "npm install" (or "npm run build:cli") first.\n');
  process.exit(2);
}
require(bundle)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    process.stderr.write(`smart-plan: ${error && error.message ? error.message : error}\n`);
    process.exit(1);
  });
