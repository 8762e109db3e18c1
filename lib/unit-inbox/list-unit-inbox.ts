import "server-only";
import { recordListLookup } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { CAPPED } from "@/lib/paging/capped-count";
import { PAGE_SIZE, toPage, type ListPage } from "@/lib/paging/cursor";
import { afterSentAt, bySentAt } from "@/lib/paging/sent-at-keyset";
import { referralListSelect, type ReferralListRow } from "@/lib/referrals/referral-list-item";
import { recordReferralSearch, referralSearchWhere, resolveReferralSearch } from "@/lib/referrals/referral-search-where";
import { holderUnreadSelect, withHolderUnread } from "@/lib/referrals/unread";
import { DEFAULT_INBOX_FILTERS, inboxStatuses, type InboxFilters } from "./inbox-filters";

/**
 * A page of the unit's inbox: referrals whose current destination is the user's unit, narrowed by the inbox's filters —
 * newest first, or those that have waited longest first, or only the overdue ones (ties by id, on the (destinationUnitId, sentAt, id) index) —
 * starting after the filters' cursor. Scoped to the unit in the WHERE.
 */
export async function listUnitInbox(user: SessionUser, filters: InboxFilters = DEFAULT_INBOX_FILTERS, take = PAGE_SIZE): Promise<ListPage<ReferralListRow & { unread: boolean }>> {
  if (!user.unitId) return { rows: [] };
  const db = await getDb();
  const statuses = inboxStatuses(filters.status);
  const direction = filters.view === "newest" ? "desc" : "asc";
  const search = await resolveReferralSearch(filters.nr);
  const referrals = toPage(
    await db.referral.findMany({
      where: {
        destinationUnitId: user.unitId,
        // The overdue view shows every late step, also a follow-up due on a closed referral, whatever the status group.
        status: statuses && filters.view !== "overdue" ? { in: [...statuses] } : { not: "DRAFT" },
        ...(filters.offer ? { offer: { slug: filters.offer } } : {}),
        ...(filters.view === "overdue" ? { dueAt: { lte: new Date() } } : {}),
        ...referralSearchWhere(search),
        ...afterSentAt(filters.after, direction),
      },
      orderBy: bySentAt(direction),
      take: take + 1,
      select: { ...referralListSelect, ...holderUnreadSelect(user.id) },
    }),
    take,
    (row) => row.sentAt,
  );
  await recordReferralSearch(user, "unit", search, referrals.rows.length);
  await recordListLookup(user, "referral.list.unit", referrals.rows);
  return { ...referrals, rows: withHolderUnread(referrals.rows) };
}

/**
 * The unit's offers that referrals in its inbox name, for the inbox's offer filter: a unit with hundreds of offers in
 * the catalogue lists only those it has referrals for (found on the (offerId, destinationUnitId) index).
 */
export async function listReferredOffers(unitId: string) {
  const db = await getDb();
  return db.offer.findMany({
    where: { unitId, referrals: { some: { destinationUnitId: unitId } } },
    orderBy: { title: "asc" },
    select: { slug: true, title: true },
  });
}

export async function getUnitName(unitId: string) {
  const db = await getDb();
  return (await db.unit.findUnique({ where: { id: unitId }, select: { name: true } }))?.name ?? null;
}

/** How many of the unit's referrals are past their step's due time (on the (destinationUnitId, dueAt) index), up to the cap. */
export async function countOverdue(unitId: string, now = new Date()): Promise<number> {
  const db = await getDb();
  return db.referral.count({ where: { destinationUnitId: unitId, dueAt: { lte: now } }, ...CAPPED });
}
