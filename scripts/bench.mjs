#!/usr/bin/env node
// `npm run bench`: the portal at city scale, measured from outside. Creates its own database on the machine's PostgreSQL
// (BENCH_DATABASE_SERVER, default postgresql://postgres@127.0.0.1:5432/postgres), fills it with 10,000 offers and
// 100,000 referrals (scripts/bench/fill.mjs), serves the production build on loopback and drives it with autocannon at
// 1, 10 and 50 connections, beside its floors: a static file from the same server and the search's own SQL through pg.
// Prints one table, writes bench/results.json and exits 1 when a budget is broken (BENCH_REPORT_ONLY=1: report only).
// `--smoke` (part of `npm test`, so the bench cannot rot): tiny data, one second per scenario, no budgets and no results
// file; it fails when a scenario answers with an error or not at all.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createSeededDatabase, referralBody, signIn, startServer } from "./lib/portal-server.mjs";
import { ensureBuild, ensureDependencies, fail, generatePrismaClient, gitRevision, ROOT, step } from "./lib/setup.mjs";

const { values: options } = parseArgs({
  options: {
    connections: { type: "string", default: "1,10,50" },
    seconds: { type: "string", default: "4" },
    offers: { type: "string", default: "10000" },
    referrals: { type: "string", default: "100000" },
    port: { type: "string", default: "3391" },
    smoke: { type: "boolean", default: false },
  },
});
if (options.smoke) Object.assign(options, { connections: "1,10", seconds: "1", offers: "200", referrals: "2000" });
const CONNECTIONS = options.connections.split(",").map(Number);
const SECONDS = Math.min(30, Number(options.seconds));
const REPORT_ONLY = process.env.BENCH_REPORT_ONLY === "1";
const SERVER_URL = process.env.BENCH_DATABASE_SERVER ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DATABASE = `portal_bench_${process.pid}`;
const MB = 1024 * 1024;

const SEARCHES = ["q=ondt+i+kn%C3%A6et", "q=kan+ikke+f%C3%A5+vejret", "q=stress", "q=andenod", "q=rygestop&district=NOERREBRO", "q=ensom&need=MIND", "q=diabetes&evening=true", "q=vaegttab&maxWait=4", "q=", "q=&need=BODY&format=GROUP"];

process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureDependencies();
generatePrismaClient();
ensureBuild();
const { default: pg } = await import("pg");
const { default: autocannon } = await import("autocannon");
const { dropDatabase } = await import("./lib/postgres.mjs");
const { fillCityScale } = await import("./bench/fill.mjs");

let server;
const cleanUp = async () => {
  server?.stop();
  await dropDatabase(SERVER_URL, DATABASE).catch(() => {});
};
process.on("SIGINT", () => cleanUp().finally(() => process.exit(130)));

