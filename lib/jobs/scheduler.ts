import "server-only";
import type { Db } from "@/lib/db";

// Jobs that run inside the background worker (./worker.ts): notifications at every tick, retention once an hour.
// The times of the last runs are kept in memory: after a restart every job runs at the first tick, which is harmless
// because each job is idempotent and safe when another server process runs it at the same moment.

export interface ScheduledJob {
  name: string;
  everyMs: number;
  /** Returns one line for the log when it did something, nothing when there was nothing to do. */
  run: (db: Db, now: Date) => Promise<string | undefined>;
}

/** The jobs due at `now`: never run yet, or last started at least `everyMs` ago. Pure. */
export function dueJobs<J extends Pick<ScheduledJob, "name" | "everyMs">>(jobs: readonly J[], lastStarted: ReadonlyMap<string, number>, now: Date): J[] {
  return jobs.filter((job) => {
    const last = lastStarted.get(job.name);
    return last === undefined || now.getTime() - last >= job.everyMs;
  });
}

/**
 * Runs the due jobs one after another, each on its own: a job that fails is logged and tried again after its
 * interval, and never stops the others or the worker.
 */
export function createScheduler(jobs: readonly ScheduledJob[]): (db: Db, now?: Date) => Promise<void> {
  const lastStarted = new Map<string, number>();
  return async (db, now = new Date()) => {
    for (const job of dueJobs(jobs, lastStarted, now)) {
      lastStarted.set(job.name, now.getTime());
      try {
        const line = await job.run(db, now);
        if (line) console.log(`▸ ${line}`);
      } catch (error) {
        const again = job.everyMs >= 60_000 ? `in ${Math.round(job.everyMs / 60_000)} min` : "shortly";
        console.error(`✖ ${job.name}: ${error instanceof Error ? error.message : String(error)} (trying again ${again})`);
      }
    }
  };
}
