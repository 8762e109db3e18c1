import "server-only";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db";
import { escalationJob } from "./escalation-job";
import { notificationsJob } from "./notifications-job";
import { retentionJob } from "./retention-job";
import { createScheduler } from "./scheduler";

/** How often the worker looks for due work. */
export const WORKER_INTERVAL_MS = 2_000;

interface WorkerState {
  timer?: NodeJS.Timeout;
}

const state = ((globalThis as { __backgroundWorker?: WorkerState }).__backgroundWorker ??= {});

/**
 * The background worker, started once per server process (instrumentation.ts): every couple of seconds it runs the
 * jobs that are due, side by side — notifications (digests and the outbox) at every tick, escalation of overdue referrals every minute, retention once an hour.
 * Everything the jobs need is in the database, so a restart loses nothing.
 */
export function startBackgroundWorker(): void {
  if (state.timer) return;
  const config = getConfig();
  const runDueJobs = createScheduler([notificationsJob(config), escalationJob(config), retentionJob(config)]);
  const tick = async () => {
    try {
      await runDueJobs(await getDb());
    } catch (error) {
      console.error(`✖ Background jobs: ${error instanceof Error ? error.message : String(error)} (trying again shortly)`);
    } finally {
      state.timer = setTimeout(tick, WORKER_INTERVAL_MS).unref();
    }
  };
  state.timer = setTimeout(tick, WORKER_INTERVAL_MS).unref();
}
