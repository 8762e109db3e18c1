// Sending referrals as practices do, and checking afterwards that every acknowledged one is stored exactly once — shared
// by the crash mode (one server, the database restarted mid-run) and the scale-out run (two servers on one database).
import { referralBody } from "../lib/portal-server.mjs";

/**
 * Every sender sends `perSender` referrals one after another, all senders at once, until `deadline`. Each referral is
 * retried with backoff until acknowledged (200/201); every `doubleEvery`-th is first sent twice at once with the same
 * body (a double click, or a retry racing the first try), one to each of `bases` when there are two. Requests go round
 * the bases in turn. `serialOf(sender, n)` numbers the citizens; `onAcknowledged(run)` sees the run grow.
 */
export async function sendReferrals({ senders, bases, perSender, deadline, serialOf, doubleEvery = 4, onAcknowledged = () => {} }) {
  const started = Date.now();
  const run = { sent: 0, acknowledged: 0, requests: 0, doubleSubmits: 0, doubleSubmitsSplit: 0, retries: 0, failedRequests: 0, latencies: [], acknowledgedIds: new Set() };
  let turn = 0;

  async function post(base, sender, body) {
    run.requests += 1;
    const begin = performance.now();
    try {
      const response = await fetch(`${base}/api/referrals`, { method: "POST", headers: { "content-type": "application/json", cookie: sender.cookie }, body });
      const answer = await response.json().catch(() => ({}));
      if (response.status === 200 || response.status === 201) {
        run.latencies.push(performance.now() - begin);
        return answer.id;
      }
      if (response.status < 500) throw new Error(`refused with ${response.status}: ${JSON.stringify(answer)}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("refused")) throw error;
    }
    run.failedRequests += 1;
    return null;
  }

  async function sendOne(sender, serial) {
    run.sent += 1;
    const body = referralBody(serial);
    let delay = 100;
    for (let attempt = 0; Date.now() < deadline; attempt += 1) {
      if (attempt > 0) run.retries += 1;
      const double = attempt === 0 && serial % doubleEvery === 0;
      const first = bases[turn++ % bases.length];
      const targets = double ? [first, bases[turn++ % bases.length]] : [first];
      if (double) {
        run.doubleSubmits += 1;
        if (targets[0] !== targets[1]) run.doubleSubmitsSplit += 1;
      }
      const ids = await Promise.all(targets.map((base) => post(base, sender, body)));
      const id = ids.find(Boolean);
      if (id) {
        if (new Set(ids.filter(Boolean)).size > 1) throw new Error(`a double submit made two referrals: ${ids.join(", ")}`);
        run.acknowledged += 1;
        run.acknowledgedIds.add(id);
        onAcknowledged(run);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(2_000, delay * 2);
    }
  }

  await Promise.all(
    senders.map(async (sender) => {
      for (let n = 0; n < perSender; n += 1) await sendOne(sender, serialOf(sender, n));
    }),
  );
  run.durationMs = Date.now() - started;
  return run;
}

/**
 * Stored exactly once: the referrals the organisations `organisationIds` sent (not the bench's filled ones) against the
 * acknowledged ids. Every referral body has its own citizen, so a second row for one citizen is a duplicate.
 */
export async function checkStored(client, organisationIds, run) {
  const { rows } = await client.query(
    `SELECT count(*)::int AS rows, count(DISTINCT "citizenId")::int AS citizens FROM "Referral" WHERE "referrerOrganisationId" = ANY($1) AND id NOT LIKE 'bench-%'`,
    [organisationIds],
  );
  const present = await client.query(`SELECT count(*)::int AS n FROM "Referral" WHERE id = ANY($1)`, [[...run.acknowledgedIds]]);
  const stored = { rows: rows[0].rows, duplicates: rows[0].rows - rows[0].citizens, missing: run.acknowledgedIds.size - present.rows[0].n };
  stored.ok = stored.rows === run.acknowledged && stored.missing === 0 && stored.duplicates === 0 && run.acknowledged === run.sent;
  return stored;
}
