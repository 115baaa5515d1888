// Jest's TypeScript and JSX transform: esbuild, the same compiler the command line is bundled with.
// Types are checked by `tsc` in `npm run lint`, not here, so tests start fast.
'use strict';
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const loader = filename.endsWith('.tsx')
      ? 'tsx'
      : filename.endsWith('.ts')
        ? 'ts'
        : filename.endsWith('.jsx')
          ? 'jsx'
          : 'js';
    const { code, map } = transformSync(source, {
      loader,
      format: 'cjs',
      target: 'node20',
      jsx: 'automatic',
      sourcemap: 'external',
      sourcefile: filename,
      supported: { 'dynamic-import': false },
    });
    return { code, map };
  },
};
