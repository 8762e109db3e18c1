import "server-only";
import { getDb } from "@/lib/db";

/** Totals only, no person-level data: the manager's first overview. */
export async function countReferralsByStatus() {
  const db = await getDb();
  const groups = await db.referral.groupBy({ by: ["status"], _count: { _all: true }, where: { status: { not: "DRAFT" } } });
  return groups.map((group) => ({ status: group.status, count: group._count._all })).sort((a, b) => b.count - a.count);
}
