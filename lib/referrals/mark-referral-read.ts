import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";

/**
 * The user has opened the referral: its changes so far are read for this user (not for colleagues). Only a referral
 * the user's organisation sent gets a read row — the scope is in the statement's WHERE, so for anyone else's referral
 * nothing happens. `seenAt` is when the page read the referral, so a change made while it was loading stays unread;
 * a later seenAt never goes back (two tabs). Returns whether a row was written.
 */
export async function markReferralRead(user: SessionUser, referralId: string, seenAt = new Date()): Promise<boolean> {
  const db = await getDb();
  const written = await db.$executeRaw`
    INSERT INTO "ReferralRead" ("userId", "referralId", "seenAt")
    SELECT ${user.id}, r.id, ${seenAt}::timestamp(3)
    FROM "Referral" r
    WHERE r.id = ${referralId} AND r."referrerOrganisationId" = ${user.organisationId} AND r.status <> 'DRAFT'
    ON CONFLICT ("userId", "referralId") DO UPDATE SET "seenAt" = GREATEST("ReferralRead"."seenAt", EXCLUDED."seenAt")`;
  return written > 0;
}
