import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { CaseTarget } from "@/lib/triage/case-scope";
import { moveAtUnit } from "./unit-scope";

/** The citizen has finished the course (FHIR Task "completed"). */
export async function markCompleted(user: SessionUser, target: CaseTarget) {
  return moveAtUnit(user, target, { event: "COMPLETED", audit: "referral.complete" });
}
