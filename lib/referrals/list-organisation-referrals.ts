import "server-only";
import { recordListLookup } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { NO_REFERRAL_LIST_FILTERS, referralListConditions, type ReferralListFilters } from "./referral-list-filters";
import { referralListSelect } from "./referral-list-item";

/** "Mine henvisninger": the referrals the user's organisation sent, newest change first, narrowed by the page's filters. Scoped by organisation. */
export async function listOrganisationReferrals(user: SessionUser, filters: ReferralListFilters = NO_REFERRAL_LIST_FILTERS, take = 100) {
  const db = await getDb();
  const { statuses, sentSince } = referralListConditions(filters, new Date());
  const referrals = await db.referral.findMany({
    where: {
      referrerOrganisationId: user.organisationId,
      status: statuses ? { in: [...statuses] } : { not: "DRAFT" },
      ...(sentSince ? { sentAt: { gte: sentSince } } : {}),
    },
    orderBy: { updatedAt: "desc" },
    take,
    select: referralListSelect,
  });
  await recordListLookup(user, "referral.list.organisation", referrals);
  return referrals;
}
