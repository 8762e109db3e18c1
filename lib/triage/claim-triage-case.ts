import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { decide, WITH_CENTRAL_TRIAGE, type CaseTarget } from "@/lib/referrals/decide";

/**
 * "Tag sagen": the coordinator takes a case from the queue — one nobody has, or one a colleague gave them. The
 * conditional update only matches such a case, so of two coordinators claiming at once exactly one wins; the other is
 * told a colleague has it.
 */
export async function claimTriageCase(user: SessionUser, input: CaseTarget) {
  return decide(user, input, {
    scope: "triage",
    event: "CLAIMED",
    where: { ...WITH_CENTRAL_TRIAGE, OR: [{ assignedToId: null }, { assignedToId: user.id }] },
    data: { assignedToId: user.id },
    audit: "referral.claim",
  });
}
