import "server-only";
import type { Db } from "@/lib/db";
import { DRAFT_DAYS } from "@/lib/referrals/drafts";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A draft not saved for DRAFT_DAYS is never offered again (lib/referrals/drafts.ts), but it still holds a CPR number
 * and health details; its author deletes it only by saving another draft. The retention job deletes the rest.
 */
export async function deleteExpiredDrafts(db: Db, now: Date): Promise<number> {
  const { count } = await db.referralDraft.deleteMany({ where: { updatedAt: { lt: new Date(now.getTime() - DRAFT_DAYS * DAY_MS) } } });
  return count;
}
