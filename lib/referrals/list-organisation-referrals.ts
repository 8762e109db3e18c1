import "server-only";
import { recordListLookup } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE, toPage, type ListPage } from "@/lib/paging/cursor";
import { NO_REFERRAL_LIST_FILTERS, referralListConditions, type ReferralListFilters } from "./referral-list-filters";
import { referralListSelect, type ReferralListRow } from "./referral-list-item";
import { recordReferralSearch, referralSearchSql, resolveReferralSearch } from "./referral-search-where";
import { IS_UNREAD, joinReadOf } from "./unread";

/** A row of "Mine henvisninger": `unread` when the receiver changed the referral since this user last opened it. */
export type OrganisationReferralRow = ReferralListRow & { unread: boolean };

/**
 * A page of "Mine henvisninger": the referrals the user's organisation sent, newest change first (ties by id), narrowed
 * by the page's filters and starting after the filters' cursor. Scoped by organisation. The page of ids (with the
 * user's unread mark) comes from one SQL statement — the mark compares two tables' columns — on the
 * (referrerOrganisationId, updatedAt, id) index, which the row comparison with the cursor scans from; the rows then by id.
 */
export async function listOrganisationReferrals(
  user: SessionUser,
  filters: ReferralListFilters = NO_REFERRAL_LIST_FILTERS,
  take = PAGE_SIZE,
): Promise<ListPage<OrganisationReferralRow>> {
  const db = await getDb();
  const { statuses, sentSince } = referralListConditions(filters, new Date());
  const search = await resolveReferralSearch(filters.nr);
  const page = await db.$queryRaw<{ id: string; unread: boolean }[]>`
    SELECT r.id, ${IS_UNREAD} AS unread
    FROM "Referral" r ${joinReadOf(user.id)}
    WHERE r."referrerOrganisationId" = ${user.organisationId}
      AND ${statuses ? Prisma.sql`r.status = ANY(${[...statuses]}::"ReferralStatus"[])` : Prisma.sql`r.status <> 'DRAFT'`}
      ${sentSince ? Prisma.sql`AND r."sentAt" >= ${sentSince}` : Prisma.empty}
      ${filters.unread ? Prisma.sql`AND ${IS_UNREAD}` : Prisma.empty}
      ${referralSearchSql(search)}
      ${filters.after ? Prisma.sql`AND (r."updatedAt", r.id) < (${filters.after.at}, ${filters.after.id})` : Prisma.empty}
    ORDER BY r."updatedAt" DESC, r.id DESC
    LIMIT ${take + 1}`;
  const rows = await db.referral.findMany({
    where: { id: { in: page.map((row) => row.id) }, referrerOrganisationId: user.organisationId },
    select: referralListSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const referrals = toPage(
    page.flatMap(({ id, unread }) => {
      const row = byId.get(id);
      return row ? [{ ...row, unread }] : [];
    }),
    take,
    (row) => row.updatedAt,
  );
  await recordReferralSearch(user, "organisation", search, referrals.rows.length);
  await recordListLookup(user, "referral.list.organisation", referrals.rows);
  return referrals;
}
