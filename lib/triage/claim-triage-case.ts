import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { transitionReferral } from "@/lib/referrals/transition-referral";
import { auditDecision, caseScope, requireTriageCoordinator, sayingWhoHasIt, WITH_CENTRAL_TRIAGE, type CaseTarget } from "./case-scope";

/**
 * "Tag sagen": the coordinator takes a case from the queue. The conditional update only matches a case nobody has
 * taken, so of two coordinators claiming at once exactly one wins; the other is told a colleague has it.
 */
export async function claimTriageCase(user: SessionUser, input: CaseTarget) {
  requireTriageCoordinator(user);
  const db = await getDb();
  return sayingWhoHasIt(user, input.referralId, () =>
    db.$transaction(async (tx) => {
      const event = await transitionReferral(tx, {
        referralId: input.referralId,
        scope: caseScope(user).visible,
        expectedVersion: input.expectedVersion,
        event: "CLAIMED",
        actor: user,
        where: { ...WITH_CENTRAL_TRIAGE, assignedToId: null },
        data: { assignedToId: user.id },
      });
      await auditDecision(tx, user, "referral.claim", input.referralId);
      return event;
    }),
  );
}
