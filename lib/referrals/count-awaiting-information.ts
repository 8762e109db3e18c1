import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { CAPPED } from "@/lib/paging/capped-count";

/** How many of the organisation's referrals wait for its answer to a question ("Mine henvisninger"), up to the limit. */
export async function countAwaitingInformation(user: SessionUser): Promise<number> {
  const db = await getDb();
  return db.referral.count({ where: { referrerOrganisationId: user.organisationId, status: "AWAITING_INFORMATION" }, ...CAPPED });
}
