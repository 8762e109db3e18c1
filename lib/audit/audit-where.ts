import "server-only";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { findCitizenId } from "@/lib/citizens/find-citizen";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditPeriod, type AuditFilter } from "./schemas";

/** The audit log is read by administrators only (Sundhedsloven §42a: the log itself holds who looked at whom). */
export function requireAuditReader(user: SessionUser): void {
  if (!can(user.role, "audit:read")) throw new AppError("FORBIDDEN", "audit.adminsOnly");
}

/**
 * The filter as a where-condition. The period uses the (at) index, the citizen (citizenId, at). The user's name or
 * e-mail and the organisation's name are looked up first, so the log is searched by ids: `userId IN (…)` meets the
 * (userId, at) index even for a user with no rows (as a join, that case read the whole log: 1.1 s at 1M rows).
 * Organisation and action have no index of their own: they narrow what the others give, or the (at) index is read
 * newest first until a page is full. `citizenId` is null when the filter asks for a CPR number no citizen has.
 */
export async function auditWhere(db: Db, filter: AuditFilter): Promise<{ where: Prisma.AuditLogWhereInput; citizenId: string | null }> {
  const contains = (value: string) => ({ contains: value, mode: "insensitive" as const });
  const ids = (rows: { id: string }[]) => ({ in: rows.map((row) => row.id) });
  const [citizenId, users, organisations] = await Promise.all([
    filter.cpr ? findCitizenId(db, filter.cpr) : null,
    filter.user ? db.user.findMany({ where: { OR: [{ name: contains(filter.user) }, { email: contains(filter.user) }] }, select: { id: true } }) : null,
    filter.organisation ? db.organisation.findMany({ where: { name: contains(filter.organisation) }, select: { id: true } }) : null,
  ]);
  const where: Prisma.AuditLogWhereInput = {
    ...(filter.from || filter.to ? { at: auditPeriod(filter) } : {}),
    ...(users ? { userId: ids(users) } : {}),
    ...(organisations ? { organisationId: ids(organisations) } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.cpr ? { citizenId: citizenId ?? { in: [] } } : {}),
  };
  return { where, citizenId };
}
