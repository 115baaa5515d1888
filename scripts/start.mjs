// `npm start`.
// - Where Word is installed (Windows, Mac): trusts the Office development certificates and sideloads the
//   add-in into Word with Microsoft's office-addin-debugging, serving the pages over https://localhost:3000.
// - Elsewhere (Linux, or `npm start -- --preview`): serves the browser preview over plain http on
//   localhost (no certificate, no sudo): the task pane beside a sample plan, working on .docx files.
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';

const require = createRequire(import.meta.url);
const wantsPreview = process.argv.includes('--preview') || !['win32', 'darwin'].includes(process.platform);

function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      shell: process.platform === 'win32',
      env: { ...process.env, ...env },
    });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

async function sideloadIntoWord() {
  console.log('Word found on this platform: installing the Office development certificate, then sideloading.');
  // Fetched on demand: these Microsoft tools are needed only on a machine with Word.
  await run('npx', ['--yes', 'office-addin-dev-certs', 'install']);
  await run(
    'npx',
    [
      '--yes',
      'office-addin-debugging',
      'start',
      'manifest.xml',
      '--dev-server',
      'npm run start:preview',
      '--dev-server-port',
      '3000',
    ],
    {
      HTTPS: '1',
    },
  );
}

async function startPreview() {
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const config = require('../webpack.config.js')({}, { mode: 'development' });
  const port = await WebpackDevServer.getFreePort(process.env.PORT || 3000, 'localhost');
  const compiler = webpack({ ...config, infrastructureLogging: { level: 'warn' }, stats: 'errors-warnings' });
  const server = new WebpackDevServer({ ...config.devServer, port }, compiler);
  let announced = false;
  compiler.hooks.done.tap('announce', (stats) => {
    if (announced || stats.hasErrors()) return;
    announced = true;
    console.log(`
  SMART Plan Checker is running.

  Open  http://localhost:${port}/  in a browser: the task pane beside a sample plan.
  Choose "Check plan" to see what is not SMART; open your own .docx from the toolbar.

  Word is not installed here, so this is the browser preview. To sideload into Word on
  Windows, Mac or the web, see "Sideload into Word" in README.md. Press Ctrl+C to stop.
`);
  });
  console.log('Building the preview (about 20 seconds the first time)...');
  await server.start();
}

try {
  if (wantsPreview) await startPreview();
  else await sideloadIntoWord();
} catch (error) {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
}
