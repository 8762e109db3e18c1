// The bench's crash mode (`npm run load` = `node scripts/bench.mjs --mode crash`): 50 simulated practices send referrals
// at once to the production build over HTTP (loopback only), with double submits and retries, while the database is
// restarted in the middle (like a crash). Every acknowledged referral must be stored, none twice. Bounded: --practices
// (50), --referrals per practice (10), --seconds (180).
import { createSeededDatabase, signIn, startServer } from "../lib/portal-server.mjs";
import { startPrivatePostgres } from "../lib/private-postgres.mjs";
import { fail, step } from "../lib/setup.mjs";
import { percentiles } from "./measure.mjs";
import { checkStored, sendReferrals } from "./send.mjs";

export async function runCrash(options) {
  const practiceCount = Math.min(200, Number(options.practices ?? 50));
  const perPractice = Math.min(100, Number(options.referrals ?? 10));
  const deadline = Date.now() + Math.min(600, Number(options.seconds ?? 180)) * 1000;
  const port = options.port ?? "3390";
  const dbPort = Number(options["db-port"] ?? 55432);
  const { default: pg } = await import("pg");

  step(`Starting a private PostgreSQL on 127.0.0.1:${dbPort}`);
  const postgres = startPrivatePostgres(dbPort);
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
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const practices = await createPractices(client, practiceCount);
    await client.end();

    step(`Serving the production build on 127.0.0.1:${port} (loopback only)`);
    server = await startServer({ databaseUrl, port });

    step(`${practiceCount} practices × ${perPractice} referrals, double submits and retries; the database restarts mid-run`);
    for (const practice of practices) practice.cookie = await signIn(server.base, practice.userId);
    const restart = { at: 0, took: 0, done: Promise.resolve() };
    const started = Date.now();
    const run = await sendReferrals({
      senders: practices,
      bases: [server.base],
      perSender: perPractice,
      deadline,
      serialOf: (practice, n) => practice.index * perPractice + n,
      onAcknowledged(progress) {
        if (restart.at > 0 || progress.acknowledged < practiceCount * perPractice * 0.4) return;
        restart.at = Date.now() - started;
        restart.done = postgres.restart().then(() => (restart.took = Date.now() - started - restart.at));
      },
    });
    await restart.done;
    const counter = new pg.Client({ connectionString: databaseUrl });
    await counter.connect();
    const stored = await checkStored(counter, practices.map((practice) => practice.organisationId), run);
    await counter.end();
    const latency = percentiles(run.latencies, run.durationMs);
    const ms = (value) => value.toFixed(0);
    console.log(`
Crash run — ${practiceCount} practices, ${perPractice} referrals each, ${(run.durationMs / 1000).toFixed(1)} s
  sent:          ${run.sent} referrals (${run.requests} HTTP requests: ${run.doubleSubmits} double submits, ${run.retries} retries)
  acknowledged:  ${run.acknowledged}
  stored:        ${stored.rows} (all acknowledged ids present: ${stored.missing === 0 ? "yes" : `no, ${stored.missing} missing`})
  duplicates:    ${stored.duplicates}
  not sent:      ${run.sent - run.acknowledged} (gave up at the time limit)
  restart:       database restarted after ${(restart.at / 1000).toFixed(1)} s, back after ${(restart.took / 1000).toFixed(1)} s; ${run.failedRequests} requests failed meanwhile and were retried
  latency:       p50 ${ms(latency.p50)} ms, p95 ${ms(latency.p95)} ms, p99 ${ms(latency.p99)} ms (answered requests)`);
    console.log(stored.ok ? "\n✔ stored = acknowledged, duplicates = 0" : "\n✖ the figures do not add up");
    cleanUp();
    process.exit(stored.ok ? 0 : 1);
  } catch (error) {
    cleanUp();
    fail(`Crash run failed: ${error instanceof Error ? error.message : error}`);
  }
}

/** One GP practice with one GP per simulated practice, signed in through the demo sign-in. */
async function createPractices(client, count) {
  const practices = [];
  for (let index = 0; index < count; index += 1) {
    const organisationId = `load-org-${index}`;
    const userId = `load-user-${index}`;
    await client.query(`INSERT INTO "Organisation" (id, type, name, email, "isDemo") VALUES ($1, 'GP_PRACTICE', $2, $3, true)`, [organisationId, `Belastningspraksis ${index + 1}`, `load-${index}@praksis.test`]);
    await client.query(`INSERT INTO "User" (id, email, name, role, "organisationId", "isDemo") VALUES ($1, $2, $3, 'GP', $4, true)`, [userId, `gp-${index}@praksis.test`, `Læge ${index + 1}`, organisationId]);
    practices.push({ organisationId, userId, index });
  }
  return practices;
}
