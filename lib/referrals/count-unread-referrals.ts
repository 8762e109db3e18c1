import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { CAPPED_SQL_LIMIT } from "@/lib/paging/capped-count";
import { IS_UNREAD, joinReadOf } from "./unread";

/** How many of the organisation's referrals have a change the user has not opened yet ("Mine henvisninger"), up to the limit. */
export async function countUnreadReferrals(user: SessionUser): Promise<number> {
  const db = await getDb();
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM (
      SELECT 1 FROM "Referral" r ${joinReadOf(user.id)}
      WHERE r."referrerOrganisationId" = ${user.organisationId} AND r.status <> 'DRAFT' AND ${IS_UNREAD}
      LIMIT ${CAPPED_SQL_LIMIT}
    ) unread`;
  return row?.count ?? 0;
}
