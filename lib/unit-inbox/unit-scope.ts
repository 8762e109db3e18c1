import "server-only";
import type { AuditAction } from "@/lib/audit/actions";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { LegacyAppError as AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { transitionReferral, type TransitionInput } from "@/lib/referrals/transition-referral";
import { auditDecision, NOT_FOUND_MESSAGE, type CaseTarget } from "@/lib/triage/case-scope";

// A unit works the referrals whose destination is the unit (house style 5: the check is in the query). Another unit's
// referral, or one that has moved on, is NOT_FOUND — the same answer as a referral that does not exist.

export function unitScope(user: SessionUser): Prisma.ReferralWhereInput {
  if (!can(user.role, "unit-inbox:work") || !user.unitId) throw new AppError("FORBIDDEN", "Kun medarbejdere i en enhed kan arbejde med enhedens henvisninger.");
  return { destinationUnitId: user.unitId };
}

/** Runs `decide` in one transaction, once the referral is found at the user's unit. */
export async function atUnit<T>(user: SessionUser, referralId: string, decide: (tx: Prisma.TransactionClient, scope: Prisma.ReferralWhereInput) => Promise<T>): Promise<T> {
  const scope = unitScope(user);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    if (!(await tx.referral.findFirst({ where: { id: referralId, ...scope }, select: { id: true } }))) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE, { subject: { type: "Referral", id: referralId } });
    return decide(tx, scope);
  });
}

export interface UnitMove extends Pick<TransitionInput, "event" | "data" | "reason" | "note"> {
  /** The audit action, e.g. "referral.accept". */
  audit: AuditAction;
  details?: Prisma.InputJsonValue;
}

/** One status event by the unit on a referral at the unit, audit-logged; refused when the page was out of date. */
export async function moveAtUnit(user: SessionUser, target: CaseTarget, move: UnitMove, before?: (tx: Prisma.TransactionClient) => Promise<void>) {
  return atUnit(user, target.referralId, async (tx, scope) => {
    await before?.(tx);
    const event = await transitionReferral(tx, {
      referralId: target.referralId,
      expectedVersion: target.expectedVersion,
      event: move.event,
      actor: user,
      where: scope,
      data: move.data,
      reason: move.reason,
      note: move.note,
    });
    await auditDecision(tx, user, move.audit, target.referralId, move.details);
    return event;
  });
}
