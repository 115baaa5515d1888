// Bundles the command line (src/cli) into lib/smart-plan.cjs with esbuild: run by `npm install`/`npm ci`
// through the prepare script, so `npx smart-plan` works on a fresh clone with no build step.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'lib/smart-plan.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // Keep the XML DOM and zip libraries external: they are plain dependencies, loaded from node_modules.
  packages: 'external',
});
