import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { decideInTriage, requireTriageCoordinator, WITH_CENTRAL_TRIAGE, type CaseTarget } from "./case-scope";

/** "Læg tilbage i køen": only the coordinator who has the case can give it back, for a colleague to take. */
export async function releaseTriageCase(user: SessionUser, input: CaseTarget) {
  requireTriageCoordinator(user);
  return decideInTriage(user, input, { event: "RELEASED", where: { ...WITH_CENTRAL_TRIAGE, assignedToId: user.id }, data: { assignedToId: null }, audit: "referral.release" });
}
