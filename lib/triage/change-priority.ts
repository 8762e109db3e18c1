import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { LegacyAppError as AppError } from "@/lib/errors";
import type { Priority } from "@/lib/generated/prisma/enums";
import { transitionReferral } from "@/lib/referrals/transition-referral";
import { auditDecision, NOT_FOUND_MESSAGE, requireTriageCoordinator, sayingWhoHasIt, WITH_CENTRAL_TRIAGE, type CaseTarget } from "./case-scope";
import { PRIORITY_REASON_LIMITS } from "./schemas";

/**
 * MedCom's "change priority": while the case is with central triage and nobody else has taken it. The new priority is
 * the event's reason code, the coordinator's words its note.
 */
export async function changePriority(user: SessionUser, input: CaseTarget & { priority: Priority; reason: string }) {
  requireTriageCoordinator(user);
  const reason = input.reason.trim();
  if (reason.length < PRIORITY_REASON_LIMITS.min || reason.length > PRIORITY_REASON_LIMITS.max) {
    throw new AppError("INVALID", `Skriv på ${PRIORITY_REASON_LIMITS.min}-${PRIORITY_REASON_LIMITS.max} tegn, hvorfor prioriteten ændres.`);
  }
  const db = await getDb();
  return sayingWhoHasIt(user, input.referralId, () =>
    db.$transaction(async (tx) => {
      const current = await tx.referral.findFirst({ where: { id: input.referralId, ...WITH_CENTRAL_TRIAGE }, select: { priority: true } });
      if (!current) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE, { subject: { type: "Referral", id: input.referralId } });
      if (current.priority === input.priority) throw new AppError("INVALID", "Henvisningen har allerede den prioritet.");
      const event = await transitionReferral(tx, {
        referralId: input.referralId,
        expectedVersion: input.expectedVersion,
        event: "PRIORITY_CHANGED",
        actor: user,
        where: { ...WITH_CENTRAL_TRIAGE, OR: [{ assignedToId: null }, { assignedToId: user.id }] },
        data: { priority: input.priority },
        reason: input.priority,
        note: reason,
      });
      await auditDecision(tx, user, "referral.change_priority", input.referralId, { priority: input.priority });
      return event;
    }),
  );
}
