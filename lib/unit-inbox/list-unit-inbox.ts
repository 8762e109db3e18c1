import "server-only";
import { recordListLookup } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { referralListSelect } from "@/lib/referrals/referral-list-item";
import { DEFAULT_INBOX_FILTERS, inboxStatuses, type InboxFilters } from "./inbox-filters";

/**
 * The unit's inbox: referrals whose current destination is the user's unit, narrowed by the inbox's filters — newest
 * first, or those that have waited longest first. Scoped to the unit in the WHERE.
 */
export async function listUnitInbox(user: SessionUser, filters: InboxFilters = DEFAULT_INBOX_FILTERS, take = 100) {
  if (!user.unitId) return [];
  const db = await getDb();
  const statuses = inboxStatuses(filters.status);
  const referrals = await db.referral.findMany({
    where: {
      destinationUnitId: user.unitId,
      status: statuses ? { in: [...statuses] } : { not: "DRAFT" },
      ...(filters.offer ? { offer: { slug: filters.offer } } : {}),
    },
    orderBy: [{ sentAt: filters.view === "oldest" ? "asc" : "desc" }, { number: "asc" }],
    take,
    select: referralListSelect,
  });
  await recordListLookup(user, "referral.list.unit", referrals);
  return referrals;
}

/** The unit's offers, for the inbox's offer filter. */
export async function listUnitOffers(unitId: string) {
  const db = await getDb();
  return db.offer.findMany({ where: { unitId }, orderBy: { title: "asc" }, select: { slug: true, title: true } });
}

export async function getUnitName(unitId: string) {
  const db = await getDb();
  return (await db.unit.findUnique({ where: { id: unitId }, select: { name: true } }))?.name ?? null;
}
