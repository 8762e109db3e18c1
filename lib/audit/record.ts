import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";
import type { AuditAction } from "./actions";
import { NO_ORIGIN, originFromHeaders, type RequestOrigin } from "./request-origin";

export interface AuditEntry {
  actor: SessionUser | null;
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  /** The citizen whose data was looked at or changed: "Hvem har set dette CPR-nummer?" finds the row by it. */
  citizenId?: string;
  details?: Prisma.InputJsonValue;
}

/** The request's headers; null outside a request (scripts, jobs, tests of lib/), where there is no origin to record. */
export async function currentHeaders(): Promise<Pick<Headers, "get"> | null> {
  try {
    return await headers();
  } catch {
    return null;
  }
}

async function requestOrigin(): Promise<RequestOrigin> {
  const requestHeaders = await currentHeaders();
  return requestHeaders ? originFromHeaders(requestHeaders) : NO_ORIGIN;
}

const who = (actor: SessionUser | null) => ({ userId: actor?.id, organisationId: actor?.organisationId, role: actor?.role });

/**
 * Sundhedsloven §42a: who (user, role and organisation as they were then) looked at or changed what, when, about which
 * citizen, from where. Written in the caller's transaction when there is one, so a change and its row stand or fall
 * together. The audit log is never updated or deleted by the portal (docs/security.md, "Audit log").
 */
export async function recordAudit(entry: AuditEntry, tx?: Prisma.TransactionClient): Promise<void> {
  const db = tx ?? (await getDb());
  const origin = await requestOrigin();
  await db.auditLog.create({
    data: {
      ...who(entry.actor),
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      citizenId: entry.citizenId,
      details: entry.details,
      ...origin,
    },
  });
}

/**
 * A list shows citizens' names and masked CPR numbers, and what they were referred for: one row per referral shown,
 * naming its citizen, so that a citizen's own access report (lib/audit/subject-report.ts) finds every list they were
 * on through the (citizenId, at) index. Written in the caller's transaction when there is one, like recordAudit.
 * One INSERT with the page's ids as two array parameters: Prisma's createMany binds eleven parameters per row and
 * cost a list page about as much as the rest of its queries together (docs/performance.md).
 */
export async function recordListLookup(
  actor: SessionUser,
  action: AuditAction,
  rows: { id: string; citizen: { id: string } }[],
  tx?: Prisma.TransactionClient,
): Promise<void> {
  if (rows.length === 0) return;
  const db = tx ?? (await getDb());
  const { ip, userAgent } = await requestOrigin();
  const { userId, organisationId, role } = who(actor);
  await db.$executeRaw`
    INSERT INTO "AuditLog" (id, at, "userId", "organisationId", role, action, "entityType", "entityId", "citizenId", ip, "userAgent")
    SELECT id, ${new Date()}, ${userId}, ${organisationId}, ${role}::"Role", ${action}, 'Referral', "entityId", "citizenId", ${ip}, ${userAgent}
    FROM unnest(${rows.map(() => randomUUID())}::text[], ${rows.map((row) => row.id)}::text[], ${rows.map((row) => row.citizen.id)}::text[])
      AS shown(id, "entityId", "citizenId")`;
}
