import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { LegacyAppError as AppError } from "@/lib/errors";
import type { CaseTarget } from "@/lib/triage/case-scope";
import { CITIZEN_DECLINED_LIMITS } from "./schemas";
import { moveAtUnit } from "./unit-scope";

/** The citizen said no thank you; why goes on the event, so the GP can take it up with the citizen. */
export async function markCitizenDeclined(user: SessionUser, input: CaseTarget & { reason: string }) {
  const reason = input.reason.trim();
  if (reason.length < CITIZEN_DECLINED_LIMITS.min || reason.length > CITIZEN_DECLINED_LIMITS.max) {
    throw new AppError("INVALID", `Skriv med ${CITIZEN_DECLINED_LIMITS.min}-${CITIZEN_DECLINED_LIMITS.max} tegn, hvorfor borgeren sagde nej tak.`);
  }
  return moveAtUnit(user, input, { event: "CITIZEN_DECLINED", note: reason, audit: "referral.citizen_declined" });
}
