// Builds three pages: the task pane Word loads (taskpane.html), the ribbon's function file
// (commands.html) and the browser preview (index.html: the task pane beside a .docx document, for
// machines without Word). `ADDIN_URL=https://host/path npm run build` writes that address into the
// built manifest, so dist/ can be hosted on any HTTPS static host.
const path = require('path');
const fs = require('fs');
const os = require('os');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000';

/**
 * The Content-Security-Policy of every page: the browser itself keeps "nothing leaves the machine". No
 * connection to any other host (connect-src 'self'), scripts only from the add-in's own origin, plus
 * Office's script host for the pages Word loads; Fluent UI writes its styles at run time, hence
 * 'unsafe-inline' for styles only.
 */
function contentSecurityPolicy({ office }) {
  const scripts = office ? "'self' https://appsforoffice.microsoft.com" : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "connect-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // Office.js talks to Word through a frame from its own host.
    office ? "frame-src 'self' https://appsforoffice.microsoft.com" : "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function cspMeta(options) {
  return {
    'Content-Security-Policy': { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(options) },
  };
}

function addinUrl() {
  const url = (process.env.ADDIN_URL || DEV_URL).replace(/\/+$/, '');
  if (!/^https:\/\//.test(url)) {
    throw new Error(`ADDIN_URL must be an https:// address (Office loads add-ins only over HTTPS); got "${url}".`);
  }
  return url;
}

/** HTTPS for sideloading into Word: the certificates `office-addin-dev-certs install` leaves in the home folder. */
function devServerScheme() {
  if (process.env.HTTPS !== '1') return 'http';
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  return {
    type: 'https',
    options: {
      key: fs.readFileSync(path.join(dir, 'localhost.key')),
      cert: fs.readFileSync(path.join(dir, 'localhost.crt')),
      ca: fs.readFileSync(path.join(dir, 'ca.crt')),
    },
  };
}

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  const url = addinUrl();
  return {
    mode: production ? 'production' : 'development',
    // No source maps in the production build: dist/ is what users host. Development maps are files, not
    // eval(), so the pages' policy (no 'unsafe-eval') holds in development too.
    devtool: production ? false : 'cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/preview/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // The .docx code runs in the browser with the browser's own DOMParser; these Node-only modules are not bundled.
      fallback: { fs: false, path: false, os: false, stream: false, buffer: false },
    },
    externals: { '@xmldom/xmldom': 'null' },
    module: {
      // esbuild keeps ES modules, so webpack can tree-shake Fluent UI and split the lazily loaded tabs
      // into their own chunks.
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          loader: 'esbuild-loader',
          options: { target: 'es2020', jsx: 'automatic' },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        favicon: './assets/icon-32.png',
        meta: cspMeta({ office: true }),
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        meta: cspMeta({ office: true }),
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
        favicon: './assets/icon-32.png',
        meta: cspMeta({ office: false }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_URL).join(url),
          },
        ],
      }),
    ],
    devServer: {
      host: 'localhost',
      port: Number(process.env.PORT || 3000),
      server: devServerScheme(),
      // The pages' own policy as a header too (it then also covers what a meta tag cannot), and no
      // Access-Control-Allow-Origin: no other site may read what the dev server serves.
      headers: { 'Content-Security-Policy': contentSecurityPolicy({ office: true }) },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
      open: false,
    },
  };
};

module.exports.contentSecurityPolicy = contentSecurityPolicy;
