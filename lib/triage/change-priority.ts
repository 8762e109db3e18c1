import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import type { Priority } from "@/lib/generated/prisma/enums";
import { decide, decisionScope, NOT_FOUND_MESSAGE, WITH_CENTRAL_TRIAGE, type CaseTarget } from "@/lib/referrals/decide";
import { PRIORITY_REASON_LIMITS } from "./schemas";

/**
 * MedCom's "change priority": while the case is with central triage and nobody else has taken it. The new priority is
 * the event's details, the coordinator's words its note.
 */
export async function changePriority(user: SessionUser, input: CaseTarget & { priority: Priority; reason: string }) {
  decisionScope(user, "triage");
  const reason = input.reason.trim();
  if (reason.length < PRIORITY_REASON_LIMITS.min || reason.length > PRIORITY_REASON_LIMITS.max) {
    throw new AppError("INVALID", `Skriv på ${PRIORITY_REASON_LIMITS.min}-${PRIORITY_REASON_LIMITS.max} tegn, hvorfor prioriteten ændres.`);
  }
  return decide(user, input, {
    scope: "triage",
    event: "PRIORITY_CHANGED",
    where: { ...WITH_CENTRAL_TRIAGE, OR: [{ assignedToId: null }, { assignedToId: user.id }] },
    data: { priority: input.priority },
    details: { kind: "PRIORITY", priority: input.priority },
    note: reason,
    audit: "referral.change_priority",
    auditDetails: { priority: input.priority },
    before: async (tx) => {
      const current = await tx.referral.findFirst({ where: { id: input.referralId, ...WITH_CENTRAL_TRIAGE }, select: { priority: true } });
      if (!current) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE, { subject: { type: "Referral", id: input.referralId } });
      if (current.priority === input.priority) throw new AppError("INVALID", "Henvisningen har allerede den prioritet.");
    },
  });
}
