import "server-only";
import type { AuditAction } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { AppError, LegacyAppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { transitionReferral, type TransitionInput } from "@/lib/referrals/transition-referral";

// Who may see and decide on which referral, as Prisma where-conditions (house style 5: the check is in the query).
// Central triage works the referrals routed to it; unit staff work the referrals whose destination is their unit.

/** A case with central triage right now: routed (or sent back) to triage and not at a unit. */
export const WITH_CENTRAL_TRIAGE = { route: "TRIAGE", destinationUnitId: null } satisfies Prisma.ReferralWhereInput;

export const NOT_FOUND_MESSAGE = "Henvisningen findes ikke, eller den er ikke hos jer.";
const ONLY_TRIAGE = "Kun central visitation kan gøre det.";
const NOT_ALLOWED = "Du kan ikke træffe afgørelser om henvisninger.";

/** Which referral a decision is about, and the version the user saw (optimistic locking; omit to skip the check). */
export interface CaseTarget {
  referralId: string;
  expectedVersion?: number;
}

export function requireTriageCoordinator(user: SessionUser): void {
  if (!can(user.role, "triage:work")) throw new LegacyAppError("FORBIDDEN", ONLY_TRIAGE);
}

export interface CaseScope {
  /** The referrals the user may look up. */
  visible: Prisma.ReferralWhereInput;
  /** The referrals the user may decide on now: a coordinator only on a triage case they have taken. */
  decide: Prisma.ReferralWhereInput;
}

export function caseScope(user: SessionUser): CaseScope {
  if (can(user.role, "triage:work")) return { visible: { route: "TRIAGE" }, decide: { ...WITH_CENTRAL_TRIAGE, assignedToId: user.id } };
  if (can(user.role, "unit-inbox:work") && user.unitId) {
    const atUnit = { destinationUnitId: user.unitId };
    return { visible: atUnit, decide: atUnit };
  }
  throw new LegacyAppError("FORBIDDEN", NOT_ALLOWED);
}

/**
 * Runs a decision; when it loses to someone else's change, says who has the case if it is a colleague of the user's
 * own organisation ("Sagen er allerede taget af en kollega: …"), else the general conflict message.
 */
export async function sayingWhoHasIt<T>(user: SessionUser, referralId: string, decide: () => Promise<T>): Promise<T> {
  try {
    return await decide();
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "CONFLICT") throw error;
    const db = await getDb();
    const current = await db.referral.findUnique({ where: { id: referralId }, select: { assignedTo: { select: { id: true, name: true, organisationId: true } } } });
    const holder = current?.assignedTo;
    if (holder && holder.id !== user.id && holder.organisationId === user.organisationId) {
      throw new LegacyAppError("CONFLICT", `Sagen er allerede taget af en kollega: ${holder.name}.`);
    }
    throw error;
  }
}

/** The audit row of a decision (Sundhedsloven §42a), naming the citizen so a citizen's access log shows it. */
export async function auditDecision(tx: Prisma.TransactionClient, user: SessionUser, action: AuditAction, referralId: string, details?: Prisma.InputJsonValue) {
  const { citizenId } = await tx.referral.findUniqueOrThrow({ where: { id: referralId }, select: { citizenId: true } });
  await recordAudit({ actor: user, action, entityType: "Referral", entityId: referralId, citizenId, details }, tx);
}

/** A decision of central triage: the status event, its conditions and what else changes, and the audit action. */
export interface TriageMove extends Pick<TransitionInput, "event" | "where" | "data" | "reason" | "note" | "alternativeOfferId" | "alternativeText"> {
  audit: AuditAction;
  details?: Prisma.InputJsonValue;
}

/**
 * Makes a triage decision in one transaction: `before` (checks inside the transaction), the transition within what the
 * user may see (outside it the case "does not exist"), and the audit row; a conflict says which colleague has the case.
 */
export async function decideInTriage(user: SessionUser, target: CaseTarget, move: TriageMove, before?: (tx: Prisma.TransactionClient) => Promise<void>) {
  const db = await getDb();
  return sayingWhoHasIt(user, target.referralId, () =>
    db.$transaction(async (tx) => {
      await before?.(tx);
      const { audit, details, ...change } = move;
      const event = await transitionReferral(tx, { ...change, referralId: target.referralId, scope: caseScope(user).visible, expectedVersion: target.expectedVersion, actor: user });
      await auditDecision(tx, user, audit, target.referralId, details);
      return event;
    }),
  );
}
