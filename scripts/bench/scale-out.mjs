// The bench's scale-out run (issue 13, point 6): two production servers on one database, as behind a load balancer
// without sticky sessions. Practices send referrals to both in turn (every fourth first sent twice at once, one copy to
// each instance), then both serve a list page with half the connections each. Each instance runs its background worker
// against an SMTP server in this process. Afterwards the invariants: every acknowledged referral stored exactly once,
// every outbox message delivered exactly once (Message-IDs received against the rows), the daily digest made once per
// practice and day, and retention's pseudonymisation (both workers start it at once) done once per referral.
import { randomUUID } from "node:crypto";
import { signIn, startServer } from "../lib/portal-server.mjs";
import { step } from "../lib/setup.mjs";
import { driveHttp, percentiles } from "./measure.mjs";
import { checkStored, sendReferrals } from "./send.mjs";

/** Retention's default period (lib/config.ts); `closed` filled referrals are made closed longer ago than that. */
const RETENTION_DAYS = 730;
/** From this hour (Copenhagen) the daily digest is due: lib/notifications/digest-time.ts. */
const DIGEST_HOUR = 7;

export async function runScaleOut({ pg, autocannon, databaseUrl, ports, practices, perPractice, closed, listConnections, listRequests, nextSerial, drainSeconds }) {
  const { tsImport } = await import("tsx/esm/api");
  const { startSmtpServer } = await tsImport("../../tests/support/smtp-server.ts", import.meta.url);
  const smtp = await startSmtpServer();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const servers = [];
  try {
    // Filled practices (scripts/bench/fill.mjs); every fourth has the daily digest instead of immediate mail.
    const senders = Array.from({ length: practices }, (_, index) => ({ organisationId: `bench-org-${index + 1}`, userId: `bench-user-${index + 1}`, index }));
    const digestPractices = senders.filter((sender) => sender.index % 4 === 0).map((sender) => sender.organisationId);
    await client.query(`UPDATE "Organisation" SET "notificationMode" = 'DAILY_DIGEST' WHERE id = ANY($1)`, [digestPractices]);
    // The filled referrals are all open: some are closed long ago here, so both workers find retention due at start.
    await client.query(
      `UPDATE "Referral" SET status = 'COMPLETED', "closedAt" = now() - make_interval(days => $1) WHERE id IN (SELECT id FROM "Referral" WHERE id LIKE 'bench-referral-%' ORDER BY id LIMIT $2)`,
      [RETENTION_DAYS + 30, closed],
    );
    const retentionDue = await countRetentionDue(client);

    step(`Two instances on one database (127.0.0.1:${ports.join(", ")}), SMTP at ${smtp.url}, ${retentionDue} referrals due for retention`);
    const env = { AUTH_SECRET: randomUUID(), SMTP_URL: smtp.url, RETENTION_DAYS: String(RETENTION_DAYS) };
    servers.push(...(await Promise.all(ports.map((port) => startServer({ databaseUrl, port, env })))));
    const bases = servers.map((server) => server.base);
    // Sessions live in the database: each practice signs in at one instance and is served by both.
    for (const sender of senders) sender.cookie = await signIn(bases[sender.index % bases.length], sender.userId);

    step(`${practices} practices × ${perPractice} referrals to both instances in turn, every fourth sent twice at once (one copy to each)`);
    const run = await sendReferrals({ senders, bases, perSender: perPractice, deadline: Date.now() + 120_000, serialOf: nextSerial });
    const send = percentiles(run.latencies, run.durationMs, run.failedRequests);

    const perInstance = Math.max(1, listConnections / bases.length);
    step(`Mine henvisninger, ${listConnections} connections: half to each instance, ${listRequests} requests each`);
    const cookie = await signIn(bases[0], "demo-user-gp");
    for (const base of bases) await (await fetch(`${base}/henvisninger`, { headers: { cookie } })).arrayBuffer();
    const halves = await Promise.all(
      bases.map((base) => driveHttp(autocannon, { base, connections: perInstance, amount: perInstance * listRequests, headers: { cookie }, requests: [{ path: "/henvisninger" }] })),
    );
    const list = percentiles(halves.flatMap((half) => half.latencies), Math.max(...halves.map((half) => half.durationMs)), halves.reduce((sum, half) => sum + half.failed, 0));

    step(`Waiting for both workers to drain the outbox, then to finish retention (at most ${drainSeconds} s in all)`);
    const drainStarted = Date.now();
    const drained = await waitUntil(async () => (await countPending(client)) === 0, drainSeconds * 1000);
    const drainMs = Date.now() - drainStarted;
    await waitUntil(async () => (await countRetentionDue(client)) === 0, Math.max(0, drainSeconds * 1000 - drainMs));

    const stored = await checkStored(client, senders.map((sender) => sender.organisationId), run);
    const outbox = await checkOutbox(client, smtp.accepted);
    const digest = await checkDigests(client, digestPractices, smtp.accepted);
    const retention = await checkRetention(client, retentionDue);
    const checks = [
      { check: "scale-out: every acknowledged referral stored exactly once", ok: stored.ok, value: `${stored.rows} stored of ${run.acknowledged} acknowledged (${run.sent} sent), ${stored.duplicates} duplicates, ${stored.missing} missing`, limit: "stored = acknowledged = sent, 0 duplicates" },
      { check: "scale-out: outbox drained", ok: drained, value: `${outbox.pending} pending after ${(drainMs / 1000).toFixed(0)} s`, limit: `0 within ${drainSeconds} s` },
      { check: "scale-out: every outbox message delivered exactly once", ok: outbox.ok, value: `${outbox.rows} SMTP-sent rows, ${outbox.received} mails received, ${outbox.twice} twice, ${outbox.missing} missing, ${outbox.unknown} unknown, ${outbox.failed} failed`, limit: "received = rows, 0 twice" },
      { check: "scale-out: daily digest once per practice and day", ok: digest.ok, value: digest.due ? `${digest.practicesWithDigest} of ${digest.practices} practices, ${digest.mostPerPractice} at most each` : `not due before ${DIGEST_HOUR}:00 Copenhagen time: ${digest.messages} made`, limit: digest.due ? "1 per practice with notifications" : "0 before the digest hour" },
      { check: "scale-out: retention pseudonymised each due referral once", ok: retention.ok, value: `${retention.pseudonymised} of ${retentionDue} due, ${retention.twice} twice, ${retention.batches} batches, ${retention.stillDue} left`, limit: "all, none twice" },
    ];
    return { instances: ports.length, practices, perPractice, doubleSubmits: run.doubleSubmits, doubleSubmitsSplit: run.doubleSubmitsSplit, requests: run.requests, send, listConnections, list, drainSeconds: drainMs / 1000, checks };
  } finally {
    for (const server of servers) server.stop();
    await client.end();
    await smtp.close();
  }
}

