import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { decide, type CaseTarget } from "@/lib/referrals/decide";
import { CITIZEN_DECLINED_LIMITS } from "./schemas";

/** The citizen said no thank you; why goes on the event, so the GP can take it up with the citizen. */
export async function markCitizenDeclined(user: SessionUser, input: CaseTarget & { reason: string }) {
  const reason = input.reason.trim();
  if (reason.length < CITIZEN_DECLINED_LIMITS.min || reason.length > CITIZEN_DECLINED_LIMITS.max) {
    throw new AppError("INVALID", `Skriv med ${CITIZEN_DECLINED_LIMITS.min}-${CITIZEN_DECLINED_LIMITS.max} tegn, hvorfor borgeren sagde nej tak.`);
  }
  return decide(user, input, { scope: "unit", event: "CITIZEN_DECLINED", note: reason, audit: "referral.citizen_declined" });
}
