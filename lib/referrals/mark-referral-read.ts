import "server-only";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

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

/** When the user last opened the referral before now (null: never), for the "Ny" marks on what came since. */
export async function lastSeenBy(user: SessionUser, referralId: string): Promise<Date | null> {
  const db = await getDb();
  return (await db.referralRead.findUnique({ where: { userId_referralId: { userId: user.id, referralId } }, select: { seenAt: true } }))?.seenAt ?? null;
}

/**
 * Central triage or a unit has opened a referral it holds: what the sending organisation wrote or corrected so far is
 * read for this user. Scoped in the statement like markReferralRead: a unit's user to referrals at the unit, a
 * coordinator to central triage's cases; for anything else nothing is written.
 */
export async function markHolderRead(user: SessionUser, referralId: string, seenAt = new Date()): Promise<boolean> {
  const db = await getDb();
  const scope = can(user.role, "unit-inbox:work") && user.unitId ? Prisma.sql`r."destinationUnitId" = ${user.unitId}` : can(user.role, "triage:work") ? Prisma.sql`r.route = 'TRIAGE'` : Prisma.sql`FALSE`;
  const written = await db.$executeRaw`
    INSERT INTO "ReferralRead" ("userId", "referralId", "seenAt")
    SELECT ${user.id}, r.id, ${seenAt}::timestamp(3)
    FROM "Referral" r
    WHERE r.id = ${referralId} AND ${scope}
    ON CONFLICT ("userId", "referralId") DO UPDATE SET "seenAt" = GREATEST("ReferralRead"."seenAt", EXCLUDED."seenAt")`;
  return written > 0;
}
