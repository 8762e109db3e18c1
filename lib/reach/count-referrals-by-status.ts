import "server-only";
import { getDb } from "@/lib/db";
import { ReferralStatus } from "@/lib/generated/prisma/enums";
import { suppressSmallCounts, type DisplayCell } from "./small-cells";

export interface StatusCounts {
  rows: { status: ReferralStatus; count: DisplayCell }[];
  total: DisplayCell;
  /** No referrals at all (the page says so instead of showing an empty table). */
  empty: boolean;
}

/**
 * Totals only, no person-level data: the manager's first overview, with small cells suppressed (./small-cells.ts) —
 * the raw counts never leave this function. Rows come in the lifecycle's order, not by size: sorted by count, the
 * order of two "<5" rows would tell which is larger.
 */
export async function countReferralsByStatus(): Promise<StatusCounts> {
  const db = await getDb();
  const groups = await db.referral.groupBy({ by: ["status"], _count: { _all: true }, where: { status: { not: "DRAFT" } } });
  const order = Object.values(ReferralStatus);
  const sorted = groups.map((group) => ({ status: group.status, count: group._count._all })).sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  const { cells, total } = suppressSmallCounts(sorted.map((row) => row.count));
  return { rows: sorted.map((row, i) => ({ status: row.status, count: cells[i]! })), total, empty: sorted.length === 0 };
}
