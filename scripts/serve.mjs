#!/usr/bin/env node
// The production server (`npm run serve`, and what `npm start`, the e2e tests and `npm run load` run): Next.js's own
// request handler behind node:http, the one thing added being who connected. `next start` keeps an X-Forwarded-For the
// client sent and fills it from the socket only when it is absent, so any client could name its own address in the
// audit log and the sign-in limit. Here X-Forwarded-For is always the socket's address, or — when the socket is a proxy
// in TRUSTED_PROXIES — that proxy's chain with the proxy's address appended (lib/network/forwarded-for.mjs; decision 007).
// Usage: node scripts/serve.mjs [-p PORT] [-H HOSTNAME]; needs a build (`next build`).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { forwardedChain, parseTrustedProxies } from "../lib/network/forwarded-for.mjs";
import { ROOT } from "./lib/setup.mjs";

const { values: options } = parseArgs({
  options: {
    port: { type: "string", short: "p", default: process.env.PORT ?? "3000" },
    hostname: { type: "string", short: "H" },
  },
});
const port = Number(options.port);

let trusted;
try {
  trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  console.error(`✖ Configuration: ${error.message}`);
  process.exit(1);
}

// As `next start` does; React and Next.js pick their production code by it.
process.env.NODE_ENV = "production";
// The configuration as the build resolved it, as Next.js's own standalone server passes it: otherwise Next.js compiles
// next.config.ts again at start, loading its native compilers (SWC, ~70 MB of the server's memory) for good (decision 017).
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(JSON.parse(readFileSync(join(ROOT, ".next", "required-server-files.json"), "utf8")).config);
const { default: next } = await import("next");
const app = next({ dev: false, dir: ROOT, hostname: options.hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer(async (request, response) => {
  request.headers["x-forwarded-for"] = forwardedChain(request.headers["x-forwarded-for"], request.socket.remoteAddress, trusted);
  try {
    await handle(request, response);
  } catch (error) {
    console.error(`Failed to handle request for ${request.url}`, error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  }
});
server.on("error", (error) => {
  console.error(`✖ Cannot serve on port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, options.hostname, () => {
  const shown = options.hostname ?? "localhost";
  console.log(`▸ Ready on http://${shown}:${port}${trusted.size ? ` (trusting X-Forwarded-For from ${process.env.TRUSTED_PROXIES})` : ""}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    app.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
}
