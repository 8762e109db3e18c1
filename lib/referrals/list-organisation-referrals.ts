import "server-only";
import { recordListLookup } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { referralListSelect } from "./referral-list-item";

/** "Mine henvisninger": every referral the user's organisation sent, newest change first. Scoped by organisation. */
export async function listOrganisationReferrals(user: SessionUser, take = 100) {
  const db = await getDb();
  const referrals = await db.referral.findMany({
    where: { referrerOrganisationId: user.organisationId, status: { not: "DRAFT" } },
    orderBy: { updatedAt: "desc" },
    take,
    select: referralListSelect,
  });
  await recordListLookup(user, "referral.list.organisation", referrals);
  return referrals;
}
