#!/usr/bin/env node
// `npm run load`: 50 simulated practices send referrals at once to the production build over HTTP (loopback only),
// with double submits and retries, while the database is restarted in the middle (like a crash). Every acknowledged
// referral must be stored, none twice. Bounded: --practices (50), --referrals per practice (10), --seconds (180).
import { parseArgs } from "node:util";
import { createSeededDatabase, referralBody, signIn, startServer } from "./lib/portal-server.mjs";
import { startPrivatePostgres } from "./lib/private-postgres.mjs";
import { ensureBuild, ensureDependencies, fail, generatePrismaClient, step } from "./lib/setup.mjs";

const { values: options } = parseArgs({
  options: {
    practices: { type: "string", default: "50" },
    referrals: { type: "string", default: "10" },
    seconds: { type: "string", default: "180" },
    port: { type: "string", default: "3390" },
    "db-port": { type: "string", default: "55432" },
  },
});
const PRACTICES = Math.min(200, Number(options.practices));
const PER_PRACTICE = Math.min(100, Number(options.referrals));
const DEADLINE = Date.now() + Math.min(600, Number(options.seconds)) * 1000;

process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureDependencies();
generatePrismaClient();
ensureBuild();
// After the install: these need npm packages.
const { default: pg } = await import("pg");

step(`Starting a private PostgreSQL on 127.0.0.1:${options["db-port"]}`);
const postgres = startPrivatePostgres(Number(options["db-port"]));
let server;
const cleanUp = () => {
  server?.stop();
  postgres.stop();
};
process.on("SIGINT", () => {
  cleanUp();
  process.exit(130);
});

try {
  step("Seeding demo data and the simulated practices");
  const databaseUrl = await createSeededDatabase(postgres.url, "portal_load");
  const practices = await createPractices(databaseUrl);

  step(`Serving the production build on 127.0.0.1:${options.port} (loopback only)`);
  server = await startServer({ databaseUrl, port: options.port });

  step(`${PRACTICES} practices × ${PER_PRACTICE} referrals, double submits and retries; the database restarts mid-run`);
  for (const practice of practices) practice.cookie = await signIn(server.base, practice.userId);
  const run = await sendAll(practices);

  const stored = await countStored(databaseUrl, run.acknowledgedIds);
  const duplicates = stored.rows - stored.distinctCitizens;
  const latencies = run.latencies.sort((a, b) => a - b);
  const percentile = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  console.log(`
Load test — ${PRACTICES} practices, ${PER_PRACTICE} referrals each, ${(run.durationMs / 1000).toFixed(1)} s
  sent:          ${run.sent} referrals (${run.requests} HTTP requests: ${run.doubleSubmits} double submits, ${run.retries} retries)
  acknowledged:  ${run.acknowledged}
  stored:        ${stored.rows} (all acknowledged ids present: ${stored.missing === 0 ? "yes" : `no, ${stored.missing} missing`})
  duplicates:    ${duplicates}
  not sent:      ${run.sent - run.acknowledged} (gave up at the time limit)
  restart:       database restarted after ${(run.restartAtMs / 1000).toFixed(1)} s, back after ${(run.restartMs / 1000).toFixed(1)} s; ${run.failedRequests} requests failed meanwhile and were retried
  latency:       p50 ${percentile(50)} ms, p95 ${percentile(95)} ms, p99 ${percentile(99)} ms (answered requests)`);
  const ok = stored.rows === run.acknowledged && stored.missing === 0 && duplicates === 0 && run.acknowledged === run.sent;
  console.log(ok ? "\n✔ stored = acknowledged, duplicates = 0" : "\n✖ the figures do not add up");
  cleanUp();
  process.exit(ok ? 0 : 1);
} catch (error) {
  cleanUp();
  fail(`Load test failed: ${error instanceof Error ? error.message : error}`);
}

