import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { CaseTarget } from "@/lib/triage/case-scope";
import { moveAtUnit } from "./unit-scope";

/** The citizen has begun the course (FHIR Task "in-progress"). */
export async function markStarted(user: SessionUser, target: CaseTarget) {
  return moveAtUnit(user, target, { event: "STARTED", audit: "referral.start" });
}
