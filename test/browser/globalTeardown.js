'use strict';
module.exports = async function globalTeardown() {
  const server = globalThis.__PREVIEW_SERVER__;
  if (server) await new Promise((resolve) => server.close(resolve));
};
