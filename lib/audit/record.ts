import "server-only";
import { headers } from "next/headers";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";

export interface AuditEntry {
  actor: SessionUser | null;
  /** e.g. "citizen.cpr.read", "offer.update", "auth.sign_in". */
  action: string;
  entityType?: string;
  entityId?: string;
  citizenId?: string;
  details?: Prisma.InputJsonValue;
}

async function requestOrigin(): Promise<{ ip: string | null; userAgent: string | null }> {
  try {
    const h = await headers();
    return { ip: h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip"), userAgent: h.get("user-agent") };
  } catch {
    // Outside a request (scripts, jobs): there is no origin to record.
    return { ip: null, userAgent: null };
  }
}

/** Sundhedsloven §42a: who looked at or changed what, when, from where. */
export async function recordAudit(entry: AuditEntry, tx?: Prisma.TransactionClient): Promise<void> {
  const db = tx ?? (await getDb());
  const origin = await requestOrigin();
  await db.auditLog.create({
    data: {
      userId: entry.actor?.id,
      organisationId: entry.actor?.organisationId,
      role: entry.actor?.role,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      citizenId: entry.citizenId,
      details: entry.details,
      ...origin,
    },
  });
}

/** A list shows citizens' names and masked CPR numbers: which citizens were shown is logged too. */
export async function recordListLookup(actor: SessionUser, action: string, rows: { citizen: { id: string } }[]): Promise<void> {
  if (rows.length === 0) return;
  await recordAudit({ actor, action, details: { citizenIds: [...new Set(rows.map((row) => row.citizen.id))] } });
}
