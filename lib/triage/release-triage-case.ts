import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { decide, type CaseTarget } from "@/lib/referrals/decide";

/** "Læg tilbage i køen": only the coordinator who has the case can give it back, for a colleague to take. */
export async function releaseTriageCase(user: SessionUser, input: CaseTarget) {
  // The triage scope's own condition: with central triage and taken by this coordinator.
  return decide(user, input, { scope: "triage", event: "RELEASED", data: { assignedToId: null }, audit: "referral.release" });
}
