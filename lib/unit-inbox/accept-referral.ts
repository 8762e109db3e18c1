import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { decide, type CaseTarget } from "@/lib/referrals/decide";

/** The unit takes the referral on (FHIR Task "accepted"): next it contacts the citizen and books a first meeting. */
export async function acceptReferral(user: SessionUser, target: CaseTarget) {
  return decide(user, target, { scope: "unit", event: "ACCEPTED", audit: "referral.accept" });
}
