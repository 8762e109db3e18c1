import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { decide, type CaseTarget } from "@/lib/referrals/decide";

/** The citizen has finished the course (FHIR Task "completed"). */
export async function markCompleted(user: SessionUser, target: CaseTarget) {
  return decide(user, target, { scope: "unit", event: "COMPLETED", audit: "referral.complete" });
}
