// `npm run validate [manifest.xml]`: offline manifest checks (see manifest-check.cjs). Exit 1 on any problem.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { checkManifest } = require('./manifest-check.cjs');

const manifests = process.argv.slice(2);
if (manifests.length === 0) manifests.push('manifest.xml');
let failed = false;
for (const manifest of manifests) {
  const problems = await checkManifest(manifest, { assetsDir: path.join(path.dirname(manifest), 'assets') });
  if (problems.length) {
    failed = true;
    console.error(`${manifest}: ${problems.length} problem(s)`);
    for (const problem of problems) console.error(`  - ${problem}`);
  } else {
    console.log(`${manifest}: valid (offline checks: structure, element order, resource ids, https, icons)`);
  }
}
process.exit(failed ? 1 : 0);
