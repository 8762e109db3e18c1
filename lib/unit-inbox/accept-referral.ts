import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { CaseTarget } from "@/lib/triage/case-scope";
import { moveAtUnit } from "./unit-scope";

/** The unit takes the referral on (FHIR Task "accepted"): next it contacts the citizen and books a first meeting. */
export async function acceptReferral(user: SessionUser, target: CaseTarget) {
  return moveAtUnit(user, target, { event: "ACCEPTED", audit: "referral.accept" });
}
