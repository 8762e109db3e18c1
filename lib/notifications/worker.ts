import "server-only";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db";
import { retentionJob } from "@/lib/jobs/retention-job";
import { createScheduler } from "@/lib/jobs/scheduler";
import { collectDigests } from "./digest";
import { devOutboxMailer, smtpMailer } from "./mailer";
import { processOutbox } from "./outbox";

/** How often the worker looks for due e-mails and digests. */
export const WORKER_INTERVAL_MS = 2_000;

interface WorkerState {
  timer?: NodeJS.Timeout;
}

const state = ((globalThis as { __notificationWorker?: WorkerState }).__notificationWorker ??= {});

/**
 * The background worker, started once per server process (instrumentation.ts): every couple of seconds it makes the
 * due digests and sends what the outbox holds, then runs the scheduled jobs that are due (lib/jobs: retention once an
 * hour). Everything it needs is in the database, so a restart loses nothing.
 */
export function startNotificationWorker(): void {
  if (state.timer) return;
  const config = getConfig();
  const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl) : devOutboxMailer;
  const runDueJobs = createScheduler([retentionJob(config)]);
  const tick = async () => {
    try {
      const db = await getDb();
      await collectDigests(db, config.portalUrl);
      await processOutbox(db, mailer);
      await runDueJobs(db);
    } catch (error) {
      console.error(`✖ Notifications: ${error instanceof Error ? error.message : String(error)} (trying again shortly)`);
    } finally {
      state.timer = setTimeout(tick, WORKER_INTERVAL_MS).unref();
    }
  };
  state.timer = setTimeout(tick, WORKER_INTERVAL_MS).unref();
}
