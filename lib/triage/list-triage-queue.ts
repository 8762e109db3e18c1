import "server-only";
import { recordListLookup } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { referralListSelect } from "@/lib/referrals/referral-list-item";

const OPEN_TRIAGE_STATUSES = ["SENT", "RECEIVED", "IN_TRIAGE"] as const;

/** Central triage's queue: referrals routed to triage and not yet decided, oldest first. */
export async function listTriageQueue(user: SessionUser, take = 100) {
  const db = await getDb();
  const referrals = await db.referral.findMany({
    where: { route: "TRIAGE", destinationUnitId: null, status: { in: [...OPEN_TRIAGE_STATUSES] } },
    orderBy: { sentAt: "asc" },
    take,
    select: referralListSelect,
  });
  await recordListLookup(user, "referral.list.triage", referrals);
  return referrals;
}
