import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { decide, type CaseTarget } from "@/lib/referrals/decide";

/** The citizen has begun the course (FHIR Task "in-progress"). */
export async function markStarted(user: SessionUser, target: CaseTarget) {
  return decide(user, target, { scope: "unit", event: "STARTED", audit: "referral.start" });
}