/** One GP practice with one GP per simulated practice, signed in through the demo sign-in. */
async function createPractices(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const practices = [];
  for (let index = 0; index < PRACTICES; index += 1) {
    const organisationId = `load-org-${index}`;
    const userId = `load-user-${index}`;
    await client.query(`INSERT INTO "Organisation" (id, type, name, email, "isDemo") VALUES ($1, 'GP_PRACTICE', $2, $3, true)`, [organisationId, `Belastningspraksis ${index + 1}`, `load-${index}@praksis.test`]);
    await client.query(`INSERT INTO "User" (id, email, name, role, "organisationId", "isDemo") VALUES ($1, $2, $3, 'GP', $4, true)`, [userId, `gp-${index}@praksis.test`, `Læge ${index + 1}`, organisationId]);
    practices.push({ organisationId, userId, index });
  }
  await client.end();
  return practices;
}

async function sendAll(practices) {
  const started = Date.now();
  const run = { sent: 0, acknowledged: 0, requests: 0, doubleSubmits: 0, retries: 0, failedRequests: 0, latencies: [], acknowledgedIds: new Set(), restartAtMs: 0, restartMs: 0 };
  const total = PRACTICES * PER_PRACTICE;
  let restarted = false;
  let restarting = Promise.resolve();

  async function post(practice, body) {
    run.requests += 1;
    const begin = performance.now();
    try {
      const response = await fetch(`${server.base}/api/referrals`, { method: "POST", headers: { "content-type": "application/json", cookie: practice.cookie }, body });
      const answer = await response.json().catch(() => ({}));
      if (response.status === 200 || response.status === 201) {
        run.latencies.push(Math.round(performance.now() - begin));
        return answer.id;
      }
      if (response.status < 500) throw new Error(`refused with ${response.status}: ${JSON.stringify(answer)}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("refused")) throw error;
    }
    run.failedRequests += 1;
    return null;
  }

  /** Sends one referral until it is acknowledged: sometimes twice at once (a double click), retried after failures. */
  async function sendOne(practice, serial) {
    run.sent += 1;
    const body = referralBody(serial);
    let delay = 100;
    for (let attempt = 0; Date.now() < DEADLINE; attempt += 1) {
      if (attempt > 0) run.retries += 1;
      const double = attempt === 0 && serial % 4 === 0;
      if (double) run.doubleSubmits += 1;
      const ids = await Promise.all(double ? [post(practice, body), post(practice, body)] : [post(practice, body)]);
      const id = ids.find(Boolean);
      if (id) {
        if (new Set(ids.filter(Boolean)).size > 1) throw new Error(`a double submit made two referrals: ${ids.join(", ")}`);
        run.acknowledged += 1;
        run.acknowledgedIds.add(id);
        if (!restarted && run.acknowledged >= total * 0.4) {
          restarted = true;
          run.restartAtMs = Date.now() - started;
          const begin = Date.now();
          restarting = postgres.restart().then(() => {
            run.restartMs = Date.now() - begin;
          });
        }
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(2_000, delay * 2);
    }
  }

  await Promise.all(
    practices.map(async (practice) => {
      for (let n = 0; n < PER_PRACTICE; n += 1) await sendOne(practice, practice.index * PER_PRACTICE + n);
    }),
  );
  await restarting;
  run.durationMs = Date.now() - started;
  return run;
}

async function countStored(databaseUrl, acknowledgedIds) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query(
    `SELECT count(*)::int AS rows, count(DISTINCT "citizenId")::int AS citizens FROM "Referral" WHERE "referrerOrganisationId" LIKE 'load-org-%'`,
  );
  const present = await client.query(`SELECT count(*)::int AS n FROM "Referral" WHERE id = ANY($1)`, [[...acknowledgedIds]]);
  await client.end();
  return { rows: rows[0].rows, distinctCitizens: rows[0].citizens, missing: acknowledgedIds.size - present.rows[0].n };
}
