import "server-only";
import type { Db } from "@/lib/db";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/session/session-policy";

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long a session row is kept after the session is over: long enough to answer "who was signed in when". */
export const SESSION_ROW_DAYS = 30;

/**
 * A session row says when someone signed in and out. A session is over when it ended or, at the latest, 8 hours after
 * signing in; its row is deleted SESSION_ROW_DAYS after that (the audit log keeps each sign-in for good).
 */
export async function deleteOldSessions(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - SESSION_ROW_DAYS * DAY_MS);
  const { count } = await db.userSession.deleteMany({
    where: { OR: [{ endedAt: { lt: cutoff } }, { createdAt: { lt: new Date(cutoff.getTime() - SESSION_MAX_AGE_SECONDS * 1000) } }] },
  });
  return count;
}
