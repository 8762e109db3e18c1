import "server-only";
import type { Db } from "@/lib/db";

// Counters in fixed time windows, kept in the database (RateLimitHit) so that every server process shares them: the
// sign-in limit (lib/session/rate-limit.ts) and the cap on recorded refusals (lib/audit/refusals.ts). Each kind of counter has its
// own key prefix, and each caller first prunes its own kind's earlier windows once, so the table holds one window per key.

/** The start of the fixed window of `minutes` that holds `now`. */
export function windowStartOf(now: Date, minutes: number): Date {
  const ms = minutes * 60 * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

/** Deletes the windows before `windowStart` of the counters whose keys start with `prefix`. */
export async function pruneWindows(db: Db, prefix: string, windowStart: Date): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { key: { startsWith: prefix }, windowStart: { lt: windowStart } } });
}

/**
 * Counts one hit on `key` in the window starting at `windowStart` and returns the count with it — one atomic
 * upsert-increment, so parallel hits cannot both read the same count.
 */
export async function countHit(db: Db, key: string, windowStart: Date): Promise<number> {
  const [hit] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitHit" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitHit"."count" + 1
    RETURNING "count"`;
  return hit?.count ?? Number.POSITIVE_INFINITY;
}
