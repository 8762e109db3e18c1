import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { failureKind, type FailureKind } from "./failure-kind";

// E-mails the mail server refused for good (OutboxMessage FAILED): shown to the organisation they were for, on its
// settings page, and to the administrator for all organisations, each with what to fix. Only subjects, recipients and
// the server's answer are shown: the e-mails themselves carry no personal data (lib/notifications/compose.ts).

const SHOWN = 20;

export interface FailedEmail {
  id: string;
  subject: string;
  recipient: string;
  organisationName: string;
  createdAt: Date;
  lastError: string | null;
  kind: FailureKind;
}

/** The latest failed e-mails of one organisation (or of all, for the administrator), and how many there are. */
export async function listFailedEmails(scope: { organisationId: string } | "all"): Promise<{ rows: FailedEmail[]; total: number }> {
  const db = await getDb();
  const where: Prisma.OutboxMessageWhereInput = { status: "FAILED", ...(scope === "all" ? {} : { organisationId: scope.organisationId }) };
  const [rows, total] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: SHOWN,
      select: { id: true, subject: true, recipient: true, createdAt: true, lastError: true, organisation: { select: { name: true } } },
    }),
    db.outboxMessage.count({ where }),
  ]);
  return { rows: rows.map(({ organisation, ...row }) => ({ ...row, organisationName: organisation.name, kind: failureKind(row.lastError) })), total };
}

/**
 * "Send igen": the organisation's failed e-mails go to the address it has now (after correcting it), as new attempts.
 * Only the user's own organisation's; audited with how many.
 */
export async function resendFailedEmails(user: SessionUser): Promise<{ resent: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: user.organisationId }, select: { email: true } });
    if (!organisation.email) return { resent: 0 };
    const { count } = await tx.outboxMessage.updateMany({
      where: { organisationId: user.organisationId, status: "FAILED" },
      data: { status: "PENDING", recipient: organisation.email, attempts: 0, nextAttemptAt: new Date(), lastError: null, lockedUntil: null },
    });
    await recordAudit({ actor: user, action: "notification.resend", entityType: "Organisation", entityId: user.organisationId, details: { resent: count } }, tx);
    return { resent: count };
  });
}
