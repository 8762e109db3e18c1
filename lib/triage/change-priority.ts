import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { decide, NOT_FOUND_MESSAGE, WITH_CENTRAL_TRIAGE, type CaseTarget } from "@/lib/referrals/decide";
import type { PriorityChangeInput } from "./schemas";

/**
 * MedCom's "change priority": while the case is with central triage and nobody else has taken it. The new priority is
 * the event's details, the coordinator's words its note (priorityChangeSchema holds their rules). That the priority is
 * a new one is checked here: only the database knows the current one.
 */
export async function changePriority(user: SessionUser, input: CaseTarget & Pick<PriorityChangeInput, "priority" | "reason">) {
  return decide(user, input, {
    scope: "triage",
    event: "PRIORITY_CHANGED",
    where: { ...WITH_CENTRAL_TRIAGE, OR: [{ assignedToId: null }, { assignedToId: user.id }] },
    data: { priority: input.priority },
    details: { kind: "PRIORITY", priority: input.priority },
    note: input.reason,
    audit: "referral.change_priority",
    auditDetails: { priority: input.priority },
    before: async (tx) => {
      const current = await tx.referral.findFirst({ where: { id: input.referralId, ...WITH_CENTRAL_TRIAGE }, select: { priority: true } });
      if (!current) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE, { subject: { type: "Referral", id: input.referralId } });
      if (current.priority === input.priority) throw new AppError("INVALID", "triage.samePriority");
    },
  });
}
