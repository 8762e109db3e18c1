import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { decide, staffScope, WITH_CENTRAL_TRIAGE, type CaseTarget } from "./decide";
import type { AssignInput } from "./schemas";

/**
 * A named owner for a referral. In central triage any coordinator gives an open case (in the queue or taken) to a
 * colleague, or takes it back; the colleague then has it under "Mine" (a case still in the queue is theirs to take). At
 * a unit, any of its staff names the caseworker, e.g. for cover during an absence. The colleague must be an active user
 * of the same organisation and role. Of two people assigning at once exactly one wins (the version), and it is audited.
 */
export async function assignReferral(user: SessionUser, input: CaseTarget & Pick<AssignInput, "toUserId"> & Partial<Pick<AssignInput, "note">>) {
  const scope = staffScope(user);
  return decide(user, input, {
    scope,
    event: "ASSIGNED",
    note: input.note,
    audit: "referral.assign",
    auditDetails: { toUserId: input.toUserId },
    // A coordinator may give away a colleague's case too; the unit scope's own condition (at the unit) is enough.
    ...(scope === "triage" ? { where: { ...WITH_CENTRAL_TRIAGE, status: { in: ["RECEIVED", "IN_TRIAGE"] } } } : {}),
    before: async (tx) => {
      const colleague = await tx.user.findFirst({
        where: { id: input.toUserId, organisationId: user.organisationId, role: user.role, isActive: true },
        select: { id: true, name: true },
      });
      if (!colleague) throw new AppError("INVALID", "decisions.colleagueMissing");
      return { data: { assignedToId: colleague.id }, details: { kind: "ASSIGNED", toUserId: colleague.id, toName: colleague.name } };
    },
  });
}