try {
  const began = Date.now();
  step(`Creating ${DATABASE} and filling it (${options.offers} offers, ${options.referrals} referrals)`);
  const databaseUrl = await createSeededDatabase(SERVER_URL, DATABASE);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const filled = await fillCityScale(client, { offers: Number(options.offers), referrals: Number(options.referrals) });
  const offerSlug = (await client.query(`SELECT slug FROM "Offer" WHERE id LIKE 'bench-%' ORDER BY slug LIMIT 1`)).rows[0].slug;
  await client.end();
  console.log(`  ${JSON.stringify(filled)} in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  const searchSql = searchStatements(databaseUrl);

  step(`Serving the production build on 127.0.0.1:${options.port}`);
  server = await startServer({ databaseUrl, port: options.port });
  const rss = sampleRss(server.pid);
  const cookie = {};
  for (const [role, userId] of Object.entries({ gp: "demo-user-gp", triage: "demo-user-triage", unit: "demo-user-unit-lung", manager: "demo-user-manager" })) {
    cookie[role] = await signIn(server.base, userId);
  }
  let serial = 0;
  const scenarios = [
    { name: "static file", requests: [{ path: "/robots.txt" }] },
    { name: "search SQL (pg)", sql: searchSql },
    { name: "search API", requests: SEARCHES.map((query) => ({ path: `/api/offers?${query}` })) },
    { name: "offer page", requests: [{ path: `/tilbud/${offerSlug}` }] },
    {
      name: "POST /api/referrals",
      headers: { cookie: cookie.gp, "content-type": "application/json" },
      requests: [{ method: "POST", path: "/api/referrals", setupRequest: (request) => ({ ...request, body: referralBody(serial++) }) }],
    },
    { name: "triage queue", headers: { cookie: cookie.triage }, requests: [{ path: "/visitation" }] },
    { name: "Mine henvisninger", headers: { cookie: cookie.gp }, requests: [{ path: "/henvisninger" }] },
    { name: "unit inbox", headers: { cookie: cookie.unit }, requests: [{ path: "/indbakke" }] },
    { name: "overview", headers: { cookie: cookie.manager }, requests: [{ path: "/overblik" }] },
  ];
  for (const scenario of scenarios) if (scenario.requests) await warmUp(server.base, scenario);
  rss.idle = rss.current();

  const results = [];
  for (const connections of CONNECTIONS) {
    for (const scenario of scenarios) {
      step(`${scenario.name}, ${connections} connection${connections === 1 ? "" : "s"}`);
      const single = results.find((result) => result.name === scenario.name && result.connections === 1);
      const measured = scenario.sql ? await timeSql(databaseUrl, scenario.sql, connections) : await timeHttp(server.base, scenario, connections, single);
      results.push({ name: scenario.name, connections, ...measured });
    }
  }
  rss.stop();
  if (options.smoke) {
    printTable(results, rss, []);
    await cleanUp();
    const failing = results.filter((result) => result.errors > 0 || result.requests === 0);
    if (failing.length > 0) fail(`Bench smoke run: ${failing.map((result) => `${result.name} at ${result.connections} (${result.errors} errors, ${result.requests} answers)`).join("; ")}`);
    console.log("✔ bench smoke run: every scenario answered without errors");
    process.exit(0);
  }
  const checks = checkBudgets(results, rss);
  printTable(results, rss, checks);
  mkdirSync(join(ROOT, "bench"), { recursive: true });
  const report = { at: new Date().toISOString(), revision: gitRevision(), seconds: SECONDS, filled, rss: { idleMb: rss.idle / MB, peakMb: rss.peak / MB }, results, checks, runSeconds: (Date.now() - began) / 1000 };
  writeFileSync(join(ROOT, "bench", "results.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWhole run ${report.runSeconds.toFixed(0)} s; results in bench/results.json`);
  await cleanUp();
  const broken = checks.filter((check) => !check.ok);
  if (broken.length === 0) console.log("✔ every budget met");
  else console.log(`✖ ${broken.length} budget${broken.length === 1 ? "" : "s"} broken${REPORT_ONLY ? " (BENCH_REPORT_ONLY=1: reported only)" : ""}`);
  process.exit(broken.length > 0 && !REPORT_ONLY ? 1 : 0);
} catch (error) {
  await cleanUp();
  fail(`Bench failed: ${error instanceof Error ? error.stack : error}`);
}

/** For each of SEARCHES, the statements the search runs, one after another, recorded from lib/search itself (scripts/bench/search-sql.ts). */
function searchStatements(databaseUrl) {
  const output = execFileSync("npx", ["tsx", "--conditions=react-server", "--tsconfig", "tsconfig.json", join("scripts", "bench", "search-sql.ts"), ...SEARCHES], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return JSON.parse(output.toString());
}

async function warmUp(base, scenario) {
  for (const request of scenario.requests) {
    const body = request.setupRequest?.({}).body;
    const response = await fetch(`${base}${request.path}`, { method: request.method ?? "GET", headers: scenario.headers, body, redirect: "manual" });
    if (response.status >= 300) throw new Error(`${scenario.name}: ${request.path} answered ${response.status} before the run`);
    await response.arrayBuffer();
  }
}

function percentiles(latencies, durationMs, errors) {
  const sorted = latencies.sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  // Nothing answered: the run failed, and no budget can be met by it.
  if (sorted.length === 0) return { requests: 0, p50: Infinity, p95: Infinity, p99: Infinity, perSecond: 0, errors };
  return { requests: sorted.length, p50: at(50), p95: at(95), p99: at(99), perSecond: sorted.length / (durationMs / 1000), errors };
}

/**
 * One connection runs for SECONDS; more connections send a fixed number of requests (what one connection managed in
 * SECONDS, 1.5 times, and at least two per connection), so every request is answered and counted — a run bounded by time
 * alone drops the slow requests still in flight at its end, and the server works them off during the next run.
 */
async function timeHttp(base, scenario, connections, single) {
  const latencies = [];
  let failed = 0;
  const bound = single ? { amount: Math.max(2 * connections, Math.round(single.perSecond * SECONDS * 1.5)) } : { duration: SECONDS };
  const instance = autocannon({ url: base, connections, ...bound, timeout: 60, headers: scenario.headers, requests: scenario.requests });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 300) failed += 1;
    else latencies.push(responseTime);
  });
  const result = await instance;
  return percentiles(latencies, result.duration * 1000, failed + result.errors + result.timeouts);
}

