import "server-only";
import type { AuditAction } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MessageKey } from "@/lib/i18n/error-messages";
import { TRANSITION_SELECT, transitionReferral, type TransitionInput } from "./transition-referral";

// Who may see and decide on which referral, as Prisma where-conditions: the check is in the query, never a fetch and
// then a check. Central triage works the referrals routed to it; unit staff the referrals whose destination is their
// unit; the sending practice its own referrals (its answer to a question). Outside the scope a referral is NOT_FOUND —
// the same answer as a referral that does not exist.

/** A case with central triage right now: routed (or sent back) to triage and not at a unit. */
export const WITH_CENTRAL_TRIAGE = { route: "TRIAGE", destinationUnitId: null } satisfies Prisma.ReferralWhereInput;

export const NOT_FOUND_MESSAGE: MessageKey = "decisions.notFound";

/** Which referral a decision is about, and the version the user saw (optimistic locking; omit to skip the check). */
export interface CaseTarget {
  referralId: string;
  expectedVersion?: number;
}

/** Who decides: central triage, the unit the referral is at, or the practice that sent it. */
export type DecisionScope = "triage" | "unit" | "practice";

export interface ScopeRule {
  /** The referrals the user may look up. */
  visible: Prisma.ReferralWhereInput;
  /** The referrals the user may decide on now: a coordinator only on a triage case they have taken. */
  decide: Prisma.ReferralWhereInput;
  notFound: MessageKey;
}

/** The where-conditions of a scope for this user; FORBIDDEN when the user does not work in it. */
export function decisionScope(user: SessionUser, scope: DecisionScope): ScopeRule {
  switch (scope) {
    case "triage":
      if (!can(user.role, "triage:work")) throw new AppError("FORBIDDEN", "decisions.onlyTriage");
      return { visible: { route: "TRIAGE" }, decide: { ...WITH_CENTRAL_TRIAGE, assignedToId: user.id }, notFound: NOT_FOUND_MESSAGE };
    case "unit": {
      if (!can(user.role, "unit-inbox:work") || !user.unitId) throw new AppError("FORBIDDEN", "decisions.onlyUnitStaff");
      const atUnit = { destinationUnitId: user.unitId };
      return { visible: atUnit, decide: atUnit, notFound: NOT_FOUND_MESSAGE };
    }
    case "practice": {
      const own = { referrerOrganisationId: user.organisationId };
      return { visible: own, decide: own, notFound: "referrals.notFound" };
    }
  }
}

/** Decisions both central triage and units make (decline, forward): the scope the user's role works in. */
export function staffScope(user: SessionUser): Extract<DecisionScope, "triage" | "unit"> {
  if (can(user.role, "triage:work")) return "triage";
  if (can(user.role, "unit-inbox:work") && user.unitId) return "unit";
  throw new AppError("FORBIDDEN", "decisions.notAllowed");
}

type Change = Pick<TransitionInput, "where" | "data" | "details" | "note" | "alternativeOfferId" | "alternativeText" | "toUnitId">;

/** A decision: its status event and what else changes, its audit action, and what must happen in the same transaction. */
export interface Move extends Change {
  scope: DecisionScope;
  event: TransitionInput["event"];
  /** The audit action, e.g. "referral.accept". */
  audit: AuditAction;
  auditDetails?: Prisma.InputJsonValue;
  /** Checks (and writes) once the referral is found in scope, before the change; may add to the change. */
  before?: (tx: Prisma.TransactionClient) => Promise<Change | void>;
  /** Writes that follow the change (a forward's receipt, split referrals); what it returns goes on the audit row. */
  after?: (tx: Prisma.TransactionClient) => Promise<Prisma.InputJsonValue | void>;
}

/**
 * Makes one decision in one transaction: the referral is found within what the user may see in the scope (outside it,
 * it "does not exist"), `before`, the status event within what the user may decide on (`where`, by default the
 * scope's), `after`, and the audit row. When it loses to someone else's change, it says who has the case if it is a
 * colleague of the user's own organisation, else the general conflict message.
 */
export async function decide(user: SessionUser, target: CaseTarget, move: Move) {
  const rule = decisionScope(user, move.scope);
  const { scope: _scope, audit, auditDetails, before, after, ...change } = move;
  const db = await getDb();
  return sayingWhoHasIt(user, target.referralId, () =>
    db.$transaction(async (tx) => {
      // The one read of the referral: in scope or not found, then what the transition and the audit row need.
      const found = await tx.referral.findFirst({ where: { id: target.referralId, ...rule.visible }, select: { ...TRANSITION_SELECT, citizenId: true } });
      if (!found) throw new AppError("NOT_FOUND", rule.notFound, { subject: { type: "Referral", id: target.referralId } });
      const more = await before?.(tx);
      const event = await transitionReferral(tx, {
        where: rule.decide,
        ...change,
        ...more,
        referralId: target.referralId,
        expectedVersion: target.expectedVersion,
        actor: user,
        current: found,
      });
      const afterDetails = await after?.(tx);
      await auditDecision(tx, user, audit, { id: target.referralId, citizenId: found.citizenId }, afterDetails ?? auditDetails);
      return event;
    }),
  );
}

/**
 * Runs a decision; when it loses to someone else's change, says who has the case if it is a colleague of the user's
 * own organisation ("Sagen er allerede taget af en kollega: …"), else the general conflict message.
 */
async function sayingWhoHasIt<T>(user: SessionUser, referralId: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "CONFLICT") throw error;
    const db = await getDb();
    const current = await db.referral.findUnique({ where: { id: referralId }, select: { assignedTo: { select: { id: true, name: true, organisationId: true } } } });
    const holder = current?.assignedTo;
    if (holder && holder.id !== user.id && holder.organisationId === user.organisationId) {
      throw new AppError("CONFLICT", "decisions.takenBy", { values: { name: holder.name } });
    }
    throw error;
  }
}

/** The audit row of a decision (Sundhedsloven §42a), naming the citizen so a citizen's access log shows it. */
export async function auditDecision(tx: Prisma.TransactionClient, user: SessionUser, action: AuditAction, referral: { id: string; citizenId: string }, details?: Prisma.InputJsonValue) {
  await recordAudit({ actor: user, action, entityType: "Referral", entityId: referral.id, citizenId: referral.citizenId, details }, tx);
}
