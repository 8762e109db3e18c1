#!/usr/bin/env node
// The production server (`npm run serve`, and what `npm start`, the e2e tests and `npm run load` run): Next.js's own
// request handler behind node:http, with two things added. Who connected: `next start` keeps an X-Forwarded-For the
// client sent and fills it from the socket only when it is absent, so any client could name its own address in the
// audit log and the sign-in limit. Here X-Forwarded-For is always the socket's address, or — when the socket is a proxy
// in TRUSTED_PROXIES — that proxy's chain with the proxy's address appended (lib/network/forwarded-for.mjs; decision 007).
// And how much at once: at most MAX_REQUESTS_IN_FLIGHT requests are worked on, the rest wait their turn
// (lib/network/in-flight-limit.mjs; decision 018).
// Usage: node scripts/serve.mjs [-p PORT] [-H HOSTNAME]; needs a build (`next build`).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { forwardedChain, parseTrustedProxies } from "../lib/network/forwarded-for.mjs";
import { createInFlightLimit, parseMaxRequestsInFlight, untilAnsweredOrGone } from "../lib/network/in-flight-limit.mjs";
import { ROOT } from "./lib/setup.mjs";

const { values: options } = parseArgs({
  options: {
    port: { type: "string", short: "p", default: process.env.PORT ?? "3000" },
    hostname: { type: "string", short: "H" },
  },
});
const port = Number(options.port);

let trusted;
let inFlight;
try {
  trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  inFlight = createInFlightLimit(parseMaxRequestsInFlight(process.env.MAX_REQUESTS_IN_FLIGHT));
} catch (error) {
  console.error(`✖ Configuration: ${error.message}`);
  process.exit(1);
}

// As `next start` does; React and Next.js pick their production code by it.
process.env.NODE_ENV = "production";
// The configuration as the build resolved it, as Next.js's own standalone server passes it: otherwise Next.js compiles
// next.config.ts again at start, loading its native compilers (SWC, ~70 MB of the server's memory) for good (decision 017).
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(JSON.parse(readFileSync(join(ROOT, process.env.NEXT_DIST_DIR ?? ".next", "required-server-files.json"), "utf8")).config);
const { default: next } = await import("next");
const app = next({ dev: false, dir: ROOT, hostname: options.hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

// At most MAX_REQUESTS_IN_FLIGHT requests are worked on at once, the rest wait in arrival order (decision 018). Two
// kinds skip the queue: the build's own files (scripts and styles, immutable), so a page's assets never wait behind
// other pages; and server actions (the `next-action` header), because Next.js answers an action that redirects by
// fetching the target page from this server itself — queued behind its own action, that fetch would wait forever.
const skipsQueue = (request) => request.url?.startsWith("/_next/static/") || request.headers["next-action"] !== undefined;
const server = createServer(async (request, response) => {
  request.headers["x-forwarded-for"] = forwardedChain(request.headers["x-forwarded-for"], request.socket.remoteAddress, trusted);
  // A client that gave up while waiting is not worked for; one that goes away while answered frees its place at once.
  const work = async () => (request.socket.destroyed ? undefined : untilAnsweredOrGone(response, handle(request, response)));
  try {
    await (skipsQueue(request) ? work() : inFlight.run(work));
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