/** The floor of the search: its statements through a pg pool of as many connections as the HTTP run had. */
async function timeSql(databaseUrl, searches, connections) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: connections });
  const latencies = [];
  let errors = 0;
  const started = Date.now();
  const until = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      for (let n = worker; Date.now() < until; n += connections) {
        const search = searches[n % searches.length];
        const begin = performance.now();
        try {
          for (const { text, values } of search.statements) await pool.query(text, values);
          latencies.push(performance.now() - begin);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  await pool.end();
  return percentiles(latencies, Date.now() - started, errors);
}

/** RSS of the server's process tree (the process and its descendants), sampled every 200 ms. */
function sampleRss(rootPid) {
  const tree = () => {
    const children = new Map();
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      } catch {
        // The process ended while listing.
      }
    }
    const pids = [rootPid];
    for (let i = 0; i < pids.length; i += 1) pids.push(...(children.get(pids[i]) ?? []));
    return pids;
  };
  const current = () =>
    tree().reduce((sum, pid) => {
      try {
        return sum + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
      } catch {
        return sum;
      }
    }, 0);
  const sampler = { idle: 0, peak: 0, current };
  const timer = setInterval(() => (sampler.peak = Math.max(sampler.peak, current())), 200);
  sampler.stop = () => clearInterval(timer);
  return sampler;
}

/** The budgets of issue 13, as ratios to the floors measured at the same concurrency in this run. */
function checkBudgets(results, rss) {
  const checks = [];
  const find = (name, connections) => results.find((result) => result.name === name && result.connections === connections);
  for (const connections of CONNECTIONS) {
    const floor = find("static file", connections).p95;
    const sql = find("search SQL (pg)", connections).p95;
    const budgets = [
      ["search API", sql + 5 * floor, "SQL p95 + 5 × static p95"],
      ...["offer page", "triage queue", "Mine henvisninger", "unit inbox"].map((name) => [name, 10 * floor, "10 × static p95"]),
      ["POST /api/referrals", 15 * floor, "15 × static p95"],
      ["overview", 30 * floor, "30 × static p95"],
    ];
    for (const [name, limit, rule] of budgets) {
      const p95 = find(name, connections).p95;
      checks.push({ check: `${name} p95 at ${connections}`, ok: p95 <= limit, value: `${p95.toFixed(0)} ms`, limit: `${limit.toFixed(1)} ms (${rule})` });
    }
    if (connections === 50) {
      for (const result of results.filter((r) => r.connections === 50 && r.errors > 0)) checks.push({ check: `${result.name} errors at 50`, ok: false, value: String(result.errors), limit: "0" });
    }
  }
  checks.push({ check: "RSS peak of the server", ok: rss.peak <= 300 * MB, value: `${(rss.peak / MB).toFixed(0)} MB`, limit: "300 MB" });
  return checks;
}

function printTable(results, rss, checks) {
  const find = (name, connections) => results.find((result) => result.name === name && result.connections === connections);
  const pad = (value, width) => String(value).padStart(width);
  console.log(`\n${"endpoint".padEnd(22)}${pad("conns", 6)}${pad("reqs", 7)}${pad("p50 ms", 9)}${pad("p95 ms", 9)}${pad("p99 ms", 9)}${pad("req/s", 8)}${pad("errors", 8)}  ratio p95`);
  for (const result of results) {
    const floor = find("static file", result.connections).p95 || 1;
    const sql = find("search SQL (pg)", result.connections).p95 || 1;
    const ratio = result.name === "search API" ? `${(result.p95 / sql).toFixed(1)} × SQL, ${(result.p95 / floor).toFixed(0)} × static` : result.name === "static file" || result.name === "search SQL (pg)" ? "" : `${(result.p95 / floor).toFixed(0)} × static`;
    const ms = (value) => pad(value.toFixed(value < 10 ? 1 : 0), 9);
    console.log(`${result.name.padEnd(22)}${pad(result.connections, 6)}${pad(result.requests, 7)}${ms(result.p50)}${ms(result.p95)}${ms(result.p99)}${pad(result.perSecond.toFixed(0), 8)}${pad(result.errors, 8)}  ${ratio}`);
  }
  console.log(`\nServer RSS (process tree): idle ${(rss.idle / MB).toFixed(0)} MB, peak ${(rss.peak / MB).toFixed(0)} MB`);
  if (checks.length > 0) console.log("\nBudgets:");
  for (const check of checks) console.log(`  ${check.ok ? "✔" : "✖"} ${check.check}: ${check.value} (limit ${check.limit})`);
}