async function waitUntil(condition, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return condition();
}

async function countPending(client) {
  return (await client.query(`SELECT count(*)::int AS n FROM "OutboxMessage" WHERE status = 'PENDING'`)).rows[0].n;
}

async function countRetentionDue(client) {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Referral" WHERE "closedAt" < now() - make_interval(days => $1) AND "pseudonymisedAt" IS NULL`, [RETENTION_DAYS]);
  return rows[0].n;
}

/** The Message-ID the portal gives a message: lib/notifications/mailer.ts. */
const messageIdOf = (rowId) => `<${rowId}@henvisningsportalen.kk.dk>`;

async function checkOutbox(client, accepted) {
  const { rows } = await client.query(`SELECT id, status, "deliveredVia" FROM "OutboxMessage"`);
  const sent = new Set(rows.filter((row) => row.deliveredVia === "SMTP").map((row) => messageIdOf(row.id)));
  const received = accepted.map((mail) => mail.messageId);
  const distinct = new Set(received);
  const outbox = {
    rows: sent.size,
    received: received.length,
    twice: received.length - distinct.size,
    missing: [...sent].filter((id) => !distinct.has(id)).length,
    unknown: [...distinct].filter((id) => !sent.has(id)).length,
    pending: rows.filter((row) => row.status === "PENDING").length,
    failed: rows.filter((row) => row.status === "FAILED").length,
  };
  outbox.ok = outbox.rows > 0 && outbox.twice === 0 && outbox.missing === 0 && outbox.unknown === 0 && outbox.pending === 0 && outbox.failed === 0;
  return outbox;
}

async function checkDigests(client, practices, accepted) {
  const hour = Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", hour: "numeric", hourCycle: "h23" }).format(new Date()));
  const due = hour >= DIGEST_HOUR;
  const { rows } = await client.query(
    `SELECT o.id, o."organisationId" FROM "OutboxMessage" o WHERE o."organisationId" = ANY($1) AND o."dedupeKey" LIKE 'digest:%'`,
    [practices],
  );
  const notified = await client.query(`SELECT DISTINCT "organisationId" FROM "Notification" WHERE "organisationId" = ANY($1)`, [practices]);
  const perPractice = new Map();
  for (const row of rows) perPractice.set(row.organisationId, (perPractice.get(row.organisationId) ?? 0) + 1);
  const receivedIds = accepted.map((mail) => mail.messageId);
  const receivedOnce = rows.every((row) => receivedIds.filter((id) => id === messageIdOf(row.id)).length === 1);
  const digest = { due, practices: notified.rowCount, messages: rows.length, practicesWithDigest: perPractice.size, mostPerPractice: Math.max(0, ...perPractice.values()) };
  digest.ok = due ? digest.practicesWithDigest === digest.practices && digest.mostPerPractice === 1 && receivedOnce : digest.messages === 0;
  return digest;
}

/** Every due referral pseudonymised, and no referral in two of retention's audit rows (one row per batch). */
async function checkRetention(client, due) {
  const { rows } = await client.query(`SELECT details->'referralIds' AS ids FROM "AuditLog" WHERE action = 'retention.pseudonymise'`);
  const ids = rows.flatMap((row) => row.ids);
  const retention = { pseudonymised: new Set(ids).size, twice: ids.length - new Set(ids).size, batches: rows.length, stillDue: await countRetentionDue(client) };
  retention.ok = due > 0 && retention.pseudonymised === due && retention.twice === 0 && retention.stillDue === 0;
  return retention;
}
