import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { decide, type CaseTarget } from "@/lib/referrals/decide";
import type { CitizenDeclinedInput } from "./schemas";

/**
 * The citizen said no thank you; why goes on the event, so the GP can take it up with the citizen.
 * citizenDeclinedSchema holds the rules (the reason trimmed, long enough to act on, not too long).
 */
export async function markCitizenDeclined(user: SessionUser, input: CaseTarget & Pick<CitizenDeclinedInput, "reason">) {
  return decide(user, input, { scope: "unit", event: "CITIZEN_DECLINED", note: input.reason, audit: "referral.citizen_declined" });
}
