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
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
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
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
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
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
      open: false,
    },
  };
};
