import "server-only";
import { getDb } from "@/lib/db";
import { suppressSmallCounts, type DisplayCell } from "./small-cells";

export interface EscalatedCounts {
  /** Per holder: a unit's name, or null for central triage; in name order (by size, "<5" rows would tell more). */
  rows: { unitName: string | null; count: DisplayCell }[];
  total: DisplayCell;
  empty: boolean;
}

/**
 * The managers' overview of steps still overdue after their reminder (lib/escalation), per unit and central triage:
 * where referrals stall. Counts only, small cells suppressed; a follow-up after closing is not counted.
 */
export async function countEscalated(): Promise<EscalatedCounts> {
  const db = await getDb();
  const groups = await db.referral.groupBy({
    by: ["destinationUnitId"],
    where: { escalation: "ESCALATED", clockStep: { in: ["TRIAGE_DECISION", "UNIT_OPEN", "FIRST_CONTACT", "FIRST_MEETING"] } },
    _count: { _all: true },
  });
  const units = await db.unit.findMany({ where: { id: { in: groups.flatMap((group) => (group.destinationUnitId ? [group.destinationUnitId] : [])) } }, select: { id: true, name: true } });
  const named = groups
    .map((group) => ({ unitName: units.find((unit) => unit.id === group.destinationUnitId)?.name ?? null, count: group._count._all }))
    .sort((a, b) => (a.unitName === null ? -1 : b.unitName === null ? 1 : a.unitName.localeCompare(b.unitName, "da")));
  const { cells, total } = suppressSmallCounts(named.map((row) => row.count));
  return { rows: named.map((row, index) => ({ unitName: row.unitName, count: cells[index]! })), total, empty: named.length === 0 };
}
