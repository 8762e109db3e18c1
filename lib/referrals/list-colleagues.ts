import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { WITH_CENTRAL_TRIAGE } from "./decide";

export interface Colleague {
  id: string;
  name: string;
  title: string | null;
  /** Open referrals the colleague owns in the user's section, and how many of them are past their due time. */
  open: number;
  overdue: number;
}

/** The open referrals of a section: central triage's cases, or the unit's referrals. */
function openIn(user: SessionUser): Prisma.ReferralWhereInput {
  return user.unitId
    ? { destinationUnitId: user.unitId, status: { in: ["RECEIVED", "ACCEPTED", "FIRST_MEETING_BOOKED", "STARTED"] } }
    : { ...WITH_CENTRAL_TRIAGE, status: { in: ["RECEIVED", "IN_TRIAGE", "AWAITING_INFORMATION"] } };
}

/**
 * The user's colleagues (active, same organisation and role, the user first), each with the open referrals they own
 * and how many are overdue: who to give a case to, and who is drowning. Counted in two grouped queries on the
 * owner's index.
 */
export async function listColleagues(user: SessionUser, now = new Date()): Promise<Colleague[]> {
  const db = await getDb();
  const users = await db.user.findMany({ where: { organisationId: user.organisationId, role: user.role, isActive: true }, orderBy: { name: "asc" }, select: { id: true, name: true, title: true } });
  // By owner first, on the (assignedToId, status, dueAt) index: the colleagues' cases, not every open case.
  const where = { assignedToId: { in: users.map((colleague) => colleague.id) }, ...openIn(user) };
  const [open, overdue] = await Promise.all([
    db.referral.groupBy({ by: ["assignedToId"], where, _count: { _all: true } }),
    db.referral.groupBy({ by: ["assignedToId"], where: { ...where, dueAt: { lte: now } }, _count: { _all: true } }),
  ]);
  const countOf = (rows: typeof open, id: string) => rows.find((row) => row.assignedToId === id)?._count._all ?? 0;
  const colleagues = users.map((colleague) => ({ ...colleague, open: countOf(open, colleague.id), overdue: countOf(overdue, colleague.id) }));
  return [...colleagues.filter((colleague) => colleague.id === user.id), ...colleagues.filter((colleague) => colleague.id !== user.id)];
}
