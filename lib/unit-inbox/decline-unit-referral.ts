import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { declineReferral, type DeclineReferralInput } from "@/lib/triage/decline-referral";
import { atUnit } from "./unit-scope";

/**
 * The unit declines with central triage's rules (a structured reason and an alternative, lib/triage/decline-referral).
 * Another unit's referral is not found first; declineReferral's conditional update checks the unit again.
 */
export async function declineUnitReferral(user: SessionUser, input: DeclineReferralInput) {
  await atUnit(user, input.referralId, async () => undefined);
  return declineReferral(user, input);
}
