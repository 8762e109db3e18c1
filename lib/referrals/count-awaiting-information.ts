import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";

/** How many of the organisation's referrals wait for its answer to a question ("Mine henvisninger"). */
export async function countAwaitingInformation(user: SessionUser): Promise<number> {
  const db = await getDb();
  return db.referral.count({ where: { referrerOrganisationId: user.organisationId, status: "AWAITING_INFORMATION" } });
}
