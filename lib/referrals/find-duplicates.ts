import "server-only";
import { recordListLookup } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { normaliseCpr } from "@/lib/citizens/cpr";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_STATUSES } from "./transitions";

/**
 * Open referrals for the same citizen and offer, or open triage cases for the citizen, sent by the user's own
 * organisation (another organisation's referrals are never shown). The user may still send, giving a reason.
 * Showing them is a look-up by CPR number, audit-logged like a list. `tx`: the sending transaction, which has taken
 * the lock that makes parallel sends for the same citizen wait for each other (createReferral).
 */
export async function findDuplicates(user: SessionUser, cpr: string, offerSlug: string | undefined, tx?: Prisma.TransactionClient) {
  const normalised = normaliseCpr(cpr);
  if (!normalised) return [];
  const db = tx ?? (await getDb());
  const where = {
    referrerOrganisationId: user.organisationId,
    citizen: { cpr: normalised },
    status: { in: OPEN_STATUSES.filter((status) => status !== "DRAFT") },
    OR: [offerSlug ? { offer: { slug: offerSlug } } : { offerId: null }, { route: "TRIAGE", destinationUnitId: null }],
  } satisfies Prisma.ReferralWhereInput;
  // Nearly every send has none: one statement then, not Prisma's look-ups of the offers and units of no rows.
  if (!(await db.referral.findFirst({ where, select: { id: true } }))) return [];
  const duplicates = await db.referral.findMany({
    where,
    select: { id: true, number: true, status: true, sentAt: true, offer: { select: { title: true } }, destinationUnit: { select: { name: true } }, citizenId: true },
    orderBy: { sentAt: "desc" },
  });
  await recordListLookup(user, "referral.duplicates_shown", duplicates.map(({ id, citizenId }) => ({ id, citizen: { id: citizenId } })), tx);
  // The citizen's id is for the audit row; the form gets what it shows.
  return duplicates.map(({ citizenId, ...duplicate }) => duplicate);
}
