import "server-only";
import { getDb } from "@/lib/db";

const SHOWN = 100;

/**
 * For central triage: the referrals at units whose step is still overdue after the unit's reminder, most overdue
 * first — the number, the unit, the offer and what is late, so a coordinator can call the unit. No citizen data: a unit's
 * referral is not triage's to read.
 */
export async function listEscalatedAtUnits() {
  const db = await getDb();
  return db.referral.findMany({
    where: { escalation: "ESCALATED", destinationUnitId: { not: null }, clockStep: { in: ["UNIT_OPEN", "FIRST_CONTACT", "FIRST_MEETING"] } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: SHOWN,
    select: { id: true, number: true, clockStep: true, dueAt: true, destinationUnit: { select: { name: true, phone: true } }, offer: { select: { title: true } } },
  });
}
