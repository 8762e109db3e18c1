import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { transitionReferral } from "@/lib/referrals/transition-referral";
import { auditDecision, caseScope, requireTriageCoordinator, WITH_CENTRAL_TRIAGE, type CaseTarget } from "./case-scope";

/** "Læg tilbage i køen": only the coordinator who has the case can give it back, for a colleague to take. */
export async function releaseTriageCase(user: SessionUser, input: CaseTarget) {
  requireTriageCoordinator(user);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const event = await transitionReferral(tx, {
      referralId: input.referralId,
      scope: caseScope(user).visible,
      expectedVersion: input.expectedVersion,
      event: "RELEASED",
      actor: user,
      where: { ...WITH_CENTRAL_TRIAGE, assignedToId: user.id },
      data: { assignedToId: null },
    });
    await auditDecision(tx, user, "referral.release", input.referralId);
    return event;
  });
}
